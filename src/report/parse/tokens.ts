// Turning the lines of a table region into a stream of items: label text and cell values, each
// remembering where it was printed. Every layout the reader meets ends up in this one shape:
// one cell per line (seed 000, 003), tab-separated rows (seed 001, 002, 004), column-aligned
// `pdftotext -layout` rows, markdown pipe rows, and rows whose cells the caller already split
// (HTML, Word, PDF).
import type { SourceRef } from '../model.ts';
import type { ReportLine } from './lines.ts';
import { pipeCells } from './pipe-cells.ts';
import { cleanToken, readCellToken, toHalfWidth, type CellToken } from './value.ts';

export interface TextItem {
  type: 'text';
  text: string;
  source: SourceRef;
  /** Index of the line in the reader's input. */
  lineIndex: number;
}

export interface ValueItem {
  type: 'value';
  token: CellToken;
  source: SourceRef;
  lineIndex: number;
  /** True when an empty line or a label separates this value from the value before it. */
  gapBefore: boolean;
  /** Set when the value is a table cell the caller split out (HTML, Word, PDF): an empty one is a real blank cell. */
  inCell?: true;
  /** An empty cell between two "|" that may be padding of a merged cell (`pipe-cells.ts`). */
  soft?: true;
  /** How the cell was delimited in the text: the evidence the cell sequence was cut by. */
  delimiter?: Delimiter;
}

/** What separated a cell from its neighbours: caller's cells (HTML/Word/PDF), "|", a tab, spaces, or a line of its own. */
export type Delimiter = 'cell' | 'pipe' | 'tab' | 'space' | 'line';

export type Item = TextItem | ValueItem;

const WORD_ARTEFACT = /\[(?:bookmark|_?GoBack|anchor)[^\]]*\]/gi;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const APPROXIMATE = /^(?:约|近|超过?|逾|不足|大约)?\d+(?:\.\d+)?(?:余|多|左右|以上|以下)?(?:件|个|项|条|次|万元|元)?$/;

/** "- 4 -", "-3-", "— 12 —", "第 3 页": page furniture inside a table, never a value. */
export function isPageMarker(text: string): boolean {
  return /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?)\s*$/.test(text);
}

/** Markdown table rules ("|---|---|") and the "---\t---" lines a Word export leaves behind. */
export function isSeparatorLine(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return /^[|\s:]*-{3,}[-|\s:]*$/.test(t);
}

/** A line that holds nothing: it separates rows or cells but is not a cell itself. */
function isEmptyLine(line: ReportLine): boolean {
  if (line.cells && line.cells.length > 0) return false;
  return /^[ \u00a0\u3000\f\r\v]*$/.test(line.text);
}

type Kind = 'value' | 'text' | 'skip';

// Cell texts repeat across rows and reports ("0", "/", row labels): classify each distinct one once.
const kindCache = new Map<string, Kind>();

function classify(raw: string): Kind {
  const hit = kindCache.get(raw);
  if (hit !== undefined) return hit;
  const kind = classifyUncached(raw);
  if (kindCache.size > 20_000) kindCache.clear();
  kindCache.set(raw, kind);
  return kind;
}

function classifyUncached(raw: string): Kind {
  const cleaned = cleanToken(raw);
  if (cleaned === '') return 'skip';
  const token = readCellToken(cleaned);
  if (token.kind === 'number' || token.kind === 'not_applicable') return 'value';
  // Numbering printed apart from its label ("1. 属于国家秘密", "(一) 予以公开"): part of the label.
  if (/^(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,2}[)）])$/.test(cleaned)) return 'text';
  // "约5", "20余", "3件以上": a value in a cell, but not an exact one — reported, not taken for a label.
  if (APPROXIMATE.test(toHalfWidth(cleaned))) return 'value';
  if (CJK.test(cleaned)) return 'text';
  // Digits mixed with letters ("1O", "12a") or a lone O/l/I (OCR for 0 and 1): an unknown cell,
  // reported by the table reader. Words of Latin letters are text (an English note, an e-mail).
  if (/\d/.test(cleaned) || /^[OoIl]$/.test(cleaned)) return 'value';
  return 'text';
}

/** Word bookmarks left in the text; almost no line has a "[", so the regex runs only when one does. */
function dropWordArtefacts(text: string): string {
  return text.includes('[') ? text.replace(WORD_ARTEFACT, '') : text;
}

// Item builders at module level rather than closures inside lineItems: they run for every cell.
function valueItem(raw: string, source: SourceRef, lineIndex: number, delimiter: Delimiter): ValueItem {
  return { type: 'value', token: readCellToken(raw), source: { ...source, text: raw.trim() }, lineIndex, gapBefore: false, delimiter };
}

function textItem(raw: string, source: SourceRef, lineIndex: number): TextItem {
  return { type: 'text', text: raw.replace(/\s+/g, ' ').trim(), source: { ...source, text: raw.trim() }, lineIndex };
}

/** Items of one line, in reading order. */
function lineItems(line: ReportLine, lineIndex: number): Item[] {
  const items: Item[] = [];
  const lineSource = line.source;

  // Cells known to the caller (HTML, Word, PDF): an empty cell is a blank cell.
  if (line.cells && line.cells.length > 0) {
    for (const cell of line.cells) {
      const raw = dropWordArtefacts(cell.text);
      const kind = classify(raw);
      if (kind === 'text') items.push(textItem(raw, cell.source, lineIndex));
      else {
        const item = valueItem(kind === 'skip' ? '' : raw, cell.source, lineIndex, 'cell');
        item.inCell = true;
        items.push(item);
      }
    }
    return items;
  }

  // "|" separates cells wherever it stands (markdown rows, HTML-to-text output, one cell per line
  // ending in " |"); an empty piece between two pipes is a (soft) blank cell.
  const piped = pipeCells(line.text);
  if (piped) {
    for (const cell of piped) {
      const raw = dropWordArtefacts(cell.text);
      const kind = classify(raw);
      if (kind === 'text') items.push(textItem(raw, lineSource, lineIndex));
      else {
        const item = valueItem(kind === 'skip' ? '' : raw, lineSource, lineIndex, 'pipe');
        if (kind === 'skip') item.soft = true;
        items.push(item);
      }
    }
    return items;
  }

  const cleanedLine = dropWordArtefacts(line.text);

  // One blank cell per line: a line of whitespace that holds a tab (seed 003's "\t" and "\t ").
  if (/^[\t \u00a0\u3000]*$/.test(cleanedLine) && cleanedLine.includes('\t')) {
    items.push(valueItem('', lineSource, lineIndex, 'line'));
    return items;
  }

  if (cleanedLine.includes('\t')) {
    // Tab-separated row: empty pieces at the ends are padding of merged cells, empty pieces
    // between two values are blank cells.
    const pieces = cleanedLine.split('\t');
    const kinds = pieces.map(classify);
    const firstValue = kinds.indexOf('value');
    const lastValue = kinds.lastIndexOf('value');
    pieces.forEach((piece, i) => {
      const kind = kinds[i];
      if (kind === 'value') items.push(valueItem(piece, lineSource, lineIndex, 'tab'));
      else if (kind === 'text') items.push(textItem(piece, lineSource, lineIndex));
      else if (i > firstValue && i < lastValue && firstValue >= 0) items.push(valueItem('', lineSource, lineIndex, 'tab'));
    });
    return items;
  }

  // Plain or column-aligned text: words separated by spaces; neighbouring words of a label join.
  let pendingText: string[] = [];
  for (const word of cleanedLine.split(/[ \u00a0\u3000]+/)) {
    const kind = classify(word);
    if (kind === 'skip') continue;
    if (kind === 'text') pendingText.push(word);
    else {
      if (pendingText.length > 0) items.push(textItem(pendingText.join(' '), lineSource, lineIndex));
      pendingText = [];
      items.push(valueItem(word, lineSource, lineIndex, 'space'));
    }
  }
  if (pendingText.length > 0) items.push(textItem(pendingText.join(' '), lineSource, lineIndex));
  return items;
}

/**
 * The items of `lines[from, to)`, page markers and separator rules left out. `gapBefore` marks a
 * value that follows an empty line or a label, which is how a one-value-per-line dump shows
 * where one row (or, in raw pdftotext output, one column) ends.
 */
export function tokenize(lines: readonly ReportLine[], from = 0, to = lines.length): Item[] {
  const items: Item[] = [];
  let gap = true;
  let previousWasRow = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isEmptyLine(line)) {
      gap = true;
      continue;
    }
    if (!line.cells && (isPageMarker(line.text) || isSeparatorLine(line.text))) {
      gap = true;
      continue;
    }
    // A line of tabs is a blank cell only in a one-cell-per-line dump (seed 003); after a
    // tab-separated row it is the padding of merged cells (or a row cut off), not a cell.
    const blankTabLine = !line.cells && /^[\t \u00a0\u3000]*$/.test(line.text);
    if (blankTabLine && previousWasRow) {
      gap = true;
      continue;
    }
    previousWasRow =
      !blankTabLine &&
      (line.cells ? line.cells.length > 1 : (pipeCells(line.text) ?? line.text.split('\t')).filter((p) => (typeof p === 'string' ? p : p.text).trim() !== '').length > 1);
    for (const item of lineItems(line, i)) {
      if (item.type === 'value') {
        item.gapBefore = gap;
        gap = false;
      } else gap = true;
      items.push(item);
    }
  }
  return items;
}

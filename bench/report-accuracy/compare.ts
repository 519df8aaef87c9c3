// Comparing what the reader read with a page's hand-read truth (see run.ts).
import type { PageTruth, TruthValue } from './hand-read.ts';

export interface WrongCell {
  key: string;
  truth: TruthValue;
  /** What the reader gave; undefined when it gave nothing for that cell. */
  read: TruthValue | undefined;
}

export interface PageResult {
  file: string;
  split: string;
  family: string;
  outcome: 'read' | 'refused' | 'unreadable' | 'crashed' | 'timeout';
  ms: number;
  message?: string;
  yearRight?: boolean | null;
  agencyRight?: boolean | null;
  right: number;
  cells: number;
  wrong: WrongCell[];
  narrativeRight: number;
  narrativeCells: number;
  /** Table rows (a 表二 row, a 表三 row, a 表四 block) of the truth whose every truth cell is right. */
  rowsRight: number;
  rows: number;
}

/**
 * Exact match, cell by cell, of the truth's cells. `read` null = the page was not read (refused,
 * crashed): every truth cell is wrong. Numbers compare with a 1e-9 tolerance (万元 decimals).
 * Narrative figures count as right when the reader's cell at that address holds the figure.
 */
export function compareCells(truth: PageTruth, read: Record<string, TruthValue> | null): Pick<PageResult, 'right' | 'cells' | 'wrong' | 'narrativeRight' | 'narrativeCells' | 'rowsRight' | 'rows'> {
  const wrong: WrongCell[] = [];
  let right = 0;
  const entries = Object.entries(truth.cells);
  for (const [key, expected] of entries) {
    const got = read ? read[key] : undefined;
    if (same(expected, got)) right++;
    else wrong.push({ key, truth: expected, read: got });
  }
  const narrative = Object.entries(truth.narrative_cells ?? {});
  const narrativeRight = read ? narrative.filter(([key, value]) => same(value, read[key])).length : 0;
  const rows = new Map<string, boolean>();
  for (const [key] of entries) rows.set(rowOf(key), true);
  for (const { key } of wrong) rows.set(rowOf(key), false);
  const rowsRight = [...rows.values()].filter(Boolean).length;
  return { right, cells: entries.length, wrong, narrativeRight, narrativeCells: narrative.length, rowsRight, rows: rows.size };
}

function same(expected: TruthValue, got: TruthValue | undefined): boolean {
  if (got === undefined) return false;
  if (typeof expected === 'number' && typeof got === 'number') return Math.abs(expected - got) < 1e-9;
  return expected === got;
}

/** The family of a derived stand-in file: `x.chromium.pdf` → PDF print, `x.docx` → Word, `x.docx.pdf` → Word PDF. */
export function familyOf(file: string, pageFamily: string): string {
  if (file.endsWith('.docx.pdf')) return 'word-pdf';
  if (file.endsWith('.pdf')) return 'pdf-print';
  if (file.endsWith('.docx')) return 'word';
  return pageFamily;
}

/** The row of a cell key: everything before the column (the last dot). */
function rowOf(key: string): string {
  return key.slice(0, key.lastIndexOf('.'));
}

/** A cell as the reader returns it (src/report/model.ts Cell, the fields compared). */
export interface ReadCell {
  kind: string;
  value: number | null;
}

/** A read report's cells in the truth's terms: a number, null for a blank cell, "not_applicable". */
export function truthValues(cells: Record<string, ReadCell>): Record<string, TruthValue> {
  const values: Record<string, TruthValue> = {};
  for (const [key, cell] of Object.entries(cells)) values[key] = cell.kind === 'not_applicable' ? 'not_applicable' : cell.kind === 'blank' ? null : cell.value;
  return values;
}

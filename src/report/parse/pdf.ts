// Reading a report published as PDF. pdfjs-dist gives the text runs of each page with their
// positions; runs on the same baseline form a visual row, wide horizontal gaps split the row into
// cells (table columns), page numbers ("- 3 -") are dropped. Runs with no text width are spaces
// whose stated width is meaningless in WPS/Word output, so only positions of visible text count.
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LineCell, ReportLine } from './lines.ts';
import { UnreadableDocumentError } from './encoding.ts';
import { toSimplifiedLines } from './html.ts';
import { checkPdfStreams, pdfLimits } from './pdf-streams.ts';
import { gridsOf, placeRuns, rulingsOf, type GridRow, type PaintOps } from './pdf-grid.ts';
import { dropPageFurniture, type PageRow } from './pdf-furniture.ts';

export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * Where pdfjs finds its data files. Many Chinese PDFs made by older tools use a non-embedded font
 * (STSong-Light) with a predefined CMap (UniGB-UCS2-H): without the CMap files no text comes out.
 * The caller (CLI, web upload) says where they are; this module reads nothing itself.
 */
export interface PdfAssets {
  /** Folder of pdfjs-dist's packed CMaps (`node_modules/pdfjs-dist/cmaps/`). */
  cMapUrl?: string;
  /** Folder of pdfjs-dist's standard fonts (`node_modules/pdfjs-dist/standard_fonts/`). */
  standardFontDataUrl?: string;
}

/** Flatten a PDF into report lines, one per visual row, split into cells at wide gaps. */
export async function pdfToLines(bytes: Uint8Array, assets: PdfAssets = {}): Promise<ReportLine[]> {
  // pdfjs cannot limit what a stream inflates to: a compressed bomb is refused before it opens the file.
  checkPdfStreams(bytes);
  let doc;
  try {
    doc = await getDocument({
      ...(assets.cMapUrl ? { cMapUrl: assets.cMapUrl, cMapPacked: true } : {}),
      ...(assets.standardFontDataUrl ? { standardFontDataUrl: assets.standardFontDataUrl } : {}),
      // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new UnreadableDocumentError('damaged', 'PDF 文件有密码保护，无法读取。请提供未加密的文件。');
    }
    throw new UnreadableDocumentError('damaged', 'PDF 文件无法打开（文件可能已损坏或不完整）。');
  }
  try {
    if (doc.numPages > pdfLimits.maxPages) {
      throw new UnreadableDocumentError('too_large', `PDF 文件有 ${doc.numPages} 页，超过 ${pdfLimits.maxPages} 页，不像是一份年度报告，未读取。请只上传年度报告本身。`);
    }
    const pages: PageRow<VisualRow>[][] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const page = await doc.getPage(pageNumber);
      const content = await page.getTextContent();
      const [, bottom, , top] = page.view as [number, number, number, number];
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const text = unifyRadicals(item.str).replace(/[\s\u00a0\u3000]+/g, ' ');
        if (text.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || item.height || 10;
        runs.push({ text, x: x ?? 0, y: y ?? 0, width: item.width, size });
      }
      // Ruled tables are read as grids (pdf-grid.ts); only pages with text need their drawing.
      let gridRows: GridRow[] = [];
      let outside = runs;
      // Only a page with figures can hold a table worth a grid: prose pages skip the drawing.
      if (runs.filter((r) => numericRun.test(r.text.trim())).length >= 3) {
        const operators = await page.getOperatorList();
        const rulings = rulingsOf(operators.fnArray, operators.argsArray, paintOps);
        const placed = placeRuns(gridsOf(rulings.horizontal, rulings.vertical), runs, cellText);
        gridRows = placed.rows;
        outside = placed.outside as Run[];
      }
      page.cleanup();
      const rows: PageRow<VisualRow>[] = [
        ...joinWrappedHeadings(pageRows(outside), runs).map((row): PageRow<VisualRow> => ({ y: row.y, top, bottom, row })),
        ...gridRows.map((row): PageRow<VisualRow> => ({ y: row.y, top, bottom, grid: row })),
      ].sort((p, q) => q.y - p.y);
      pages.push(rows);
    }
    const lines: ReportLine[] = [];
    dropPageFurniture(pages).forEach((rows, index) => {
      for (const r of rows) lines.push(r.grid ? gridLine(r.grid, index + 1, lines.length + 1) : toLine(r.row!, index + 1, lines.length + 1));
    });
    if (lines.length === 0) {
      throw new UnreadableDocumentError(
        'damaged',
        assets.cMapUrl
          ? 'PDF 中没有可提取的文字（可能是扫描图片），无法读取。请提供文字版 PDF 或 Word 文件。'
          : 'PDF 中没有可提取的文字：可能是扫描图片，也可能使用了未嵌入的中文字体而未提供 CMap 文件。请提供文字版 PDF 或 Word 文件。',
      );
    }
    return toSimplifiedLines(lines);
  } finally {
    await doc.destroy();
  }
}

export interface VisualRow {
  y: number;
  size: number;
  cells: { text: string; x: number; y: number }[];
}

/** Group runs into rows by baseline, top to bottom, and split each row into cells. */
export function pageRows(runs: Run[]): VisualRow[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Run[][] = [];
  for (const run of sorted) {
    const last = rows[rows.length - 1];
    const lowest = last?.[last.length - 1];
    // Same row when the baseline is within a third of the text size of the row's lowest run so far
    // (cells of one row sit a point or two apart; lines of text are more than a text size apart).
    if (last && lowest && Math.abs(lowest.y - run.y) < Math.max(2.5, Math.min(lowest.size, run.size) * 0.35)) last.push(run);
    else rows.push([run]);
  }
  const result: VisualRow[] = [];
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x);
    // A table row of figures has several numbers each after a gap wider than a character. In such a
    // row a narrow column can leave less than a character between a label that fills its cell and
    // the first number, or between two numbers: there any visible gap separates cells.
    let wideNumbers = 0;
    for (let i = 1; i < row.length; i++) {
      const gap = row[i]!.x - (row[i - 1]!.x + row[i - 1]!.width);
      if (numericRun.test(row[i]!.text.trim()) && gap >= row[i]!.size) wideNumbers++;
    }
    const tableRow = wideNumbers >= 2;
    const cells: { text: string; x: number; y: number }[] = [];
    let end = -Infinity;
    for (const run of row) {
      const gap = run.x - end;
      const current = cells[cells.length - 1];
      // A gap wider than one character separates table columns; a narrower one is a space the
      // typesetter stretched inside a sentence ("国令第 711 号").
      const tightColumn = current !== undefined && tableRow && numericRun.test(run.text.trim()) && gap > run.size * 0.3;
      if (current && !tightColumn && gap < Math.max(run.size, 6) * 1.0) current.text += gap > run.size * 0.2 ? ' ' + run.text : run.text;
      else cells.push({ text: run.text, x: run.x, y: run.y });
      end = Math.max(end, run.x + run.width);
    }
    const trimmed = cells.map((c) => ({ text: tidy(c.text), x: c.x, y: c.y })).filter((c) => c.text !== '');
    if (trimmed.length === 0 || isPageMarker(trimmed.map((c) => c.text).join(''))) continue;
    result.push({ y: row[0]!.y, size: Math.max(...row.map((r) => r.size)), cells: trimmed });
  }
  return joinWrappedLabels(result);
}

const numericRun = /^[-−+]?\d[\d,，.]*$/;

// A number cell as printed: counts, signed changes, 万元 amounts, "/" or "—" for not applicable.
const numeric = /^[-−+]?\d[\d,，.]*$|^[/／\-—–]$/;

function isNumber(cell: { text: string }): boolean {
  return numeric.test(cell.text);
}

function isLabelOnly(row: VisualRow): boolean {
  return row.cells.length === 1 && !isNumber(row.cells[0]!);
}

/** A row label that starts a new row: "一、", "（二）", "1.", "2、". */
const rowNumbering = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.．、])/;

/**
 * Table rows as a PDF prints them need three repairs before the text reader sees them:
 * - a row-group label printed in its own column ("（三）不予公开", or one character per line
 *   "三、/本/年/度…") lands on whichever data row shares its height: it is moved to a line of its own;
 * - a label that wraps over two or three lines has its numbers on one of them (the cell is
 *   vertically centred): the label lines close to the numbers, in the same column, are joined;
 * - a numbers-only row takes the label lines just above and below it.
 */
function joinWrappedLabels(rows: VisualRow[]): VisualRow[] {
  const split: VisualRow[] = [];
  for (const row of rows) {
    const firstNumber = row.cells.findIndex(isNumber);
    const trailingNumbers = firstNumber > 0 && row.cells.slice(firstNumber).every(isNumber);
    if (trailingNumbers && firstNumber >= 2) {
      for (const cell of row.cells.slice(0, firstNumber - 1)) split.push({ y: cell.y, size: row.size, cells: [cell] });
      split.push({ ...row, cells: row.cells.slice(firstNumber - 1) });
    } else split.push(row);
  }

  const out: VisualRow[] = [];
  for (let i = 0; i < split.length; i++) {
    const row = split[i]!;
    const firstNumber = row.cells.findIndex(isNumber);
    if (firstNumber < 0 || !row.cells.slice(firstNumber).every(isNumber) || row.cells.length < 2) {
      out.push(row);
      continue;
    }
    const size = Math.min(row.size, ...split.slice(Math.max(0, i - 1), i + 2).map((r) => r.size));
    // A group label ("（四）无法提供") that shares its line with the numbers of a leaf row whose own
    // label wraps above and below it ("2.没有现成信息需要另行制" / "作"): the group label goes to a
    // line of its own and the leaf label is gathered from its column.
    const previous = out[out.length - 1];
    if (
      firstNumber === 1 &&
      previous !== undefined &&
      isLabelOnly(previous) &&
      previous.y - row.y < size * 1.4 &&
      previous.cells[0]!.x > row.cells[0]!.x + size &&
      rowNumbering.test(previous.cells[0]!.text)
    ) {
      out.splice(out.length - 1, 0, { y: row.cells[0]!.y, size: row.size, cells: [row.cells[0]!] });
      row.cells = row.cells.slice(1);
      i--; // the same row again, now numbers only
      continue;
    }
    const numbersOnly = row.cells.findIndex(isNumber) === 0;
    let label = numbersOnly ? '' : row.cells[0]!.text;
    let labelX = numbersOnly ? Number.NaN : row.cells[0]!.x;
    const reach = size * (numbersOnly ? 1.4 : 2.5);
    const ownLabel = label;
    // Upwards: skip label fragments of another column, take same-column lines that continue this label.
    for (let k = out.length - 1; k >= 0 && label.search(rowNumbering) !== 0; k--) {
      const other = out[k]!;
      if (other.y - row.y > reach) break;
      // A group fragment and the first line of this label on one visual row: take the last cell.
      const tail = other.cells[other.cells.length - 1]!;
      if (!numbersOnly && other.cells.length > 1 && other.cells.every((c) => !isNumber(c)) && Math.abs(tail.x - labelX) < 4) {
        label = tail.text + label;
        other.cells = other.cells.slice(0, -1);
        break;
      }
      if (!isLabelOnly(other)) break;
      const x = other.cells[0]!.x;
      if (numbersOnly && Number.isNaN(labelX) ? x < row.cells[0]!.x : Math.abs(x - labelX) < 4) {
        label = other.cells[0]!.text + label;
        labelX = x;
        out.splice(k, 1);
      }
    }
    // Downwards: lines that continue the label never start with a row number. A label printed on
    // the numbers' own line continues below only if it also had a line above (centred numbers of a
    // three-line label) or the numbers sit lower than it (centred between two lines); otherwise the
    // next line is the next row of a tightly set table.
    const labelCell = row.cells[0]!;
    const mayContinue = numbersOnly || label !== ownLabel || labelCell.y - row.cells[firstNumber]!.y > size * 0.5;
    let j = i + 1;
    for (; mayContinue && j < split.length; j++) {
      const other = split[j]!;
      if (!isLabelOnly(other) || row.y - other.y > reach) break;
      const x = other.cells[0]!.x;
      const text = other.cells[0]!.text;
      // A continuation line may be indented under the text after the number ("5." then "已获取信息").
      const sameColumn = Number.isNaN(labelX) ? x < row.cells[0]!.x : x > labelX - 4 && x < labelX + size * 2;
      if (!sameColumn) continue;
      if (rowNumbering.test(text)) break;
      label += text;
      labelX = x;
      split.splice(j, 1);
      j--;
    }
    const numbers = row.cells.slice(firstNumber);
    out.push(label ? { ...row, cells: [{ text: label, x: labelX, y: row.y }, ...numbers] } : row);
  }
  return joinVerticalGroupLabels(out.filter((r) => r.cells.length > 0));
}

/**
 * A row-group label in a narrow column is printed a few characters per line down the side of its
 * rows ("三、本年" / "度办理结" / "果", or one character per line "三、/本/年/度…"). Its pieces are
 * joined into one line at the place of the first piece. Only short pieces in the same column, one
 * line pitch apart, with table rows beside them, are joined — never lines of a paragraph.
 */
function joinVerticalGroupLabels(rows: VisualRow[]): VisualRow[] {
  const piece = (r: VisualRow) => isLabelOnly(r) && [...r.cells[0]!.text].length <= 6;
  const consumed = new Set<number>();
  const out: VisualRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (consumed.has(i)) continue;
    const first = rows[i]!;
    if (!piece(first)) {
      out.push(first);
      continue;
    }
    const chain = [i];
    let lastY = first.y;
    let besideRows = false;
    for (let j = i + 1; j < rows.length; j++) {
      const other = rows[j]!;
      if (lastY - other.y > first.size * 2.2) break;
      if (!piece(other) || Math.abs(other.cells[0]!.x - first.cells[0]!.x) >= 2) {
        if (other.cells.some(isNumber)) besideRows = true;
        continue;
      }
      if (rowNumbering.test(other.cells[0]!.text)) break;
      chain.push(j);
      lastY = other.y;
    }
    // Rows of figures right before the first piece or right after the last also put it beside a table.
    const hasFigures = (r: VisualRow | undefined) => r !== undefined && r.cells.some(isNumber);
    besideRows ||= hasFigures(rows[i - 1]) || hasFigures(rows[chain[chain.length - 1]! + 1]);
    if (chain.length < 2 || !besideRows) {
      out.push(first);
      continue;
    }
    for (const k of chain) consumed.add(k);
    out.push({ ...first, cells: [{ text: chain.map((k) => rows[k]!.cells[0]!.text).join(''), x: first.cells[0]!.x, y: first.y }] });
  }
  return out;
}

/**
 * Fonts embedded by Chromium/Skia (Noto CJK) map some glyphs to radicals in their ToUnicode table:
 * Kangxi radicals ("⼈" U+2F08 for 人, "⼀" for 一), which NFKC maps back, and CJK radical supplement
 * forms ("⺠" U+2EA0 for 民), which have no decomposition: those that stand for a whole character are
 * mapped here.
 */
const supplementRadicals: Record<string, string> = {
  '⺀': '冫', '⺁': '厂', '⺇': '几', '⺊': '卜', '⺌': '小', '⺍': '小', '⺗': '心', '⺛': '无', '⺜': '日', '⺝': '月', '⺞': '歹',
  '⺟': '母', '⺠': '民', '⺩': '王', '⺮': '竹', '⺶': '羊', '⺷': '羊', '⺺': '聿', '⺼': '月', '⺽': '臼', '⻁': '虎', '⻄': '西',
  '⻅': '见', '⻆': '角', '⻉': '贝', '⻊': '足', '⻋': '车', '⻐': '金', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦',
  '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

function unifyRadicals(text: string): string {
  return /[\u2e80-\u2fdf]/.test(text) ? text.replace(/[\u2e80-\u2fdf]/g, (ch) => supplementRadicals[ch] ?? ch.normalize('NFKC')) : text;
}

/** Spaces between two Chinese characters are stretch from justified typesetting ("情 形"). */
function tidy(text: string): string {
  return text.trim().replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”])/g, '');
}

/** "- 3 -", "—3—", "第 3 页", "3 / 6": page furniture, not report content. */
function isPageMarker(text: string): boolean {
  return /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/.test(text.trim());
}

const paintOps: PaintOps = {
  save: OPS.save,
  restore: OPS.restore,
  transform: OPS.transform,
  constructPath: OPS.constructPath,
  paintFormXObjectBegin: OPS.paintFormXObjectBegin,
  paintFormXObjectEnd: OPS.paintFormXObjectEnd,
  strokes: new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]),
  fills: new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]),
};

/**
 * A title set larger than the text that wraps ("…年度报" / "告") is one line again: consecutive
 * one-cell rows of the same size, clearly larger than the page's text, one line pitch apart.
 */
function joinWrappedHeadings(rows: VisualRow[], runs: readonly Run[]): VisualRow[] {
  if (rows.length < 2) return rows;
  const sizes = runs.map((r) => r.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  const out: VisualRow[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (
      last &&
      last.cells.length === 1 &&
      row.cells.length === 1 &&
      last.size >= body * 1.25 &&
      Math.abs(last.size - row.size) < 0.5 &&
      last.y - row.y < last.size * 1.8 &&
      !/[。：:；;]$/.test(last.cells[0]!.text)
    ) {
      out[out.length - 1] = { ...last, cells: [{ ...last.cells[0]!, text: last.cells[0]!.text + row.cells[0]!.text }] };
    } else out.push(row);
  }
  return out;
}

/** The text of one grid cell: its runs in reading order, lines of a wrapped label joined. */
function cellText(runs: readonly { text: string; x: number; y: number; width: number; size: number }[]): string {
  if (runs.length === 0) return '';
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: (typeof sorted)[] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - run.y) < Math.max(2, Math.min(line[0]!.size, run.size) * 0.5)) line.push(run);
    else lines.push([run]);
  }
  let text = '';
  for (const line of lines) {
    line.sort((p, q) => p.x - q.x);
    let piece = '';
    let end = -Infinity;
    for (const run of line) {
      piece += piece !== '' && run.x - end > run.size * 0.2 ? ' ' + run.text : run.text;
      end = Math.max(end, run.x + run.width);
    }
    piece = tidy(piece);
    // Lines of a wrapped label join directly, except between two Latin words or numbers.
    text += text !== '' && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(piece) ? ' ' + piece : piece;
  }
  return tidy(text);
}

/** A grid row: every cell kept (an empty one is a blank cell), like a row of an HTML table. */
function gridLine(row: GridRow, page: number, line: number): ReportLine {
  const cells: LineCell[] = row.cells.map((c) => ({ text: c.text, source: { page, line, column: c.column } }));
  return { text: cells.map((c) => c.text).join('\t'), cells, source: { page, line } };
}

function toLine(row: VisualRow, page: number, line: number): ReportLine {
  if (row.cells.length === 1) return { text: row.cells[0]!.text, source: { page, line } };
  const cells: LineCell[] = row.cells.map((c, column) => ({ text: c.text, source: { page, line, column } }));
  return { text: cells.map((c) => c.text).join('\t'), cells, source: { page, line } };
}

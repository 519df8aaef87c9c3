// Reading a report published as a web page (or a Word file converted to HTML): paragraphs and
// headings become lines, every row of a data table becomes one line with its cells. Row and
// column spans are laid out on a grid so each cell knows its column; a cell spanning several rows
// appears only in its first row, a blank cell stays a blank string (blank ≠ 0 in the report).
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { LineCell, ReportLine } from './lines.ts';
import { UnreadableDocumentError, toSimplified } from './encoding.ts';

/** Elements that are never report content: scripts, styles, forms and site navigation. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'select', 'button', 'input', 'textarea', 'nav', 'head', 'title', 'meta', 'link',
]);

/** Elements after which a new line starts. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section',
  'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'address', 'center',
  'figure', 'figcaption', 'caption', 'form', 'fieldset', 'body', 'html', 'hr',
]);

/** Flatten an HTML document into report lines, converting Traditional characters to Simplified. */
export function htmlToLines(html: string): ReportLine[] {
  // The HTML parser's cost grows with the depth of the open elements (200,000 nested <div> never
  // finished) and the walk below recurses: a page nested deeper than any real one is refused first.
  checkNesting(html);
  // Navigated by hand rather than with a selector: compiling `$('body')` costs more than the walk.
  const document = cheerio.load(html).root().get(0);
  const builder = new LineBuilder();
  const root = document ? (findBody(document) ?? document) : undefined;
  if (root) walk(root, builder);
  builder.flush();
  return toSimplifiedLines(builder.lines);
}

/** Sites keep hidden copies (print versions, other languages) that readers never see. */
function isHidden(element: Element): boolean {
  const attribs = element.attribs;
  if (!attribs) return false;
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const style = attribs['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function findBody(node: AnyNode): Element | undefined {
  if (node.type === 'tag' && (node as Element).name === 'body') return node as Element;
  if (node.type !== 'tag' && node.type !== 'root') return undefined;
  for (const child of (node as Element).children) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

class LineBuilder {
  readonly lines: ReportLine[] = [];
  private pending = '';
  tableCount = 0;

  text(value: string): void {
    this.pending += value;
  }

  flush(): void {
    const text = normalizeSpace(this.pending);
    this.pending = '';
    if (text) this.lines.push({ text, source: { line: this.lines.length + 1 } });
  }

  row(cells: LineCell[], table: number, row: number): void {
    this.lines.push({ text: cells.map((c) => c.text).join('\t'), cells, source: { table, row } });
  }
}

function walk(node: AnyNode, out: LineBuilder): void {
  if (node.type === 'text') {
    out.text((node as unknown as { data: string }).data);
    return;
  }
  // Comments, directives, <script> and <style> (their own node types in htmlparser2) carry no content.
  if (node.type !== 'tag' && node.type !== 'root') return;
  const element = node as Element;
  const name = element.name?.toLowerCase();
  if (name && SKIPPED.has(name)) return;
  if (isHidden(element)) return;
  if (name === 'br') {
    out.flush();
    return;
  }
  if (name === 'table') {
    out.flush();
    if (containsTable(element)) {
      // A layout table (site chrome wrapping the content): read its cells as ordinary blocks.
      for (const child of element.children) walkLayout(child, out);
    } else {
      readDataTable(element, out.tableCount++, out);
    }
    return;
  }
  const block = name !== undefined && BLOCKS.has(name);
  if (block) out.flush();
  for (const child of element.children) walk(child, out);
  if (block) out.flush();
}

/** Inside a layout table every cell is a block of its own. */
function walkLayout(node: AnyNode, out: LineBuilder): void {
  if (node.type !== 'tag') return walk(node, out);
  const element = node as Element;
  const name = element.name.toLowerCase();
  if (name === 'td' || name === 'th') {
    out.flush();
    for (const child of element.children) walk(child, out);
    out.flush();
    return;
  }
  if (name === 'table') return walk(node, out);
  for (const child of element.children) walkLayout(child, out);
}

function containsTable(table: Element): boolean {
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (element.name.toLowerCase() === 'table') return true;
    stack.push(...element.children);
  }
  return false;
}

function rowsOf(table: Element, rows: Element[] = []): Element[] {
  for (const child of table.children) {
    if (child.type !== 'tag') continue;
    const element = child as Element;
    const name = element.name.toLowerCase();
    if (name === 'tr') rows.push(element);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') rowsOf(element, rows);
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (const child of row.children) {
    if (child.type !== 'tag') continue;
    const name = (child as Element).name.toLowerCase();
    if (name === 'td' || name === 'th') cells.push(child as Element);
  }
  return cells;
}

/** Cap spans so a malformed `rowspan="100000"` cannot blow up memory. */
function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, max);
}

function readDataTable(table: Element, tableIndex: number, out: LineBuilder): void {
  const rows = rowsOf(table);
  // occupied[r] holds the grid columns of row r already covered by a span from a row above.
  const occupied: Set<number>[] = rows.map(() => new Set<number>());
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex]!;
    const cells: LineCell[] = [];
    let column = 0;
    for (const cell of cellsOf(row)) {
      while (occupied[rowIndex]!.has(column)) column++;
      const colspan = span(cell.attribs['colspan'], 1000);
      const rowspan = span(cell.attribs['rowspan'], rows.length - rowIndex);
      for (let r = rowIndex; r < rowIndex + rowspan; r++) {
        for (let c = column; c < column + colspan; c++) occupied[r]!.add(c);
      }
      cells.push({ text: cellText(cell), source: { table: tableIndex, row: rowIndex, column } });
      column += colspan;
    }
    if (cells.length > 0) out.row(cells, tableIndex, rowIndex);
  }
}

/** A cell's text on one line: a `<br>` inside a header cell only wraps the word (商业<br>企业). */
function cellText(cell: Element): string {
  return normalizeSpace(rawText(cell));
}

function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag') return '';
  const element = node as Element;
  if (SKIPPED.has(element.name.toLowerCase())) return '';
  let text = '';
  for (const child of element.children) text += rawText(child);
  return text;
}

function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** Lines in Traditional characters converted to Simplified (cells too); other lines as they are. */
export function toSimplifiedLines(lines: ReportLine[]): ReportLine[] {
  const convert = toSimplified(lines.map((l) => l.text).join('\n'));
  if (!convert) return lines;
  return lines.map((line) => ({
    ...line,
    text: convert(line.text),
    cells: line.cells?.map((c) => ({ ...c, text: convert(c.text) })),
  }));
}

/** Real pages nest a few dozen elements deep; Word's HTML export about twenty. */
export const MAX_HTML_DEPTH = 1_000;

// Elements without content or whose end the parser never waits for: not counted.
const UNCOUNTED = new Set([
  'html', 'head', 'body', 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param',
  'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound', 'colgroup',
]);

const P_CLOSERS = [
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt',
];
const CELL_SCOPE = ['table', 'html'];
/** Start tag → the open elements it closes (as the HTML parser does), and the elements that stop the search. */
type Implied = { closes: readonly string[]; scope: readonly string[] };
const IMPLIED = new Map<string, Implied>([
  ...P_CLOSERS.map((name): [string, Implied] => [name, { closes: ['p'], scope: ['table', 'td', 'th', 'caption', 'button', 'object', 'marquee', 'template'] }]),
  ['li', { closes: ['li'], scope: ['ol', 'ul', 'table', 'td', 'th'] }],
  ['dt', { closes: ['dt', 'dd'], scope: ['dl', 'table', 'td', 'th'] }],
  ['dd', { closes: ['dt', 'dd'], scope: ['dl', 'table', 'td', 'th'] }],
  ['td', { closes: ['td', 'th'], scope: ['tr', ...CELL_SCOPE] }],
  ['th', { closes: ['td', 'th'], scope: ['tr', ...CELL_SCOPE] }],
  ['tr', { closes: ['tr'], scope: CELL_SCOPE }],
  ['tbody', { closes: ['thead', 'tbody', 'tfoot'], scope: CELL_SCOPE }],
  ['thead', { closes: ['thead', 'tbody', 'tfoot'], scope: CELL_SCOPE }],
  ['tfoot', { closes: ['thead', 'tbody', 'tfoot'], scope: CELL_SCOPE }],
  ['option', { closes: ['option'], scope: ['select'] }],
]);

/**
 * Throws UnreadableDocumentError('too_large') when elements nest deeper than MAX_HTML_DEPTH. One pass
 * over the tags that follows the parser's main rules closely enough for the depth: an end tag closes
 * the elements opened after its start tag, a new <p>/<li>/<td>/<tr>… closes the open one within its
 * scope, script/style contents and comments are skipped. Linear in the length of the page.
 */
export function checkNesting(html: string, maxDepth = MAX_HTML_DEPTH): void {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|<!--[\s\S]*?(?:-->|$)/g;
  const stack: string[] = [];
  // For each element name, the stack positions where it is open (innermost last).
  const positions = new Map<string, number[]>();
  const innermost = (name: string) => {
    const at = positions.get(name);
    return at && at.length > 0 ? at[at.length - 1]! : -1;
  };
  const popTo = (index: number) => {
    while (stack.length > index) positions.get(stack.pop()!)!.pop();
  };
  let lower: string | undefined;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(html))) {
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue;
    if (match[1]) {
      const at = innermost(name);
      if (at >= 0) popTo(at);
      continue;
    }
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (UNCOUNTED.has(name) || match[0].endsWith('/>')) continue;
    const implied = IMPLIED.get(name);
    if (implied) {
      const target = Math.max(...implied.closes.map(innermost));
      if (target >= 0 && target > Math.max(...implied.scope.map(innermost))) popTo(target);
    }
    stack.push(name);
    let at = positions.get(name);
    if (!at) positions.set(name, (at = []));
    at.push(stack.length - 1);
    if (stack.length > maxDepth) {
      throw new UnreadableDocumentError(
        'too_large',
        `网页的标签嵌套超过 ${maxDepth} 层（正常网页只有几十层），无法可靠读取，已拒绝。请在浏览器中打开这个网页，另存为 PDF 或复制正文保存为文本后再检查。`,
      );
    }
  }
}

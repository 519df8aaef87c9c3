// Ruled PDF tables read as grids. Unit cases built by hand (operator lists as pdfjs-dist gives them),
// then a real report (沭阳县发改局 2023, the web page of test/fixtures/reports-rich) printed to PDF by
// Chromium (browser header and footer on every page, double HTML borders drawn as thin filled
// rectangles) and by LibreOffice (Word → PDF, stroked borders, a table wider than the paper), read
// cell by cell against the hand-read values of expected/kiro_shuyang-fgj_2023.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../rules/index.ts';
import { dropPageFurniture, type PageRow } from './pdf-furniture.ts';
import { gridsOf, joinRulings, placeRuns, rulingsOf, type PaintOps, type PlacedRun } from './pdf-grid.ts';
import { readReportFile } from './read-file.ts';

const ops: PaintOps = { save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, strokes: new Set([20]), fills: new Set([22]) };
/** A rectangle path (pdfjs DrawOPS: 0 moveTo, 1 lineTo, 4 closePath). */
const rect = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];
const line = (x0: number, y0: number, x1: number, y1: number) => [0, x0, y0, 1, x1, y1];
const join = (runs: readonly PlacedRun[]) => runs.map((r) => r.text).join('');
const run = (text: string, x: number, y: number, width = 10) => ({ text, x, y, width, size: 10 });

describe('rulings from the drawing operators', () => {
  it('takes thin filled rectangles under the transformation matrix and stroked lines, not thick fills or clipping paths', () => {
    // Chromium's page matrix: 0.24 pt per unit, y flipped from the top of a 792 pt page.
    const fn = [10, 12, 91, 91, 91, 91, 11];
    const args = [null, [0.24, 0, 0, -0.24, 0, 792], [22, [rect(100, 100, 1000, 4)]], [22, [rect(100, 100, 4, 500)]], [22, [rect(300, 300, 400, 400)]], [28, [rect(0, 0, 10, 1000)]], null];
    const { horizontal, vertical } = rulingsOf(fn, args, ops);
    expect(horizontal).toHaveLength(1);
    expect(horizontal[0]!.x0).toBeCloseTo(24);
    expect(horizontal[0]!.x1).toBeCloseTo(264);
    expect(horizontal[0]!.y0).toBeCloseTo(792 - 102 * 0.24);
    expect(vertical).toHaveLength(1);
    expect(vertical[0]!.y1 - vertical[0]!.y0).toBeCloseTo(120);
    const stroked = rulingsOf([91, 91], [[20, [line(10, 10, 200, 10)]], [20, [rect(10, 10, 100, 50)]]], ops);
    expect(stroked.horizontal).toHaveLength(3);
    expect(stroked.vertical).toHaveLength(2);
  });

  it('joins pieces of one ruling within 3 pt and keeps two rulings 5 pt apart', () => {
    const joined = joinRulings([{ x0: 0, x1: 50, y0: 100, y1: 100 }, { x0: 52, x1: 90, y0: 101.5, y1: 101.5 }, { x0: 0, x1: 90, y0: 106, y1: 106 }], 'horizontal');
    expect(joined.map((r) => [r.x0, r.x1])).toEqual([[0, 90], [0, 90]]);
  });
});

describe('a grid from the rulings', () => {
  // A 3 × 3 table, boxes 100 wide and 20 high, whose top-left cell spans two columns (no inner edge).
  const h = [0, 20, 40, 60].map((y) => ({ x0: 0, x1: 300, y0: 200 - y, y1: 200 - y }));
  const v = [
    { x0: 0, x1: 0, y0: 140, y1: 200 },
    { x0: 100, x1: 100, y0: 140, y1: 180 },
    { x0: 200, x1: 200, y0: 140, y1: 200 },
    { x0: 300, x1: 300, y0: 140, y1: 200 },
  ];

  it('finds the boxes and a spanning cell where an inner edge is missing', () => {
    const [grid] = gridsOf(h, v);
    expect(grid!.xs).toEqual([0, 100, 200, 300]);
    expect(grid!.ys).toEqual([200, 180, 160, 140]);
    expect(grid!.cells.filter((c) => c.row === 0).map((c) => [c.column, c.columnSpan])).toEqual([[0, 2], [2, 1]]);
    expect(grid!.cells).toHaveLength(8);
  });

  it('places each run in the cell holding its centre and keeps empty cells empty, like an HTML table row', () => {
    const grids = gridsOf(h, v);
    const { rows, outside } = placeRuns(grids, [run('项目', 10, 185, 20), run('总计', 210, 185, 20), run('规章', 10, 165), run('3', 245, 165, 5), run('正文', 10, 300)], join);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([['项目', '总计'], ['规章', '', '3'], ['', '', '']]);
    expect(outside.map((r) => r.text)).toEqual(['正文']);
  });

  it('cuts a run that pdfjs joined across a cell border at the border', () => {
    const { rows } = placeRuns(gridsOf(h, v), [run("本年制发本年废止", 160, 165, 80)], join);
    expect(rows[1]!.cells.map((c) => c.text)).toEqual(['', '本年制发', '本年废止']);
  });
});

describe('page furniture', () => {
  const page = (rows: [string, number][]): PageRow[] => rows.map(([text, y]) => ({ y, top: 792, bottom: 0, row: { cells: text.split('|').map((t) => ({ text: t })) } }));
  it('drops the browser header and footer (date, title, address, page x/y) and running heads, never body text', () => {
    const pages = dropPageFurniture([
      page([['12/7/26, 11:11 PM|沭阳县发展和改革局2023年政府信息公开年度报告', 780], ['一、总体情况', 700], ['file:///tmp/shuyang.html|1/4', 12]]),
      page([['12/7/26, 11:11 PM|沭阳县发展和改革局2023年政府信息公开年度报告', 780], ['二、主动公开政府信息情况', 700], ['file:///tmp/shuyang.html|2/4', 12]]),
      page([['2024年1月17日', 60]]),
    ]);
    expect(pages.map((rows) => rows.map((r) => r.row!.cells[0]!.text))).toEqual([['一、总体情况'], ['二、主动公开政府信息情况'], ['2024年1月17日']]);
  });
});

describe('a real report printed to PDF, every cell against the hand-read values', async () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/reports-rich/${name}`, import.meta.url)));
  const expected = JSON.parse(readFileSync(new URL('../../../test/fixtures/reports-rich/expected/kiro_shuyang-fgj_2023.json', import.meta.url), 'utf8')) as { cells: Record<string, number | null> };
  const valueOf = (cell: { kind: string; value?: number | null } | undefined) => (cell === undefined ? 'missing' : cell.kind === 'number' ? cell.value : cell.kind === 'blank' ? null : cell.kind);
  const differences = (cells: Record<string, { kind: string; value?: number | null }>) =>
    Object.entries(expected.cells).flatMap(([key, value]) => (valueOf(cells[key]) === value ? [] : [[key, valueOf(cells[key])]]));

  it('reads all 200 cells of the Chromium print (browser header and footer between rows, blank legal-person columns)', async () => {
    const report = await readReportFile(fixture('kiro_shuyang-fgj_2023.chromium.pdf'), '年报.pdf');
    expect(report.agency).toBe('沭阳县发展和改革局');
    expect(report.year).toBe(2023);
    expect(differences(report.cells as never)).toEqual([]);
  });

  it('reads the LibreOffice print: 197 cells, and the 总计 column the page edge cuts off as far as it is printed', async () => {
    const report = await readReportFile(fixture('kiro_shuyang-fgj_2023.libreoffice.pdf'), '年报.pdf');
    // The table is wider than A4: of the three 总计 cells that read 26 only the first glyph ("2") lies
    // on the page (the rest is not in the file); the 0s of that column are whole glyphs.
    expect(differences(report.cells as never)).toEqual([
      ['applications.new_received.total', 2],
      ['applications.outcomes.granted.total', 2],
      ['applications.outcomes.total.total', 2],
    ]);
    // The row-total rule points at them.
    expect(checkReport(report).filter((f) => f.rule === 'T3_ROW_TOTAL').flatMap((f) => f.cells)).toEqual(
      expect.arrayContaining(['applications.new_received.total', 'applications.outcomes.granted.total']),
    );
  });
});

// Reading a ruled PDF table as a grid, as pdfplumber and Tabula do. The rulings come from the page's
// drawing operators: stroked lines and the thin filled rectangles Word, WPS and Chromium draw borders
// with, under the current transformation matrix. They are snapped and joined within a few points; the
// x positions of the vertical rulings and the y positions of the horizontal ones give the grid of a
// table, and a cell spanning several grid boxes is one whose inner edges are not drawn. Each text run
// goes to the cell holding its centre; cells with no text stay empty (a blank cell, not a missing
// one). The result is shaped like an HTML table (html.ts): one line per grid row with the cells that
// start in it, so the text reader reads it the way it reads web pages. Pure: operator lists in, rows out.

/** The subset of pdfjs-dist's OPS codes the rulings need (passed in, so this module needs no pdfjs). */
export interface PaintOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  /** Paint operators that stroke the path. */
  readonly strokes: ReadonlySet<number>;
  /** Paint operators that fill (and maybe stroke) the path. */
  readonly fills: ReadonlySet<number>;
}

/** pdfjs-dist's path commands inside constructPath's data (src/shared/util.js DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** An axis-aligned ruling in page space (points, y upwards): horizontal when y0 = y1, vertical when x0 = x1. */
export interface Ruling {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** Lines and filled rectangles thinner than this are rulings (a border is 0.25–1.5 pt). */
const THIN = 3;
/** Rulings this close are one (double borders of HTML tables, a cell border beside the table's). */
export const SNAP = 3;

/** The horizontal and vertical rulings a page draws. */
export function rulingsOf(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: PaintOps): { horizontal: Ruling[]; vertical: Ruling[] } {
  const horizontal: Ruling[] = [];
  const vertical: Ruling[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    const [lx, hx] = x0 < x1 ? [x0, x1] : [x1, x0];
    const [ly, hy] = y0 < y1 ? [y0, y1] : [y1, y0];
    if (hy - ly <= THIN && hx - lx > THIN) horizontal.push({ x0: lx, x1: hx, y0: (ly + hy) / 2, y1: (ly + hy) / 2 });
    else if (hx - lx <= THIN && hy - ly > THIN) vertical.push({ x0: (lx + hx) / 2, x1: (lx + hx) / 2, y0: ly, y1: hy });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(argsArray[i] as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = (argsArray[i] as unknown[])[0] as Matrix | null;
      if (matrix) ctm = multiply(matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath) {
      const [paint, paths] = argsArray[i] as [number, ArrayLike<number>[] | ArrayLike<number>];
      const stroke = ops.strokes.has(paint);
      const fill = ops.fills.has(paint);
      if (!stroke && !fill) continue; // a clipping path
      const data = (Array.isArray(paths) ? paths[0] : paths) as ArrayLike<number> | undefined;
      if (data) pathRulings(data, ctm, stroke, add);
    }
  }
  return { horizontal, vertical };
}

/** Each subpath: a thin one (a filled border rectangle, a hairline) is a ruling; a stroked one gives its straight edges. */
function pathRulings(data: ArrayLike<number>, m: Matrix, stroke: boolean, add: (x0: number, y0: number, x1: number, y1: number) => void): void {
  const xs: number[] = [];
  const ys: number[] = [];
  const flush = () => {
    if (xs.length >= 2) {
      const minX = Math.min(...xs);
      const maxX = Math.max(...xs);
      const minY = Math.min(...ys);
      const maxY = Math.max(...ys);
      if (maxX - minX <= THIN || maxY - minY <= THIN) add(minX, minY, maxX, maxY);
      else if (stroke) {
        // A stroked box or polyline: every axis-aligned edge (closing edge included) is a ruling.
        for (let k = 0; k < xs.length; k++) {
          const j = (k + 1) % xs.length;
          if (j === 0 && xs.length < 3) break;
          if (Math.abs(xs[k]! - xs[j]!) <= 0.5 || Math.abs(ys[k]! - ys[j]!) <= 0.5) add(xs[k]!, ys[k]!, xs[j]!, ys[j]!);
        }
      }
    }
    xs.length = 0;
    ys.length = 0;
  };
  const point = (x: number, y: number) => {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k]!;
    if (op === MOVE_TO) {
      flush();
      point(data[k + 1]!, data[k + 2]!);
      k += 3;
    } else if (op === LINE_TO) {
      point(data[k + 1]!, data[k + 2]!);
      k += 3;
    } else if (op === CURVE_TO) {
      // Rounded corners are not rulings: the subpath is dropped.
      xs.length = 0;
      ys.length = 0;
      k += 7;
    } else if (op === QUADRATIC_CURVE_TO) {
      xs.length = 0;
      ys.length = 0;
      k += 5;
    } else if (op === CLOSE_PATH) {
      flush();
      k += 1;
    } else break;
  }
  flush();
}

/** Rulings on one line (within SNAP) that touch or overlap are joined. */
export function joinRulings(rulings: readonly Ruling[], direction: 'horizontal' | 'vertical'): Ruling[] {
  const across = (r: Ruling) => (direction === 'horizontal' ? r.y0 : r.x0);
  const from = (r: Ruling) => (direction === 'horizontal' ? r.x0 : r.y0);
  const to = (r: Ruling) => (direction === 'horizontal' ? r.x1 : r.y1);
  const sorted = [...rulings].sort((a, b) => across(a) - across(b));
  const lines: Ruling[][] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && across(r) - across(last[0]!) <= SNAP) last.push(r);
    else lines.push([r]);
  }
  const out: Ruling[] = [];
  for (const line of lines) {
    const at = line.reduce((n, r) => n + across(r), 0) / line.length;
    line.sort((a, b) => from(a) - from(b));
    let start = from(line[0]!);
    let end = to(line[0]!);
    const emit = () => out.push(direction === 'horizontal' ? { x0: start, x1: end, y0: at, y1: at } : { x0: at, x1: at, y0: start, y1: end });
    for (const r of line.slice(1)) {
      if (from(r) <= end + SNAP) end = Math.max(end, to(r));
      else {
        emit();
        start = from(r);
        end = to(r);
      }
    }
    emit();
  }
  return out;
}

/** A cell of a grid: its box in page space and its place (first grid row and column, spans). */
export interface GridCell {
  readonly x0: number;
  readonly x1: number;
  /** Bottom and top (y upwards). */
  readonly y0: number;
  readonly y1: number;
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly columnSpan: number;
}

export interface Grid {
  /** Column boundaries, left to right. */
  readonly xs: readonly number[];
  /** Row boundaries, top to bottom (descending y). */
  readonly ys: readonly number[];
  readonly cells: readonly GridCell[];
}

/** Grid columns or rows narrower than this are the gap of a double border, not a column. */
const MIN_BAND = 4;

/** The tables a page's rulings draw: connected rulings, at least two columns of boxes. */
export function gridsOf(horizontalRulings: readonly Ruling[], verticalRulings: readonly Ruling[]): Grid[] {
  const horizontal = joinRulings(horizontalRulings, 'horizontal');
  const vertical = joinRulings(verticalRulings, 'vertical');
  const all = [...horizontal, ...vertical];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let h = 0; h < horizontal.length; h++) {
    const a = horizontal[h]!;
    for (let v = 0; v < vertical.length; v++) {
      const b = vertical[v]!;
      if (b.x0 >= a.x0 - SNAP && b.x0 <= a.x1 + SNAP && a.y0 >= b.y0 - SNAP && a.y0 <= b.y1 + SNAP) parent[find(h)] = find(horizontal.length + v);
    }
  }
  const groups = new Map<number, { h: Ruling[]; v: Ruling[] }>();
  all.forEach((r, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, { h: [], v: [] });
    (i < horizontal.length ? groups.get(root)!.h : groups.get(root)!.v).push(r);
  });
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const grid = gridOf(h, v);
    if (grid && grid.xs.length >= 3) grids.push(grid);
  }
  return grids.sort((a, b) => b.ys[0]! - a.ys[0]!);
}

/** Positions closer than MIN_BAND become one (their mean). */
function bands(positions: number[]): number[] {
  positions.sort((a, b) => a - b);
  const out: number[][] = [];
  for (const p of positions) {
    const last = out[out.length - 1];
    if (last && p - last[last.length - 1]! < MIN_BAND) last.push(p);
    else out.push([p]);
  }
  return out.map((g) => g.reduce((n, p) => n + p, 0) / g.length);
}

function gridOf(horizontal: Ruling[], vertical: Ruling[]): Grid | null {
  const xs = bands(vertical.map((r) => r.x0));
  const ys = bands(horizontal.map((r) => r.y0)).reverse();
  if (xs.length < 2 || ys.length < 2) return null;
  // A table wider than the page (an office suite printing a web page's table) has its last column's
  // right border cut off: the rows' rulings still run on, so their end closes the last column.
  const right = Math.max(...horizontal.map((r) => r.x1));
  const cut = right - xs[xs.length - 1]! > MIN_BAND * 2 ? right : undefined;
  if (cut !== undefined) xs.push(cut);
  const columns = xs.length - 1;
  const rows = ys.length - 1;
  const near = (a: number, b: number) => Math.abs(a - b) < MIN_BAND;
  // Is the edge drawn across the middle of this box side?
  const verticalAt = (x: number, y: number) => x === cut || vertical.some((r) => near(r.x0, x) && r.y0 <= y && r.y1 >= y);
  const horizontalAt = (x: number, y: number) => horizontal.some((r) => near(r.y0, y) && r.x0 <= x && r.x1 >= x);
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < columns; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < columns && !verticalAt(xs[c + 1]!, midY)) union(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !horizontalAt(midX, ys[r + 1]!)) union(r * columns + c, (r + 1) * columns + c);
    }
  }
  const boxes = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const root = find(r * columns + c);
      const box = boxes.get(root);
      if (!box) boxes.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        box.r0 = Math.min(box.r0, r);
        box.r1 = Math.max(box.r1, r);
        box.c0 = Math.min(box.c0, c);
        box.c1 = Math.max(box.c1, c);
      }
    }
  }
  const cells: GridCell[] = [...boxes.values()]
    .map((b) => ({ x0: xs[b.c0]!, x1: xs[b.c1 + 1]!, y1: ys[b.r0]!, y0: ys[b.r1 + 1]!, row: b.r0, column: b.c0, rowSpan: b.r1 - b.r0 + 1, columnSpan: b.c1 - b.c0 + 1 }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  return { xs, ys, cells };
}

/** A piece of text with its position (baseline y, upwards) and size, as pdf.ts reads it. */
export interface PlacedRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/**
 * pdfjs joins text shown close together on one line into one run, even across a cell border
 * ("本年制发件数本年" + "废止件数"): a run that crosses a column boundary of the grid it lies in is cut
 * there, its characters shared out by width (table text is set in one font size).
 */
function splitAtColumns(grids: readonly Grid[], run: PlacedRun): PlacedRun[] {
  const chars = [...run.text];
  if (chars.length < 2 || run.width <= 0) return [run];
  const y = run.y + run.size * 0.3;
  const grid = grids.find((g) => y <= g.ys[0]! && y >= g.ys[g.ys.length - 1]! && run.x < g.xs[g.xs.length - 1]! && run.x + run.width > g.xs[0]!);
  if (!grid) return [run];
  const perChar = run.width / chars.length;
  const cuts = grid.xs.filter((x) => x > run.x + perChar / 2 && x < run.x + run.width - perChar / 2);
  if (cuts.length === 0) return [run];
  const pieces: PlacedRun[] = [];
  let from = 0;
  for (const x of [...cuts, Infinity]) {
    const to = x === Infinity ? chars.length : Math.round((x - run.x) / perChar);
    if (to > from) pieces.push({ text: chars.slice(from, to).join(''), x: run.x + from * perChar, y: run.y, width: (to - from) * perChar, size: run.size });
    from = Math.max(from, to);
  }
  return pieces;
}

/** The cell holding a point, or undefined. */
export function cellAt(grid: Grid, x: number, y: number): GridCell | undefined {
  const { xs, ys } = grid;
  if (x < xs[0]! || x > xs[xs.length - 1]! || y > ys[0]! || y < ys[ys.length - 1]!) return undefined;
  let c = 0;
  while (c < xs.length - 2 && x > xs[c + 1]!) c++;
  let r = 0;
  while (r < ys.length - 2 && y < ys[r + 1]!) r++;
  return grid.cells.find((cell) => r >= cell.row && r < cell.row + cell.rowSpan && c >= cell.column && c < cell.column + cell.columnSpan);
}

/** A grid row as the reader gets it: the cells that start in this row, left to right, texts joined. */
export interface GridRow {
  readonly y: number;
  readonly cells: readonly { text: string; x: number; column: number }[];
}

/** The centre of a run: half its width to the right, a third of its size above the baseline. */
const centreOf = (run: PlacedRun) => ({ x: run.x + run.width / 2, y: run.y + run.size * 0.3 });

/**
 * Places the runs in the grids' cells. Returns the rows of each grid (top to bottom) and the runs that
 * fall in no grid, for the ordinary row reader.
 */
export function placeRuns(grids: readonly Grid[], runs: readonly PlacedRun[], joinText: (parts: readonly PlacedRun[]) => string): { rows: GridRow[]; outside: PlacedRun[] } {
  const outside: PlacedRun[] = [];
  const inCell = new Map<GridCell, PlacedRun[]>();
  for (const run of runs.flatMap((r) => splitAtColumns(grids, r))) {
    const centre = centreOf(run);
    let cell: GridCell | undefined;
    for (const grid of grids) if ((cell = cellAt(grid, centre.x, centre.y))) break;
    if (!cell) outside.push(run);
    else if (inCell.has(cell)) inCell.get(cell)!.push(run);
    else inCell.set(cell, [run]);
  }
  const rows: GridRow[] = [];
  for (const grid of grids) {
    // A grid that holds no text at all is decoration (a frame, an underline pair).
    if (!grid.cells.some((c) => inCell.has(c))) continue;
    const byRow = new Map<number, GridCell[]>();
    for (const cell of grid.cells) {
      if (!byRow.has(cell.row)) byRow.set(cell.row, []);
      byRow.get(cell.row)!.push(cell);
    }
    for (const [row, cells] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
      rows.push({
        y: grid.ys[row]!,
        cells: cells.sort((a, b) => a.column - b.column).map((cell) => ({ text: joinText(inCell.get(cell) ?? []), x: cell.x0, column: cell.column })),
      });
    }
  }
  return { rows, outside };
}

// Second look at a table 三 row that printed fewer than seven values, once the whole table is
// read: which columns did the printed values belong to? The column rules of the format decide
// when they can — T3_BALANCE (第一项加第二项之和，等于第三项加第四项之和, the corner note of the
// table) and T3_OUTCOME_TOTAL (（七）总计 = the sum of the outcome rows), per column — together
// with the row total. The placement under which most of these relations hold wins; on a tie the
// first placement stays (it is never "improved" by guessing).
import type { Cell } from '../model.ts';
import type { ValueItem } from './tokens.ts';
import { numericValue } from './read-context.ts';

/** Every way to give `n` values, in order, to `n` of `columns` columns. */
export function orderedPlacements(n: number, columns: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, chosen: number[]) => {
    if (chosen.length === n) {
      out.push([...chosen]);
      return;
    }
    for (let c = start; c <= columns - (n - chosen.length); c++) walk(c + 1, [...chosen, c]);
  };
  walk(0, []);
  return out;
}

export interface BalanceContext {
  /** Leaf row ids of table 三 in printed order. */
  leaves: readonly string[];
  columns: readonly string[];
  /** Current cells (read so far); the row under test is replaced. */
  cells: Readonly<Record<string, Cell>>;
}

const OUTCOME = /^outcomes\.(?!total$)/;

/**
 * Table 三 as a grid of numbers (rows = `ctx.leaves`, columns = `ctx.columns`; NaN = not read) without
 * `row`'s own cells: blank and "/" count 0. Built once per row looked at, then every placement is a
 * few array writes — this runs for every short row of every report.
 */
interface Grid {
  values: Float64Array;
  columns: number;
  row: number;
  outcomeRows: number[];
  balanceRows: [number, number, number, number];
}

function tableGrid(ctx: BalanceContext, row: string): Grid {
  const columns = ctx.columns.length;
  const values = new Float64Array(ctx.leaves.length * columns).fill(Number.NaN);
  ctx.leaves.forEach((leaf, r) => {
    if (leaf === row) return;
    ctx.columns.forEach((column, c) => {
      const cell = ctx.cells[`applications.${leaf}.${column}`];
      if (cell) values[r * columns + c] = cell.kind === 'number' && cell.value !== null ? cell.value : 0;
    });
  });
  const at = (id: string) => ctx.leaves.indexOf(id);
  return {
    values,
    columns,
    row: ctx.leaves.indexOf(row),
    outcomeRows: ctx.leaves.flatMap((l, r) => (OUTCOME.test(l) ? [r] : [])),
    balanceRows: [at('new_received'), at('carried_over_from_last_year'), at('outcomes.total'), at('carried_to_next_year')],
  };
}

/** How many row and column relations hold when `row` has `values` in `placement` columns. */
export function relationsHolding(ctx: BalanceContext, row: string, values: readonly ValueItem[], placement: readonly number[], grid?: Grid): number {
  const g = grid ?? tableGrid(ctx, row);
  const base = g.row * g.columns;
  g.values.fill(Number.NaN, base, base + g.columns);
  placement.forEach((column, i) => (g.values[base + column] = numericValue(values[i])));
  return countHolding(g);
}

function countHolding(g: Grid): number {
  const { values, columns } = g;
  const get = (r: number, c: number) => (r < 0 ? Number.NaN : values[r * columns + c]!);
  let holding = 0;
  // Row total of the row itself: 总计 = the six applicant columns.
  let parts = 0;
  let complete = g.row >= 0;
  for (let c = 0; c < columns - 1 && complete; c++) {
    const v = get(g.row, c);
    if (Number.isNaN(v)) complete = false;
    else parts += v;
  }
  if (complete && parts === get(g.row, columns - 1)) holding++;
  const [received, carried, total, next] = g.balanceRows;
  for (let c = 0; c < columns; c++) {
    const a = get(received, c);
    const b = get(carried, c);
    const t = get(total, c);
    const n = get(next, c);
    if (a + b === t + n) holding++; // NaN never equals
    if (Number.isNaN(t)) continue;
    let sum = 0;
    for (const r of g.outcomeRows) sum += get(r, c);
    if (sum === t) holding++;
  }
  return holding;
}

/** The placement (columns for each value) under which most relations hold; `current` on a tie. */
export function bestPlacement(ctx: BalanceContext, row: string, values: readonly ValueItem[], current: readonly number[]): number[] {
  const grid = tableGrid(ctx, row);
  let best = [...current];
  let bestScore = relationsHolding(ctx, row, values, current, grid);
  for (const candidate of orderedPlacements(values.length, ctx.columns.length)) {
    const score = relationsHolding(ctx, row, values, candidate, grid);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

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

/** How many row and column relations hold when `row` has `values` in `placement` columns. */
export function relationsHolding(ctx: BalanceContext, row: string, values: readonly ValueItem[], placement: readonly number[]): number {
  const trial = new Map<string, number>();
  for (const [key, cell] of Object.entries(ctx.cells)) {
    if (!key.startsWith('applications.') || key.startsWith(`applications.${row}.`)) continue;
    if (cell.kind === 'number' && cell.value !== null) trial.set(key, cell.value);
    else trial.set(key, 0);
  }
  placement.forEach((column, i) => trial.set(`applications.${row}.${ctx.columns[column]!}`, numericValue(values[i])));
  const get = (r: string, c: string) => trial.get(`applications.${r}.${c}`);
  let holding = 0;
  // Row total of the row itself: 总计 = the six applicant columns.
  const rowCells = ctx.columns.map((c) => get(row, c));
  if (rowCells.every((v) => v !== undefined)) {
    const parts = rowCells.slice(0, -1).reduce<number>((s, v) => s + v!, 0);
    if (parts === rowCells[rowCells.length - 1]) holding++;
  }
  for (const column of ctx.columns) {
    const balance = [get('new_received', column), get('carried_over_from_last_year', column), get('outcomes.total', column), get('carried_to_next_year', column)];
    if (balance.every((v) => v !== undefined) && balance[0]! + balance[1]! === balance[2]! + balance[3]!) holding++;
    const outcomes = ctx.leaves.filter((l) => OUTCOME.test(l)).map((l) => get(l, column));
    const total = get('outcomes.total', column);
    if (total !== undefined && outcomes.every((v) => v !== undefined) && outcomes.reduce<number>((s, v) => s + v!, 0) === total) holding++;
  }
  return holding;
}

/** The placement (columns for each value) under which most relations hold; `current` on a tie. */
export function bestPlacement(ctx: BalanceContext, row: string, values: readonly ValueItem[], current: readonly number[]): number[] {
  let best = [...current];
  let bestScore = relationsHolding(ctx, row, values, current);
  for (const candidate of orderedPlacements(values.length, ctx.columns.length)) {
    const score = relationsHolding(ctx, row, values, candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

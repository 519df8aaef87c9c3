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

/** The numbers of table 三 as read so far (blank / "/" count 0), without `row`'s own cells. */
function tableValues(ctx: BalanceContext, row: string): Map<string, number> {
  const trial = new Map<string, number>();
  const own = `applications.${row}.`;
  for (const key in ctx.cells) {
    if (!key.startsWith('applications.') || key.startsWith(own)) continue;
    const cell = ctx.cells[key]!;
    trial.set(key, cell.kind === 'number' && cell.value !== null ? cell.value : 0);
  }
  return trial;
}

/** How many row and column relations hold when `row` has `values` in `placement` columns. */
export function relationsHolding(ctx: BalanceContext, row: string, values: readonly ValueItem[], placement: readonly number[], base?: Map<string, number>): number {
  // The base map never holds the row's own cells: set them for this trial and take them out again.
  const trial = base ?? tableValues(ctx, row);
  const own = placement.map((column) => `applications.${row}.${ctx.columns[column]!}`);
  own.forEach((key, i) => trial.set(key, numericValue(values[i])));
  try {
    return countHolding(ctx, row, trial);
  } finally {
    for (const key of own) trial.delete(key);
  }
}

function countHolding(ctx: BalanceContext, row: string, trial: ReadonlyMap<string, number>): number {
  const get = (r: string, c: string) => trial.get(`applications.${r}.${c}`);
  let holding = 0;
  // Row total of the row itself: 总计 = the six applicant columns.
  const rowCells = ctx.columns.map((c) => get(row, c));
  if (rowCells.every((v) => v !== undefined)) {
    const parts = rowCells.slice(0, -1).reduce<number>((s, v) => s + v!, 0);
    if (parts === rowCells[rowCells.length - 1]) holding++;
  }
  const outcomeRows = ctx.leaves.filter((l) => OUTCOME.test(l));
  for (const column of ctx.columns) {
    const balance = [get('new_received', column), get('carried_over_from_last_year', column), get('outcomes.total', column), get('carried_to_next_year', column)];
    if (balance.every((v) => v !== undefined) && balance[0]! + balance[1]! === balance[2]! + balance[3]!) holding++;
    const total = get('outcomes.total', column);
    if (total === undefined) continue;
    let sum = 0;
    let complete = true;
    for (const l of outcomeRows) {
      const v = get(l, column);
      if (v === undefined) {
        complete = false;
        break;
      }
      sum += v;
    }
    if (complete && sum === total) holding++;
  }
  return holding;
}

/** The placement (columns for each value) under which most relations hold; `current` on a tie. */
export function bestPlacement(ctx: BalanceContext, row: string, values: readonly ValueItem[], current: readonly number[]): number[] {
  const base = tableValues(ctx, row);
  let best = [...current];
  let bestScore = relationsHolding(ctx, row, values, current, base);
  for (const candidate of orderedPlacements(values.length, ctx.columns.length)) {
    const score = relationsHolding(ctx, row, values, candidate, base);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

// How well a whole alignment of table 三 agrees with the table's own arithmetic: the row total of
// every row (T3_ROW_TOTAL: 总计 = 自然人 + … + 其他), the corner note per column (T3_BALANCE: 第一项加第二项
// 之和，等于第三项加第四项之和) and （七）总计 = the outcome rows (T3_OUTCOME_TOTAL), per column. Used only to
// choose between alignments whose label evidence is exactly as good.
import { placeRow } from './placement.ts';
import { numericValue } from './read-context.ts';
import type { ValueItem } from './tokens.ts';

const OUTCOME = /^outcomes\.(?!total$)/;

/** Number of relations holding when segment i's rows start at `starts[i]`. */
export function relationsOfAlignment(
  segments: readonly { rowValues: readonly (readonly ValueItem[])[] }[],
  starts: readonly number[],
  leaves: readonly string[],
  columnCount: number,
): number {
  const table = new Map<string, (number | null)[]>();
  segments.forEach((seg, i) => {
    seg.rowValues.forEach((vals, r) => {
      const id = leaves[starts[i]! + r];
      if (!id) return;
      table.set(id, placeRow(vals, columnCount).cells.map((item) => (item ? numericValue(item) : null)));
    });
  });
  let holding = 0;
  for (const cells of table.values()) {
    if (cells.some((v) => v === null)) continue;
    const parts = cells.slice(0, -1).reduce<number>((s, v) => s + v!, 0);
    if (parts === cells[cells.length - 1]) holding++;
  }
  const at = (id: string, c: number) => table.get(id)?.[c] ?? null;
  const outcomeRows = leaves.filter((l) => OUTCOME.test(l));
  for (let c = 0; c < columnCount; c++) {
    const balance = [at('new_received', c), at('carried_over_from_last_year', c), at('outcomes.total', c), at('carried_to_next_year', c)];
    if (balance.every((v) => v !== null) && balance[0]! + balance[1]! === balance[2]! + balance[3]!) holding++;
    const total = at('outcomes.total', c);
    const outcomes = outcomeRows.map((id) => at(id, c));
    if (total !== null && outcomes.every((v) => v !== null) && outcomes.reduce<number>((s, v) => s + v!, 0) === total) holding++;
  }
  return holding;
}

// The 总计 cells staff no longer type: table 四's 行政复议 / 未经复议直接起诉 / 复议后起诉 总计 is the sum of
// 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (annual-report-format.md §4; the rules T4_REVIEW_TOTAL,
// T4_DIRECT_TOTAL, T4_AFTER_REVIEW_TOTAL check exactly this), computed on every save. Table 二 has no
// totals. Pure.
import { formats, type Cell, type FormatId } from '../../../report/index.ts';

export interface ComputedTotal {
  /** The 总计 cell. */
  readonly key: string;
  /** The cells it sums, in column order. */
  readonly parts: readonly string[];
}

/** The computed totals of a format: one per table 四 block. */
export function computedTotals(format: FormatId): ComputedTotal[] {
  const table = formats[format].tables.review_litigation;
  const totalColumn = table.block_columns.find((c) => 'is_total' in c && c.is_total);
  if (!totalColumn) return [];
  const partColumns = table.block_columns.filter((c) => c !== totalColumn);
  return table.column_blocks.map((b) => ({
    key: `review_litigation.${b.id}.${totalColumn.id}`,
    parts: partColumns.map((c) => `review_litigation.${b.id}.${c.id}`),
  }));
}

export function isComputedTotal(format: FormatId, key: string): boolean {
  return computedTotals(format).some((t) => t.key === key);
}

/**
 * The total of its parts: blank while every part is blank (nothing entered yet), "/" when every part is
 * "/", otherwise the sum of the numbers (a blank or "/" part counts 0; BLANK_CELL still flags the blank).
 */
export function totalOf(parts: ReadonlyArray<Cell | undefined>): Cell {
  if (parts.every((c) => !c || c.kind === 'blank')) return { kind: 'blank', value: null };
  if (parts.every((c) => c?.kind === 'not_applicable')) return { kind: 'not_applicable', value: null };
  return { kind: 'number', value: parts.reduce((sum, c) => sum + (c?.kind === 'number' ? Number(c.value) : 0), 0) };
}

/** Every computed total of `cells`, from its parts. */
export function totalsOf(format: FormatId, cells: Readonly<Record<string, Cell | undefined>>): Record<string, Cell> {
  return Object.fromEntries(computedTotals(format).map((t) => [t.key, totalOf(t.parts.map((p) => cells[p]))]));
}

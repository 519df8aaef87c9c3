// Placing the values of a table 三 row that does not print exactly seven. The rule that decides is
// the row total of the format (T3_ROW_TOTAL: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 +
// 法律服务机构 + 其他): a placement under which it holds is preferred. The caller records a
// READ_PLACEMENT finding with the note, because the document itself is ambiguous.
import { numericValue } from './read-context.ts';
import type { ValueItem } from './tokens.ts';

export interface RowPlacement {
  /** One entry per column; null where the document printed no value for that column. */
  cells: (ValueItem | null)[];
  /** Values printed but not placed (extra numbers in a label column). */
  dropped: ValueItem[];
  /** How the values were placed, in Chinese; null when the row was complete. */
  note: string | null;
}

function totalHolds(values: readonly ValueItem[]): boolean {
  const parts = values.slice(0, values.length - 1).reduce((sum, v) => sum + numericValue(v), 0);
  return numericValue(values[values.length - 1]) === parts;
}

function describe(item: ValueItem): string {
  return item.source.text ?? '';
}

/** Place `values` into `columnCount` columns whose last column is the row total. */
export function placeRow(values: readonly ValueItem[], columnCount: number): RowPlacement {
  const n = values.length;
  if (n === columnCount) return { cells: [...values], dropped: [], note: null };

  if (n > columnCount) {
    const windows: number[] = [];
    for (let start = 0; start + columnCount <= n; start++) {
      if (totalHolds(values.slice(start, start + columnCount))) windows.push(start);
    }
    // Extra numbers usually sit in a label column to the left (seed 002's （六）/（七） rows), so
    // when the row total cannot decide, the last `columnCount` values are the row.
    const start = windows.length === 1 ? windows[0]! : windows.length > 1 ? windows[windows.length - 1]! : n - columnCount;
    const dropped = [...values.slice(0, start), ...values.slice(start + columnCount)];
    const why = windows.length === 1 ? '只有这样取值时“总计 = 各类申请人之和”成立' : '多余数值通常位于左侧的标签列';
    return {
      cells: values.slice(start, start + columnCount),
      dropped,
      note: `该行印出 ${n} 个数值（应为 ${columnCount} 个），已取第 ${start + 1} 至第 ${start + columnCount} 个（${why}），未采用：${dropped.map(describe).join('、')}`,
    };
  }

  const cells: (ValueItem | null)[] = new Array<ValueItem | null>(columnCount).fill(null);
  const parts = values.slice(0, n - 1);
  const lastIsTotal = n >= 2 && parts.reduce((s, v) => s + numericValue(v), 0) > 0 && totalHolds(values);
  if (lastIsTotal) {
    parts.forEach((v, i) => (cells[i] = v));
    cells[columnCount - 1] = values[n - 1]!;
    return {
      cells,
      dropped: [],
      note: `该行只印出 ${n} 个数值（应为 ${columnCount} 个）：最后一个数等于前面各数之和，已作为总计，前 ${n - 1} 个依次放入左起各列，其余列视为缺失`,
    };
  }
  values.forEach((v, i) => (cells[i] = v));
  return {
    cells,
    dropped: [],
    note: `该行只印出 ${n} 个数值（应为 ${columnCount} 个）：已依次放入左起 ${n} 列，其后各列（含总计）视为缺失`,
  };
}

// Cells as plain comparable values: a number, null for blank, '/' for not applicable.
import type { AnnualReport } from '../../src/report/model.ts';

type Comparable = number | null | '/';

export function comparableCells(report: AnnualReport): Record<string, Comparable> {
  const out: Record<string, Comparable> = {};
  for (const [key, cell] of Object.entries(report.cells)) {
    // A printed "0" is 0 whatever the sign of the zero the generator produced.
    out[key] = cell.kind === 'number' ? (cell.value === 0 ? 0 : cell.value) : cell.kind === 'blank' ? null : '/';
  }
  return out;
}

/** The differences between two reports' cells, one readable line each (empty when equal). */
export function cellDifferences(read: AnnualReport, expected: AnnualReport): string[] {
  const a = comparableCells(read);
  const b = comparableCells(expected);
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(key in a)) out.push(`${key}: 缺失（应为 ${b[key]}）`);
    else if (!(key in b)) out.push(`${key}: 多出 ${a[key]}`);
    else if (a[key] !== b[key]) out.push(`${key}: 读到 ${a[key]}，应为 ${b[key]}`);
  }
  return out;
}

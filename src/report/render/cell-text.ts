// How one cell is written in every rendering: a blank stays empty, "not applicable" is "/", a
// number is its digits (0 prints "0"). Keeping the three apart is what lets a reader tell a
// forgotten cell from a real zero (annual-report-format.md §5: BLANK_CELL).
import type { AnnualReport, Cell } from '../model.ts';

export function valueText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // 万元 amounts are stored with 4 fractional digits (0.0001 万元 = 1 元); print no float noise.
  return String(Number(value.toFixed(4)));
}

export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.kind === 'blank') return '';
  if (cell.kind === 'not_applicable') return '/';
  return cell.value === null ? '' : valueText(cell.value);
}

export function cellTextOf(report: AnnualReport, key: string): string {
  return cellText(report.cells[key]);
}

/** CSS class of a cell by kind, so that print and screen can style blanks and "/" apart from 0. */
export function cellClass(cell: Cell | undefined): string {
  if (!cell) return 'cell missing';
  return cell.kind === 'number' ? 'cell number' : cell.kind === 'blank' ? 'cell blank' : 'cell not-applicable';
}

/** "2024-01-20" → "2024年1月20日" (the signature line of a report). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

// Relations that could not be checked because the document lacks cells (a truncated table, seed 001).
// The reader reports TABLE_INCOMPLETE itself; the rules say which checks were therefore not made,
// instead of inventing balance errors from missing numbers.
import type { Finding } from '../model.ts';
import { finding } from './cells.ts';

export class SkippedChecks {
  private readonly items: { what: string; missing: string[] }[] = [];

  add(what: string, missing: string[]): void {
    this.items.push({ what, missing });
  }

  /** One CHECK_SKIPPED warning for the table, naming the checks not made and the missing cells. */
  toFindings(tableName: string): Finding[] {
    if (this.items.length === 0) return [];
    const missing = [...new Set(this.items.flatMap((i) => i.missing))];
    const shown = this.items.slice(0, 6).map((i) => i.what);
    const more = this.items.length > shown.length ? `等 ${this.items.length} 项` : '';
    return [
      finding(
        'CHECK_SKIPPED',
        'warning',
        `${tableName}缺少 ${missing.length} 个单元格，以下勾稽关系未能核对：${shown.join('；')}${more}。请补全表格后重新检查。`,
        missing,
      ),
    ];
  }
}

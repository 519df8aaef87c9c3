// BLANK_CELL (SOFT): a blank counts 0 for arithmetic, but a published table should print 0, not
// leave the cell empty (annual-report-format.md §5; seed 003 leaves most legal-person cells blank).
import type { AnnualReport, Finding, TableId } from '../model.ts';
import { cellName } from '../render/labels.ts';
import { effectiveTableFormat, finding } from './cells.ts';
import { tableNumerals } from '../render/labels.ts';

export function checkBlankCells(report: AnnualReport): Finding[] {
  const findings: Finding[] = [];
  const tables = ['active_disclosure', 'applications', 'review_litigation'] as TableId[];
  // One pass over the cells for all three tables: enumerating ~300 keys is the costly part.
  const blanksOf = new Map<TableId, string[]>(tables.map((t) => [t, []]));
  for (const k in report.cells) {
    if (report.cells[k]!.kind !== 'blank') continue;
    for (const table of tables) if (k.startsWith(`${table}.`)) blanksOf.get(table)!.push(k);
  }
  for (const table of tables) {
    const blanks = blanksOf.get(table)!;
    if (blanks.length === 0) continue;
    const format = effectiveTableFormat(report, table);
    const shown = blanks.slice(0, 3).map((k) => cellName(format, k));
    findings.push(
      finding(
        'BLANK_CELL',
        'warning',
        `表${tableNumerals[table]}有 ${blanks.length} 个单元格为空白（如${shown.join('、')}${blanks.length > 3 ? '等' : ''}），核对时按 0 计算。没有数字的单元格应填写 0。`,
        blanks,
      ),
    );
  }
  return findings;
}

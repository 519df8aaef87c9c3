// R_ZERO_REPORT_COMPLETE: every table printed with every cell; a "zero report" still shows explicit
// 0s (annual-report-format.md §5.4: seed 001 omits most of table 三, seed 000 leaves （六）3 blank).
import type { AnnualReport, Finding, TableId } from '../model.ts';
import { tableNumerals } from '../render/labels.ts';
import { effectiveTableFormat, finding, formatCellKeys, isMissing } from './cells.ts';

const tables: TableId[] = ['active_disclosure', 'applications', 'review_litigation'];

export function checkComplete(report: AnnualReport): Finding[] {
  // A zero report has no non-zero number. Stops at the first one instead of copying all ~300
  // cells out with Object.values (the costliest step of this rule); the same own cells are seen.
  let zeroReport = true;
  for (const k in report.cells) {
    if (!Object.hasOwn(report.cells, k)) continue;
    const c = report.cells[k]!;
    if (c.kind === 'number' && c.value) {
      zeroReport = false;
      break;
    }
  }
  const problems: string[] = [];
  const cells: string[] = [];
  for (const table of tables) {
    const expected = formatCellKeys(effectiveTableFormat(report, table), table);
    const missing = expected.filter((k) => isMissing(report, k));
    if (missing.length === expected.length) {
      problems.push(`缺少表${tableNumerals[table]}`);
      continue;
    }
    if (missing.length > 0) {
      problems.push(`表${tableNumerals[table]}缺少 ${missing.length} 个单元格`);
      cells.push(...missing);
    }
    // For a report with numbers, blanks are BLANK_CELL's business; a zero report is judged whole.
    const blanks = zeroReport ? expected.filter((k) => report.cells[k]?.kind === 'blank') : [];
    if (blanks.length > 0) {
      problems.push(`表${tableNumerals[table]}有 ${blanks.length} 个空白单元格`);
      cells.push(...blanks);
    }
  }
  if (problems.length === 0) return [];
  return [
    finding(
      'R_ZERO_REPORT_COMPLETE',
      'warning',
      `${zeroReport ? '本报告各项数字均为 0，但零报告也' : '年度报告'}必须完整列出表二、表三、表四的每一个单元格并明确填写 0：${problems.join('；')}。`,
      cells,
    ),
  ];
}

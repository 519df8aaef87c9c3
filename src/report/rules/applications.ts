// Table 三 (收到和处理政府信息公开申请情况) rules T3_* of annual-report-format.md §5.1.
import { applicationColumns } from '../formats/index.ts';
import type { AnnualReport, Finding, FormatId } from '../model.ts';
import { applicationColumnLabel, applicationRowPath } from '../render/labels.ts';
import { findingName } from './finding-names.ts';
import type { CheckOptions } from './check-options.ts';
import { effectiveTableFormat, evaluateRelation, finding, isMissing, leafRowIds, showCell, showNumber, tablePresent, valueOf } from './cells.ts';
import { SkippedChecks } from './skipped.ts';

// The same ~200 keys are built for every report, several times over. A key string made afresh
// must be hashed and interned on each cell lookup, which made this the slowest rule; handing out
// one string per (row, column) lets the lookups reuse it.
const keyCache = new Map<string, Map<string, string>>();
function key(row: string, column: string): string {
  let byColumn = keyCache.get(row);
  if (!byColumn) keyCache.set(row, (byColumn = new Map()));
  let k = byColumn.get(column);
  if (k === undefined) byColumn.set(column, (k = `applications.${row}.${column}`));
  return k;
}

function rowLabel(format: FormatId, row: string): string {
  const path = applicationRowPath(format, row);
  return path[path.length - 1] ?? row;
}

function outcomeLeaves(format: FormatId): string[] {
  return leafRowIds(format).filter((id) => id.startsWith('outcomes.') && id !== 'outcomes.total');
}

/** Short row name for sums: "（三）1.属于国家秘密" rather than the whole path. */
function shortRowLabel(format: FormatId, row: string): string {
  const path = applicationRowPath(format, row);
  const last = path[path.length - 1] ?? row;
  return /^\d/.test(last) && path.length >= 2 ? `${(path[path.length - 2] ?? '').replace(/^(（.）).*/, '$1')}${last}` : last;
}

function blankFinding(rule: string, what: string, cells: string[], blanks: string[], report: AnnualReport, format: FormatId): Finding {
  const names = blanks.map((k) => {
    const address = k.slice('applications.'.length);
    const dot = address.lastIndexOf('.');
    return `"${rowLabel(format, address.slice(0, dot))}"行"${applicationColumnLabel(format, address.slice(dot + 1))}"列`;
  });
  return finding(
    'BLANK_CELL',
    'warning',
    `表三${names.slice(0, 3).join('、')}${names.length > 3 ? `等 ${names.length} 个单元格` : ''}为空白：按 0 计算时${what}不成立（${findingName(rule)}）。空白处应填写实际数字，请补填后再核对。`,
    cells,
  );
}

export function checkApplications(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  if (!tablePresent(report, 'applications')) return [];
  const format = effectiveTableFormat(report, 'applications');
  const columns = applicationColumns(format);
  const rows = leafRowIds(format);
  const findings: Finding[] = [];
  const skipped = new SkippedChecks();

  // T3_INTEGER: every cell is an integer ≥ 0 (counts of applications, 件).
  for (const row of rows) {
    for (const column of columns) {
      const k = key(row, column);
      const cell = report.cells[k];
      if (cell?.kind === 'number' && (cell.value === null || !Number.isInteger(cell.value) || cell.value < 0)) {
        findings.push(
          finding('T3_INTEGER', 'error', `表三"${rowLabel(format, row)}"行"${applicationColumnLabel(format, column)}"列应为不小于 0 的整数（申请件数），现为 ${showCell(report, k)}。`, [k]),
        );
      }
    }
  }

  // T3_BALANCE (表三角注)：第一项加第二项之和，等于第三项加第四项之和, per column.
  for (const column of columns) {
    const plus = [key('new_received', column), key('carried_over_from_last_year', column)];
    const minus = [key('outcomes.total', column), key('carried_to_next_year', column)];
    const r = evaluateRelation(report, plus, minus);
    if (r.status === 'holds') continue;
    const label = applicationColumnLabel(format, column);
    const what = `新收 ${showCell(report, plus[0]!)} + 上年结转 ${showCell(report, plus[1]!)} ≠ 办理结果总计 ${showCell(report, minus[0]!)} + 结转下年度 ${showCell(report, minus[1]!)}`;
    if (r.status === 'missing') skipped.add(`"${label}"列 一+二=三（七）+四`, r.missing);
    else if (r.status === 'fails')
      findings.push(finding('T3_BALANCE', 'error', `表三"${label}"列：${what}（合计 ${showNumber(r.left)} ≠ ${showNumber(r.right)}）。本列应满足：第一项加第二项之和，等于第三项加第四项之和。`, [...plus, ...minus]));
    else if (r.status === 'fails_only_if_blank_is_zero') findings.push(blankFinding('T3_BALANCE', `"${label}"列 ${what}`, [...plus, ...minus], r.blanks, report, format));
  }

  // T3_ROW_TOTAL: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他, per row.
  const parts = columns.filter((c) => c !== 'total');
  for (const row of rows) {
    const total = key(row, 'total');
    const operands = parts.map((c) => key(row, c));
    const r = evaluateRelation(report, [total], operands);
    if (r.status === 'holds') continue;
    const label = rowLabel(format, row);
    const sum = operands.map((k, i) => `${applicationColumnLabel(format, parts[i]!)} ${showCell(report, k)}`).join(' + ');
    const what = `总计 ${showCell(report, total)} ≠ ${sum}`;
    if (r.status === 'missing') skipped.add(`"${label}"行 总计=各类申请人之和`, r.missing);
    else if (r.status === 'fails')
      findings.push(finding('T3_ROW_TOTAL', 'error', `表三"${label}"行：${what}（合计 ${showNumber(r.right)}）。`, [total, ...operands]));
    else if (r.status === 'fails_only_if_blank_is_zero') findings.push(blankFinding('T3_ROW_TOTAL', `"${label}"行 ${what}`, [total, ...operands], r.blanks, report, format));
  }

  // T3_OUTCOME_TOTAL: （七）总计 = sum of the outcome leaf rows (21 in gov_2021, 19 in gov_2019), per column.
  const leaves = outcomeLeaves(format);
  for (const column of columns) {
    const total = key('outcomes.total', column);
    const operands = leaves.map((row) => key(row, column));
    const r = evaluateRelation(report, [total], operands);
    if (r.status === 'holds') continue;
    const label = applicationColumnLabel(format, column);
    const nonZero = leaves.filter((row) => valueOf(report, key(row, column)) !== 0);
    const sum = nonZero.length === 0 ? '0' : nonZero.map((row) => `${shortRowLabel(format, row)} ${showCell(report, key(row, column))}`).join(' + ');
    const what = `（七）总计 ${showCell(report, total)} ≠ 各项办理结果之和 ${showNumber(r.right)}（${sum}）`;
    if (r.status === 'missing') skipped.add(`"${label}"列 （七）总计=各项办理结果之和`, r.missing);
    else if (r.status === 'fails') findings.push(finding('T3_OUTCOME_TOTAL', 'error', `表三"${label}"列：${what}。`, [total, ...operands]));
    else if (r.status === 'fails_only_if_blank_is_zero') findings.push(blankFinding('T3_OUTCOME_TOTAL', `"${label}"列 ${what}`, [total, ...operands], r.blanks, report, format));
  }

  // T3_CARRYOVER_PLAUSIBLE: carry-over is normally what arrived in the last 20–40 working days of
  // the year (条例第三十三条 reply period) plus paused cases, so it rarely exceeds a whole year's intake.
  const next = key('carried_to_next_year', 'total');
  const fresh = key('new_received', 'total');
  if (!isMissing(report, next) && !isMissing(report, fresh) && valueOf(report, next) > valueOf(report, fresh)) {
    findings.push(
      finding('T3_CARRYOVER_PLAUSIBLE', 'warning', `表三"四、结转下年度继续办理"总计 ${showCell(report, next)} 大于"一、本年新收"总计 ${showCell(report, fresh)}。结转件通常只是年末最后一段时间收到或中止的申请，请核对。`, [next, fresh]),
    );
  }

  // T3_PRIOR_CARRYOVER: this year's 二、上年结转 = last year's 四、结转下年度 (rows exist in both formats).
  const prior = options.prior;
  if (prior && tablePresent(prior, 'applications')) {
    const severity = options.bothInProduct ? 'error' : 'warning';
    for (const column of columns) {
      const mine = key('carried_over_from_last_year', column);
      const theirs = key('carried_to_next_year', column);
      if (isMissing(report, mine) || isMissing(prior, theirs)) continue;
      if (valueOf(report, mine) !== valueOf(prior, theirs)) {
        findings.push(
          finding('T3_PRIOR_CARRYOVER', severity, `表三"${applicationColumnLabel(format, column)}"列：本年"二、上年结转" ${showCell(report, mine)} ≠ ${prior.year ?? '上'}年度报告"四、结转下年度继续办理" ${showCell(prior, theirs)}。`, [mine]),
        );
      }
    }
  }

  return [...findings, ...skipped.toFindings('表三')];
}

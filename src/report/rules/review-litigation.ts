// Table 四 (政府信息公开行政复议、行政诉讼情况) rules T4_* of annual-report-format.md §5.2.
import { formats } from '../formats/index.ts';
import type { AnnualReport, Finding } from '../model.ts';
import { findingName } from './finding-names.ts';
import type { CheckOptions } from './check-options.ts';
import { effectiveTableFormat, evaluateRelation, finding, isMissing, leafRowIds, showCell, showNumber, tablePresent, valueOf } from './cells.ts';
import { SkippedChecks } from './skipped.ts';

const table = formats.gov_2021.tables.review_litigation;
export const reviewBlocks = table.column_blocks;
const outcomeColumns = ['upheld', 'corrected', 'other_result', 'pending'] as const;
const columnLabel = (id: string) => table.block_columns.find((c) => c.id === id)?.label ?? id;
const blockLabel = (id: string) => reviewBlocks.find((b) => b.id === id)?.path_labels.join('·') ?? id;
export const reviewKey = (block: string, column: string) => `review_litigation.${block}.${column}`;

export const allReviewKeys: string[] = reviewBlocks.flatMap((b) => table.block_columns.map((c) => reviewKey(b.id, c.id)));

const totalRules: Record<string, string> = {
  administrative_reconsideration: 'T4_REVIEW_TOTAL',
  litigation_direct: 'T4_DIRECT_TOTAL',
  litigation_after_reconsideration: 'T4_AFTER_REVIEW_TOTAL',
};

function sumOf(report: AnnualReport, keys: string[]): number {
  return keys.reduce((s, k) => s + valueOf(report, k), 0);
}

/** Whether every numeric cell of table 三 is 0 (or the table is absent). */
export function applicationsAllZero(report: AnnualReport): boolean {
  for (const k in report.cells) {
    const c = report.cells[k]!;
    if (c.kind === 'number' && c.value && k.startsWith('applications.')) return false;
  }
  return true;
}

export function checkReviewLitigation(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  if (!tablePresent(report, 'review_litigation')) return [];
  const findings: Finding[] = [];
  const skipped = new SkippedChecks();

  // T4_INTEGER: every cell counts cases (件), an integer ≥ 0.
  for (const k of allReviewKeys) {
    const cell = report.cells[k];
    if (cell?.kind === 'number' && (cell.value === null || !Number.isInteger(cell.value) || cell.value < 0)) {
      const [, block, column] = k.split('.');
      findings.push(finding('T4_INTEGER', 'error', `表四"${blockLabel(block!)}·${columnLabel(column!)}"应为不小于 0 的整数（案件数），现为 ${showCell(report, k)}。`, [k]));
    }
  }

  // T4_REVIEW_TOTAL / T4_DIRECT_TOTAL / T4_AFTER_REVIEW_TOTAL: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
  for (const block of reviewBlocks) {
    const total = reviewKey(block.id, 'total');
    const operands = outcomeColumns.map((c) => reviewKey(block.id, c));
    const r = evaluateRelation(report, [total], operands);
    if (r.status === 'holds') continue;
    const sum = operands.map((k, i) => `${columnLabel(outcomeColumns[i]!)} ${showCell(report, k)}`).join(' + ');
    const what = `表四"${blockLabel(block.id)}"：总计 ${showCell(report, total)} ≠ ${sum}（合计 ${showNumber(r.right)}）`;
    if (r.status === 'missing') skipped.add(`"${blockLabel(block.id)}"总计=各结果之和`, r.missing);
    else if (r.status === 'fails') findings.push(finding(totalRules[block.id]!, 'error', `${what}。`, [total, ...operands]));
    else if (r.status === 'fails_only_if_blank_is_zero')
      findings.push(finding('BLANK_CELL', 'warning', `${what}：有单元格为空白，按 0 计算时不成立（${findingName(totalRules[block.id] ?? '')}），请补填实际数字。`, [total, ...operands]));
  }

  const prior = options.prior;
  const reviewTotal = (r: AnnualReport) => valueOf(r, reviewKey('administrative_reconsideration', 'total'));
  const afterReviewTotal = valueOf(report, reviewKey('litigation_after_reconsideration', 'total'));

  // T4_AFTER_REVIEW_PLAUSIBLE: a suit "after reconsideration" presupposes a reconsideration this year
  // or last year. Needs last year's report.
  if (prior && tablePresent(prior, 'review_litigation') && afterReviewTotal > 0 && reviewTotal(report) === 0 && reviewTotal(prior) === 0) {
    findings.push(
      finding('T4_AFTER_REVIEW_PLAUSIBLE', 'warning', `表四"复议后起诉"总计为 ${showNumber(afterReviewTotal)}，但本年度和上年度"行政复议"总计均为 0。复议后起诉须先经行政复议，请核对案件归类。`, [
        reviewKey('litigation_after_reconsideration', 'total'),
        reviewKey('administrative_reconsideration', 'total'),
      ]),
    );
  }

  // T4_VS_T3_PLAUSIBLE (a): cases about disclosure work while no application was handled.
  const anyCase = allReviewKeys.some((k) => valueOf(report, k) > 0);
  const priorZero = !prior || applicationsAllZero(prior);
  if (anyCase && tablePresent(report, 'applications') && applicationsAllZero(report) && priorZero) {
    findings.push(
      finding('T4_VS_T3_PLAUSIBLE', 'warning', `表四有行政复议或行政诉讼案件，但表三本年度${prior ? '和上年度' : ''}均无政府信息公开申请。请确认这些案件涉及主动公开工作或更早年度的申请。`, allReviewKeys.filter((k) => valueOf(report, k) > 0)),
    );
  }

  // T4_VS_T3_PLAUSIBLE (b): the only outcome in table 三 is 予以公开 (full disclosure), yet a case
  // ended with the organ's decision upheld — an applicant rarely contests full disclosure (seed 003).
  const appFormat = effectiveTableFormat(report, 'applications');
  const leaves = leafRowIds(appFormat).filter((id) => id.startsWith('outcomes.') && id !== 'outcomes.total');
  const granted = valueOf(report, 'applications.outcomes.granted.total') || valueOf(report, 'applications.outcomes.granted.natural_person');
  const othersZero = leaves.filter((id) => id !== 'outcomes.granted').every((id) => formats[appFormat].tables.applications.leaf_columns_in_order.every((c) => valueOf(report, `applications.${id}.${c}`) === 0));
  const upheld = reviewBlocks.map((b) => reviewKey(b.id, 'upheld')).filter((k) => valueOf(report, k) > 0);
  if (granted > 0 && othersZero && upheld.length > 0) {
    findings.push(
      finding(
        'T4_VS_T3_PLAUSIBLE',
        'warning',
        `表三本年度办理结果只有"（一）予以公开"${showNumber(granted)} 件，而表四有"结果维持"的案件（${upheld.map((k) => `${blockLabel(k.split('.')[1]!)} ${showCell(report, k)}`).join('、')}）。全部公开的申请一般不会引起复议或诉讼，请确认这些案件涉及主动公开工作或更早年度的申请。`,
        ['applications.outcomes.granted.total', ...upheld],
      ),
    );
  }

  // T4_PENDING_CONTINUITY: last year's 尚未审结 cases conclude this year or stay pending, so this
  // year's block total should be at least last year's pending count.
  if (prior && tablePresent(prior, 'review_litigation')) {
    for (const block of reviewBlocks) {
      const pendingKey = reviewKey(block.id, 'pending');
      const totalKey = reviewKey(block.id, 'total');
      const pendingBefore = valueOf(prior, pendingKey);
      if (pendingBefore > 0 && !isMissing(report, totalKey) && sumOf(report, outcomeColumns.map((c) => reviewKey(block.id, c))) < pendingBefore) {
        findings.push(
          finding('T4_PENDING_CONTINUITY', 'warning', `上年度表四"${blockLabel(block.id)}"尚未审结 ${showNumber(pendingBefore)} 件，本年度该栏各项合计只有 ${showNumber(sumOf(report, outcomeColumns.map((c) => reviewKey(block.id, c))))} 件。上年未审结的案件本年应计入审结结果或继续计入尚未审结，请核对。`, [pendingKey, totalKey]),
        );
      }
    }
  }

  return [...findings, ...skipped.toFindings('表四')];
}

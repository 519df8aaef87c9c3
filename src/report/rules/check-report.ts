// checkReport: every consistency rule of annual-report-format.md §5 over one report. Rules that need
// another document (last year's report) run only when it is given.
import type { AnnualReport, Finding } from '../model.ts';
import { checkActiveDisclosure } from './active-disclosure.ts';
import { checkApplications } from './applications.ts';
import { checkBlankCells } from './blank-cells.ts';
import { type CheckOptions, checkOptionsSchema } from './check-options.ts';
import { checkComplete } from './completeness.ts';
import { checkNarrative } from './narrative.ts';
import { checkCitedDocument, checkFormatMatchesYear, checkSixSections } from './report-format.ts';
import { checkDeadline, checkPeriod, checkReportDate } from './report-dates.ts';
import { checkReviewLitigation } from './review-litigation.ts';
import { checkSameAsLastYear } from './same-as-last-year.ts';
import { checkSectionSix } from './section-six.ts';
import { assertReportShape } from './report-schema.ts';

export class CheckOptionsError extends Error {
  override readonly name = 'CheckOptionsError';
}

/** Errors (HARD rules) first, then warnings, each group in rule order as run. */
export function checkReport(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  assertReportShape(report);
  if (options.prior !== undefined) assertReportShape(options.prior);
  const parsed = checkOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new CheckOptionsError(`检查选项无效：${parsed.error.issues.map((i) => `${i.path.join('.') || '选项'}：${i.message}`).join('；')}`);
  }
  const opts = parsed.data;
  const findings = [
    ...checkFormatMatchesYear(report),
    ...checkCitedDocument(report),
    ...checkSixSections(report),
    ...checkPeriod(report),
    ...checkReportDate(report),
    ...checkDeadline(report, opts),
    ...checkActiveDisclosure(report, opts),
    ...checkApplications(report, opts),
    ...checkReviewLitigation(report, opts),
    ...checkNarrative(report, { overdueReplies: opts.overdueReplies }),
    ...checkSectionSix(report),
    ...checkComplete(report),
    ...checkBlankCells(report),
    ...checkSameAsLastYear(report, opts.prior),
  ];
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
}

/** Whether a report may be published: no HARD rule fails. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

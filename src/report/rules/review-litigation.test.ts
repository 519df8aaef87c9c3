import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, withCell } from '../build.ts';
import type { AnnualReport } from '../model.ts';
import { checkReviewLitigation } from './review-litigation.ts';

const r = (block: string, column: string) => `review_litigation.${block}.${column}`;

function report(values: Record<string, number> = {}, year = 2023): AnnualReport {
  return buildReport({ format: 'gov_2021', year, agency: '某县人民政府办公室', values });
}

const oneApplicationWithheld = {
  'applications.new_received.natural_person': 1,
  'applications.new_received.total': 1,
  'applications.outcomes.withheld.third_party_rights.natural_person': 1,
  'applications.outcomes.withheld.third_party_rights.total': 1,
  'applications.outcomes.total.natural_person': 1,
  'applications.outcomes.total.total': 1,
};

const rules = (rep: AnnualReport, options = {}) => checkReviewLitigation(rep, options).map((f) => f.rule);

describe('table 四 rules (annual-report-format.md §5.2)', () => {
  it('an all-zero table 四 passes', () => {
    expect(checkReviewLitigation(report())).toEqual([]);
  });

  it('T4_REVIEW_TOTAL: 行政复议 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', () => {
    const ok = report({ ...oneApplicationWithheld, [r('administrative_reconsideration', 'upheld')]: 2, [r('administrative_reconsideration', 'pending')]: 1, [r('administrative_reconsideration', 'total')]: 3 });
    expect(checkReviewLitigation(ok)).toEqual([]);
    const wrong = withCell(ok, r('administrative_reconsideration', 'total'), 2);
    const found = checkReviewLitigation(wrong);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['T4_REVIEW_TOTAL', 'error']]);
    expect(found[0]!.message).toBe('表四"行政复议"：总计 2 ≠ 结果维持 2 + 结果纠正 0 + 其他结果 0 + 尚未审结 1（合计 3）。');
    expect(found[0]!.cells[0]).toBe(r('administrative_reconsideration', 'total'));
  });

  it('T4_DIRECT_TOTAL and T4_AFTER_REVIEW_TOTAL check the two litigation blocks separately', () => {
    const rep = report({ ...oneApplicationWithheld, [r('litigation_direct', 'corrected')]: 1, [r('litigation_after_reconsideration', 'other_result')]: 1, [r('administrative_reconsideration', 'upheld')]: 1, [r('administrative_reconsideration', 'total')]: 1 });
    expect(rules(rep)).toEqual(['T4_DIRECT_TOTAL', 'T4_AFTER_REVIEW_TOTAL']);
    expect(checkReviewLitigation(rep)[0]!.message).toContain('表四"行政诉讼·未经复议直接起诉"：总计 0');
  });

  it('T4_INTEGER: a fractional or negative count of cases is an error', () => {
    expect(rules(withCell(report(), r('litigation_direct', 'pending'), -1))).toContain('T4_INTEGER');
    expect(rules(withCell(report(), r('litigation_direct', 'pending'), 0.5))).toContain('T4_INTEGER');
  });

  it('T4_AFTER_REVIEW_PLAUSIBLE warns about a post-review suit with no reconsideration this year or last year', () => {
    const rep = report({ ...oneApplicationWithheld, [r('litigation_after_reconsideration', 'upheld')]: 1, [r('litigation_after_reconsideration', 'total')]: 1 });
    const prior = report({}, 2022);
    expect(rules(rep, { prior })).toEqual(['T4_AFTER_REVIEW_PLAUSIBLE']);
    const priorWithReview = report({ [r('administrative_reconsideration', 'upheld')]: 1, [r('administrative_reconsideration', 'total')]: 1 }, 2022);
    expect(rules(rep, { prior: priorWithReview })).toEqual([]);
  });

  it('T4_AFTER_REVIEW_PLAUSIBLE needs last year\'s report and does not run without it', () => {
    const rep = report({ ...oneApplicationWithheld, [r('litigation_after_reconsideration', 'upheld')]: 1, [r('litigation_after_reconsideration', 'total')]: 1 });
    expect(rules(rep)).toEqual([]);
  });

  it('T4_VS_T3_PLAUSIBLE warns about cases while table 三 is all zero', () => {
    const rep = report({ [r('administrative_reconsideration', 'corrected')]: 1, [r('administrative_reconsideration', 'total')]: 1 });
    const found = checkReviewLitigation(rep);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['T4_VS_T3_PLAUSIBLE', 'warning']]);
    expect(found[0]!.message).toContain('请确认这些案件涉及主动公开工作或更早年度的申请');
  });

  it('T4_VS_T3_PLAUSIBLE does not warn when last year had applications the cases may stem from', () => {
    const rep = report({ [r('administrative_reconsideration', 'corrected')]: 1, [r('administrative_reconsideration', 'total')]: 1 });
    const prior = report(oneApplicationWithheld, 2022);
    expect(rules(rep, { prior })).toEqual([]);
  });

  it('T4_VS_T3_PLAUSIBLE warns when every application was fully granted yet a case was upheld', () => {
    const rep = report({
      'applications.new_received.natural_person': 1,
      'applications.new_received.total': 1,
      'applications.outcomes.granted.natural_person': 1,
      'applications.outcomes.granted.total': 1,
      'applications.outcomes.total.natural_person': 1,
      'applications.outcomes.total.total': 1,
      [r('administrative_reconsideration', 'upheld')]: 1,
      [r('administrative_reconsideration', 'total')]: 1,
    });
    expect(rules(rep)).toEqual(['T4_VS_T3_PLAUSIBLE']);
    // A partial disclosure is a plausible reason to complain: no warning.
    expect(rules(report({ ...oneApplicationWithheld, [r('administrative_reconsideration', 'upheld')]: 1, [r('administrative_reconsideration', 'total')]: 1 }))).toEqual([]);
  });

  it('T4_PENDING_CONTINUITY: last year\'s pending cases must appear this year as concluded or still pending', () => {
    const prior = report({ ...oneApplicationWithheld, [r('administrative_reconsideration', 'pending')]: 2, [r('administrative_reconsideration', 'total')]: 2 }, 2022);
    const none = report(oneApplicationWithheld);
    const found = checkReviewLitigation(none, { prior });
    expect(found.map((f) => f.rule)).toEqual(['T4_PENDING_CONTINUITY']);
    expect(found[0]!.message).toContain('上年度表四"行政复议"尚未审结 2 件');
    const concluded = report({ ...oneApplicationWithheld, [r('administrative_reconsideration', 'upheld')]: 2, [r('administrative_reconsideration', 'total')]: 2 });
    expect(rules(concluded, { prior })).toEqual([]);
  });

  it('a blank 总计 is a BLANK_CELL warning, not an error', () => {
    const rep = withCell(report({ ...oneApplicationWithheld, [r('administrative_reconsideration', 'corrected')]: 1 }), r('administrative_reconsideration', 'total'), blankCell());
    expect(rules(rep)).toEqual(['BLANK_CELL']);
  });

  it('a table 四 with missing cells skips its totals and says so', () => {
    const rep = report();
    delete rep.cells[r('litigation_direct', 'total')];
    expect(rules(rep)).toEqual(['CHECK_SKIPPED']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildReport, withSectionText } from '../build.ts';
import type { AnnualReport } from '../model.ts';
import { checkSectionSix } from './section-six.ts';

const feeRow = 'applications.outcomes.other_handling.fee_unpaid_overdue';

function report(format: 'gov_2021' | 'gov_2019', six: string, feeUnpaid = 0): AnnualReport {
  const values: Record<string, number> = feeUnpaid
    ? {
        'applications.new_received.natural_person': feeUnpaid,
        'applications.new_received.total': feeUnpaid,
        [`${feeRow}.natural_person`]: feeUnpaid,
        [`${feeRow}.total`]: feeUnpaid,
        'applications.outcomes.total.natural_person': feeUnpaid,
        'applications.outcomes.total.total': feeUnpaid,
      }
    : {};
  return withSectionText(buildReport({ format, year: format === 'gov_2021' ? 2023 : 2020, agency: '某区人民政府办公室', values }), 'other_matters', six);
}

const rules = (r: AnnualReport) => checkSectionSix(r).map((f) => f.rule);

describe('section 六 and the 信息处理费 (annual-report-format.md §6)', () => {
  it('R_SECTION6_FEES: a gov_2021 section 六 of just "无" lacks the fee statement', () => {
    const found = checkSectionSix(report('gov_2021', '无'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_SECTION6_FEES', 'warning']]);
    expect(found[0]!.message).toContain('本机关本年度未发出信息处理费收费通知，未收取信息处理费。');
  });

  it('R_SECTION6_FEES accepts a zero statement such as seed 001\'s "未收取依申请公开信息处理费"', () => {
    expect(rules(report('gov_2021', '我镇 2021 年未收取依申请公开信息处理费。'))).toEqual([]);
  });

  it('R_SECTION6_FEES does not apply to gov_2019 reports (109号 applies from 2021)', () => {
    expect(rules(report('gov_2019', '暂无需要报告的事项。'))).toEqual([]);
  });

  it('T3_FEE_ROW_VS_SECTION6: applications closed for unpaid fees contradict "未收取信息处理费"', () => {
    const found = checkSectionSix(report('gov_2021', '本年度未发出收费通知，未收取信息处理费。', 2));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['T3_FEE_ROW_VS_SECTION6', 'warning']]);
    expect(found[0]!.cells).toEqual([`${feeRow}.total`]);
  });

  it('T3_FEE_ROW_VS_SECTION6 is satisfied when section 六 reports the notices issued', () => {
    expect(rules(report('gov_2021', '本年度共发出信息处理费收费通知2件，通知金额600元，申请人均未缴纳，实收0元。', 2))).toEqual([]);
  });
});

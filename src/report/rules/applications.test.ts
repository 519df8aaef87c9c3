import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, numberCell, withCell } from '../build.ts';
import type { AnnualReport } from '../model.ts';
import { checkApplications } from './applications.ts';

const a = (address: string) => `applications.${address}`;

// The "Hangzhou-style" figures quoted in annual-report-format.md §5.1: 14069 new + 560 carried =
// 13810 handled + 819 carried forward; natural persons 13612 + 535 = 13364 + 783. The 457 / 25 /
// 446 / 36 applications of legal persons are split by hand over two columns, outcomes likewise.
const hangzhou: Record<string, number> = {
  [a('new_received.natural_person')]: 13612,
  [a('new_received.commercial_enterprise')]: 300,
  [a('new_received.legal_service_organization')]: 157,
  [a('new_received.total')]: 14069,
  [a('carried_over_from_last_year.natural_person')]: 535,
  [a('carried_over_from_last_year.commercial_enterprise')]: 20,
  [a('carried_over_from_last_year.legal_service_organization')]: 5,
  [a('carried_over_from_last_year.total')]: 560,
  [a('outcomes.granted.natural_person')]: 9000,
  [a('outcomes.granted.commercial_enterprise')]: 200,
  [a('outcomes.granted.legal_service_organization')]: 100,
  [a('outcomes.granted.total')]: 9300,
  [a('outcomes.partially_granted.natural_person')]: 1200,
  [a('outcomes.partially_granted.commercial_enterprise')]: 50,
  [a('outcomes.partially_granted.total')]: 1250,
  [a('outcomes.withheld.third_party_rights.natural_person')]: 164,
  [a('outcomes.withheld.third_party_rights.total')]: 164,
  [a('outcomes.unable_to_provide.not_held.natural_person')]: 2500,
  [a('outcomes.unable_to_provide.not_held.commercial_enterprise')]: 40,
  [a('outcomes.unable_to_provide.not_held.total')]: 2540,
  [a('outcomes.unable_to_provide.requires_creation.legal_service_organization')]: 56,
  [a('outcomes.unable_to_provide.requires_creation.total')]: 56,
  [a('outcomes.not_processed.repeated_application.natural_person')]: 300,
  [a('outcomes.not_processed.repeated_application.total')]: 300,
  [a('outcomes.other_handling.other.natural_person')]: 200,
  [a('outcomes.other_handling.other.total')]: 200,
  [a('outcomes.total.natural_person')]: 13364,
  [a('outcomes.total.commercial_enterprise')]: 290,
  [a('outcomes.total.legal_service_organization')]: 156,
  [a('outcomes.total.total')]: 13810,
  [a('carried_to_next_year.natural_person')]: 783,
  [a('carried_to_next_year.commercial_enterprise')]: 30,
  [a('carried_to_next_year.legal_service_organization')]: 6,
  [a('carried_to_next_year.total')]: 819,
};

const hangzhouReport = buildReport({ format: 'gov_2021', year: 2022, agency: '某市人民政府', values: hangzhou });

function fourGranted(format: 'gov_2021' | 'gov_2019' = 'gov_2021', year = 2024): AnnualReport {
  return buildReport({
    format,
    year,
    agency: '曹镇乡人民政府',
    values: {
      [a('new_received.natural_person')]: 4,
      [a('new_received.total')]: 4,
      [a('outcomes.granted.natural_person')]: 4,
      [a('outcomes.granted.total')]: 4,
      [a('outcomes.total.natural_person')]: 4,
      [a('outcomes.total.total')]: 4,
    },
  });
}

const rules = (report: AnnualReport, options = {}) => checkApplications(report, options).map((f) => f.rule);

describe('table 三 rules (annual-report-format.md §5.1)', () => {
  it('the Hangzhou-style figures 14069 + 560 = 13810 + 819 pass every HARD rule', () => {
    expect(checkApplications(hangzhouReport).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a report with four applications all granted passes every rule', () => {
    expect(checkApplications(fourGranted())).toEqual([]);
  });

  it('T3_BALANCE: 新收 + 上年结转 must equal 办理结果总计 + 结转下年度 in each column, named with printed labels', () => {
    const report = withCell(withCell(fourGranted(), a('outcomes.total.total'), 3), a('outcomes.granted.total'), 3);
    const balance = checkApplications(report).filter((f) => f.rule === 'T3_BALANCE');
    expect(balance).toHaveLength(1);
    expect(balance[0]!.severity).toBe('error');
    expect(balance[0]!.message).toContain('表三"总计"列：新收 4 + 上年结转 0 ≠ 办理结果总计 3 + 结转下年度 0');
    expect(balance[0]!.cells).toEqual([
      a('new_received.total'),
      a('carried_over_from_last_year.total'),
      a('outcomes.total.total'),
      a('carried_to_next_year.total'),
    ]);
  });

  it('T3_BALANCE is checked for the natural-person column too, not only 总计', () => {
    const report = withCell(hangzhouReport, a('carried_to_next_year.natural_person'), 782);
    const found = checkApplications(report).filter((f) => f.rule === 'T3_BALANCE');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('表三"自然人"列：新收 13612 + 上年结转 535 ≠ 办理结果总计 13364 + 结转下年度 782')]);
  });

  it('T3_ROW_TOTAL: 总计 must be the sum of the six applicant columns', () => {
    const report = withCell(hangzhouReport, a('outcomes.granted.total'), 9301);
    const found = checkApplications(report).filter((f) => f.rule === 'T3_ROW_TOTAL');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('表三"（一）予以公开"行：总计 9301 ≠ 自然人 9000 + 商业企业 200');
    expect(found[0]!.cells[0]).toBe(a('outcomes.granted.total'));
  });

  it('T3_OUTCOME_TOTAL: （七）总计 must equal the sum of the 21 outcome leaves in gov_2021', () => {
    const report = withCell(withCell(fourGranted(), a('outcomes.other_handling.other.natural_person'), 1), a('outcomes.other_handling.other.total'), 1);
    const found = checkApplications(report).filter((f) => f.rule === 'T3_OUTCOME_TOTAL');
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('表三"自然人"列：（七）总计 4 ≠ 各项办理结果之和 5（（一）予以公开 4 + （六）3.其他 1）'),
      expect.stringContaining('表三"总计"列：（七）总计 4 ≠ 各项办理结果之和 5'),
    ]);
    expect(found[0]!.cells).toHaveLength(22);
  });

  it('T3_OUTCOME_TOTAL counts gov_2019 （六）其他处理 as one leaf row (19 leaves)', () => {
    let report = fourGranted('gov_2019', 2020);
    report = withCell(report, a('outcomes.granted.natural_person'), 3);
    report = withCell(report, a('outcomes.granted.total'), 3);
    report = withCell(report, a('outcomes.other_handling.natural_person'), 1);
    report = withCell(report, a('outcomes.other_handling.total'), 1);
    expect(checkApplications(report)).toEqual([]);
    const wrong = withCell(report, a('outcomes.other_handling.total'), 2);
    expect(rules(wrong)).toContain('T3_OUTCOME_TOTAL');
    expect(checkApplications(wrong).find((f) => f.rule === 'T3_OUTCOME_TOTAL')!.cells).toHaveLength(20);
  });

  it('T3_OUTCOME_TOTAL follows tableFormats: a gov_2019 table 三 inside a 2021 report sums 19 leaves', () => {
    const base = fourGranted('gov_2019', 2021);
    const report: AnnualReport = { ...base, format: 'gov_2021', tableFormats: { applications: 'gov_2019' } };
    expect(checkApplications(report)).toEqual([]);
  });

  it('T3_INTEGER: a negative or fractional count is an error', () => {
    const report = withCell(fourGranted(), a('new_received.research_institution'), 1.5);
    const found = checkApplications(report).filter((f) => f.rule === 'T3_INTEGER');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('表三"一、本年新收政府信息公开申请数量"行"科研机构"列应为不小于 0 的整数');
    expect(rules(withCell(fourGranted(), a('carried_to_next_year.natural_person'), -1))).toContain('T3_INTEGER');
  });

  it('a blank 总计 that makes a sum fail is reported as BLANK_CELL, not as a HARD error (seed 003)', () => {
    const report = withCell(fourGranted(), a('outcomes.total.total'), blankCell());
    const found = checkApplications(report);
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(found.map((f) => f.rule)).toContain('BLANK_CELL');
    expect(found.find((f) => f.rule === 'BLANK_CELL')!.message).toContain('"（七）总计"行"总计"列为空白');
  });

  it('a blank cannot excuse a sum that no number in the blank could repair', () => {
    // 自然人 5 already exceeds 总计 4; filling the blank legal-person cell can only widen the gap.
    let report = withCell(fourGranted(), a('new_received.natural_person'), 5);
    report = withCell(report, a('new_received.commercial_enterprise'), blankCell());
    expect(rules(report)).toContain('T3_ROW_TOTAL');
  });

  it('"/" counts 0 and raises nothing by itself', () => {
    const report = withCell(fourGranted(), a('new_received.research_institution'), { kind: 'not_applicable', value: null });
    expect(checkApplications(report)).toEqual([]);
  });

  it('a truncated table gives no false balance errors and says which checks could not be made', () => {
    const truncated = fourGranted();
    const cells = Object.fromEntries(Object.entries(truncated.cells).filter(([k]) => !k.startsWith(a('outcomes.total')) && !k.startsWith(a('carried_to_next_year'))));
    const found = checkApplications({ ...truncated, cells });
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    const skipped = found.find((f) => f.rule === 'CHECK_SKIPPED')!;
    expect(skipped.message).toContain('以下勾稽关系未能核对');
    expect(skipped.message).toContain('"自然人"列 一+二=三（七）+四');
    expect(skipped.cells).toContain(a('outcomes.total.total'));
  });

  it('T3_CARRYOVER_PLAUSIBLE warns when more is carried forward than was received in the year', () => {
    const report = buildReport({
      format: 'gov_2021',
      year: 2023,
      agency: '某镇人民政府',
      values: {
        [a('new_received.natural_person')]: 1,
        [a('new_received.total')]: 1,
        [a('carried_over_from_last_year.natural_person')]: 3,
        [a('carried_over_from_last_year.total')]: 3,
        [a('carried_to_next_year.natural_person')]: 4,
        [a('carried_to_next_year.total')]: 4,
      },
    });
    const found = checkApplications(report);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['T3_CARRYOVER_PLAUSIBLE', 'warning']]);
    expect(rules(hangzhouReport)).not.toContain('T3_CARRYOVER_PLAUSIBLE');
  });

  it('T3_PRIOR_CARRYOVER compares 上年结转 with last year\'s 结转下年度, even across the 2020→2021 format change', () => {
    const prior = buildReport({ format: 'gov_2019', year: 2020, agency: '某市人民政府', values: { [a('carried_to_next_year.natural_person')]: 535, [a('carried_to_next_year.commercial_enterprise')]: 20, [a('carried_to_next_year.legal_service_organization')]: 5, [a('carried_to_next_year.total')]: 560, [a('new_received.natural_person')]: 535, [a('new_received.commercial_enterprise')]: 20, [a('new_received.legal_service_organization')]: 5, [a('new_received.total')]: 560 } });
    expect(rules(hangzhouReport, { prior })).not.toContain('T3_PRIOR_CARRYOVER');
    const other = withCell(prior, a('carried_to_next_year.total'), 561);
    const found = checkApplications(hangzhouReport, { prior: other }).filter((f) => f.rule === 'T3_PRIOR_CARRYOVER');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain('本年"二、上年结转" 560 ≠ 2020年度报告"四、结转下年度继续办理" 561');
  });

  it('T3_PRIOR_CARRYOVER is HARD when both reports were produced in the product', () => {
    const prior = withCell(fourGranted('gov_2021', 2023), a('carried_to_next_year.total'), 2);
    const found = checkApplications(fourGranted(), { prior, bothInProduct: true }).filter((f) => f.rule === 'T3_PRIOR_CARRYOVER');
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });

  it('a number cell is read whatever its source note says', () => {
    const report = withCell(fourGranted(), a('new_received.natural_person'), { ...numberCell(4), note: '由"四"换算' });
    expect(checkApplications(report)).toEqual([]);
  });
});

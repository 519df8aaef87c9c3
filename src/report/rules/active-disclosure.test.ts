import { describe, expect, it } from 'vitest';
import { buildReport, withCell } from '../build.ts';
import type { AnnualReport } from '../model.ts';
import { checkActiveDisclosure } from './active-disclosure.ts';

const item1 = (row: string, column: string) => `active_disclosure.art20_item1.${row}.${column}`;
const fee = 'active_disclosure.art20_item8.administrative_fees.fee_amount_this_year';

const report2021 = (values: Record<string, number> = {}, year = 2023): AnnualReport => buildReport({ format: 'gov_2021', year, agency: '某县交通运输局', values });
const report2019 = (values: Record<string, number> = {}, year = 2020): AnnualReport => buildReport({ format: 'gov_2019', year, agency: '某县交通运输局', values });
const rules = (r: AnnualReport, options = {}) => checkActiveDisclosure(r, options).map((f) => f.rule);

describe('table 二 rules (annual-report-format.md §5.3)', () => {
  it('a fee of 25.1 万元 with four decimals is accepted', () => {
    expect(checkActiveDisclosure(report2021({ [fee]: 25.1234 }))).toEqual([]);
  });

  it('T2_FEE_DECIMAL: a negative fee is an error', () => {
    const found = checkActiveDisclosure(report2021({ [fee]: -1 }));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['T2_FEE_DECIMAL', 'error']]);
    expect(found[0]!.message).toContain('表二"第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）"应为不小于 0 的金额');
  });

  it('T2_INTEGER: a count must be a whole number ≥ 0', () => {
    expect(rules(report2021({ [item1('normative_documents', 'issued_this_year')]: 2.5, [item1('normative_documents', 'currently_valid')]: 9 }))).toEqual(['T2_INTEGER']);
    expect(rules(report2021({ 'active_disclosure.art20_item6.administrative_penalty.decisions_this_year': -3 }))).toEqual(['T2_INTEGER']);
  });

  it('T2_INTEGER lets gov_2019 本年增/减 be negative but not fractional', () => {
    const k = 'active_disclosure.art20_item5.administrative_licensing';
    expect(rules(report2019({ [`${k}.items_last_year`]: 5, [`${k}.change_this_year`]: -3 }))).toEqual([]);
    expect(rules(report2019({ [`${k}.items_last_year`]: 5, [`${k}.change_this_year`]: -1.5 }))).toEqual(['T2_INTEGER']);
  });

  it('T2_REGULATIONS_ZERO_FOR_LOCAL: a township cannot report 规章', () => {
    const r = report2021({ [item1('regulations', 'currently_valid')]: 1 });
    expect(rules(r, { agencyLevel: 'township' })).toEqual(['T2_REGULATIONS_ZERO_FOR_LOCAL']);
    expect(checkActiveDisclosure(r, { agencyLevel: 'township' })[0]!.severity).toBe('warning');
    expect(rules(r, { agencyLevel: 'provincial_department' })).toEqual([]);
    expect(rules(r)).toEqual([]);
  });

  it('T2_VALID_GE_NET_ISSUED: documents issued and not abolished this year are in force', () => {
    const r = report2021({ [item1('normative_documents', 'issued_this_year')]: 5, [item1('normative_documents', 'abolished_this_year')]: 1, [item1('normative_documents', 'currently_valid')]: 3 });
    const found = checkActiveDisclosure(r);
    expect(found.map((f) => f.rule)).toEqual(['T2_VALID_GE_NET_ISSUED']);
    expect(found[0]!.message).toContain('小于本年制发 5 − 本年废止 1 = 4');
  });

  it('T2_VALID_CONTINUITY: 现行有效 = last year\'s 现行有效 + 制发 − 废止, and the message explains lapses by expiry', () => {
    const prior = report2021({ [item1('normative_documents', 'currently_valid')]: 20 }, 2022);
    const ok = report2021({ [item1('normative_documents', 'issued_this_year')]: 3, [item1('normative_documents', 'abolished_this_year')]: 2, [item1('normative_documents', 'currently_valid')]: 21 });
    expect(rules(ok, { prior })).toEqual([]);
    const off = withCell(ok, item1('normative_documents', 'currently_valid'), 19);
    const found = checkActiveDisclosure(off, { prior });
    expect(found.map((f) => f.rule)).toEqual(['T2_VALID_CONTINUITY']);
    expect(found[0]!.message).toContain('有效期届满');
  });

  it('T2_VALID_CONTINUITY is skipped when last year used the gov_2019 table', () => {
    const prior = report2019({}, 2020);
    const r = report2021({ [item1('normative_documents', 'currently_valid')]: 7 }, 2021);
    expect(rules(r, { prior })).toEqual([]);
  });

  it('T2_2019_TOTAL_GE_NEW: 对外公开总数量 cannot be below 本年新公开数量', () => {
    const r = report2019({ [item1('normative_documents', 'newly_published')]: 4, [item1('normative_documents', 'total_published')]: 3 });
    expect(rules(r)).toEqual(['T2_2019_TOTAL_GE_NEW']);
  });

  it('T2_2019_ITEMS_NONNEG: 上一年项目数量 + 本年增/减 cannot be negative', () => {
    const k = 'active_disclosure.art20_item8.administrative_fees';
    expect(rules(report2019({ [`${k}.items_last_year`]: 2, [`${k}.change_this_year`]: -3 }))).toEqual(['T2_2019_ITEMS_NONNEG']);
  });

  it('T2_2019_ITEMS_CONTINUITY: 2020\'s 上一年项目数量 = 2019\'s 上一年项目数量 + 本年增/减', () => {
    const k = 'active_disclosure.art20_item6.administrative_penalty';
    const prior = report2019({ [`${k}.items_last_year`]: 10, [`${k}.change_this_year`]: 2 }, 2019);
    expect(rules(report2019({ [`${k}.items_last_year`]: 12 }), { prior })).toEqual([]);
    expect(rules(report2019({ [`${k}.items_last_year`]: 10 }), { prior })).toEqual(['T2_2019_ITEMS_CONTINUITY']);
  });

  it('T2_CATALOGUE_MATCH compares item 1 with the numbers the document register computed', () => {
    const r = report2021({ [item1('normative_documents', 'issued_this_year')]: 3, [item1('normative_documents', 'currently_valid')]: 3 });
    expect(rules(r, { catalogueCounts: { [item1('normative_documents', 'issued_this_year')]: 3 } })).toEqual([]);
    const found = checkActiveDisclosure(r, { catalogueCounts: { [item1('normative_documents', 'issued_this_year')]: 4 } });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['T2_CATALOGUE_MATCH', 'warning']]);
  });
});

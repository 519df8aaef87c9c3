import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, checkReport, notApplicableCell, withCell } from '../../../report/index.ts';
import { sumReports } from './rollup.ts';

const a = (address: string) => `applications.${address}`;
// Two townships, worked by hand: 甲 received 3 (2 granted, 1 carried over), 乙 received 1 (granted) and
// had 1 复议 upheld; 乙's 科研机构 cell is blank and its 商业企业 cell "/".
const jia = buildReport({
  format: 'gov_2021',
  year: 2025,
  agency: '甲乡人民政府',
  values: {
    [a('new_received.natural_person')]: 3,
    [a('new_received.total')]: 3,
    [a('outcomes.granted.natural_person')]: 2,
    [a('outcomes.granted.total')]: 2,
    [a('outcomes.total.natural_person')]: 2,
    [a('outcomes.total.total')]: 2,
    [a('carried_to_next_year.natural_person')]: 1,
    [a('carried_to_next_year.total')]: 1,
    'active_disclosure.art20_item8.administrative_fees.fee_amount_this_year': 1.25,
  },
});
let yi = buildReport({
  format: 'gov_2021',
  year: 2025,
  agency: '乙镇人民政府',
  values: {
    [a('new_received.natural_person')]: 1,
    [a('new_received.total')]: 1,
    [a('outcomes.granted.natural_person')]: 1,
    [a('outcomes.granted.total')]: 1,
    [a('outcomes.total.natural_person')]: 1,
    [a('outcomes.total.total')]: 1,
    'review_litigation.administrative_reconsideration.upheld': 1,
    'review_litigation.administrative_reconsideration.total': 1,
    'active_disclosure.art20_item8.administrative_fees.fee_amount_this_year': 0.0001,
  },
});
yi = withCell(yi, a('new_received.research_institution'), blankCell());
yi = withCell(yi, a('new_received.commercial_enterprise'), notApplicableCell());

const parts = [
  { agencyId: 'jia', agencyName: '甲乡人民政府', report: jia },
  { agencyId: 'yi', agencyName: '乙镇人民政府', report: yi },
];

describe('the 政务公开办 roll-up', () => {
  it('adds the tables cell by cell, a blank and "/" adding nothing, amounts to 0.0001 万元', () => {
    const { report } = sumReports('gov_2021', 2025, '示范县人民政府', parts);
    const n = (key: string) => (report.cells[key]?.kind === 'number' ? report.cells[key].value : null);
    expect(n(a('new_received.total'))).toBe(4);
    expect(n(a('outcomes.granted.total'))).toBe(3);
    expect(n(a('carried_to_next_year.total'))).toBe(1);
    expect(n(a('new_received.commercial_enterprise'))).toBe(0);
    expect(n('review_litigation.administrative_reconsideration.upheld')).toBe(1);
    expect(n('active_disclosure.art20_item8.administrative_fees.fee_amount_this_year')).toBe(1.2501);
    expect(report.title).toBe('示范县人民政府2025年政府信息公开工作年度报告汇总（2个单位）');
  });

  it('names the agencies behind each figure, and only those with a value', () => {
    const { contributions } = sumReports('gov_2021', 2025, '示范县人民政府', parts);
    expect(contributions[a('new_received.total')]).toEqual([
      { agencyId: 'jia', agencyName: '甲乡人民政府', value: 3 },
      { agencyId: 'yi', agencyName: '乙镇人民政府', value: 1 },
    ]);
    expect(contributions['review_litigation.administrative_reconsideration.total']).toEqual([{ agencyId: 'yi', agencyName: '乙镇人民政府', value: 1 }]);
    expect(contributions[a('carried_over_from_last_year.total')]).toBeUndefined();
  });

  it('keeps the 勾稽关系 of sums of balanced tables', () => {
    const { report } = sumReports('gov_2021', 2025, '示范县人民政府', parts);
    expect(checkReport(report).filter((f) => f.rule === 'T3_BALANCE' || f.rule === 'T3_OUTCOME_TOTAL' || f.rule === 'T4_REVIEW_TOTAL')).toEqual([]);
  });

  it('leaves out a table laid out in another format, and says whose (table 四 is the same in both)', () => {
    const old = buildReport({ format: 'gov_2019', year: 2025, agency: '丙乡人民政府', values: {} });
    const { otherFormat } = sumReports('gov_2021', 2025, '示范县人民政府', [...parts, { agencyId: 'bing', agencyName: '丙乡人民政府', report: old }]);
    expect(otherFormat.map((o) => `${o.agencyName}:${o.table}`)).toEqual(['丙乡人民政府:active_disclosure', '丙乡人民政府:applications']);
  });
});

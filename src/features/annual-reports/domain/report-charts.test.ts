import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../report/build.ts';
import { activeDisclosureChart, applicantsChart, hasAny, outcomesChart } from './report-charts.ts';

const a = (address: string) => `applications.${address}`;
// Hand-made: 5 applications — 2 granted, 1 partly, 1 withheld as state secret and 1 as third-party rights…
const report = buildReport({
  format: 'gov_2021',
  year: 2025,
  agency: '甲乡人民政府',
  values: {
    [a('new_received.natural_person')]: 4,
    [a('new_received.commercial_enterprise')]: 1,
    [a('outcomes.granted.total')]: 2,
    [a('outcomes.partially_granted.total')]: 1,
    [a('outcomes.withheld.state_secret.total')]: 1,
    [a('outcomes.withheld.third_party_rights.total')]: 1,
    [a('outcomes.other_handling.correction_overdue.total')]: 1,
    [a('outcomes.total.total')]: 6,
    'active_disclosure.art20_item6.administrative_penalty.decisions_this_year': 7,
  },
});

describe('the charts of a public annual report', () => {
  it('sums each outcome group’s 总计 over its rows, never counting （七）总计 as a group', () => {
    expect(outcomesChart(report)).toEqual({ categories: ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'], values: [2, 1, 2, 0, 0, 1] });
  });

  it('counts new applications by applicant type', () => {
    expect(applicantsChart(report).values).toEqual([4, 1, 0, 0, 0, 0]);
  });

  it('reads table 二’s counts of the year', () => {
    expect(activeDisclosureChart(report).values).toEqual([0, 0, 0, 7, 0]);
    expect(hasAny(activeDisclosureChart(report))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.ts';
import { checkDeadline, checkPeriod, checkReportDate, deadlineFor } from './report-dates.ts';

const report = (year: number, general = '', reportDate?: string) =>
  buildReport({ format: year >= 2021 ? 'gov_2021' : 'gov_2019', year, agency: '某镇人民政府', texts: { general_situation: general }, ...(reportDate ? { reportDate } : {}) });

describe('R_PERIOD', () => {
  it('"统计期限自2020年1月1日起至2020年12月31日止" matches a 2020 report (seed 002)', () => {
    expect(checkPeriod(report(2020, '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。'))).toEqual([]);
  });
  it('a period that is not the report year is warned', () => {
    const found = checkPeriod(report(2021, '本报告中所列数据的统计期限自2020年1月1日至12月31日。'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_PERIOD', 'warning']]);
    expect(found[0]!.message).toContain('应为2021年1月1日至2021年12月31日');
  });
  it('a report that states no period is not warned', () => {
    expect(checkPeriod(report(2021, '我镇扎实推进政务公开工作。'))).toEqual([]);
  });
});

describe('R_REPORT_DATE', () => {
  it('a 2019 report dated 2019年12月31日 is warned (seed 003)', () => {
    const found = checkReportDate(report(2019, '', '2019-12-31'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_REPORT_DATE', 'warning']]);
    expect(found[0]!.message).toContain('报告落款日期为2019年12月31日');
  });
  it('a report dated in January of the next year passes', () => {
    expect(checkReportDate(report(2019, '', '2020-01-15'))).toEqual([]);
  });
});

describe('R_DEADLINE (条例第四十九条)', () => {
  it('departments publish by 31 January, county governments by 31 March, townships by the county default of 31 January', () => {
    expect(deadlineFor(2023, 'county_department').date).toBe('2024-01-31');
    expect(deadlineFor(2023, 'county_government').date).toBe('2024-03-31');
    expect(deadlineFor(2023, 'township').date).toBe('2024-01-31');
    expect(deadlineFor(2023, 'subdistrict_office', '02-28').date).toBe('2024-02-28');
  });
  it('publishing on the deadline day itself is in time; the day after is late', () => {
    expect(checkDeadline(report(2023), { publishedOn: '2024-01-31', agencyLevel: 'county_department' })).toEqual([]);
    const found = checkDeadline(report(2023), { publishedOn: '2024-02-01', agencyLevel: 'county_department' });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_DEADLINE', 'warning']]);
    expect(found[0]!.message).toContain('晚于2024年1月31日的期限（条例第四十九条第一款');
  });
  it('a county government\'s report published on 15 March is in time', () => {
    expect(checkDeadline(report(2023), { publishedOn: '2024-03-15', agencyLevel: 'county_government' })).toEqual([]);
  });
  it('without the publication date or the organ level the deadline is not checked', () => {
    expect(checkDeadline(report(2023), { publishedOn: '2024-06-01' })).toEqual([]);
    expect(checkDeadline(report(2023), { agencyLevel: 'township' })).toEqual([]);
  });
});

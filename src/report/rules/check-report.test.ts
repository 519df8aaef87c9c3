import { describe, expect, it } from 'vitest';
import { buildReport, withCell, withSectionText } from '../build.ts';
import { checkReport, CheckOptionsError, hasErrors } from './check-report.ts';

const report = () =>
  buildReport({ format: 'gov_2021', year: 2023, agency: '某镇人民政府', reportDate: '2024-01-10', texts: { other_matters: '本机关本年度未发出信息处理费收费通知，未收取信息处理费。' } });

describe('checkReport', () => {
  it('a complete zero report of 2023 has no findings', () => {
    expect(checkReport(report())).toEqual([]);
  });

  it('lists errors before warnings', () => {
    const broken = withSectionText(withCell(report(), 'applications.new_received.total', 1), 'other_matters', '无');
    const severities = checkReport(broken).map((f) => f.severity);
    expect(severities).toContain('warning');
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
    expect(hasErrors(checkReport(broken))).toBe(true);
  });

  it('rejects an invalid publication date with a Chinese message instead of guessing', () => {
    expect(() => checkReport(report(), { publishedOn: '2024-13-01' })).toThrow(CheckOptionsError);
    expect(() => checkReport(report(), { publishedOn: '2024/01/01' })).toThrow(/日期应写成 YYYY-MM-DD/);
  });

  it('runs the deadline rule only when publication date and organ level are both given', () => {
    expect(checkReport(report(), { publishedOn: '2024-04-01' })).toEqual([]);
    expect(checkReport(report(), { publishedOn: '2024-04-01', agencyLevel: 'county_government' }).map((f) => f.rule)).toEqual(['R_DEADLINE']);
  });
});

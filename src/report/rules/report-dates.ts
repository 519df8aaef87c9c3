// Dates of the report (annual-report-format.md §5.4, §7): R_PERIOD, R_REPORT_DATE, R_DEADLINE.
// Dates are YYYY-MM-DD text; comparing them as strings orders them by calendar.
import type { AnnualReport, Finding } from '../model.ts';
import type { AgencyLevel, CheckOptions } from './check-options.ts';
import { finding } from './cells.ts';
import { proseOf, quote, sentences } from './prose.ts';

const pad = (n: string | number) => String(n).padStart(2, '0');
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

const range = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起?\s*(?:至|到|—+|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function checkPeriod(report: AnnualReport): Finding[] {
  if (report.year === null) return [];
  const y = report.year;
  for (const sentence of sentences(proseOf(report))) {
    if (!/统计/.test(sentence)) continue;
    const m = range.exec(sentence);
    if (!m) continue;
    const from = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
    const to = `${m[4] ?? m[1]}-${pad(m[5]!)}-${pad(m[6]!)}`;
    if (from !== `${y}-01-01` || to !== `${y}-12-31`) {
      return [finding('R_PERIOD', 'warning', `正文${quote(m[0])}所写统计期限与报告年度不符，应为${y}年1月1日至${y}年12月31日。`, [])];
    }
  }
  return [];
}

export function checkReportDate(report: AnnualReport): Finding[] {
  if (report.year === null || !report.reportDate) return [];
  // The report covers 1 January – 31 December, so it can only be signed after the year ends.
  if (report.reportDate <= `${report.year}-12-31`) {
    return [finding('R_REPORT_DATE', 'warning', `报告落款日期为${chineseDate(report.reportDate)}，但${report.year}年度的统计期到${report.year}年12月31日才结束，报告应在其后形成和公布。`, [])];
  }
  return [];
}

/** 条例第四十九条: departments by 1月31日; the government's own report (by its 主管部门) by 3月31日. */
export function deadlineFor(year: number, level: AgencyLevel, townshipDeadline = '01-31'): { date: string; basis: string } {
  if (level === 'county_government' || level === 'prefecture_government' || level === 'provincial_government') {
    return { date: `${year + 1}-03-31`, basis: '条例第四十九条第二款：县级以上地方人民政府的年度报告于每年3月31日前公布' };
  }
  if (level === 'township' || level === 'township_government' || level === 'subdistrict' || level === 'subdistrict_office') {
    // Not named in 条例第四十九条; the county 主管部门 sets it (spec §7, README U5).
    return { date: `${year + 1}-${townshipDeadline}`, basis: '乡镇人民政府、街道办事处的报告期限由县级政府信息公开工作主管部门确定' };
  }
  return { date: `${year + 1}-01-31`, basis: '条例第四十九条第一款：县级以上人民政府部门于每年1月31日前公布年度报告' };
}

export function checkDeadline(report: AnnualReport, options: CheckOptions): Finding[] {
  if (report.year === null || !options.publishedOn || !options.agencyLevel) return [];
  const { date, basis } = deadlineFor(report.year, options.agencyLevel, options.townshipDeadline);
  // "前" = on or before that calendar day; a weekend deadline is not moved (spec §7).
  if (options.publishedOn > date) {
    return [finding('R_DEADLINE', 'warning', `报告于${chineseDate(options.publishedOn)}公布，晚于${chineseDate(date)}的期限（${basis}）。`, [])];
  }
  return [];
}

// The dashboard as CSV for Excel/WPS: UTF-8 with a byte-order mark and CRLF (as the report CSV), the
// same rows and order as the page, then the totals row. Fields are quoted by the report engine's csvField
// (which also defuses formula injection).
import { csvField } from '../../../report/index.ts';
import { reportStateLabels, reportTimelinessLabels, type AgencyFigures, type DashboardTotals } from './dashboard.ts';

export const dashboardCsvHeader = [
  '单位',
  '单位代码',
  '办理中的申请',
  '逾期未答复',
  '3个工作日内到期',
  '超过20个工作日未公开',
  '超过15个工作日未答复的公众意见',
  '本年已公开信息',
  '年报年度',
  '年报状态',
  '年报公布日期',
  '年报期限',
  '是否按时',
  '检查错误',
  '检查警告',
  '待答复的整改要求',
] as const;

export function dashboardCsv(rows: readonly AgencyFigures[], totals: DashboardTotals): string {
  const lines: string[][] = [[...dashboardCsvHeader]];
  for (const r of rows) {
    lines.push([
      r.agencyName,
      r.agencyCode,
      String(r.openApplications),
      String(r.overdueReplies),
      String(r.dueSoonReplies),
      String(r.overdueCatalogue),
      String(r.overdueComplaints),
      String(r.publishedThisYear),
      String(r.report.year),
      reportStateLabels[r.report.state],
      r.report.publishedOn ?? '',
      r.report.deadline,
      reportTimelinessLabels[r.report.timeliness],
      String(r.report.errors),
      String(r.report.warnings),
      String(r.report.openCorrections),
    ]);
  }
  const states = (Object.keys(reportStateLabels) as Array<keyof typeof reportStateLabels>)
    .map((s) => `${reportStateLabels[s]}${totals.reportStates[s]}`)
    .join('；');
  lines.push([
    `合计（${totals.agencies}个单位）`,
    '',
    String(totals.openApplications),
    String(totals.overdueReplies),
    String(totals.dueSoonReplies),
    String(totals.overdueCatalogue),
    String(totals.overdueComplaints),
    String(totals.publishedThisYear),
    '',
    states,
    '',
    '',
    `逾期发布${totals.reportsLate}；逾期未发布${totals.reportsOverdue}`,
    String(totals.reportErrors),
    String(totals.reportWarnings),
    String(totals.openCorrections),
  ]);
  return `\ufeff${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

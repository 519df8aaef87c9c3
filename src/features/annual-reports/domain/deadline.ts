// The publication deadline of a year's report and where the report stands against it. 条例第四十九条：
// 县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交上一年度年度报告并向社会公布；
// 县级以上地方人民政府的本级报告于3月31日前公布；乡镇、街道的期限由县级主管部门确定（默认1月31日，spec §7）。
// "前" is on or before that calendar day and a weekend deadline is not moved (spec §7). Pure: today is an argument.
import { chineseDate, daysBetween, type LocalDate } from '../../../law/local-date.ts';
import { deadlineFor, type AgencyLevel } from '../../../report/index.ts';
import type { ReportStatus } from './workflow.ts';
import { firstDayAfterYear, isBeforeYearEnd } from './year-end.ts';

/**
 * `published_early`: published (or signed) before its own year was over — against R_REPORT_DATE and
 * domain/year-end.ts, so never "按期公布" even though it is before the deadline.
 */
export type DeadlineState = 'running' | 'due_today' | 'late' | 'published_on_time' | 'published_late' | 'published_early';

export interface DeadlineStatus {
  readonly dueOn: LocalDate;
  /** The rule the date comes from, in Chinese. */
  readonly basis: string;
  readonly state: DeadlineState;
  /** Calendar days left until the deadline (running), days past it (late, published_late), else 0. */
  readonly days: number;
  /** One line for the staff pages. */
  readonly label: string;
}

/** Departments (and an agency whose level the report rules do not know) have 31 January. */
export function reportDeadline(year: number, level: AgencyLevel | undefined, townshipDeadline?: string): { dueOn: LocalDate; basis: string } {
  const { date, basis } = deadlineFor(year, level ?? 'county_department', townshipDeadline);
  return { dueOn: date as LocalDate, basis };
}

export function deadlineStatus(
  deadline: { dueOn: LocalDate; basis: string },
  report: { status: ReportStatus; publishedOn: string | null; reportDate?: string | null },
  today: LocalDate,
): DeadlineStatus {
  const { dueOn, basis } = deadline;
  const due = chineseDate(dueOn, true);
  if (report.status === 'published' && report.publishedOn) {
    // The deadline is 31 January (or 31 March) of the year after the report's year.
    const year = Number(dueOn.slice(0, 4)) - 1;
    if (isBeforeYearEnd(year, report.publishedOn) || isBeforeYearEnd(year, report.reportDate)) {
      const on = isBeforeYearEnd(year, report.publishedOn) ? report.publishedOn : (report.reportDate as string);
      return {
        dueOn,
        basis,
        state: 'published_early',
        days: 0,
        label: `已于${chineseDate(report.publishedOn as LocalDate, true)}公布，但报告日期${chineseDate(on as LocalDate, true)}早于${year}年度统计期结束（${chineseDate(firstDayAfterYear(year), true)}起才能公布），须核实并更正`,
      };
    }
    const late = daysBetween(dueOn, report.publishedOn as LocalDate);
    return late > 0
      ? { dueOn, basis, state: 'published_late', days: late, label: `已于${chineseDate(report.publishedOn as LocalDate, true)}公布，晚于${due}的公布期限 ${late} 天` }
      : { dueOn, basis, state: 'published_on_time', days: 0, label: `已于${chineseDate(report.publishedOn as LocalDate, true)}公布，在${due}的公布期限内` };
  }
  const left = daysBetween(today, dueOn);
  if (left > 0) return { dueOn, basis, state: 'running', days: left, label: `距${due}的公布期限还有 ${left} 天` };
  if (left === 0) return { dueOn, basis, state: 'due_today', days: 0, label: `今天（${due}）是公布期限的最后一天` };
  return { dueOn, basis, state: 'late', days: -left, label: `已超过${due}的公布期限 ${-left} 天，尚未公布` };
}

/** Short tag beside the workflow status in lists: 逾期 when the deadline has passed unpublished. */
export const deadlineTags: Readonly<Record<DeadlineState, string>> = {
  running: '',
  due_today: '今日到期',
  late: '已逾期',
  published_on_time: '按期公布',
  published_late: '逾期公布',
  published_early: '年度未结束即公布',
};

// A year's report can leave the draft only after the year is over. 条例第四十九条：行政机关应当在每年1月31日前
// 向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布 — the report covers
// 1 January – 31 December (annual-report-format.md §5.4), so before 1 January of the next year (Beijing date)
// its numbers are not final: it is not submitted, approved or published. Drafting during the year is fine.
// Pure: today is an argument.
import { chineseDate, type LocalDate } from '../../../law/local-date.ts';
import { eventLabels, type ReportEvent } from './workflow.ts';

/** The events that need the statistics year to be over; 退回修改 never does. */
export const eventsAfterYearEnd: ReadonlySet<ReportEvent> = new Set<ReportEvent>(['submit', 'approve', 'publish']);

/** The first day on which the report of `year` may be submitted, approved or published: 1 January of the next year. */
export function firstDayAfterYear(year: number): LocalDate {
  return `${year + 1}-01-01` as LocalDate;
}

/** True once the statistics year of the report is over on `today` (a Beijing calendar date). */
export function isYearOver(year: number, today: LocalDate): boolean {
  return today >= firstDayAfterYear(year);
}

/** Why `event` is refused on `today`, in Chinese; null when the year is over or the event does not need it. */
export function yearNotOverReason(year: number, event: ReportEvent, today: LocalDate): string | null {
  if (!eventsAfterYearEnd.has(event) || isYearOver(year, today)) return null;
  return `${year}年度的统计期到${year}年12月31日才结束，年度报告${chineseDate(firstDayAfterYear(year), true)}起才能${eventLabels[event]}。`;
}

/** A date (published or signed) that lies inside the report's own year: the report was made before the year ended. */
export function isBeforeYearEnd(year: number, date: string | null | undefined): boolean {
  return !!date && date < firstDayAfterYear(year);
}

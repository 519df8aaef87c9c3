// Whether a case was late in a report year — the figure the annual report's narrative check needs
// (overdueReplies, docs/report-rules.md R_NARRATIVE_COUNTS): a report must not say every application was
// answered on time (条例第三十三条) when the records show otherwise. Pure: the reply clock (case-clock.ts)
// decides what "late" means; this only picks the day to ask it about.
import type { WorkingDayCalendar } from '../../../law/calendar.ts';
import type { LocalDate } from '../../../law/local-date.ts';
import { caseClock, type CaseFacts } from './case-clock.ts';

/**
 * A case counts as late in `year` when, within the year (up to `today` for the running year):
 *  - it was answered (or otherwise ended by a decision or withdrawal) after its final deadline, or
 *  - it was still unanswered at the end of the period although its final deadline had passed.
 * A case carried over late and answered late the next year is late in both years — each year's report
 * covers it (表三 上年结转 / 结转下年度). Cases never legally received (awaiting confirmation) have no clock.
 */
export function lateInYear(calendar: WorkingDayCalendar, facts: CaseFacts, year: number, today: LocalDate): boolean {
  const start = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const end = (today < yearEnd ? today : yearEnd) as LocalDate;
  if (!facts.receivedOn || facts.receivedOn > end || start > end) return false;
  const decided = facts.decidedOn ?? null;
  if (decided && decided < start) return false;
  if (decided && decided <= end) {
    return caseClock(calendar, facts, decided as LocalDate).progress?.repliedLate === true;
  }
  // Not decided by the end of the period: ask the clock as of that day, without the later decision.
  return caseClock(calendar, { ...facts, decidedOn: null }, end).progress?.overdue === true;
}

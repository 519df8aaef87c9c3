// Whether a case was late in a report year — the figure the annual report's narrative check needs
// (overdueReplies, docs/report-rules.md R_NARRATIVE_COUNTS): a report must not say every application was
// answered on time (条例第三十三条) when the records show otherwise. Pure: the reply clock (case-clock.ts)
// decides what "late" means; this only picks the day to ask it about.
import type { ReplyClock } from '../../../law/clock.ts';
import { daysBetween, type LocalDate } from '../../../law/local-date.ts';
import type { CaseFacts } from './case-clock.ts';

/** The reply clock of a case as of a day: caseClock with a calendar, or a cached wrapper of it. */
export type ClockOf = (facts: CaseFacts, asOf: LocalDate) => ReplyClock;

/**
 * A case counts as late in `year` when, within the year (up to `today` for the running year):
 *  - it was answered (or otherwise ended by a decision or withdrawal) after its final deadline, or
 *  - it was still unanswered at the end of the period although its final deadline had passed.
 * A case carried over late and answered late the next year is late in both years — each year's report
 * covers it (表三 上年结转 / 结转下年度). Cases never legally received (awaiting confirmation) have no clock.
 */
export function lateInYear(clockOf: ClockOf, facts: CaseFacts, year: number, today: LocalDate): boolean {
  const start = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const end = (today < yearEnd ? today : yearEnd) as LocalDate;
  if (!facts.receivedOn || facts.receivedOn > end || start > end) return false;
  const decided = facts.decidedOn ?? null;
  if (decided && decided < start) return false;
  // 条例第三十三条 gives 20 working days counted from the day after receipt, and every later event
  // (补正, consultation, fee, extension, a 第三十五条 period) only moves the deadline later: within 20
  // calendar days of receipt no case can be late, so the clock is not asked (most cases end that fast).
  const until = decided && decided <= end ? decided : end;
  if (daysBetween(facts.receivedOn as LocalDate, until as LocalDate) <= 20) return false;
  if (decided && decided <= end) {
    return clockOf(facts, decided as LocalDate).progress?.repliedLate === true;
  }
  // Not decided by the end of the period: ask the clock as of that day, without the later decision.
  return clockOf({ ...facts, decidedOn: null }, end).progress?.overdue === true;
}

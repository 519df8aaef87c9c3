// 条例第二十六条：属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。
// 法律、法规对政府信息公开的期限另有规定的，从其规定。Standard catalogues may set shorter limits.
// Overdue publication is a liability ground under 条例第五十三条, so staff and supervisors see it.
// "Overdue" and "due soon" are derived here from dates, never stored (DESIGN §3).
import { compareLocalDates, type LocalDate } from '../../../law/local-date.ts';

export const STATUTORY_RELEASE_WORKING_DAYS = 20;

/**
 * Adds working days counting from the day after `from` (the start day is not counted), skipping
 * rest days and holidays and honouring 调休. Supplied by law's WorkingDayCalendar.
 */
export type AddWorkingDays = (from: LocalDate, workingDays: number) => LocalDate;

/** The Art. 26 release deadline: formed/changed date + N working days (N = 20 unless the item's rule is shorter). */
export function releaseDueOn(formedOn: LocalDate, addWorkingDays: AddWorkingDays, workingDays = STATUTORY_RELEASE_WORKING_DAYS): LocalDate {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > STATUTORY_RELEASE_WORKING_DAYS) {
    // A catalogue may shorten the limit, never lengthen it beyond the statutory 20 working days.
    throw new RangeError(`公开时限应为 1 至 ${STATUTORY_RELEASE_WORKING_DAYS} 个工作日。`);
  }
  return addWorkingDays(formedOn, workingDays);
}

export type ReleaseTiming =
  | { state: 'published_on_time'; dueOn: LocalDate }
  | { state: 'published_late'; dueOn: LocalDate }
  | { state: 'pending'; dueOn: LocalDate }
  | { state: 'due_soon'; dueOn: LocalDate }
  | { state: 'overdue'; dueOn: LocalDate };

export const RELEASE_TIMING_LABELS: Record<ReleaseTiming['state'], string> = {
  published_on_time: '按时公开',
  published_late: '超期公开',
  pending: '未到期',
  due_soon: '即将到期',
  overdue: '已超期未公开',
};

/**
 * Where an item stands against its deadline on `today`.
 * `dueSoonFrom` is the first day counted as "due soon" (e.g. 5 working days before the deadline).
 */
export function releaseTiming(input: {
  dueOn: LocalDate;
  publishedOn: LocalDate | null;
  today: LocalDate;
  dueSoonFrom: LocalDate;
}): ReleaseTiming {
  const { dueOn, publishedOn, today, dueSoonFrom } = input;
  if (publishedOn) return { state: compareLocalDates(publishedOn, dueOn) <= 0 ? 'published_on_time' : 'published_late', dueOn };
  if (compareLocalDates(today, dueOn) > 0) return { state: 'overdue', dueOn };
  if (compareLocalDates(today, dueSoonFrom) >= 0) return { state: 'due_soon', dueOn };
  return { state: 'pending', dueOn };
}

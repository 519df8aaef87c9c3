// Where an open case stands against the agency's own deadline (答复 or 答辩): derived, never stored (DESIGN §3).
import { defenceDue, reconsiderationAnswerDue, type AppealDeadline } from '../../../law/appeal-deadlines.ts';
import type { WorkingDayCalendar } from '../../../law/calendar.ts';
import { compareLocalDates, daysBetween, type LocalDate } from '../../../law/local-date.ts';
import type { AppealRecordFacts } from './appeal.ts';

/** Same warning horizon as the reply clock's 即将到期 (clock-events.ts: 3 working days). */
export const APPEAL_DUE_SOON_WORKING_DAYS = 3;

export type AppealDeadlineState =
  | { readonly kind: 'not_received' }
  | { readonly kind: 'answered'; readonly deadline: AppealDeadline; readonly answeredOn: LocalDate; readonly late: boolean }
  | { readonly kind: 'concluded' }
  | { readonly kind: 'open'; readonly deadline: AppealDeadline; readonly dueSoon: boolean; readonly overdueDays: number };

export function appealDeadline(calendar: WorkingDayCalendar, appeal: AppealRecordFacts): AppealDeadline | null {
  if (appeal.receivedOn === null) return null;
  return appeal.kind === 'administrative_reconsideration'
    ? reconsiderationAnswerDue(calendar, appeal.receivedOn, appeal.procedure ?? 'ordinary')
    : defenceDue(calendar, appeal.receivedOn);
}

export function appealDeadlineState(calendar: WorkingDayCalendar, appeal: AppealRecordFacts, today: LocalDate): AppealDeadlineState {
  const deadline = appealDeadline(calendar, appeal);
  if (deadline === null) return appeal.concludedOn !== null ? { kind: 'concluded' } : { kind: 'not_received' };
  if (appeal.answeredOn !== null) return { kind: 'answered', deadline, answeredOn: appeal.answeredOn, late: compareLocalDates(appeal.answeredOn, deadline.dueOn) > 0 };
  if (appeal.concludedOn !== null) return { kind: 'concluded' };
  const overdueDays = compareLocalDates(today, deadline.dueOn) > 0 ? daysBetween(deadline.dueOn, today) : 0;
  const dueSoon = overdueDays === 0 && calendar.countWorkingDays(today, deadline.dueOn) <= APPEAL_DUE_SOON_WORKING_DAYS;
  return { kind: 'open', deadline, dueSoon, overdueDays };
}

/** One line for lists and the workbench. */
export function deadlineStateLabel(state: AppealDeadlineState, what: string): string {
  switch (state.kind) {
    case 'not_received':
      return '尚未登记收到副本日期';
    case 'concluded':
      return '已审结';
    case 'answered':
      return state.late ? `已于 ${state.answeredOn} 提交${what}（晚于期限 ${state.deadline.dueOn}）` : `已于 ${state.answeredOn} 提交${what}`;
    case 'open':
      if (state.overdueDays > 0) return `${what}已逾期 ${state.overdueDays} 天（期限 ${state.deadline.dueOn}）`;
      return state.dueSoon ? `${what}即将到期：${state.deadline.dueOn}` : `${what}期限：${state.deadline.dueOn}`;
  }
}

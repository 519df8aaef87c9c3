// The facts of a case as the reply clock (src/law/clock.ts) needs them. Overdue and due soon are
// derived from these facts and a date, never stored (DESIGN §3).
import type { CaseEvents, ClockOptions } from '../../../law/clock-events.ts';
import { computeReplyClock, MAX_EXTENSION_WORKING_DAYS, type ReplyClock } from '../../../law/clock.ts';
import type { WorkingDayCalendar } from '../../../law/calendar.ts';
import type { LocalDate } from '../../../law/local-date.ts';
import type { SubmissionChannel } from './channels.ts';

export interface CaseFacts {
  channel: SubmissionChannel;
  arrivedOn: string;
  /** 收到申请之日 as recorded (signing day, confirmation day, hand-in day); null while awaiting confirmation. */
  receivedOn: string | null;
  correction?: { requestedOn: string; dueOn: string; correctedOn: string | null } | null;
  consultations?: ReadonlyArray<{ partyKind: 'third_party' | 'other_organ'; dispatchedOn: string; partyReceivedOn: string | null; repliedOn: string | null }>;
  extension?: { approvedOn: string } | null;
  fee?: { sentOn: string; receivedOn: string | null; paidOn: string | null } | null;
  customDueOn?: string | null;
  /** When the 条例第三十五条 deadline was fixed; the receipt date stands in when it is not known. */
  customSetOn?: string | null;
  decidedOn?: string | null;
}

const d = (s: string) => s as LocalDate;
const opt = (s: string | null | undefined) => (s ? (s as LocalDate) : undefined);

export function caseEvents(facts: CaseFacts): CaseEvents {
  const receipt: CaseEvents['receipt'] = { channel: facts.channel, arrivedOn: d(facts.arrivedOn) };
  if (facts.receivedOn) {
    if (facts.channel === 'in_person') receipt.arrivedOn = d(facts.receivedOn);
    else if (facts.channel === 'post_signed') receipt.signedOn = d(facts.receivedOn);
    else receipt.confirmedOn = d(facts.receivedOn);
  }
  const events: CaseEvents = {
    receipt,
    consultations: (facts.consultations ?? []).map((c) => ({
      party: c.partyKind,
      dispatchedOn: d(c.dispatchedOn),
      deliveredOn: opt(c.partyReceivedOn),
      repliedOn: opt(c.repliedOn),
    })),
  };
  if (facts.correction) {
    events.correction = { requestedOn: d(facts.correction.requestedOn), dueOn: d(facts.correction.dueOn), correctedOn: opt(facts.correction.correctedOn) };
  }
  // 条例第三十三条第二款：the product grants the full 20 working days an approved extension allows.
  if (facts.extension) events.extension = { approvedOn: d(facts.extension.approvedOn), workingDays: MAX_EXTENSION_WORKING_DAYS };
  if (facts.fee) events.fee = { dispatchedOn: d(facts.fee.sentOn), receivedOn: opt(facts.fee.receivedOn), paidOn: opt(facts.fee.paidOn) };
  if (facts.customDueOn && facts.receivedOn) events.customDeadline = { setOn: d(facts.customSetOn ?? facts.receivedOn), dueOn: d(facts.customDueOn) };
  if (facts.decidedOn) events.repliedOn = d(facts.decidedOn);
  return events;
}

export function caseClock(calendar: WorkingDayCalendar, facts: CaseFacts, asOf: LocalDate, options?: ClockOptions): ReplyClock {
  return computeReplyClock({ calendar, events: caseEvents(facts), asOf, options });
}

export type Urgency = 'overdue' | 'due_soon' | 'on_time' | 'not_running';

/** 逾期 / 即将到期（3个工作日内）/ 正常 for the staff home page. */
export function urgencyOf(clock: ReplyClock): Urgency {
  const p = clock.progress;
  if (!p) return 'not_running';
  if (p.overdue) return 'overdue';
  if (p.dueSoon) return 'due_soon';
  return p.status === 'running' || p.status === 'paused' ? 'on_time' : 'not_running';
}

export const urgencyLabels: Record<Urgency, string> = {
  overdue: '已逾期',
  due_soon: '即将到期',
  on_time: '办理中',
  not_running: '未计时',
};

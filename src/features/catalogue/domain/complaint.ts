// 条例第四十七条第二款：公民、法人或者其他组织认为政府信息公开工作主管部门……未按照要求主动公开政府信息或者
// 对政府信息公开申请不依法答复处理的，可以向……投诉、举报；第五十一条：认为行政机关在政府信息公开工作中侵犯
// 其合法权益的，可以投诉、举报. Spec §6: record such complaints against the item or the 专栏 column. Pure.
import type { WorkingDayCalendar } from '../../../law/calendar.ts';
import { addDays, compareLocalDates, type LocalDate } from '../../../law/local-date.ts';

export const COMPLAINT_KINDS = {
  not_disclosed: '应公开未公开',
  inaccurate: '内容有误',
} as const;
export type ComplaintKind = keyof typeof COMPLAINT_KINDS;

// 待处理 rather than 待答复: the complainant reads this label too, and to them the agency is still looking into it.
export const COMPLAINT_STATUSES = { open: '待处理', answered: '已答复' } as const;

/** What the answer did about the complaint, recorded with it and shown to the complainant. */
export const COMPLAINT_OUTCOMES = {
  published: '已补充公开',
  corrected: '已更正',
  not_changed: '经核实未作更改（理由见答复）',
} as const;
export type ComplaintOutcome = keyof typeof COMPLAINT_OUTCOMES;

/**
 * How long a complaint may wait for an answer before the 政务公开办 sees it flagged. The 条例 sets no period
 * for answering a 第四十七条 / 第五十一条 complaint (第三十三条's 20 working days are for applications), so
 * this is a product default, not law: 15 working days, shorter than an application's reply period because
 * a complaint asks the agency to check its own 专栏, not to search, consult third parties and decide.
 */
export const COMPLAINT_ANSWER_WORKING_DAYS = 15;

/** The day by which a complaint filed on `filedOn` should be answered (filing day not counted). */
export function complaintAnswerDueOn(calendar: WorkingDayCalendar, filedOn: LocalDate): LocalDate {
  return calendar.addWorkingDays(filedOn, COMPLAINT_ANSWER_WORKING_DAYS).date;
}

/** Unanswered past its due day: more than COMPLAINT_ANSWER_WORKING_DAYS working days have gone by. */
export function isComplaintOverdue(calendar: WorkingDayCalendar, filedOn: LocalDate, today: LocalDate): boolean {
  return compareLocalDates(today, complaintAnswerDueOn(calendar, filedOn)) > 0;
}

/**
 * The last filing date whose open complaints are overdue on `today` — every open complaint filed on or
 * before it is overdue, every later one is not — so a count over many agencies is one date comparison in
 * SQL. Overdue-ness only grows as the filing date goes back, so walk back from today to the first such day.
 */
export function overdueIfFiledOnOrBefore(calendar: WorkingDayCalendar, today: LocalDate): LocalDate {
  let filedOn = addDays(today, -1);
  // A long holiday run (春节 plus weekends) adds at most a few weeks to the 15 working days.
  for (let i = 0; i < 366 && !isComplaintOverdue(calendar, filedOn, today); i++) filedOn = addDays(filedOn, -1);
  return filedOn;
}

// A complaint's 查询码 finds the complaint on its own (no number beside it, unlike an application's), so it
// is longer: 12 symbols of 31 ≈ 59 bits. Shown in groups of four so it can be copied and read aloud.
export const COMPLAINT_QUERY_CODE_LENGTH = 12;

export function groupQueryCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * A contact shown to someone who does not answer the complaint (a supervisor, a leader reading): enough
 * to recognise it, not enough to use it. Mobile 13812345678 → 138****5678; e-mail a***@example.com; other text
 * keeps its first character.
 */
export function maskContact(contact: string): string {
  const digits = contact.replace(/[\s-]/g, '');
  if (/^\d{7,}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const at = contact.indexOf('@');
  if (at > 0) return `${contact[0]}***${contact.slice(at)}`;
  return contact.length <= 1 ? '*' : `${contact[0]}${'*'.repeat(Math.min(contact.length - 1, 6))}`;
}

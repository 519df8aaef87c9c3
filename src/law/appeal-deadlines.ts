// The agency's own deadlines when its disclosure work is challenged (行政复议、行政诉讼). Pure: the calendar and
// the dates are arguments.
//
// 行政复议 — 行政复议法（2023年修订，2024-01-01施行）第四十八条：被申请人应当自收到行政复议申请书副本或者
// 申请笔录复印件之日起十日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料；第五十四条：适用
// 简易程序的（第五十三条第一款第（四）项：属于政府信息公开案件的可以适用），五日内。第八十八条第二款：
// 本法关于“三日”“五日”“七日”“十日”的规定是指工作日，不含法定休假日 — so these are working days on the
// same calendar as the reply clock of 条例第三十三条, counted from the day after receipt.
//
// 行政诉讼 — 行政诉讼法第六十七条第一款：被告应当在收到起诉状副本之日起十五日内向人民法院提交作出行政行为的
// 证据和所依据的规范性文件，并提出答辩状. These are calendar days; 行政诉讼法第一百零一条 sends the counting
// of periods to the 民事诉讼法, whose 第八十五条（2023年修正）says the start day is not counted and a period
// whose last day is a 法定休假日 ends on the first day after it (a 调休上班 Saturday is a working day, so it
// is no 休假日).
import type { CalendarWarning, WorkingDayCalendar } from './calendar.ts';
import { addDays, type LocalDate } from './local-date.ts';

export const reconsiderationProcedures = ['ordinary', 'simplified'] as const;
export type ReconsiderationProcedure = (typeof reconsiderationProcedures)[number];

export const reconsiderationProcedureLabels: Readonly<Record<ReconsiderationProcedure, string>> = {
  ordinary: '普通程序',
  simplified: '简易程序',
};

/** 行政复议法第四十八条（普通程序）、第五十四条（简易程序）, in working days (第八十八条第二款). */
export const RECONSIDERATION_ANSWER_WORKING_DAYS: Readonly<Record<ReconsiderationProcedure, number>> = {
  ordinary: 10,
  simplified: 5,
};

/** 行政诉讼法第六十七条第一款, in calendar days. */
export const DEFENCE_CALENDAR_DAYS = 15;

export interface AppealDeadline {
  readonly dueOn: LocalDate;
  /** The article, as a person reads it on the page. */
  readonly basis: string;
  /** How the date was reached, in Chinese, one step a line. */
  readonly steps: readonly string[];
  readonly warnings: readonly CalendarWarning[];
}

/** The written answer (书面答复) and evidence to the 行政复议机构. */
export function reconsiderationAnswerDue(calendar: WorkingDayCalendar, copyReceivedOn: LocalDate, procedure: ReconsiderationProcedure): AppealDeadline {
  const days = RECONSIDERATION_ANSWER_WORKING_DAYS[procedure];
  const due = calendar.addWorkingDays(copyReceivedOn, days);
  const article = procedure === 'ordinary' ? '第四十八条' : '第五十四条';
  return {
    dueOn: due.date,
    basis: `《行政复议法》${article}（${reconsiderationProcedureLabels[procedure]}：收到申请书副本之日起${days}日内提出书面答复；第八十八条第二款：指工作日）`,
    steps: [`${copyReceivedOn} 收到行政复议申请书副本（当日不计）`, `自次日起第${days}个工作日：${due.date}`],
    warnings: due.warnings,
  };
}

/** The 答辩状 and evidence to the court. */
export function defenceDue(calendar: WorkingDayCalendar, complaintReceivedOn: LocalDate): AppealDeadline {
  const last = addDays(complaintReceivedOn, DEFENCE_CALENDAR_DAYS);
  const steps = [`${complaintReceivedOn} 收到起诉状副本（当日不计）`, `自次日起第${DEFENCE_CALENDAR_DAYS}日：${last}`];
  let dueOn = last;
  let warnings = calendar.rangeWarnings(complaintReceivedOn, last);
  if (!calendar.isWorkingDay(last)) {
    const next = calendar.nextWorkingDay(last);
    dueOn = next.date;
    warnings = [...warnings, ...next.warnings.filter((w) => !warnings.some((x) => x.year === w.year))];
    steps.push(`${last} 是休息日，顺延至休息日后的第一个工作日：${dueOn}`);
  }
  return {
    dueOn,
    basis: '《行政诉讼法》第六十七条第一款（收到起诉状副本之日起十五日内提交答辩状和证据）；期间计算依《民事诉讼法》第八十五条',
    steps,
    warnings,
  };
}

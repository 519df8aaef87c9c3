// The reply clock of 依申请公开 as a pure function of the case events: the statutory deadline, the
// extended deadline, the 补正 notice deadline, progress as of a date, and a step-by-step explanation in
// Chinese. Counting convention (spec §5.1, README U8): the day of receipt is day 0 and the count starts on
// the next working day; the deadline is the calendar date of the 20th counted working day.
import type { CalendarWarning, WorkingDayCalendar } from './calendar.ts';
import {
  caseEventsSchema,
  clockOptionsSchema,
  receiptChannelLabels,
  type CaseEvents,
  type ClockOptions,
  type Receipt,
  type ValidCaseEvents,
} from './clock-events.ts';
import { addDays, chineseDate, compareLocalDates, weekdayLabel, yearOf, type LocalDate } from './local-date.ts';

// 条例第三十三条第一款：自收到申请之日起20个工作日内予以答复。
export const REPLY_WORKING_DAYS = 20;
// 条例第三十三条第二款：延长的期限最长不得超过20个工作日。
export const MAX_EXTENSION_WORKING_DAYS = 20;
// 条例第三十条：自收到申请之日起7个工作日内一次性告知申请人作出补正。
export const CORRECTION_NOTICE_WORKING_DAYS = 7;
// 条例第三十二条、第三十四条：第三方、其他机关自收到征求意见书之日起15个工作日内提出意见。
export const CONSULTATION_WORKING_DAYS = 15;
// 国办函〔2020〕109号：申请人自收到收费通知的次日起20个工作日内缴费。
export const FEE_PAYMENT_WORKING_DAYS = 20;

export type ClockStatus =
  | 'awaiting_receipt_confirmation'
  | 'awaiting_correction'
  | 'running'
  | 'paused'
  | 'replied'
  | 'ended';

export type ClockOutcome = 'outcomes.other_handling.correction_overdue' | 'outcomes.other_handling.fee_unpaid_overdue';

export interface ClockProgress {
  readonly asOf: LocalDate;
  readonly status: ClockStatus;
  /** Counted working days from the start up to and including `asOf` (or the reply day). */
  readonly workingDaysUsed: number;
  /** Counted working days after `asOf` up to the final deadline. */
  readonly workingDaysRemaining: number;
  /**
   * Counted working days after the final deadline up to and including `asOf` (or the reply day): what
   * "已逾期 N 个工作日" says. 0 unless the deadline has passed.
   */
  readonly workingDaysOverdue: number;
  readonly dueSoon: boolean;
  readonly overdue: boolean;
  /** A reply was made after the final deadline. */
  readonly repliedLate: boolean;
}

export interface ReplyClock {
  /** 收到申请之日 (条例第三十一条); null while an online/ordinary-letter receipt awaits confirmation. */
  readonly receivedOn: LocalDate | null;
  /** Day 0 of the current count: the receipt, or the arrival of the corrected application. */
  readonly countsFrom: LocalDate | null;
  readonly correctionNoticeDueOn: LocalDate | null;
  /** The applicant's deadline to correct (stated in the notice or the configured default). */
  readonly correctionDueOn: LocalDate | null;
  /** 20 counted working days, pauses excluded, no extension. */
  readonly dueOn: LocalDate | null;
  /** Where a full 20-day extension would end (what to write in a 延期答复告知书). */
  readonly latestExtendedDueOn: LocalDate | null;
  /** The extended deadline, when a timely extension is recorded. */
  readonly extendedDueOn: LocalDate | null;
  /** 条例第三十五条 deadline fixed by the organ, when recorded. */
  readonly customDueOn: LocalDate | null;
  /** The deadline that binds: custom, else extended, else plain. */
  readonly finalDueOn: LocalDate | null;
  readonly paymentDueOn: LocalDate | null;
  /** Working days not counted because of consultations or the fee window. */
  readonly pausedWorkingDays: number;
  readonly outcome: ClockOutcome | null;
  readonly progress: ClockProgress | null;
  /** Every day that matters, in Chinese, in order. */
  readonly explanation: readonly string[];
  readonly warnings: readonly CalendarWarning[];
  /** Irregularities in the procedure (late 补正 notice, late extension …), in Chinese. */
  readonly notices: readonly string[];
}

export class ClockInputError extends Error {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super(issues.join('；'));
    this.name = 'ClockInputError';
    this.issues = issues;
  }
}

interface Pause {
  /** Exclusive: the day the letter or notice went out still counts. */
  readonly after: LocalDate;
  /** Inclusive. */
  readonly through: LocalDate;
  readonly label: string;
}

function dateLabel(date: LocalDate, withYear: boolean): string {
  return `${chineseDate(date, withYear)}（${weekdayLabel(date)}）`;
}

/** 条例第三十一条: the receipt date by channel. */
export function receiptDate(receipt: Receipt, acceptAutoConfirmation: boolean): LocalDate | null {
  switch (receipt.channel) {
    // 条例第三十一条第（一）项：当面提交的，以提交之日为收到申请之日。
    case 'in_person':
      return receipt.arrivedOn ?? receipt.confirmedOn ?? null;
    // 条例第三十一条第（二）项：邮寄的，以行政机关签收之日为收到申请之日。
    case 'post_signed':
      return receipt.signedOn ?? null;
    // 同项：以平常信函等无需签收的邮寄方式提交的，以与申请人确认之日为收到申请之日。
    case 'post_ordinary':
      return receipt.confirmedOn ?? null;
    // 条例第三十一条第（三）项：通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日。
    case 'online':
    case 'email':
    case 'fax':
      return receipt.confirmedOn ?? (acceptAutoConfirmation ? (receipt.autoConfirmedOn ?? null) : null);
  }
}

/**
 * Walks the calendar forward from `from` (exclusive), counting working days that are not paused, until
 * `target` are counted; narrates counted 调休 days, skipped holidays and pauses.
 */
function walk(
  calendar: WorkingDayCalendar,
  from: LocalDate,
  target: number,
  pauses: readonly Pause[],
  say: (step: string) => void,
  fmt: (date: LocalDate) => string,
  short: (date: LocalDate) => string,
  labels: { first: (day: string) => string; nth: (n: number) => string },
): { end: LocalDate; paused: number } {
  let current = from;
  let counted = 0;
  let paused = 0;
  let holidayRun: { start: LocalDate; end: LocalDate; name: string } | null = null;
  let pauseRun: { start: LocalDate; end: LocalDate; days: number; labels: Set<string> } | null = null;
  const flushHoliday = () => {
    if (!holidayRun) return;
    const span =
      holidayRun.start === holidayRun.end ? fmt(holidayRun.start) : `${fmt(holidayRun.start)}至${fmt(holidayRun.end)}`;
    say(`${span}${holidayRun.name || '节假日'}放假，不计`);
    holidayRun = null;
  };
  const flushPause = () => {
    if (!pauseRun) return;
    const span =
      pauseRun.start === pauseRun.end ? fmt(pauseRun.start) : `${fmt(pauseRun.start)}至${fmt(pauseRun.end)}`;
    say(`${span}${[...pauseRun.labels].join('、')}，${pauseRun.days}个工作日不计`);
    pauseRun = null;
  };
  for (let step = 0; counted < target; step += 1) {
    if (step > 3_660) throw new RangeError('期限推算超出合理范围，请检查暂停区间和节假日设置。');
    current = addDays(current, 1);
    const day = calendar.dayInfo(current);
    if (!day.working) {
      if ((day.kind === 'holiday' || day.kind === 'rest_day') && !pauseRun) {
        // A holiday estimated from the statutory list (year not loaded) says so.
        const name = day.source === 'statutory_estimate' ? `${day.name}（按放假办法推算）` : day.name;
        if (holidayRun && holidayRun.name === name && addDays(holidayRun.end, 1) === current) holidayRun.end = current;
        else {
          flushHoliday();
          holidayRun = { start: current, end: current, name };
        }
      }
      continue;
    }
    const activePauses = pauses.filter(
      (p) => compareLocalDates(current, p.after) > 0 && compareLocalDates(current, p.through) <= 0,
    );
    if (activePauses.length > 0) {
      flushHoliday();
      paused += 1;
      if (!pauseRun) pauseRun = { start: current, end: current, days: 0, labels: new Set() };
      pauseRun.end = current;
      pauseRun.days += 1;
      for (const p of activePauses) pauseRun.labels.add(p.label);
      continue;
    }
    flushHoliday();
    flushPause();
    counted += 1;
    const makeup = day.kind === 'makeup_workday' ? `（${weekdayLabel(current)}，${day.name}调休上班）` : '';
    if (counted === 1) say(labels.first(`${short(current)}${makeup || `（${weekdayLabel(current)}）`}`));
    else if (makeup && counted < target) say(`${short(current)}${makeup}计${labels.nth(counted)}`);
  }
  return { end: current, paused };
}

export interface ReplyClockRequest {
  readonly calendar: WorkingDayCalendar;
  readonly events: CaseEvents;
  /** Progress and status are computed as of this date when given. */
  readonly asOf?: LocalDate;
  readonly options?: ClockOptions;
}

export function computeReplyClock(request: ReplyClockRequest): ReplyClock {
  const parsed = caseEventsSchema.safeParse(request.events);
  if (!parsed.success) throw new ClockInputError(parsed.error.issues.map((issue) => issue.message));
  const options = clockOptionsSchema.parse(request.options ?? {});
  return compute(request.calendar, parsed.data, request.asOf ?? null, options);
}

function compute(
  calendar: WorkingDayCalendar,
  events: ValidCaseEvents,
  asOf: LocalDate | null,
  options: ReturnType<typeof clockOptionsSchema.parse>,
): ReplyClock {
  const steps: string[] = [];
  const notices: string[] = [];
  const warnings: CalendarWarning[] = [];
  const touched: LocalDate[] = [];
  const say = (step: string) => steps.push(step);
  const addWd = (date: LocalDate, n: number) => {
    const result = calendar.addWorkingDays(date, n);
    touched.push(date, result.date);
    return result.date;
  };

  const receivedOn = receiptDate(events.receipt, options.acceptAutoConfirmation);
  const empty = {
    countsFrom: null,
    correctionNoticeDueOn: null,
    correctionDueOn: null,
    dueOn: null,
    latestExtendedDueOn: null,
    extendedDueOn: null,
    customDueOn: null,
    finalDueOn: null,
    paymentDueOn: null,
    pausedWorkingDays: 0,
    outcome: null,
  } as const;
  if (receivedOn === null) {
    const arrived = events.receipt.arrivedOn;
    say(
      arrived
        ? `${chineseDate(arrived, true)}申请到达，尚待与申请人确认；确认之日为收到申请之日，答复期限自确认后起算`
        : '尚待与申请人确认收到申请；确认之日为收到申请之日，答复期限自确认后起算',
    );
    const progress: ClockProgress | null = asOf
      ? {
          asOf,
          status: 'awaiting_receipt_confirmation',
          workingDaysUsed: 0,
          workingDaysRemaining: REPLY_WORKING_DAYS,
          workingDaysOverdue: 0,
          dueSoon: false,
          overdue: false,
          repliedLate: false,
        }
      : null;
    return { receivedOn: null, ...empty, progress, explanation: steps, warnings: [], notices };
  }

  const ordering = eventsBeforeReceipt(events, receivedOn);
  if (ordering.length > 0) throw new ClockInputError(ordering);

  const receivedYear = yearOf(receivedOn);
  const fmt = (date: LocalDate) => dateLabel(date, yearOf(date) !== receivedYear);
  // A deadline that lands on a 调休 weekend day says so: staff must know the office is open that day.
  const endLabel = (date: LocalDate) => {
    const day = calendar.dayInfo(date);
    return day.kind === 'makeup_workday'
      ? `${short(date)}（${weekdayLabel(date)}，${day.name}调休上班）`
      : fmt(date);
  };
  const short = (date: LocalDate) => chineseDate(date, yearOf(date) !== receivedYear);
  say(`${dateLabel(receivedOn, true)}收到申请（${receiptChannelLabels[events.receipt.channel]}）`);

  // 条例第三十条：补正告知须在收到申请之日起7个工作日内一次性发出。
  const correctionNoticeDueOn = addWd(receivedOn, CORRECTION_NOTICE_WORKING_DAYS);
  let countsFrom: LocalDate = receivedOn;
  let correctionDueOn: LocalDate | null = null;
  let outcome: ClockOutcome | null = null;
  let waitingForCorrection = false;
  const correction = events.correction;
  if (correction) {
    correctionDueOn = correction.dueOn ?? addWd(correction.requestedOn, options.correctionPeriodWorkingDays);
    const timely = compareLocalDates(correction.requestedOn, correctionNoticeDueOn) <= 0;
    say(`${short(correction.requestedOn)}发出补正告知（补正期限至${short(correctionDueOn)}）`);
    if (!timely) {
      // README U8：补正告知超过7个工作日的，从严仍自原收到申请之日起算答复期限。
      const notice = `补正告知晚于法定期限（应于${short(correctionNoticeDueOn)}前发出），答复期限仍自原收到申请之日起算`;
      notices.push(notice);
      say(notice);
    }
    if (correction.correctedOn) {
      if (compareLocalDates(correction.correctedOn, correctionDueOn) > 0) {
        // 条例第三十条 lets the organ treat a late correction as abandonment; it accepted it, so note that.
        notices.push(`申请人补正晚于补正期限（${short(correctionDueOn)}），本机关已接收并继续办理`);
      }
      if (timely) {
        // 条例第三十条：答复期限自行政机关收到补正的申请之日起计算。
        countsFrom = correction.correctedOn;
        say(`${fmt(correction.correctedOn)}收到补正后的申请，重新起算`);
      } else {
        say(`${fmt(correction.correctedOn)}收到补正后的申请`);
      }
    } else if (asOf && compareLocalDates(asOf, correctionDueOn) > 0) {
      // 条例第三十条：申请人无正当理由逾期不补正的，视为放弃申请。
      outcome = 'outcomes.other_handling.correction_overdue';
      say(`${short(correctionDueOn)}补正期限届满未补正，视为放弃申请，不再处理`);
    } else if (timely) {
      waitingForCorrection = true;
      say('等待申请人补正，收到补正后的申请之日重新起算答复期限');
    }
  }

  // Pauses: consultations (条例第三十三条第三款：征求第三方和其他机关意见所需时间不计算在期限内) and the fee window.
  const pauses: Pause[] = [];
  for (const consultation of events.consultations) {
    const who = consultation.party === 'third_party' ? '征求第三方意见' : '征求其他机关意见';
    const deliveredOn = consultation.deliveredOn ?? consultation.dispatchedOn;
    // 条例第三十二条：第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开 — the pause ends at
    // the 15-working-day limit at the latest.
    const limit = addWd(deliveredOn, CONSULTATION_WORKING_DAYS);
    let through = limit;
    let label = who;
    if (consultation.repliedOn && compareLocalDates(consultation.repliedOn, limit) <= 0) {
      through = consultation.repliedOn;
      label = `${who}（${short(consultation.dispatchedOn)}发出，${short(consultation.repliedOn)}收到意见）`;
    } else if (consultation.repliedOn) {
      label = `${who}（${short(consultation.dispatchedOn)}发出，逾期至${short(limit)}未提出意见）`;
    } else {
      const assumed = consultation.deliveredOn ? '' : '，送达日期未记录，按发出之日推算';
      label = `${who}（${short(consultation.dispatchedOn)}发出，尚未收到意见，暂按${short(limit)}意见期限届满计${assumed}）`;
    }
    pauses.push({ after: consultation.dispatchedOn, through, label });
  }

  let paymentDueOn: LocalDate | null = null;
  const fee = events.fee;
  if (fee) {
    if (fee.receivedOn) paymentDueOn = addWd(fee.receivedOn, FEE_PAYMENT_WORKING_DAYS);
    else notices.push('收费通知送达日期未记录，无法确定缴费期限');
    if (options.feeWindowPausesClock) {
      const through = fee.paidOn ?? paymentDueOn;
      if (through) {
        const label = fee.paidOn
          ? `等待缴纳信息处理费（${short(fee.dispatchedOn)}发出收费通知，${short(fee.paidOn)}缴费）`
          : `等待缴纳信息处理费（${short(fee.dispatchedOn)}发出收费通知，暂按${short(through)}缴费期限届满计）`;
        pauses.push({ after: fee.dispatchedOn, through, label });
      }
    }
    if (!fee.paidOn && paymentDueOn && asOf && compareLocalDates(asOf, paymentDueOn) > 0 && outcome === null) {
      // 国办函〔2020〕109号：逾期未缴纳的，视为放弃申请，行政机关不再处理该申请。
      outcome = 'outcomes.other_handling.fee_unpaid_overdue';
    }
  }

  if (waitingForCorrection || outcome === 'outcomes.other_handling.correction_overdue') {
    const progress: ClockProgress | null = asOf
      ? {
          asOf,
          status: outcome ? 'ended' : 'awaiting_correction',
          workingDaysUsed: 0,
          workingDaysRemaining: REPLY_WORKING_DAYS,
          workingDaysOverdue: 0,
          dueSoon: false,
          overdue: false,
          repliedLate: false,
        }
      : null;
    warnings.push(...calendarWarnings(calendar, receivedOn, touched, asOf));
    return {
      receivedOn,
      ...empty,
      countsFrom: null,
      correctionNoticeDueOn,
      correctionDueOn,
      outcome,
      progress,
      explanation: steps,
      warnings,
      notices,
    };
  }

  const main = walk(calendar, countsFrom, REPLY_WORKING_DAYS, pauses, say, fmt, short, {
    first: (day) => `${day}起算，计第1日`,
    nth: (n) => `第${n}日`,
  });
  const dueOn = main.end;
  touched.push(dueOn);
  let pausedWorkingDays = main.paused;
  const dueStep = steps.length;
  say(`${endLabel(dueOn)}第${REPLY_WORKING_DAYS}日，答复期限届满`);

  if (fee && compareLocalDates(fee.dispatchedOn, dueOn) > 0) {
    notices.push('收费通知应在答复期限内发出（国办函〔2020〕109号），本案发出时已超过答复期限');
  }

  // What a full extension would give, for the 延期答复告知书 and the CLI.
  const silent = () => undefined;
  const latest = walk(calendar, dueOn, MAX_EXTENSION_WORKING_DAYS, pauses, silent, fmt, short, {
    first: (d) => d,
    nth: (n) => String(n),
  });
  const latestExtendedDueOn = latest.end;
  touched.push(latestExtendedDueOn);

  let extendedDueOn: LocalDate | null = null;
  const extension = events.extension;
  if (extension) {
    // 条例第三十三条第二款：需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人 — the
    // approval must exist before the original deadline expires (README U8).
    if (compareLocalDates(extension.approvedOn, dueOn) <= 0) {
      // Told in date order: the approval comes before the original deadline it extends.
      steps.splice(dueStep, 0, `${fmt(extension.approvedOn)}经负责人同意延长答复期限${extension.workingDays}个工作日`);
      const extended = walk(calendar, dueOn, extension.workingDays, pauses, say, fmt, short, {
        first: (day) => `${day}起计延长期第1日`,
        nth: (n) => `延长期第${n}日`,
      });
      extendedDueOn = extended.end;
      pausedWorkingDays += extended.paused;
      touched.push(extendedDueOn);
      say(`${endLabel(extendedDueOn)}延长期第${extension.workingDays}日，延长的答复期限届满`);
    } else {
      const notice = `延长答复期限的审批（${short(extension.approvedOn)}）晚于原答复期限（${short(dueOn)}），不产生延期效力`;
      notices.push(notice);
      say(notice);
    }
  }

  let customDueOn: LocalDate | null = null;
  if (events.customDeadline) {
    // 条例第三十五条：申请理由合理但无法在规定期限内答复的，可以确定延迟答复的合理期限并告知申请人。
    customDueOn = events.customDeadline.dueOn;
    touched.push(customDueOn);
    say(`${short(events.customDeadline.setOn)}依条例第三十五条确定延迟答复期限至${fmt(customDueOn)}`);
  }

  if (outcome === 'outcomes.other_handling.fee_unpaid_overdue' && paymentDueOn) {
    say(`${short(paymentDueOn)}缴费期限届满未缴费，视为放弃申请，不再处理`);
  }

  const finalDueOn = customDueOn ?? extendedDueOn ?? dueOn;
  const progress = asOf
    ? progressAsOf(calendar, events, countsFrom, finalDueOn, pauses, asOf, outcome, options.dueSoonWorkingDays)
    : null;
  warnings.push(...calendarWarnings(calendar, receivedOn, touched, asOf));
  return {
    receivedOn,
    countsFrom,
    correctionNoticeDueOn,
    correctionDueOn,
    dueOn,
    latestExtendedDueOn,
    extendedDueOn,
    customDueOn,
    finalDueOn,
    paymentDueOn,
    pausedWorkingDays,
    outcome,
    progress,
    explanation: steps,
    warnings,
    notices,
  };
}

/** Events dated before the receipt they follow: a data-entry error, reported in Chinese. */
function eventsBeforeReceipt(events: ValidCaseEvents, receivedOn: LocalDate): string[] {
  const issues: string[] = [];
  const before = (date: LocalDate | undefined) => date !== undefined && compareLocalDates(date, receivedOn) < 0;
  if (before(events.correction?.requestedOn)) issues.push('补正告知日期不能早于收到申请之日。');
  if (events.consultations.some((c) => before(c.dispatchedOn))) issues.push('征求意见书发出日期不能早于收到申请之日。');
  if (before(events.extension?.approvedOn)) issues.push('延长答复期限的审批日期不能早于收到申请之日。');
  if (before(events.fee?.dispatchedOn)) issues.push('收费通知发出日期不能早于收到申请之日。');
  if (before(events.repliedOn)) issues.push('答复日期不能早于收到申请之日。');
  return issues;
}

function isPaused(date: LocalDate, pauses: readonly Pause[]): boolean {
  return pauses.some((p) => compareLocalDates(date, p.after) > 0 && compareLocalDates(date, p.through) <= 0);
}

function countCounted(
  calendar: WorkingDayCalendar,
  after: LocalDate,
  through: LocalDate,
  pauses: readonly Pause[],
): number {
  let count = 0;
  for (let d = addDays(after, 1); compareLocalDates(d, through) <= 0; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d) && !isPaused(d, pauses)) count += 1;
  }
  return count;
}

function progressAsOf(
  calendar: WorkingDayCalendar,
  events: ValidCaseEvents,
  countsFrom: LocalDate,
  finalDueOn: LocalDate,
  pauses: readonly Pause[],
  asOf: LocalDate,
  outcome: ClockOutcome | null,
  dueSoonWorkingDays: number,
): ClockProgress {
  const replied = events.repliedOn !== undefined && compareLocalDates(events.repliedOn, asOf) <= 0;
  const until = replied && events.repliedOn ? events.repliedOn : asOf;
  const used = countCounted(calendar, countsFrom, until, pauses);
  const remaining = compareLocalDates(until, finalDueOn) < 0 ? countCounted(calendar, until, finalDueOn, pauses) : 0;
  const late = compareLocalDates(until, finalDueOn) > 0;
  const overdueDays = late ? countCounted(calendar, finalDueOn, until, pauses) : 0;
  let status: ClockStatus;
  if (replied) status = 'replied';
  else if (outcome) status = 'ended';
  else if (isPaused(asOf, pauses)) status = 'paused';
  else status = 'running';
  const open = status === 'running' || status === 'paused';
  return {
    asOf,
    status,
    workingDaysUsed: used,
    workingDaysRemaining: remaining,
    workingDaysOverdue: overdueDays,
    dueSoon: open && !late && remaining <= dueSoonWorkingDays,
    overdue: open && late,
    repliedLate: replied && late,
  };
}

function calendarWarnings(
  calendar: WorkingDayCalendar,
  receivedOn: LocalDate,
  touched: readonly LocalDate[],
  asOf: LocalDate | null,
): CalendarWarning[] {
  const all = [receivedOn, ...touched, ...(asOf ? [asOf] : [])].sort();
  const first = all[0] ?? receivedOn;
  const last = all[all.length - 1] ?? receivedOn;
  return calendar.rangeWarnings(first, last);
}

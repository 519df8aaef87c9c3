// 信息处理费 under 条例第四十二条 and 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: two progressive
// (超额累进) methods, one per application; amounts are integers in 分.
import { z } from 'zod';
import type { CalendarWarning, WorkingDayCalendar } from './calendar.ts';
import { FEE_PAYMENT_WORKING_DAYS } from './clock.ts';
import { chineseDate, compareLocalDates, localDateSchema, type LocalDate } from './local-date.ts';

export const feeMethods = ['per_application', 'per_volume'] as const;
export type FeeMethod = (typeof feeMethods)[number];

export const feeMethodLabels: Record<FeeMethod, string> = {
  per_application: '按件计收',
  per_volume: '按量计收',
};

const YUAN = 100;

/** One band of a progressive scale: `count` units at `rateFen` each. */
export interface FeeBand {
  readonly from: number;
  /** Inclusive upper bound; null for the open top band. */
  readonly to: number | null;
  readonly count: number;
  readonly rateFen: number;
  readonly subtotalFen: number;
}

export interface FeeAssessment {
  readonly method: FeeMethod;
  /** The applicant's n-th application in the natural month, or the number of pages. */
  readonly quantity: number;
  readonly amountFen: number;
  readonly bands: readonly FeeBand[];
  /** The standard applied, in Chinese, for the 收费通知. */
  readonly standard: string;
}

// 国办函〔2020〕109号第四条（按件计收）：同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；
// 11—30件（含30件）的部分：100元/件；31件以上的部分：以10件为一档，每增加一档，收费标准提高100元/件。
// Reading (README U4): 31–40 → 200元/件, 41–50 → 300元/件, …
export function perApplicationRateFen(monthOrdinal: number): number {
  assertPositiveInteger(monthOrdinal, '当月申请序号');
  if (monthOrdinal <= 10) return 0;
  if (monthOrdinal <= 30) return 100 * YUAN;
  return 100 * (2 + Math.floor((monthOrdinal - 31) / 10)) * YUAN;
}

// 国办函〔2020〕109号第五条（按量计收）：30页以下（含30页）的，不收费；31—100页（含100页）的部分：10元/页；
// 101—200页（含200页）的部分：20元/页；200页以上的部分：40元/页。
const VOLUME_BANDS: readonly { from: number; to: number | null; rateFen: number }[] = [
  { from: 1, to: 30, rateFen: 0 },
  { from: 31, to: 100, rateFen: 10 * YUAN },
  { from: 101, to: 200, rateFen: 20 * YUAN },
  { from: 201, to: null, rateFen: 40 * YUAN },
];

function assertPositiveInteger(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${what}应为正整数，收到：${value}`);
}

/** 按件计收: the fee for the applicant's `monthOrdinal`-th application of the month (the bands up to it). */
export function assessPerApplication(monthOrdinal: number): FeeAssessment {
  const rateFen = perApplicationRateFen(monthOrdinal);
  const band = perApplicationBand(monthOrdinal);
  return {
    method: 'per_application',
    quantity: monthOrdinal,
    amountFen: rateFen,
    bands: [{ from: band.from, to: band.to, count: 1, rateFen, subtotalFen: rateFen }],
    standard:
      `按件计收：本件为申请人本自然月内第${monthOrdinal}件申请，适用${band.from}—${band.to}件档，` +
      `收费标准${formatYuan(rateFen)}/件（国办函〔2020〕109号第四条）`,
  };
}

function perApplicationBand(n: number): { from: number; to: number } {
  if (n <= 10) return { from: 1, to: 10 };
  if (n <= 30) return { from: 11, to: 30 };
  const from = 31 + Math.floor((n - 31) / 10) * 10;
  return { from, to: from + 9 };
}

/** Sum of 按件 fees for an applicant with `count` applications in one natural month, by band. */
export function perApplicationMonthTotal(count: number): { amountFen: number; bands: FeeBand[] } {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`申请件数应为非负整数，收到：${count}`);
  const bands: FeeBand[] = [];
  for (let n = 1; n <= count; n += 1) {
    const band = perApplicationBand(n);
    const rateFen = perApplicationRateFen(n);
    const last = bands[bands.length - 1];
    if (last && last.from === band.from) {
      bands[bands.length - 1] = { ...last, count: last.count + 1, subtotalFen: last.subtotalFen + rateFen };
    } else {
      bands.push({ from: band.from, to: band.to, count: 1, rateFen, subtotalFen: rateFen });
    }
  }
  return { amountFen: bands.reduce((sum, b) => sum + b.subtotalFen, 0), bands };
}

/** 按量计收 for an application whose output has `pages` (A4-equivalent) pages. */
export function assessPerVolume(pages: number): FeeAssessment {
  assertPositiveInteger(pages, '页数');
  const bands: FeeBand[] = [];
  for (const band of VOLUME_BANDS) {
    if (pages < band.from) break;
    const top = band.to === null ? pages : Math.min(pages, band.to);
    const count = top - band.from + 1;
    bands.push({ from: band.from, to: band.to, count, rateFen: band.rateFen, subtotalFen: count * band.rateFen });
  }
  const amountFen = bands.reduce((sum, b) => sum + b.subtotalFen, 0);
  const parts = bands
    .filter((b) => b.rateFen > 0)
    .map((b) => `${b.to === null ? `${b.from - 1}页以上` : `${b.from}—${b.to}页`}部分${b.count}页×${formatYuan(b.rateFen)}/页`);
  return {
    method: 'per_volume',
    quantity: pages,
    amountFen,
    bands,
    standard:
      `按量计收：共${pages}页，30页以下（含30页）不收费` +
      (parts.length > 0 ? `，${parts.join('，')}` : '') +
      '（国办函〔2020〕109号第五条）',
  };
}

/** “2,500.00元” */
export function formatYuan(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError(`金额应以分为单位的整数，收到：${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan}.${cents}元`;
}

/**
 * 按件计收 counts “同一申请人一个自然月内” applications: the n-th of the month, in order of receipt.
 * Returns each application's ordinal; ties on a date keep the given order (the register's sequence).
 */
export function monthOrdinals<T extends { readonly receivedOn: LocalDate }>(applications: readonly T[]): Map<T, number> {
  const sorted = applications
    .map((application, index) => ({ application, index }))
    .sort((a, b) => compareLocalDates(a.application.receivedOn, b.application.receivedOn) || a.index - b.index);
  const ordinals = new Map<T, number>();
  const perMonth = new Map<string, number>();
  for (const { application } of sorted) {
    const month = application.receivedOn.slice(0, 7);
    const n = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, n);
    ordinals.set(application, n);
  }
  return ordinals;
}

/** 国办函〔2020〕109号：申请人应当自收到收费通知的次日起20个工作日内缴纳费用。 */
export function paymentDueOn(
  calendar: WorkingDayCalendar,
  noticeReceivedOn: LocalDate,
): { date: LocalDate; warnings: readonly CalendarWarning[] } {
  return calendar.addWorkingDays(noticeReceivedOn, FEE_PAYMENT_WORKING_DAYS);
}

export type PaymentState = 'paid' | 'awaiting_payment' | 'lapsed';

/** 国办函〔2020〕109号：逾期未缴纳的，视为放弃申请 → table 三 `outcomes.other_handling.fee_unpaid_overdue`. */
export function paymentState(dueOn: LocalDate, paidOn: LocalDate | null, asOf: LocalDate): PaymentState {
  if (paidOn !== null && compareLocalDates(paidOn, dueOn) <= 0) return 'paid';
  if (paidOn !== null) return 'lapsed';
  return compareLocalDates(asOf, dueOn) > 0 ? 'lapsed' : 'awaiting_payment';
}

export const FEE_UNPAID_OUTCOME = 'outcomes.other_handling.fee_unpaid_overdue' as const;

export const feeNoticeInputSchema = z.object({
  agencyName: z.string().trim().min(1, '请填写行政机关名称。'),
  applicantName: z.string().trim().min(1, '请填写申请人姓名或名称。'),
  applicationNumber: z.string().trim().min(1, '请填写申请编号。'),
  receivedOn: localDateSchema,
  requestSummary: z.string().trim().min(1, '请填写申请内容摘要。'),
  paymentMethod: z.string().trim().min(1, '请填写缴费方式（账户、地点等）。'),
  /** Whether the organ pauses the reply clock during the payment window (README U3). */
  pausesClock: z.boolean().default(true),
});
export type FeeNoticeInput = z.input<typeof feeNoticeInputSchema>;

/** The contents of a 信息处理费收费通知书 (spec §10.4): basis, standard, amount, how and by when to pay. */
export interface FeeNotice {
  readonly title: string;
  readonly addressee: string;
  readonly paragraphs: readonly string[];
  readonly amountFen: number;
}

export function buildFeeNotice(input: FeeNoticeInput, assessment: FeeAssessment): FeeNotice {
  const data = feeNoticeInputSchema.parse(input);
  return {
    title: `${data.agencyName}信息处理费收费通知书`,
    addressee: `${data.applicantName}：`,
    amountFen: assessment.amountFen,
    paragraphs: [
      `本机关于${chineseDate(data.receivedOn, true)}收到您提出的政府信息公开申请（申请编号：${data.applicationNumber}），` +
        `申请内容为：${data.requestSummary}。`,
      '根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，' +
        '申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费。',
      `收费方式和标准：${assessment.standard}。`,
      `应缴金额：${formatYuan(assessment.amountFen)}。`,
      `请您自收到本通知的次日起${FEE_PAYMENT_WORKING_DAYS}个工作日内缴纳，缴费方式：${data.paymentMethod}。` +
        '缴费后本机关将出具财政票据。',
      '逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
      ...(data.pausesClock ? ['您缴费期间不计算在答复期限内，本机关自收到费用之日起继续计算答复期限。'] : []),
    ],
  };
}

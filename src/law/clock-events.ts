// What the reply clock needs to know about a case: how and when the application arrived, the one 补正
// round, consultations, an extension, a fee notice, an Art. 35 deadline, the reply. Validated with zod
// because these arrive from forms, the database and the CLI.
import { z } from 'zod';
import { compareLocalDates, localDateSchema, type LocalDate } from './local-date.ts';

export const receiptChannels = ['in_person', 'post_signed', 'post_ordinary', 'online', 'email', 'fax'] as const;
export type ReceiptChannel = (typeof receiptChannels)[number];

/** How each channel fixes 收到申请之日 (条例第三十一条). */
export const receiptChannelLabels: Record<ReceiptChannel, string> = {
  in_person: '当面提交，以提交之日为收到申请之日',
  post_signed: '邮寄，以本机关签收之日为收到申请之日',
  post_ordinary: '平常信函，以与申请人确认之日为收到申请之日',
  online: '互联网渠道提交，以双方确认之日为收到申请之日',
  email: '电子邮件提交，以双方确认之日为收到申请之日',
  fax: '传真提交，以双方确认之日为收到申请之日',
};

const optionalDate = localDateSchema.optional();

export const receiptSchema = z.object({
  channel: z.enum(receiptChannels, { error: '提交方式只能是：当面、邮寄签收、平常信函、网上、电子邮件、传真。' }),
  /** Handed in (当面) or the day the letter / online submission arrived. */
  arrivedOn: optionalDate,
  /** 邮寄签收: the day the organ signed for it. */
  signedOn: optionalDate,
  /** 平常信函 / 网上 / 邮件 / 传真: the day both sides confirmed. */
  confirmedOn: optionalDate,
  /** The platform's automatic confirmation (counts only where the organ has chosen so, README U8). */
  autoConfirmedOn: optionalDate,
});
export type Receipt = z.infer<typeof receiptSchema>;

export const correctionSchema = z.object({
  /** The 补正告知书 was issued. */
  requestedOn: localDateSchema,
  /** Deadline the notice gave the applicant; defaults to the configured period after `requestedOn`. */
  dueOn: optionalDate,
  /** The corrected application arrived. */
  correctedOn: optionalDate,
});
export type Correction = z.infer<typeof correctionSchema>;

export const consultationSchema = z.object({
  party: z.enum(['third_party', 'other_organ'], { error: '征求意见对象只能是第三方或其他机关。' }),
  dispatchedOn: localDateSchema,
  /** The consulted party received the letter (delivery proof). */
  deliveredOn: optionalDate,
  repliedOn: optionalDate,
});
export type Consultation = z.infer<typeof consultationSchema>;

export const extensionSchema = z.object({
  /** The head of the 政府信息公开工作机构 approved (条例第三十三条第二款). */
  approvedOn: localDateSchema,
  workingDays: z
    .number({ error: '延长天数应为整数。' })
    .int('延长天数应为整数。')
    .min(1, '延长天数至少为1个工作日。')
    .max(20, '延长答复的期限最长不得超过20个工作日（条例第三十三条第二款）。'),
});
export type Extension = z.infer<typeof extensionSchema>;

export const feeNoticeSchema = z.object({
  dispatchedOn: localDateSchema,
  /** The applicant received the 收费通知 — the payment window runs from the next day. */
  receivedOn: optionalDate,
  paidOn: optionalDate,
});
export type FeeNoticeEvents = z.infer<typeof feeNoticeSchema>;

export const customDeadlineSchema = z.object({
  /** 条例第三十五条: the organ fixed a reasonable later deadline and told the applicant. */
  setOn: localDateSchema,
  dueOn: localDateSchema,
});

export const caseEventsSchema = z
  .object({
    receipt: receiptSchema,
    correction: correctionSchema.optional(),
    consultations: z.array(consultationSchema).default([]),
    extension: extensionSchema.optional(),
    fee: feeNoticeSchema.optional(),
    customDeadline: customDeadlineSchema.optional(),
    repliedOn: optionalDate,
  })
  .superRefine((events, ctx) => {
    const before = (a: LocalDate | undefined, b: LocalDate | undefined) =>
      a !== undefined && b !== undefined && compareLocalDates(a, b) < 0;
    const r = events.receipt;
    if (r.channel === 'in_person' && r.arrivedOn === undefined && r.confirmedOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['receipt', 'arrivedOn'], message: '当面提交的申请须填写提交日期。' });
    }
    if (r.channel === 'post_signed' && r.signedOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['receipt', 'signedOn'], message: '邮寄签收的申请须填写签收日期。' });
    }
    if (before(r.confirmedOn, r.arrivedOn)) {
      ctx.addIssue({ code: 'custom', path: ['receipt', 'confirmedOn'], message: '确认日期不能早于申请到达日期。' });
    }
    const c = events.correction;
    if (c && before(c.correctedOn, c.requestedOn)) {
      ctx.addIssue({ code: 'custom', path: ['correction', 'correctedOn'], message: '收到补正的日期不能早于发出补正告知的日期。' });
    }
    events.consultations.forEach((consultation, index) => {
      if (before(consultation.deliveredOn, consultation.dispatchedOn)) {
        ctx.addIssue({ code: 'custom', path: ['consultations', index, 'deliveredOn'], message: '征求意见书送达日期不能早于发出日期。' });
      }
      if (before(consultation.repliedOn, consultation.dispatchedOn)) {
        ctx.addIssue({ code: 'custom', path: ['consultations', index, 'repliedOn'], message: '收到意见的日期不能早于发出征求意见书的日期。' });
      }
    });
    const f = events.fee;
    if (f && before(f.receivedOn, f.dispatchedOn)) {
      ctx.addIssue({ code: 'custom', path: ['fee', 'receivedOn'], message: '申请人收到收费通知的日期不能早于通知发出日期。' });
    }
    if (f && before(f.paidOn, f.dispatchedOn)) {
      ctx.addIssue({ code: 'custom', path: ['fee', 'paidOn'], message: '缴费日期不能早于收费通知发出日期。' });
    }
    const d = events.customDeadline;
    if (d && before(d.dueOn, d.setOn)) {
      ctx.addIssue({ code: 'custom', path: ['customDeadline', 'dueOn'], message: '依条例第三十五条确定的答复期限不能早于确定之日。' });
    }
  });
export type CaseEvents = z.input<typeof caseEventsSchema>;
export type ValidCaseEvents = z.output<typeof caseEventsSchema>;

/** Choices the law leaves to the organ (README U3, U8); the defaults are the spec's product defaults. */
export const clockOptionsSchema = z.object({
  /** 合理的补正期限 when the notice names none (条例第三十条 fixes no number). */
  correctionPeriodWorkingDays: z.number().int().min(1).max(60).default(15),
  /** Reply clock paused from dispatch of the 收费通知 until payment (README U3). */
  feeWindowPausesClock: z.boolean().default(true),
  /** Treat the platform's automatic confirmation as 双方确认之日 (README U8, default off). */
  acceptAutoConfirmation: z.boolean().default(false),
  /** “Due soon” when this many working days or fewer remain. */
  dueSoonWorkingDays: z.number().int().min(0).max(20).default(3),
});
export type ClockOptions = z.input<typeof clockOptionsSchema>;

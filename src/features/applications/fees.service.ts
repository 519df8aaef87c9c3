// Fees (国办函〔2020〕109号《政府信息公开信息处理费管理办法》): the fee notice and the payment.
import { assessPerApplication, assessPerVolume, formatYuan, paymentDueOn } from '../../law/fees.ts';
import type { LocalDate } from '../../law/local-date.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import * as repo from './applications.repository.ts';
import { feeNoticeSchema, paymentSchema } from './applications.schemas.ts';
import { step } from './case-step.ts';
import { actorId, nowText, parse, type ApplicationsDeps } from './service-support.ts';

/** 国办函〔2020〕109号：收费通知应在答复期限内发出；金额按件或按量计收，只能选一种。 */
export async function issueFeeNotice(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<number> {
  const data = parse(feeNoticeSchema, input);
  const assessment = data.method === 'per_application' ? assessPerApplication(data.monthOrdinal!) : assessPerVolume(data.pages!);
  if (assessment.amountFen === 0) {
    throw new ValidationError({ [data.method === 'per_application' ? 'monthOrdinal' : 'pages']: `按${assessment.standard}，本件不收费，无需发出收费通知` });
  }
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'issue_fee_notice',
    detail: { method: data.method, amountFen: assessment.amountFen, sentOn: data.sentOn },
    summary: `发出收费通知，金额${formatYuan(assessment.amountFen)}`,
    records: async (tx) =>
      repo.insertFeeNotice(tx, {
        id: deps.ctx.newId(),
        application_id: id,
        agency_id: agencyId,
        method: data.method,
        month_ordinal: data.monthOrdinal ?? null,
        pages: data.pages ?? null,
        amount_fen: assessment.amountFen,
        notice_sent_on: data.sentOn,
        notice_received_on: data.receivedOn ?? null,
        paid_on: null,
        paid_amount_fen: null,
        receipt_no: null,
        created_by: actorId(actor),
        created_at: nowText(deps.ctx),
      }),
  });
  return assessment.amountFen;
}

export async function recordPayment(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(paymentSchema, input);
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'record_payment',
    detail: { paidOn: data.paidOn, receiptNo: data.receiptNo },
    summary: `登记缴费（${data.paidOn}，票据${data.receiptNo}）`,
    records: async (tx) => {
      const { fees } = await repo.clockRecords(tx, agencyId, [id]);
      const open = fees.find((f) => !f.paid_on);
      if (!open) throw new ConflictError('没有待缴费的收费通知。');
      // 国办函〔2020〕109号：自收到通知次日起20个工作日内缴纳；逾期缴纳按放弃申请处理，不能登记为已缴费。
      const due = paymentDueOn(deps.calendar, (open.notice_received_on ?? open.notice_sent_on) as LocalDate).date;
      if (data.paidOn > due) throw new ValidationError({ paidOn: `缴费期限已于${due}届满，逾期未缴费的应按“逾期未缴纳费用、不再处理”答复。` });
      await repo.updateFeeNotice(tx, agencyId, open.id, { paid_on: data.paidOn, paid_amount_fen: open.amount_fen, receipt_no: data.receiptNo });
    },
  });
}

// The form of a 行政复议 / 行政诉讼 record. zod at the boundary; messages in Chinese.
import { z } from 'zod';
import { reconsiderationProcedures } from '../../law/appeal-deadlines.ts';
import { localDateProblem } from '../../law/local-date.ts';
import { APPEAL_KINDS, APPEAL_RESULTS } from './domain/appeal.ts';

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const problem = localDateProblem(v);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: `${label}：${problem}` });
        return z.NEVER;
      }
      return v;
    });

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字。`)
    .optional()
    .transform((v) => (v ? v : null));

export const appealInputSchema = z
  .object({
    kind: z.enum(APPEAL_KINDS, { error: '请选择案件类型：行政复议、未经复议直接起诉或复议后起诉。' }),
    procedure: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.enum(reconsiderationProcedures, { error: '请选择普通程序或简易程序。' }).nullable()),
    bodyName: z.string({ error: '请填写行政复议机关或受理法院。' }).trim().min(2, '请填写行政复议机关或受理法院的全称。').max(100, '名称不能超过 100 个字。'),
    caseNumber: optionalText(60, '案号'),
    applicantName: optionalText(100, '申请人（原告）'),
    matter: z.string({ error: '请写明案由。' }).trim().min(4, '请写明案由，例如“不服对某某申请的答复”，至少 4 个字。').max(500, '案由不能超过 500 个字。'),
    filedOn: z
      .string({ error: '请填写申请复议或起诉的日期。' })
      .trim()
      .min(1, '请填写申请复议或起诉的日期。')
      .transform((v, ctx) => {
        const problem = localDateProblem(v);
        if (problem) {
          ctx.addIssue({ code: 'custom', message: `申请复议或起诉日期：${problem}` });
          return z.NEVER;
        }
        return v;
      }),
    receivedOn: optionalDate('收到副本日期'),
    answeredOn: optionalDate('提交答复（答辩）日期'),
    concludedOn: optionalDate('审结日期'),
    result: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.enum(APPEAL_RESULTS, { error: '请选择审理结果。' }).nullable()),
    applicationNumber: optionalText(40, '申请编号'),
    reconsiderationId: optionalText(64, '所涉行政复议'),
    notes: optionalText(2000, '备注'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'administrative_reconsideration' && v.procedure === null)
      ctx.addIssue({ code: 'custom', path: ['procedure'], message: '行政复议请选择普通程序或简易程序（见受理通知书；政府信息公开案件可适用简易程序）。' });
    if ((v.concludedOn === null) !== (v.result === null))
      ctx.addIssue({ code: 'custom', path: [v.result === null ? 'result' : 'concludedOn'], message: '已审结的案件请同时填写审结日期和审理结果；尚未审结的两项都不填。' });
    if (v.receivedOn && v.receivedOn < v.filedOn) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: '收到副本的日期不能早于申请复议或起诉的日期。' });
    if (v.answeredOn && (!v.receivedOn || v.answeredOn < v.receivedOn))
      ctx.addIssue({ code: 'custom', path: ['answeredOn'], message: '提交答复（答辩）的日期应在收到副本之后，请先填写收到副本日期。' });
    if (v.concludedOn && v.concludedOn < v.filedOn) ctx.addIssue({ code: 'custom', path: ['concludedOn'], message: '审结日期不能早于申请复议或起诉的日期。' });
    if (v.reconsiderationId && v.kind !== 'litigation_after_reconsideration')
      ctx.addIssue({ code: 'custom', path: ['reconsiderationId'], message: '只有“复议后起诉”才关联行政复议。' });
  })
  .transform((v) => ({ ...v, procedure: v.kind === 'administrative_reconsideration' ? v.procedure : null }));

export type AppealInput = z.output<typeof appealInputSchema>;

// Every input of the applications feature, validated with zod and worded in Chinese (DESIGN §5).
// Routes parse forms with these; services parse again, because the CLI and the demo loader call them too.
import { z } from 'zod';
import { localDateSchema } from '../../law/local-date.ts';
import { replyTypes, withholdingGrounds, type WithholdingGround } from '../../law/replies.ts';
import { applicantTypes } from './domain/applicant-types.ts';
import { deliveryChannels, deliveryForms, idDocumentTypes, submissionChannels } from './domain/channels.ts';
import { isValidCreditCode, isValidPhone, isValidResidentId } from './domain/identity-numbers.ts';
import { isTemplateKey } from './domain/notice-letters.ts';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const text = (label: string, max: number) =>
  z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字`);
const optional = (label: string, max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label}最多 ${max} 个字`).optional());
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });
const withholdingGroundIds = withholdingGrounds.map((g) => g.id) as [WithholdingGround, ...WithholdingGround[]];
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1' || v === true, z.boolean());

/** What an applicant types (portal) or staff transcribe (register): 条例第二十九条第二款 mandatory content. */
const applicantFields = {
  applicantType: choice(applicantTypes, '请选择申请人类型'),
  name: text('姓名或名称', 100),
  idDocumentType: choice(idDocumentTypes, '请选择身份证明的种类'),
  idNumber: text('证件号码', 40),
  phone: z
    .string({ error: '请填写联系电话' })
    .trim()
    .min(1, '请填写联系电话')
    .refine(isValidPhone, '联系电话格式不正确，请填写 11 位手机号或带区号的固定电话，例如 0851-81234567'),
  email: z.preprocess(blankToUndefined, z.email('电子邮箱格式不正确，例如 name@example.com').max(200).optional()),
  address: optional('通信地址', 200),
  postalCode: z.preprocess(blankToUndefined, z.string().trim().regex(/^\d{6}$/, '邮政编码应为 6 位数字').optional()),
  agentName: optional('代理人', 100),
  description: text('所需信息的名称、文号或内容描述', 4000).refine((s) => s.length >= 4, '请至少用几个字描述所需的政府信息，便于查找'),
  documentNo: optional('文号', 100),
  // 2019年修订删除了“三需要”：用途不得作为必填项（spec §1）。
  purpose: optional('用途', 500),
  deliveryForm: choice(deliveryForms, '请选择获取信息的形式'),
  deliveryChannel: choice(deliveryChannels, '请选择获取信息的途径'),
};

function checkIdentity<T extends { applicantType: string; idDocumentType: string; idNumber: string; email?: string | undefined; deliveryChannel: string; deliveryForm: string; address?: string | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.idDocumentType === 'resident_id' && !isValidResidentId(value.idNumber)) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '居民身份证号码不正确，请核对 18 位号码（最后一位可能是 X）' });
  }
  if (value.idDocumentType === 'credit_code' && !isValidCreditCode(value.idNumber)) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '统一社会信用代码不正确，请核对营业执照上的 18 位代码' });
  }
  if (value.applicantType !== 'natural_person' && value.idDocumentType !== 'credit_code' && value.idDocumentType !== 'other') {
    ctx.addIssue({ code: 'custom', path: ['idDocumentType'], message: '法人或其他组织请选择“统一社会信用代码”或“其他身份证明”' });
  }
  if ((value.deliveryChannel === 'email' || value.deliveryForm === 'email') && !value.email) {
    ctx.addIssue({ code: 'custom', path: ['email'], message: '选择通过电子邮件获取信息时，请填写电子邮箱' });
  }
  if (value.deliveryChannel === 'post' && !value.address) {
    ctx.addIssue({ code: 'custom', path: ['address'], message: '选择邮寄时，请填写通信地址' });
  }
}

/** The portal form (/gk/<agency>/apply). `submissionKey` is generated in the page so a resubmission is recognised. */
export const portalApplicationSchema = z
  .object({
    ...applicantFields,
    submissionKey: z.string({ error: '页面已过期，请刷新后重新提交' }).trim().regex(/^[A-Za-z0-9_-]{16,64}$/, '页面已过期，请刷新后重新提交'),
  })
  .superRefine(checkIdentity);
export type PortalApplicationInput = z.input<typeof portalApplicationSchema>;
export type PortalApplication = z.output<typeof portalApplicationSchema>;

/** Staff registration of an application received in person, by post, fax or e-mail (条例第三十一条). */
export const registerApplicationSchema = z
  .object({
    ...applicantFields,
    channel: choice(submissionChannels, '请选择提交方式'),
    arrivedOn: localDateSchema,
    /** 签收日期 / 确认日期 when known at registration. */
    receivedOn: z.preprocess(blankToUndefined, localDateSchema.optional()),
    receiptEvidence: optional('收件凭据（快递单号、确认方式等）', 500),
    // 条例第二十九条第一款：书写确有困难的，可以口头提出，由受理机关代为填写。
    oralApplication: checkbox.default(false),
    submissionKey: z.preprocess(blankToUndefined, z.string().trim().regex(/^[A-Za-z0-9_-]{16,64}$/).optional()),
  })
  .superRefine((value, ctx) => {
    checkIdentity(value, ctx);
    if (value.receivedOn && value.receivedOn < value.arrivedOn) {
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: '签收或确认日期不能早于申请到达日期' });
    }
    if (value.channel === 'post_signed' && !value.receivedOn) {
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: '邮寄签收的申请请填写签收日期（条例第三十一条第（二）项）' });
    }
  });
export type RegisterApplicationInput = z.input<typeof registerApplicationSchema>;

export const confirmReceiptSchema = z.object({
  confirmedOn: localDateSchema,
  method: text('确认方式（电话、短信、平台回执等）', 200),
});

export const assignSchema = z.object({ assigneeId: text('承办人', 64) });
export const noteSchema = z.object({ body: text('备注内容', 4000) });

export const correctionRequestSchema = z.object({
  requestedOn: localDateSchema,
  items: text('需补正的事项', 4000),
  correctionDueOn: localDateSchema,
}).refine((v) => v.correctionDueOn > v.requestedOn, { path: ['correctionDueOn'], message: '补正期限应晚于告知日期' });

export const correctionReceivedSchema = z.object({ correctedOn: localDateSchema });

export const consultationSchema = z.object({
  partyKind: choice(['third_party', 'other_organ'] as const, '请选择征求意见的对象'),
  partyName: text('被征求意见方名称', 200),
  subject: text('征求意见的内容', 2000),
  dispatchedOn: localDateSchema,
  partyReceivedOn: z.preprocess(blankToUndefined, localDateSchema.optional()),
});

export const consultationReplySchema = z.object({
  consultationId: text('征求意见记录', 64),
  repliedOn: z.preprocess(blankToUndefined, localDateSchema.optional()),
  partyReceivedOn: z.preprocess(blankToUndefined, localDateSchema.optional()),
  position: choice(['agrees', 'objects', 'no_reply'] as const, '请选择对方意见'),
  summary: optional('意见摘要', 2000),
});

export const extensionSchema = z.object({
  approvedOn: localDateSchema,
  reason: text('延期理由', 1000),
});

export const feeNoticeSchema = z
  .object({
    method: choice(['per_application', 'per_volume'] as const, '请选择计费方式'),
    monthOrdinal: z.preprocess(blankToUndefined, z.coerce.number().int().min(1, '本月第几件应为正整数').optional()),
    pages: z.preprocess(blankToUndefined, z.coerce.number().int().min(1, '页数应为正整数').optional()),
    sentOn: localDateSchema,
    receivedOn: z.preprocess(blankToUndefined, localDateSchema.optional()),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'per_application' && v.monthOrdinal === undefined) ctx.addIssue({ code: 'custom', path: ['monthOrdinal'], message: '按件计收请填写该申请人本月第几件申请' });
    if (v.method === 'per_volume' && v.pages === undefined) ctx.addIssue({ code: 'custom', path: ['pages'], message: '按量计收请填写页数' });
  });

export const paymentSchema = z.object({
  paidOn: localDateSchema,
  receiptNo: text('财政票据号码', 100),
});

/** Rows of the reply form's “不予公开的内容及理由” table; more than enough for one reply. */
export const MAX_WITHHELD_ROWS = 6;

const groundRow = z.object({
  part: optional('不予公开的内容', 500),
  ground: z.preprocess(blankToUndefined, choice(withholdingGroundIds, '请选择不予公开的依据').optional()),
  reason: optional('理由', 2000),
});

/**
 * The form sends `grounds.<n>.part|ground|reason`; programmatic callers may send a `grounds` array.
 * Both become one array whose positions match the form's rows, so an error points at the right field.
 */
function collectGrounds(input: unknown): unknown {
  if (input === null || typeof input !== 'object') return input;
  const source = input as Record<string, unknown>;
  const rows: Array<Record<string, unknown>> = Array.isArray(source.grounds) ? source.grounds.map((r) => ({ ...(r as object) })) : [];
  for (const [key, value] of Object.entries(source)) {
    const m = /^grounds\.(\d{1,2})\.(part|ground|reason)$/.exec(key);
    if (!m) continue;
    const index = Number(m[1]);
    if (index >= MAX_WITHHELD_ROWS) continue;
    while (rows.length <= index) rows.push({});
    rows[index]![m[2]!] = value;
  }
  return { ...source, grounds: rows };
}

export const replySchema = z.preprocess(
  collectGrounds,
  z
    .object({
      replyType: choice(replyTypes, '请选择答复类型'),
      decidedOn: localDateSchema,
      reasons: optional('理由', 4000),
      legalBasis: optional('法律依据', 1000),
      grounds: z.array(groundRow).max(MAX_WITHHELD_ROWS, `最多列明 ${MAX_WITHHELD_ROWS} 项不予公开的内容`).default([]),
      provided: optional('提供的信息', 4000),
      letterBody: optional('答复书正文', 20000),
    })
    .superRefine((value, ctx) => {
      const partial = value.replyType === 'partially_disclosed';
      const refusal = value.replyType.startsWith('withheld_');
      value.grounds.forEach((row, i) => {
        if (!row.part && !row.ground && !row.reason) return;
        // 条例第三十六条第（三）项、第三十七条：only a refusal or a partial disclosure withholds anything.
        if (!partial && !refusal) {
          ctx.addIssue({ code: 'custom', path: ['grounds', i, 'ground'], message: '只有“部分公开”或“不予公开”的答复才列明不予公开的内容，请清空此行或改选答复类型' });
          return;
        }
        if (partial && !row.part) ctx.addIssue({ code: 'custom', path: ['grounds', i, 'part'], message: '请写明不予公开的是哪一部分内容' });
        if (!row.ground) ctx.addIssue({ code: 'custom', path: ['grounds', i, 'ground'], message: '请选择这部分内容不予公开的依据' });
        if (!row.reason) ctx.addIssue({ code: 'custom', path: ['grounds', i, 'reason'], message: '请说明不予公开的理由（条例第三十六条第（三）项、第三十七条）' });
      });
      if (partial && !value.grounds.some((row) => row.part || row.ground || row.reason)) {
        ctx.addIssue({ code: 'custom', path: ['grounds', 0, 'part'], message: '部分公开须逐项列明不予公开的内容、依据和理由（条例第三十七条）' });
      }
    })
    .transform(({ grounds, ...rest }) => ({
      ...rest,
      // Blank rows of the form are dropped once the filled ones are known to be complete.
      withheld: grounds
        .filter((row) => row.ground && row.reason)
        .map((row) => ({ part: row.part ?? null, ground: row.ground!, reason: row.reason! })),
    })),
);

/** 条例第三十五条：a reasonable later deadline, with its reason, told to the applicant. */
export const customDeadlineSchema = z.object({
  setOn: localDateSchema,
  dueOn: localDateSchema,
  reason: text('延迟答复的理由', 1000),
  legalBasis: z.preprocess(blankToUndefined, z.string().trim().max(500, '法律依据最多 500 个字').default('《中华人民共和国政府信息公开条例》第三十五条')),
});

/** 条例第四十四条：the 主动公开 draft made from an answered case — what the catalogue needs to start. */
export const publicationSchema = z.object({
  category: text('信息分类', 41),
  title: text('标题', 200),
  summary: text('内容概述', 2000),
  body: text('正文', 200_000),
  topicCategory: text('主题分类', 60),
  writtenOn: localDateSchema,
});

export const deliverySchema = z.object({
  method: choice(deliveryChannels, '请选择送达方式'),
  deliveredOn: localDateSchema,
  proof: optional('送达凭证（邮件单号、签收人等）', 500),
});

export const withdrawSchema = z.object({ withdrawnOn: localDateSchema, note: optional('撤回说明', 1000) });

export const templateSchema = z.object({
  kind: z.string().refine(isTemplateKey, '未知的告知书类型'),
  title: text('标题', 200),
  body: text('正文', 20000),
});

export const trackSchema = z.object({
  applicationNumber: text('申请编号', 64),
  queryCode: text('查询码', 32),
});

export const caseListSchema = z.object({
  agency: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  status: z.preprocess(blankToUndefined, z.string().max(40).optional()),
  q: optional('关键词', 100),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100000).default(1)),
});

// Validation at the boundary (forms, CLI, demo data): every message is Chinese and names the field.
import { z } from 'zod';
import { localDateSchema } from '../../law/local-date.ts';
import { AUDIENCES, CATEGORY_ID_PATTERN, DISCLOSURE_MODES, VALIDITY } from './domain/categories.ts';
import { validateChain } from './domain/workflow.ts';
import { validateIndexPattern } from './domain/index-number.ts';
import { CHANNEL_KINDS } from './catalogue.tables.ts';

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}。` })
    .trim()
    .min(1, { message: `请填写${label}。` })
    .max(max, { message: `${label}不能超过 ${max} 个字。` });

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字。` })
    .optional()
    .transform((v) => (v === undefined || v === '' ? null : v));

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v))
  .pipe(localDateSchema.optional())
  .transform((v) => v ?? null);

const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('1'), z.literal('true'), z.literal(''), z.literal('0'), z.literal('false')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === '1' || v === 'true');

/** 文号 such as 岭政发〔2024〕7号: always full-width 〔〕 (active-disclosure.md §5). */
export const DOCUMENT_NO_PATTERN = /^[\p{Script=Han}A-Za-z0-9（）()·]{1,30}〔\d{4}〕\d{1,5}号$/u;

export const itemInputSchema = z
  .object({
    title: text('标题', 200),
    summary: text('内容概述', 2000),
    body: text('正文', 200_000),
    publisher: text('发布机构', 100),
    writtenOn: localDateSchema,
    documentNo: optionalText('文号', 60).refine((v) => v === null || DOCUMENT_NO_PATTERN.test(v.replace(/[[［]/g, '〔').replace(/[\]］]/g, '〕')), {
      message: '文号格式应为“机关代字〔年份〕序号号”，例如“岭政发〔2024〕7号”（使用六角括号〔〕）。',
    }),
    topicCategory: text('主题分类', 60),
    category: z.string({ error: '请选择信息分类。' }).trim().regex(CATEGORY_ID_PATTERN, { message: '请选择信息分类。' }),
    genre: optionalText('体裁', 20),
    validity: z
      .enum(Object.keys(VALIDITY) as [keyof typeof VALIDITY, ...Array<keyof typeof VALIDITY>], { error: '有效性只能是有效、失效或废止。' })
      .or(z.literal(''))
      .optional()
      .transform((v) => (v ? v : null)),
    effectiveOn: optionalDate,
    abolishedOn: optionalDate,
    expiresOn: optionalDate,
    disclosureMode: z.enum(Object.keys(DISCLOSURE_MODES) as ['proactive', 'on_request', 'not_disclosed'], { error: '请选择公开属性。' }).default('proactive'),
    audience: z.enum(Object.keys(AUDIENCES) as ['public', 'specific'], { error: '请选择公开对象。' }).default('public'),
    keywords: optionalText('关键词', 200),
    source: optionalText('信息来源', 100),
    isNormativeDocument: checkbox,
    /** 公开时限 in working days when the standard catalogue sets a shorter one (条例第二十六条). */
    releaseWorkingDays: z.coerce.number({ error: '公开时限应为数字。' }).int().min(1, { message: '公开时限至少 1 个工作日。' }).max(20, { message: '公开时限不能超过条例第二十六条规定的 20 个工作日。' }).default(20),
  })
  .superRefine((v, ctx) => {
    if (v.documentNo) v.documentNo = v.documentNo.replace(/[[［]/g, '〔').replace(/[\]］]/g, '〕');
    if (v.abolishedOn && v.abolishedOn < v.writtenOn) ctx.addIssue({ code: 'custom', path: ['abolishedOn'], message: '废止日期不能早于成文日期。' });
    if (v.expiresOn && v.expiresOn < v.writtenOn) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: '有效期届满日期不能早于成文日期。' });
    if (v.abolishedOn && v.validity !== 'abolished') v.validity = 'abolished';
    if (v.isNormativeDocument && !v.validity) v.validity = 'valid';
  });
export type ItemInput = z.input<typeof itemInputSchema>;
export type ItemFields = z.output<typeof itemInputSchema>;

export const workflowInputSchema = z.object({
  event: z.enum(['submit', 'pass_security_review', 'approve', 'return', 'revise', 'withdraw'], { error: '请选择要执行的操作。' }),
  comment: z.string().trim().max(1000, { message: '意见不能超过 1000 字。' }).optional().default(''),
});
export type WorkflowInput = z.input<typeof workflowInputSchema>;

export const hitResolutionSchema = z
  .object({
    action: z.enum(['redact', 'propose_keep', 'accept'], { error: '请选择删除或保留。' }),
    reason: z.string().trim().max(500, { message: '理由不能超过 500 字。' }).optional().default(''),
  })
  .refine((v) => v.action === 'redact' || v.reason.length >= 4, {
    path: ['reason'],
    // 条例第十五条: personal information may be published only with consent or for public interest — say which.
    message: '保留个人信息须写明理由（例如：权利人书面同意、公示依据），至少 4 个字。',
  });

export const channelInputSchema = z.object({
  kind: z.enum(Object.keys(CHANNEL_KINDS) as [keyof typeof CHANNEL_KINDS, ...Array<keyof typeof CHANNEL_KINDS>], { error: '请选择渠道类型。' }),
  name: text('渠道名称', 60),
});

export const publicationInputSchema = z.object({
  channelId: z.string().trim().min(1, { message: '请选择发布渠道。' }),
  publishedOn: localDateSchema,
});

export const pageInputSchema = z.object({
  kind: z.enum(['guide', 'rules'], { error: '页面类型只能是指南或制度。' }),
  title: text('标题', 100),
  body: text('内容', 100_000),
});

export const listFilterSchema = z.object({
  q: z.string().trim().max(100).optional().default(''),
  category: z.string().trim().max(41).optional().default(''),
  status: z.string().trim().max(20).optional().default(''),
  year: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v && /^\d{4}$/.test(v) ? Number(v) : null)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type ListFilterInput = z.input<typeof listFilterSchema>;

export const catalogueSettingsSchema = z
  .object({
    indexPattern: z.string().trim().max(100).optional(),
    seqReset: z.enum(['yearly', 'never']).default('yearly'),
    // Stored values may hold null for a code not configured.
    creditCode: z
      .string()
      .trim()
      .nullish()
      .transform((v) => v || null)
      .refine((v) => v === null || /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v), { message: '统一社会信用代码应为 18 位（数字和大写字母）。' }),
    orgCode: z.string().trim().max(20).nullish().transform((v) => v || null),
    regionCode: z.string().trim().max(20).nullish().transform((v) => v || null),
    approvalChain: z
      .array(z.object({ title: z.string().trim().min(1).max(20), role: z.enum(['reviewer', 'leader']) }))
      .default([
        { title: '办公室负责人', role: 'reviewer' },
        { title: '分管领导', role: 'leader' },
      ]),
    sensitiveWords: z.array(z.string().trim().min(1).max(30)).max(500).default([]),
    columns: z.array(z.object({ id: z.string().regex(CATEGORY_ID_PATTERN), label: z.string().trim().min(1).max(30), hidden: z.boolean().optional() })).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    const chain = validateChain(v.approvalChain);
    if (chain) ctx.addIssue({ code: 'custom', path: ['approvalChain'], message: chain });
    if (v.indexPattern) {
      const p = validateIndexPattern(v.indexPattern);
      if (p) ctx.addIssue({ code: 'custom', path: ['indexPattern'], message: p });
    }
  });
export type CatalogueSettings = z.output<typeof catalogueSettingsSchema>;

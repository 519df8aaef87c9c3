// The forms of the catalogue settings page (/admin/catalogue/settings): 索引号 template, approval chain,
// sensitive words and the agency's own columns. Every message is Chinese and names the field.
import { z } from 'zod';
import { validateIndexPattern } from './domain/index-number.ts';
import { MAX_CHAIN, validateChain, type ApprovalLevel } from './domain/workflow.ts';

const checkbox = z
  .union([z.literal('on'), z.literal('1'), z.literal('true'), z.literal(''), z.boolean()])
  .optional()
  .transform((v) => v === 'on' || v === '1' || v === 'true' || v === true);

const optionalCode = (label: string, pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .max(30, { message: `${label}不能超过 30 个字符。` })
    .optional()
    .transform((v) => (v ? v.toUpperCase() : null))
    .refine((v) => v === null || pattern.test(v), { message });

/** 统一社会信用代码 (GB 32100): 18 characters, no I, O, S, V, Z. */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export const indexSettingsFormSchema = z
  .object({
    inherit: checkbox,
    indexPattern: z.string().trim().max(100, { message: '索引号模板不能超过 100 个字符。' }).optional().default(''),
    seqReset: z.enum(['yearly', 'never'], { error: '请选择流水号每年重新计数或连续计数。' }).default('yearly'),
    creditCode: optionalCode('统一社会信用代码', CREDIT_CODE_PATTERN, '统一社会信用代码应为 18 位（数字和大写字母，不含 I、O、S、V、Z）。'),
    orgCode: optionalCode('组织机构代码', /^[0-9A-Z]{8}-?[0-9X]$/, '组织机构代码应为 9 位，例如 00001333-8 或 000013338。'),
    regionCode: optionalCode('地区代码', /^\d{6,12}$/, '地区代码应为 6 至 12 位数字，例如 411082 或 6107280000。'),
  })
  .superRefine((v, ctx) => {
    if (v.inherit) return;
    const problem = validateIndexPattern(v.indexPattern);
    if (problem) ctx.addIssue({ code: 'custom', path: ['indexPattern'], message: problem });
  });
export type IndexSettingsForm = z.output<typeof indexSettingsFormSchema>;

const ROLES = { reviewer: '审核人员（办公室/科室负责人）', leader: '领导（分管领导、主要领导）' } as const;
export const CHAIN_ROLE_LABELS: Readonly<Record<ApprovalLevel['role'], string>> = ROLES;

/** Levels arrive as level1Title/level1Role … level3Title/level3Role; a level left without a title is not used. */
export const approvalChainFormSchema = z
  .object({
    inherit: checkbox,
    level1Title: z.string().trim().max(20, { message: '岗位名称不能超过 20 个字。' }).optional().default(''),
    level1Role: z.string().optional().default(''),
    level2Title: z.string().trim().max(20, { message: '岗位名称不能超过 20 个字。' }).optional().default(''),
    level2Role: z.string().optional().default(''),
    level3Title: z.string().trim().max(20, { message: '岗位名称不能超过 20 个字。' }).optional().default(''),
    level3Role: z.string().optional().default(''),
  })
  .transform((v, ctx) => {
    const chain: ApprovalLevel[] = [];
    for (let n = 1; n <= MAX_CHAIN; n++) {
      const title = v[`level${n}Title` as 'level1Title'];
      const role = v[`level${n}Role` as 'level1Role'];
      if (title === '') continue;
      if (role !== 'reviewer' && role !== 'leader') {
        // 条例第十七条 明确审查责任: each level names who signs; the drafting 经办人 never does.
        ctx.addIssue({ code: 'custom', path: [`level${n}Role`], message: `请选择第 ${n} 级“${title}”由谁审批（审核人员或领导）。` });
        continue;
      }
      chain.push({ title, role });
    }
    if (!v.inherit) {
      const problem = validateChain(chain);
      if (problem) ctx.addIssue({ code: 'custom', path: ['level1Title'], message: problem });
    }
    return { inherit: v.inherit, chain };
  });

export const MAX_SENSITIVE_WORDS = 500;
export const MAX_SENSITIVE_WORD_LENGTH = 30;

/** One word a line; blank lines and repeats dropped (first spelling kept), each at most 30 characters. */
export const sensitiveWordsFormSchema = z
  .object({ inherit: checkbox, words: z.string().max(30_000, { message: '敏感词清单太长，请精简后再保存。' }).optional().default('') })
  .transform((v, ctx) => {
    const words: string[] = [];
    const seen = new Set<string>();
    for (const [i, line] of v.words.split(/\r?\n/).entries()) {
      const word = line.trim();
      if (word === '' || seen.has(word)) continue;
      if (word.length > MAX_SENSITIVE_WORD_LENGTH) {
        ctx.addIssue({ code: 'custom', path: ['words'], message: `第 ${i + 1} 行“${word.slice(0, 10)}…”超过 ${MAX_SENSITIVE_WORD_LENGTH} 个字，请拆成较短的词。` });
        return z.NEVER;
      }
      seen.add(word);
      words.push(word);
    }
    if (words.length > MAX_SENSITIVE_WORDS) {
      ctx.addIssue({ code: 'custom', path: ['words'], message: `敏感词最多 ${MAX_SENSITIVE_WORDS} 个（去重后现有 ${words.length} 个），请精简。` });
      return z.NEVER;
    }
    return { inherit: v.inherit, words };
  });

const columnLabel = z
  .string({ error: '请填写栏目名称。' })
  .trim()
  .min(1, { message: '请填写栏目名称。' })
  .max(30, { message: '栏目名称不能超过 30 个字。' });

export const columnChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add'), label: columnLabel }),
  z.object({ action: z.literal('rename'), id: z.string().min(1), label: columnLabel }),
  z.object({ action: z.literal('up'), id: z.string().min(1) }),
  z.object({ action: z.literal('down'), id: z.string().min(1) }),
  z.object({ action: z.literal('hide'), id: z.string().min(1) }),
  z.object({ action: z.literal('show'), id: z.string().min(1) }),
  z.object({ action: z.literal('delete'), id: z.string().min(1) }),
], { error: '请选择要对栏目执行的操作。' });
export type ColumnChange = z.input<typeof columnChangeSchema>;

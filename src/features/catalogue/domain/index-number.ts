// 索引号 (index number) templates. 条例第十二条 requires every catalogue entry to carry an 索引;
// no national format exists, so each organ configures a template (active-disclosure.md §5.1).
// Tokens: {org_code} {credit_code} {region_code} {yyyy} {yyyymm} {yyyymmdd} {category} {seq:N}.
// {agencyCode} is accepted as an alias of the agency's own short code.

export const DEFAULT_INDEX_PATTERN = '{credit_code}/{yyyy}-{seq:5}';

export interface IndexNumberContext {
  /** The agency's short code used in URLs (e.g. "zhenjiang-town"). */
  agencyCode: string;
  /** 9-character 组织机构代码, when configured. */
  orgCode?: string | null;
  /** 18-character 统一社会信用代码, when configured. */
  creditCode?: string | null;
  /** Region/organ code (e.g. 10-digit Shaanxi style). */
  regionCode?: string | null;
  /** Publication date as YYYY-MM-DD: the number is assigned at publication (§5.1). */
  publishedOn: string;
  /** The 专栏 sub-column id or its numeric code, for templates that use {category}. */
  category?: string | null;
  /** Next sequence number (1-based) for the counter this template uses. */
  seq: number;
}

export type SeqReset = 'yearly' | 'never';

export interface ParsedPattern {
  pattern: string;
  /** The counter resets each calendar year unless configured otherwise. */
  seqWidth: number;
}

const TOKEN = /\{([a-zA-Z_]+)(?::(\d{1,2}))?\}/g;
const KNOWN = new Set(['org_code', 'credit_code', 'region_code', 'agencyCode', 'yyyy', 'yyyymm', 'yyyymmdd', 'category', 'seq']);

export class IndexPatternError extends Error {}

/** Checks a template; returns a Chinese message for the first problem, or null when it is usable. */
export function validateIndexPattern(pattern: string): string | null {
  if (pattern.trim() === '') return '索引号模板不能为空。';
  let seqCount = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    const name = m[1] ?? '';
    if (!KNOWN.has(name)) return `索引号模板中的“{${name}}”无法识别，可用：{org_code}、{credit_code}、{region_code}、{yyyy}、{yyyymm}、{yyyymmdd}、{category}、{seq:N}。`;
    if (name === 'seq') {
      seqCount++;
      const width = Number(m[2] ?? '1');
      if (width < 1 || width > 12) return '流水号位数应在 1 到 12 之间。';
    }
  }
  // 索引号 must never be reused (§5.1): without a sequence two items could receive the same number.
  if (seqCount !== 1) return '索引号模板必须包含且只包含一个流水号 {seq:N}，以保证索引号不重复。';
  const stripped = pattern.replace(TOKEN, '');
  if (/[{}]/.test(stripped)) return '索引号模板中的花括号不成对。';
  return null;
}

/** The counter key: items whose numbers share a counter. Yearly reset keys by year. */
export function sequenceScope(ctx: Pick<IndexNumberContext, 'publishedOn'>, reset: SeqReset): string {
  return reset === 'yearly' ? ctx.publishedOn.slice(0, 4) : 'all';
}

/** Renders a template. Throws IndexPatternError (Chinese message) when a needed code is not configured. */
export function formatIndexNumber(pattern: string, ctx: IndexNumberContext): string {
  const problem = validateIndexPattern(pattern);
  if (problem) throw new IndexPatternError(problem);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ctx.publishedOn)) throw new IndexPatternError('发布日期格式应为 YYYY-MM-DD。');
  if (!Number.isInteger(ctx.seq) || ctx.seq < 1) throw new IndexPatternError('流水号必须是正整数。');
  const [y, m, d] = ctx.publishedOn.split('-') as [string, string, string];
  const need = (value: string | null | undefined, label: string): string => {
    if (!value) throw new IndexPatternError(`索引号模板需要${label}，请先在机关设置中填写。`);
    return value;
  };
  return pattern.replace(TOKEN, (_all, name: string, width?: string) => {
    switch (name) {
      case 'org_code':
        return need(ctx.orgCode, '组织机构代码');
      case 'credit_code':
        return need(ctx.creditCode, '统一社会信用代码');
      case 'region_code':
        return need(ctx.regionCode, '地区代码');
      case 'agencyCode':
        return need(ctx.agencyCode, '机关代码');
      case 'yyyy':
        return y;
      case 'yyyymm':
        return y + m;
      case 'yyyymmdd':
        return y + m + d;
      case 'category':
        return need(ctx.category, '信息分类');
      default: {
        const w = Number(width ?? '1');
        const s = String(ctx.seq);
        // A counter that outgrows its width keeps all its digits rather than wrapping (never reused).
        return s.length >= w ? s : s.padStart(w, '0');
      }
    }
  });
}

// What checkReport may be told besides the report itself, validated with zod at the boundary.
import { z } from 'zod';
import type { AnnualReport } from '../model.ts';

/**
 * Level of the organ that publishes the report. Decides the publication deadline (条例第四十九条) and
 * whether 规章 can exist at all (立法法: only 国务院部门 and governments of provinces, 设区的市, 自治州).
 * The short names 'township' / 'subdistrict' are accepted for the spec's township_government / subdistrict_office.
 */
export const agencyLevels = [
  'township',
  'township_government',
  'subdistrict',
  'subdistrict_office',
  'county_government',
  'county_department',
  'prefecture_government',
  'prefecture_department',
  'provincial_government',
  'provincial_department',
  'state_council_department',
] as const;

export type AgencyLevel = (typeof agencyLevels)[number];

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 YYYY-MM-DD，例如 2025-01-20')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '不是有效的日期');

export const checkOptionsSchema = z.object({
  /** Last year's report: enables the cross-year rules (T3_PRIOR_CARRYOVER, T2_VALID_CONTINUITY …). */
  prior: z.custom<AnnualReport>((v) => typeof v === 'object' && v !== null && 'cells' in v, '上年度报告格式不正确').optional(),
  agencyLevel: z.enum(agencyLevels, { message: '机关层级无效' }).optional(),
  /** Both reports were produced in the product: T3_PRIOR_CARRYOVER becomes HARD. */
  bothInProduct: z.boolean().optional(),
  /** Date the report was published, YYYY-MM-DD (R_DEADLINE). */
  publishedOn: localDate.optional(),
  /** Deadline month-day for townships and 街道 set by the county 主管部门 (default 01-31, spec §7, README U5). */
  townshipDeadline: z.string().regex(/^\d{2}-\d{2}$/, '乡镇报告期限应写成 MM-DD，例如 01-31').optional(),
  /** Replies the product recorded as given after the statutory deadline in the year (条例第三十三条), for the "按时办结率100%" check. */
  overdueReplies: z.number().int('逾期答复件数应为整数').min(0, '逾期答复件数不能为负数').optional(),
  /** Table 二 item 1 numbers computed from the normative-document register (T2_CATALOGUE_MATCH), by full cell key. */
  catalogueCounts: z.record(z.string(), z.number()).optional(),
});

export type CheckOptions = z.infer<typeof checkOptionsSchema>;

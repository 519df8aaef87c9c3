// The shape of an AnnualReport, checked before the rules run: a report handed in as JSON (an API,
// a saved draft) may be anything. The rules then never meet a value they cannot read.
import { z } from 'zod';
import type { AnnualReport } from '../model.ts';

const formatId = z.enum(['gov_2021', 'gov_2019'], { message: '报告格式应为 gov_2021 或 gov_2019' });
const sectionId = z.enum(['general_situation', 'active_disclosure', 'applications', 'review_litigation', 'problems_and_improvements', 'other_matters'], {
  message: '章节编号无效',
});

const cellSchema = z.object({
  kind: z.enum(['number', 'blank', 'not_applicable'], { message: '单元格类型应为 number、blank 或 not_applicable' }),
  // NaN or ±Infinity are kept: T3_INTEGER / T2_INTEGER report them as wrong numbers.
  value: z.custom<number>((v) => typeof v === 'number', '数值应为数字').nullable(),
});

export const annualReportSchema = z.looseObject({
  format: formatId,
  tableFormats: z.partialRecord(z.enum(['active_disclosure', 'applications', 'review_litigation']), formatId).optional(),
  year: z.number().int('报告年度应为整数').nullable(),
  agency: z.string().nullable(),
  cells: z.record(z.string(), z.looseObject(cellSchema.shape)),
  sections: z.array(z.looseObject({ id: sectionId, heading: z.string(), text: z.string(), order: z.number() })),
  reportDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '报告日期应写成 YYYY-MM-DD').optional(),
  citedDocuments: z.array(z.string()).optional(),
  title: z.string().optional(),
});

export class ReportShapeError extends Error {
  override readonly name = 'ReportShapeError';
}

/** The report itself when it has the model's shape; otherwise a ReportShapeError saying what is wrong. */
export function assertReportShape(report: unknown): asserts report is AnnualReport {
  const parsed = annualReportSchema.safeParse(report);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '报告'}：${i.message}`);
    throw new ReportShapeError(`年度报告数据格式不正确，无法检查：${issues.join('；')}`);
  }
}

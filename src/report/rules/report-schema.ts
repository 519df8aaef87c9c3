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
  // zod walks every one of the ~300 cells and builds a copy, which was a third of checkReport's
  // time. A report the readers built passes the plain checks below; only a report they reject
  // (possibly wrongly: they are stricter than the schema) goes through zod, which decides and
  // words the message.
  if (plainlyValid(report)) return;
  const parsed = annualReportSchema.safeParse(report);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '报告'}：${i.message}`);
    throw new ReportShapeError(`年度报告数据格式不正确，无法检查：${issues.join('；')}`);
  }
}

const formatIds: ReadonlySet<unknown> = new Set(formatId.options);
const sectionIds: ReadonlySet<unknown> = new Set(sectionId.options);
const tableIds: ReadonlySet<string> = new Set(['active_disclosure', 'applications', 'review_litigation']);
const cellKinds: ReadonlySet<unknown> = new Set(cellSchema.shape.kind.options);

/** An ordinary object literal (what zod calls a plain object, minus its odd cases). */
function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * Whether the report certainly satisfies annualReportSchema. Never true where the schema would
 * fail (each test is the schema's or stricter); false only sends the report on to zod.
 */
function plainlyValid(report: unknown): boolean {
  if (!isPlain(report)) return false;
  if (!formatIds.has(report['format'])) return false;
  const year = report['year'];
  if (year !== null && !(typeof year === 'number' && Number.isInteger(year) && year >= 0 && year <= 1_000_000 && !Object.is(year, -0))) return false;
  const agency = report['agency'];
  if (agency !== null && typeof agency !== 'string') return false;
  if (!isOptionalString(report['title'])) return false;
  const reportDate = report['reportDate'];
  if (reportDate !== undefined && !(typeof reportDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(reportDate))) return false;
  const tableFormats = report['tableFormats'];
  if (tableFormats !== undefined) {
    if (!isPlain(tableFormats) || Object.getOwnPropertySymbols(tableFormats).length > 0) return false;
    for (const key of Object.keys(tableFormats)) if (!tableIds.has(key) || !formatIds.has(tableFormats[key])) return false;
  }
  const cited = report['citedDocuments'];
  if (cited !== undefined) {
    if (!Array.isArray(cited)) return false;
    for (let i = 0; i < cited.length; i++) if (typeof cited[i] !== 'string') return false;
  }
  const sections = report['sections'];
  if (!Array.isArray(sections)) return false;
  for (let i = 0; i < sections.length; i++) {
    const s: unknown = sections[i];
    if (!isPlain(s) || !sectionIds.has(s['id']) || typeof s['heading'] !== 'string' || typeof s['text'] !== 'string') return false;
    const order = s['order'];
    if (typeof order !== 'number' || !Number.isFinite(order)) return false;
  }
  const cells = report['cells'];
  if (!isPlain(cells) || Object.getOwnPropertySymbols(cells).length > 0) return false;
  for (const key in cells) {
    const cell = cells[key];
    if (!isPlain(cell) || !cellKinds.has(cell['kind'])) return false;
    const value = cell['value'];
    if (value !== null && typeof value !== 'number') return false;
  }
  return true;
}

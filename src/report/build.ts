// Building report models from numbers: the platform's generator, the tests and the renderers all
// need the same few constructions (a number cell, an all-zero report, the six canonical sections).
// Pure: the caller supplies year, agency and texts.
import { cellKeys, formats } from './formats/index.ts';
import type { AnnualReport, Cell, FormatId, Section, SectionId, TableId } from './model.ts';

export const tableIds: readonly TableId[] = ['active_disclosure', 'applications', 'review_litigation'];

export const sectionIds: readonly SectionId[] = [
  'general_situation',
  'active_disclosure',
  'applications',
  'review_litigation',
  'problems_and_improvements',
  'other_matters',
];

export function numberCell(value: number): Cell {
  return { kind: 'number', value };
}

export function blankCell(): Cell {
  return { kind: 'blank', value: null };
}

export function notApplicableCell(): Cell {
  return { kind: 'not_applicable', value: null };
}

/** The format a table of the report follows (a mixed report can differ per table). */
export function tableFormat(report: Pick<AnnualReport, 'format' | 'tableFormats'>, table: TableId): FormatId {
  return report.tableFormats?.[table] ?? report.format;
}

/** The canonical heading of a section, e.g. "三、收到和处理政府信息公开申请情况". */
export function canonicalHeading(format: FormatId, id: SectionId): string {
  const section = formats[format].sections.find((s) => s.id === id);
  if (!section) throw new Error(`格式 ${format} 没有章节 ${id}`);
  return section.heading;
}

/** The six sections in statutory order with canonical headings; texts default to empty. */
export function canonicalSections(format: FormatId, texts: Partial<Record<SectionId, string>> = {}): Section[] {
  return sectionIds.map((id, order) => ({ id, heading: canonicalHeading(format, id), text: texts[id] ?? '', order }));
}

export interface ReportInit {
  format: FormatId;
  year: number;
  agency: string;
  /** Numbers by full cell key; any format cell not given is written as an explicit 0. */
  values?: Record<string, number>;
  texts?: Partial<Record<SectionId, string>>;
  reportDate?: string;
  title?: string;
}

/**
 * A complete report: every cell the format defines is present (R_ZERO_REPORT_COMPLETE: a zero
 * report still prints every table with explicit 0s), given numbers override the zeros.
 */
export function buildReport(init: ReportInit): AnnualReport {
  const known = new Set(tableIds.flatMap((t) => cellKeys(init.format, t)));
  const cells: Record<string, Cell> = {};
  for (const key of known) cells[key] = numberCell(0);
  for (const [key, value] of Object.entries(init.values ?? {})) {
    if (!known.has(key)) throw new Error(`格式 ${init.format} 没有单元格 ${key}`);
    cells[key] = numberCell(value);
  }
  const report: AnnualReport = {
    format: init.format,
    year: init.year,
    agency: init.agency,
    cells,
    sections: canonicalSections(init.format, init.texts),
    title: init.title ?? `${init.agency}${init.year}年政府信息公开工作年度报告`,
    citedDocuments: [formats[init.format].document_no],
  };
  if (init.reportDate !== undefined) report.reportDate = init.reportDate;
  return report;
}

/** A report with no cells at all (nothing entered yet), sections present but empty. */
export function emptyReport(format: FormatId, year: number, agency: string): AnnualReport {
  return { format, year, agency, cells: {}, sections: canonicalSections(format) };
}

/** Copy of `report` with one cell replaced (tests and editors change a report one cell at a time). */
export function withCell(report: AnnualReport, key: string, cell: Cell | number): AnnualReport {
  return { ...report, cells: { ...report.cells, [key]: typeof cell === 'number' ? numberCell(cell) : cell } };
}

/** Copy of `report` with one section's text replaced. */
export function withSectionText(report: AnnualReport, id: SectionId, text: string): AnnualReport {
  return { ...report, sections: report.sections.map((s) => (s.id === id ? { ...s, text } : s)) };
}

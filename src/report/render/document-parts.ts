// What every rendering prints, in order: the title, the sections (a table section is never dropped)
// and the grid of each table in the format that table follows.
import { canonicalSections, tableFormat } from '../build.ts';
import type { AnnualReport, Section, SectionId, TableId } from '../model.ts';
import { activeDisclosureGrid, applicationsGrid, reviewLitigationGrid, type TableGrid } from './layout.ts';

export const tableOfSection: Partial<Record<SectionId, TableId>> = {
  active_disclosure: 'active_disclosure',
  applications: 'applications',
  review_litigation: 'review_litigation',
};

export function tableGrid(report: AnnualReport, table: TableId): TableGrid {
  const format = tableFormat(report, table);
  if (table === 'active_disclosure') return activeDisclosureGrid(format);
  if (table === 'applications') return applicationsGrid(format);
  return reviewLitigationGrid(format);
}

/**
 * The sections to print, in statutory order: the report's own (headings as printed), the canonical
 * six when it has none, and the canonical heading of a table section the document lacks while its
 * table has cells (seed 001 prints table 四 without heading 四) — a table is never dropped.
 */
export function sectionsToPrint(report: AnnualReport): Section[] {
  if (report.sections.length === 0) return canonicalSections(report.format);
  const own = [...report.sections].sort((a, b) => a.order - b.order);
  return canonicalSections(report.format).flatMap((canonical) => {
    const mine = own.filter((s) => s.id === canonical.id);
    if (mine.length > 0) return mine;
    const table = tableOfSection[canonical.id];
    return table && Object.keys(report.cells).some((k) => k.startsWith(`${table}.`)) ? [canonical] : [];
  });
}

export function defaultTitle(report: AnnualReport): string {
  return report.title ?? `${report.agency ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
}

// Plain-text rendering: title, the six headings with their texts, and each table row as
// tab-separated cells (the layout of seed 004, which the report reader reads back). A blank cell is
// an empty field, "/" stays "/", 0 is "0".
import type { AnnualReport } from '../model.ts';
import { cellTextOf, chineseDate } from './cell-text.ts';
import { defaultTitle, sectionsToPrint, tableGrid, tableOfSection } from './document-parts.ts';
import { gridTextRows } from './grid-expand.ts';

export function renderText(report: AnnualReport): string {
  const lines: string[] = [defaultTitle(report), ''];
  for (const section of sectionsToPrint(report)) {
    lines.push(section.heading);
    if (section.text.trim()) lines.push(...section.text.split(/\r\n|\r|\n/));
    const table = tableOfSection[section.id];
    if (table) {
      lines.push('');
      for (const row of gridTextRows(tableGrid(report, table), (k) => cellTextOf(report, k))) lines.push(row.join('\t'));
    }
    lines.push('');
  }
  if (report.agency || report.reportDate) {
    if (report.agency) lines.push(report.agency);
    if (report.reportDate) lines.push(chineseDate(report.reportDate));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}


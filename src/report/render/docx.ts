// renderDocx: the report as a Word document (OOXML) with the same layout as the HTML: merged header
// cells (columnSpan, rowSpan written as vMerge), row-spanning group labels, A4 portrait. Fonts, sizes,
// page and page numbers are GB/T 9704's, from official-style.ts (shared with the 告知书; docs/word-output.md):
// 2号小标宋 title, 3号黑体 headings kept with what follows, 3号仿宋 body, “— 1 —” page numbers.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { AnnualReport, TableId } from '../model.ts';
import { cellTextOf, chineseDate } from './cell-text.ts';
import type { GridCell, TableGrid } from './layout.ts';
import { defaultTitle, sectionsToPrint, tableGrid, tableOfSection } from './document-parts.ts';
import { officialFonts, officialFooters, officialLanguage, officialLineSpacing, officialPage, officialSizes, ONE_CHARACTER, withOfficialFontTable } from './official-style.ts';

const bodyFont = officialFonts.body;
const headingFont = officialFonts.heading1;
const titleFont = officialFonts.title;

// A4 with GB/T 9704's 版心 (156 mm wide): the tables fill its width.
const a4 = officialPage.size;
const margin = officialPage.margin;
const textWidth = a4.width - margin.left - margin.right;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/** Column widths in twips: label columns wider in table 二 and 三, 15 equal columns in table 四. */
function columnWidths(table: TableId, grid: TableGrid): number[] {
  if (table === 'applications') {
    const label = [1000, 1100, 2300];
    const value = Math.floor((textWidth - label.reduce((a, b) => a + b, 0)) / 7);
    return [...label, ...Array.from({ length: 7 }, () => value)];
  }
  if (table === 'active_disclosure') {
    const first = 2200;
    const rest = Math.floor((textWidth - first) / (grid.width - 1));
    return [first, ...Array.from({ length: grid.width - 1 }, () => rest)];
  }
  return Array.from({ length: grid.width }, () => Math.floor(textWidth / grid.width));
}

function gridTable(report: AnnualReport, table: TableId): Table {
  const grid = tableGrid(report, table);
  const widths = columnWidths(table, grid);
  const size = table === 'review_litigation' ? officialSizes.tableDense : officialSizes.table;
  const cell = (c: GridCell, headRow: boolean) => {
    const text = c.key ? cellTextOf(report, c.key) : c.text;
    const leftAligned = !c.key && !headRow && table !== 'review_litigation';
    return new TableCell({
      children: [
        new Paragraph({
          alignment: leftAligned ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ text, size, font: bodyFont })],
        }),
      ],
      verticalAlign: VerticalAlignTable.CENTER,
      ...(c.colSpan && c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
      ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    });
  };
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      ...grid.head.map((row) => new TableRow({ children: row.map((c) => cell(c, true)), tableHeader: true, cantSplit: true })),
      ...grid.body.map((row) => new TableRow({ children: row.map((c) => cell(c, false)), cantSplit: true })),
    ],
  });
}

/** A section's paragraphs; the last one before a table is kept with it (keepNext). */
function paragraphs(text: string, beforeTable: boolean): Paragraph[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return lines.map(
    (p, i) =>
      new Paragraph({
        indent: { firstLine: 2 * ONE_CHARACTER },
        spacing: officialLineSpacing,
        keepNext: beforeTable && i === lines.length - 1,
        children: [new TextRun({ text: p, size: officialSizes.body, font: bodyFont })],
      }),
  );
}

export function reportDocument(report: AnnualReport): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: officialLineSpacing.line }, keepNext: true, keepLines: true, children: [new TextRun({ text: defaultTitle(report), size: officialSizes.title, font: titleFont })] }),
  ];
  const sections = sectionsToPrint(report);
  for (const [index, section] of sections.entries()) {
    const table = tableOfSection[section.id];
    // The last section's last paragraph stays with the signature (GB/T 9704 §7.3.5: 署名、成文日期 not alone on a page).
    const last = index === sections.length - 1 && !table && (report.agency || report.reportDate);
    // 一级标题 (3号黑体) never stranded at a page bottom: kept whole and with what follows — its first
    // paragraph, or its table when the section has no text.
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: officialLineSpacing, indent: { firstLine: 2 * ONE_CHARACTER }, keepNext: true, keepLines: true, children: [new TextRun({ text: section.heading, size: officialSizes.body, font: headingFont, color: '000000' })] }));
    children.push(...paragraphs(section.text, table !== undefined || Boolean(last)));
    if (table) children.push(gridTable(report, table), new Paragraph({ spacing: officialLineSpacing, children: [] }));
  }
  if (report.agency) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { ...officialLineSpacing, before: officialLineSpacing.line }, indent: { right: 4 * ONE_CHARACTER }, keepNext: true, children: [new TextRun({ text: report.agency, size: officialSizes.body, font: bodyFont })] }));
  if (report.reportDate) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: officialLineSpacing, indent: { right: 4 * ONE_CHARACTER }, children: [new TextRun({ text: chineseDate(report.reportDate), size: officialSizes.body, font: bodyFont })] }));
  return new Document({
    creator: '公开 Gongkai',
    title: defaultTitle(report),
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: bodyFont, size: officialSizes.body, language: officialLanguage } } } },
    sections: [{ properties: { page: { size: { ...a4, orientation: PageOrientation.PORTRAIT }, margin } }, footers: officialFooters(), children }],
  });
}

/** The .docx file as bytes. */
export async function renderDocx(report: AnnualReport): Promise<Uint8Array> {
  return withOfficialFontTable(new Uint8Array(await Packer.toArrayBuffer(reportDocument(report))));
}

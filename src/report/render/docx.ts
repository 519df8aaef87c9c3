// renderDocx: the report as a Word document (OOXML) with the same layout as the HTML: merged header
// cells (columnSpan, rowSpan written as vMerge), row-spanning group labels, A4 portrait, 仿宋 body and
// 黑体 headings as Chinese government documents use. Opens in Word and WPS.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
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

const bodyFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' };
const headingFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };
const titleFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体', cs: 'Times New Roman' };

// A4 in twentieths of a point (twips): 210 mm × 297 mm.
const a4 = { width: 11906, height: 16838 };
const margin = { top: 1417, bottom: 1247, left: 1134, right: 1134 };
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
  const size = table === 'review_litigation' ? 16 : 18; // half-points: 8 pt / 9 pt
  const cell = (c: GridCell, headRow: boolean) => {
    const text = c.key ? cellTextOf(report, c.key) : c.text;
    const leftAligned = !c.key && !headRow && table !== 'review_litigation';
    return new TableCell({
      children: [
        new Paragraph({
          alignment: leftAligned ? AlignmentType.LEFT : AlignmentType.CENTER,
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

function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 360 }, children: [new TextRun({ text: p, size: 24, font: bodyFont })] }));
}

export function reportDocument(report: AnnualReport): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: defaultTitle(report), size: 36, font: titleFont })] }),
  ];
  for (const section of sectionsToPrint(report)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, keepNext: true, children: [new TextRun({ text: section.heading, size: 28, font: headingFont, color: '000000' })] }));
    children.push(...paragraphs(section.text));
    const table = tableOfSection[section.id];
    if (table) children.push(gridTable(report, table), new Paragraph({ children: [] }));
  }
  if (report.agency) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [new TextRun({ text: report.agency, size: 24, font: bodyFont })] }));
  if (report.reportDate) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: chineseDate(report.reportDate), size: 24, font: bodyFont })] }));
  return new Document({
    creator: '公开 Gongkai',
    title: defaultTitle(report),
    styles: { default: { document: { run: { font: bodyFont, size: 24 } } } },
    sections: [{ properties: { page: { size: { ...a4, orientation: PageOrientation.PORTRAIT }, margin } }, children }],
  });
}

/** The .docx file as bytes. */
export async function renderDocx(report: AnnualReport): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(report)));
}

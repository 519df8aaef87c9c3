// renderXlsx: the report as an Excel workbook (Excel, WPS) in the official table layout — one sheet per
// table with the merged header and label cells of the 国办 format (the same grids the HTML and Word
// renderers print, layout.ts), numbers as numbers so staff can add them up, blanks empty, "/" as text —
// and a first sheet with the title and the section texts. exceljs builds it in memory; no I/O.
import ExcelJS from 'exceljs';
import type { AnnualReport, TableId } from '../model.ts';
import { defaultTitle, sectionsToPrint, tableGrid, tableOfSection } from './document-parts.ts';
import { expandRows } from './grid-expand.ts';

const SHEET_NAMES: Readonly<Record<TableId, string>> = {
  active_disclosure: '二、主动公开',
  applications: '三、依申请公开',
  review_litigation: '四、复议诉讼',
};

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const allBorders = { top: thin, left: thin, bottom: thin, right: thin };
const font = { name: '宋体', size: 10 };

/** A value cell as Excel should hold it: a number where the report has one, "/" for not applicable, empty for a blank. */
function cellValue(report: AnnualReport, key: string): number | string | null {
  const cell = report.cells[key];
  if (!cell || cell.kind === 'blank') return null;
  if (cell.kind === 'not_applicable') return '/';
  return cell.value === null ? null : cell.value;
}

function addTableSheet(workbook: ExcelJS.Workbook, report: AnnualReport, table: TableId, heading: string): void {
  const grid = tableGrid(report, table);
  const sheet = workbook.addWorksheet(SHEET_NAMES[table], { pageSetup: { paperSize: 9, orientation: table === 'active_disclosure' ? 'portrait' : 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.addRow([heading]);
  sheet.mergeCells(1, 1, 1, grid.width);
  sheet.getCell(1, 1).font = { ...font, size: 12, bold: true };
  const placed = expandRows([...grid.head, ...grid.body], grid.width);
  const offset = 2;
  // Borders and the plain font first on every position, then values, bold and merges: a merged cell's
  // covered positions share its style, so styling them afterwards would undo the bold.
  placed.forEach((row, r) =>
    row.forEach((_p, c) => {
      const target = sheet.getCell(r + offset, c + 1);
      target.border = allBorders;
      target.font = font;
    }),
  );
  placed.forEach((row, r) => {
    row.forEach((p, c) => {
      const target = sheet.getCell(r + offset, c + 1);
      if (!p || !p.origin) return;
      target.value = p.cell.key ? cellValue(report, p.cell.key) : p.cell.text;
      target.alignment = { vertical: 'middle', horizontal: p.cell.key ? 'center' : p.cell.header ? 'center' : 'left', wrapText: true };
      if (r < grid.head.length || (p.cell.colSpan ?? 1) === grid.width) target.font = { ...font, bold: true };
      const rs = p.cell.rowSpan ?? 1;
      const cs = p.cell.colSpan ?? 1;
      if (rs > 1 || cs > 1) sheet.mergeCells(r + offset, c + 1, r + offset + rs - 1, c + cs);
    });
  });
  // Label columns wide enough to read, value columns narrow.
  const widths = table === 'applications' ? [8, 10, 28] : table === 'active_disclosure' ? [34] : [];
  for (let c = 1; c <= grid.width; c++) sheet.getColumn(c).width = widths[c - 1] ?? (table === 'review_litigation' ? 9 : 13);
  // Excel does not grow a row for wrapped text it did not lay out itself: give each row the lines its longest
  // label needs (a CJK character is about two width units at this size).
  placed.forEach((row, r) => {
    let lines = 1;
    for (const [c, p] of row.entries()) {
      if (!p || !p.origin || p.cell.key || (p.cell.rowSpan ?? 1) > 1) continue;
      let width = 0;
      for (let dc = 0; dc < (p.cell.colSpan ?? 1); dc++) width += sheet.getColumn(c + 1 + dc).width ?? 10;
      lines = Math.max(lines, Math.ceil((p.cell.text.length * 2) / Math.max(width - 1, 2)));
    }
    sheet.getRow(r + offset).height = 14 * lines + 2;
  });
  if (grid.head.length > 0) sheet.pageSetup.printTitlesRow = `${offset}:${offset + grid.head.length - 1}`;
}

/** The whole report: 正文 (title and sections) and one sheet for each of tables 二, 三 and 四. */
export async function renderXlsx(report: AnnualReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '政府信息公开平台';
  const text = workbook.addWorksheet('正文', { pageSetup: { paperSize: 9, orientation: 'portrait' } });
  text.getColumn(1).width = 100;
  text.addRow([defaultTitle(report)]).font = { ...font, size: 14, bold: true };
  const tables: Array<{ table: TableId; heading: string }> = [];
  for (const section of sectionsToPrint(report)) {
    text.addRow([section.heading]).font = { ...font, size: 12, bold: true };
    const table = tableOfSection[section.id];
    if (table) {
      tables.push({ table, heading: section.heading });
      text.addRow([`（见工作表“${SHEET_NAMES[table]}”）`]).font = { ...font, italic: true };
    }
    for (const paragraph of section.text.split(/\n+/).map((p) => p.trim()).filter(Boolean)) {
      const row = text.addRow([paragraph]);
      row.font = font;
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  for (const { table, heading } of tables) addTableSheet(workbook, report, table, heading);
  // A report without those sections still gets its tables when it has their cells (as the other renderers).
  for (const table of ['active_disclosure', 'applications', 'review_litigation'] as const) {
    if (!tables.some((t) => t.table === table) && Object.keys(report.cells).some((k) => k.startsWith(`${table}.`))) addTableSheet(workbook, report, table, SHEET_NAMES[table]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, notApplicableCell, withCell } from '../build.ts';
import { renderXlsx } from './xlsx.ts';

const a = (address: string) => `applications.${address}`;
// A hand-built report: 4 applications from natural persons, all granted; one blank and one "/" cell.
const report = () => {
  let r = buildReport({
    format: 'gov_2021',
    year: 2024,
    agency: '曹镇乡人民政府',
    reportDate: '2025-01-20',
    values: {
      [a('new_received.natural_person')]: 4,
      [a('new_received.total')]: 4,
      [a('outcomes.granted.natural_person')]: 4,
      [a('outcomes.granted.total')]: 4,
      'review_litigation.administrative_reconsideration.upheld': 1,
      'review_litigation.administrative_reconsideration.total': 1,
    },
    texts: { general_situation: '2024 年共受理依申请公开 4 件。\n全部予以公开。', other_matters: '本机关本年度未收取信息处理费。' },
  });
  r = withCell(r, a('carried_over_from_last_year.research_institution'), blankCell());
  r = withCell(r, a('carried_over_from_last_year.commercial_enterprise'), notApplicableCell());
  return r;
};

async function workbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await renderXlsx(report())) as unknown as ArrayBuffer);
  return wb;
}

/** The row of a sheet whose cells contain `label` somewhere. */
function rowWith(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && (row.values as unknown[]).some((v) => typeof v === 'string' && v.includes(label))) found = row;
  });
  if (!found) throw new Error(`no row with ${label}`);
  return found;
}

describe('renderXlsx', () => {
  it('has a text sheet and one sheet per table, in statutory order', async () => {
    const wb = await workbook();
    expect(wb.worksheets.map((s) => s.name)).toEqual(['正文', '二、主动公开', '三、依申请公开', '四、复议诉讼']);
    const text = wb.getWorksheet('正文')!;
    expect(text.getCell('A1').value).toBe('曹镇乡人民政府2024年政府信息公开工作年度报告');
    // Paragraphs as staff wrote them: one row each.
    expect(rowWith(text, '2024 年共受理').getCell(1).value).toBe('2024 年共受理依申请公开 4 件。');
    expect(rowWith(text, '全部予以公开').getCell(1).value).toBe('全部予以公开。');
  });

  it('prints table 三 with the official merged header: the corner note over 3 columns × 3 rows, 申请人情况 over 7 columns', async () => {
    const sheet = (await workbook()).getWorksheet('三、依申请公开')!;
    // Row 1 is the section heading; the grid starts at row 2.
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A2:C4');
    expect(merges).toContain('D2:J2');
    expect(String(sheet.getCell('D2').value)).toBe('申请人情况');
  });

  it('keeps numbers as numbers, a blank as empty and "/" as text, in the column of their applicant type', async () => {
    const sheet = (await workbook()).getWorksheet('三、依申请公开')!;
    const received = rowWith(sheet, '本年新收政府信息公开申请数量');
    // Columns D…J: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
    expect(received.getCell('D').value).toBe(4);
    expect(received.getCell('J').value).toBe(4);
    const carried = rowWith(sheet, '上年结转政府信息公开申请数量');
    expect(carried.getCell('E').value).toBe('/');
    expect(carried.getCell('F').value).toBeNull();
  });

  it('prints table 四 with its 15 cells under 行政复议 and 行政诉讼', async () => {
    const sheet = (await workbook()).getWorksheet('四、复议诉讼')!;
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A2:E2'); // 行政复议 over its five columns
    expect(merges).toContain('F2:O2'); // 行政诉讼 over ten
    let dataRow: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (typeof row.getCell('A').value === 'number') dataRow = row;
    });
    expect(dataRow!.getCell('A').value).toBe(1); // 结果维持
    expect(dataRow!.getCell('E').value).toBe(1); // 总计
  });
});

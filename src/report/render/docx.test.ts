import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, notApplicableCell, withCell } from '../build.ts';
import { readReportFile } from '../parse/read-file.ts';
import { renderDocx } from './docx.ts';

const a = (address: string) => `applications.${address}`;
const report = () => {
  let r = buildReport({
    format: 'gov_2021',
    year: 2024,
    agency: '曹镇乡人民政府',
    reportDate: '2025-01-20',
    values: { [a('new_received.natural_person')]: 4, [a('new_received.total')]: 4, [a('outcomes.granted.natural_person')]: 4, [a('outcomes.granted.total')]: 4, [a('outcomes.total.natural_person')]: 4, [a('outcomes.total.total')]: 4 },
    texts: { general_situation: '2024 年共受理依申请公开 4 件。', other_matters: '本机关本年度未收取信息处理费。' },
  });
  r = withCell(r, a('carried_over_from_last_year.research_institution'), blankCell());
  r = withCell(r, a('carried_over_from_last_year.commercial_enterprise'), notApplicableCell());
  return r;
};

async function documentXml(bytes: Uint8Array): Promise<cheerio.CheerioAPI> {
  const zip = await JSZip.loadAsync(bytes);
  return cheerio.load(await zip.file('word/document.xml')!.async('string'), { xml: true });
}

const cellText = ($: cheerio.CheerioAPI, tc: Parameters<cheerio.CheerioAPI>[0]) => $(tc).find('w\\:t').text();

describe('renderDocx', () => {
  it('writes a Word package (zip) with the main document part and A4 portrait pages', async () => {
    const bytes = await renderDocx(report());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK"
    const $ = await documentXml(bytes);
    expect($('w\\:pgSz').attr('w:w')).toBe('11906');
    expect($('w\\:pgSz').attr('w:h')).toBe('16838');
  });

  it('has three tables with the official merged cells: 申请人情况 over 7, corner note over 3 columns and 3 rows', async () => {
    const $ = await documentXml(await renderDocx(report()));
    const tables = $('w\\:tbl');
    expect(tables).toHaveLength(3);
    const t3 = tables.eq(1);
    const firstRow = t3.find('w\\:tr').eq(0).find('w\\:tc');
    expect(cellText($, firstRow.get(0)!)).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(firstRow.eq(0).find('w\\:gridSpan').attr('w:val')).toBe('3');
    expect(firstRow.eq(0).find('w\\:vMerge').attr('w:val')).toBe('restart');
    expect(cellText($, firstRow.get(1)!)).toBe('申请人情况');
    expect(firstRow.eq(1).find('w\\:gridSpan').attr('w:val')).toBe('7');
    // Rows 2 and 3 continue the corner cell (vMerge without "restart").
    expect(t3.find('w\\:tr').eq(1).find('w\\:tc').eq(0).find('w\\:vMerge').attr('w:val')).toBe('continue');
    expect(t3.find('w\\:tr').eq(2).find('w\\:tc').eq(0).find('w\\:vMerge').attr('w:val')).toBe('continue');
  });

  it('table 三 has 3 header rows and 25 data rows; 三、本年度办理结果 is merged down its 22 rows', async () => {
    const $ = await documentXml(await renderDocx(report()));
    const rows = $('w\\:tbl').eq(1).find('w\\:tr');
    expect(rows).toHaveLength(28);
    const groupStart = rows.eq(5).find('w\\:tc').eq(0);
    expect(cellText($, groupStart.get(0)!)).toBe('三、本年度办理结果');
    expect(groupStart.find('w\\:vMerge').attr('w:val')).toBe('restart');
    const continued = rows
      .slice(6, 27)
      .map((_, r) => $(r).find('w\\:tc').eq(0).find('w\\:vMerge').attr('w:val'))
      .get();
    expect(continued).toEqual(Array.from({ length: 21 }, () => 'continue'));
  });

  it('table 四 has 行政复议 over 5 and 行政诉讼 over 10 columns and a row of 15 values', async () => {
    const $ = await documentXml(await renderDocx(report()));
    const rows = $('w\\:tbl').eq(2).find('w\\:tr');
    expect(rows.eq(0).find('w\\:gridSpan').map((_, e) => $(e).attr('w:val')).get()).toEqual(['5', '10']);
    expect(rows.eq(3).find('w\\:tc')).toHaveLength(15);
  });

  it('keeps blank, "/" and 0 apart in the cells', async () => {
    const $ = await documentXml(await renderDocx(report()));
    const row = $('w\\:tbl').eq(1).find('w\\:tr').eq(4).find('w\\:tc');
    expect(row.map((_, tc) => cellText($, tc)).get()).toEqual(['二、上年结转政府信息公开申请数量', '0', '/', '', '0', '0', '0', '0']);
  });

  it('is read back by the Word reader with the same numbers', async () => {
    const back = await readReportFile(await renderDocx(report()), 'report.docx');
    expect(back.year).toBe(2024);
    expect(back.cells[a('new_received.total')]?.value).toBe(4);
    expect(back.cells[a('outcomes.granted.natural_person')]?.value).toBe(4);
    expect(back.cells[a('carried_over_from_last_year.commercial_enterprise')]?.kind).toBe('not_applicable');
    expect(back.cells[a('carried_over_from_last_year.research_institution')]?.kind).toBe('blank');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from './encoding.ts';
import type { ReportLine } from './lines.ts';
import { pdfToLines } from './pdf.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/reports-rich/${name}`, import.meta.url)));
const cellsOf = (lines: ReportLine[], label: string) => lines.find((l) => l.cells?.[0]?.text === label)?.cells?.map((c) => c.text);

describe('flattening a PDF report into lines', async () => {
  const hongzequ2023 = await pdfToLines(fixture('kiro_hongzequ_2023.pdf'));
  const huaianshi = await pdfToLines(fixture('gnb_huaianshi_2024.pdf'));

  it('splits a table row into its label and seven numbers at the column gaps', () => {
    expect(cellsOf(hongzequ2023, '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21']);
    expect(cellsOf(huaianshi, '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '3001', '53', '0', '0', '61', '4', '3119']);
  });

  it('drops page numbers such as "- 3 -"', () => {
    expect(hongzequ2023.some((l) => /^-\s*\d+\s*-$/.test(l.text))).toBe(false);
    expect(huaianshi.some((l) => /^-\s*\d+\s*-$/.test(l.text))).toBe(false);
  });

  it('records the page of every line', () => {
    const fee = hongzequ2023.find((l) => l.text.startsWith('行政事业性收费'))!;
    expect(fee.source.page).toBe(3);
    expect(fee.cells!.map((c) => c.text)).toEqual(['行政事业性收费', '7730.28']);
    const carried = huaianshi.find((l) => l.text.startsWith('四、结转下年度继续办理'))!;
    expect(carried.source.page).toBe(5);
  });

  it('joins a row label wrapped over lines with the numbers printed beside its middle line', () => {
    expect(cellsOf(hongzequ2023, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '0', '0', '0', '0', '0', '4',
    ]);
    expect(cellsOf(huaianshi, '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')).toEqual([
      '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '67', '3', '0', '0', '1', '0', '71',
    ]);
    expect(cellsOf(huaianshi, '5.要求行政机关确认或重新出具已获取信息')?.slice(1)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  });

  it('moves a vertical one-character-per-line group label off the data rows', () => {
    expect(cellsOf(huaianshi, '4.保护第三方合法权益')).toEqual(['4.保护第三方合法权益', '6', '0', '0', '0', '0', '0', '6']);
    expect(cellsOf(huaianshi, '2.没有现成信息需要另行制作')).toEqual(['2.没有现成信息需要另行制作', '11', '0', '0', '0', '0', '0', '11']);
  });

  it('reads the 15 numbers of table 四 in order', () => {
    const row = huaianshi.find((l) => l.cells?.length === 15)!;
    expect(row.cells!.map((c) => Number(c.text))).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
  });

  it('refuses a damaged PDF with a Chinese message', async () => {
    const bytes = fixture('kiro_hongzequ_2024.pdf').subarray(0, 5000);
    await expect(pdfToLines(bytes)).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(pdfToLines(new TextEncoder().encode('%PDF-1.7 nonsense'))).rejects.toThrow(/PDF/);
  });
});

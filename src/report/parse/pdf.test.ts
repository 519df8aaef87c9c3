import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from './encoding.ts';
import type { ReportLine } from './lines.ts';
import { pageRows, pdfToLines } from './pdf.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/reports-rich/${name}`, import.meta.url)));
/** The cells of the row holding this label, from the label on (a ruled table's row also holds the cells of its group labels before it). */
const cellsOf = (lines: ReportLine[], label: string) => {
  const cells = lines.find((l) => l.cells?.some((c) => c.text === label))?.cells?.map((c) => c.text);
  return cells?.slice(cells.indexOf(label));
};
const cellTexts = (lines: ReportLine[]) => lines.flatMap((l) => l.cells?.map((c) => c.text) ?? [l.text]);

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
    const fee = hongzequ2023.find((l) => l.cells?.[0]?.text === '行政事业性收费')!;
    expect(fee.source.page).toBe(3);
    expect(fee.cells!.map((c) => c.text)).toEqual(['行政事业性收费', '7730.28']);
    const carried = huaianshi.find((l) => l.cells?.some((c) => c.text === '四、结转下年度继续办理'))!;
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

describe('grouping text runs of a page into table rows', () => {
  // Positions as Chromium prints a narrow HTML table at 9 pt (read from a generated PDF).
  const run = (text: string, x: number, y: number, width: number) => ({ text, x, y, width, size: 9 });
  const texts = (rows: { cells: { text: string }[] }[]) => rows.map((r) => r.cells.map((c) => c.text));

  it('splits a number from a label that fills its narrow column, and two numbers less than a character apart', () => {
    const rows = pageRows([
      run('3.', 229.6, 638.3, 6.7), run('补正后申请内容仍不明确', 236.4, 638.3, 99), run('22', 343.5, 639.8, 9), run('0', 373.3, 639.8, 4.5),
      run('789', 530.5, 639.8, 13.5), run('7788', 552.7, 639.8, 18),
    ]);
    expect(texts(rows)).toEqual([['3.补正后申请内容仍不明确', '22', '0', '789', '7788']]);
  });

  it('keeps a short number inside a sentence in its sentence', () => {
    const rows = pageRows([run('全年共受理申请', 100, 500, 63), run('21', 165, 500, 9), run('件。', 176, 500, 18)]);
    expect(texts(rows)).toEqual([['全年共受理申请 21 件。']]);
  });

  it('gives a leaf label wrapped around a group label back to its own row and the group label a line of its own', () => {
    const rows = pageRows([
      run('2.没有现成信息需要另行制', 229.6, 603.8, 108),
      run('（四）无法提供', 173.2, 595.8, 63), run('0', 343.5, 596.6, 4.5), run('2', 373.3, 596.6, 4.5), run('239', 552.7, 596.6, 13.5),
      run('作', 236.4, 590.3, 9),
    ]);
    expect(texts(rows)).toEqual([['（四）无法提供'], ['2.没有现成信息需要另行制作', '0', '2', '239']]);
  });

  it('does not take the next block title of a tightly set table as the end of a one-line label', () => {
    const rows = pageRows([
      run('规范性文件', 112.6, 555.8, 45), run('378', 209.4, 556.5, 13.5), run('49', 279.1, 556.5, 9), run('688', 348.9, 556.5, 13.5),
      run('第二十条第（五）项', 112.6, 538.5, 81),
    ]);
    expect(texts(rows)).toEqual([['规范性文件', '378', '49', '688'], ['第二十条第（五）项']]);
  });

  it('joins a row-group label printed a few characters per line down the side of its rows', () => {
    const rows = pageRows([
      run('三、本年', 106.1, 234, 36), run('（一）予以公开', 157.6, 234, 63), run('0', 360.1, 234.8, 4.5), run('1', 386.1, 234.8, 4.5),
      run('度办理结', 106.1, 220.5, 36),
      run('（二）部分公开', 157.6, 216.8, 63), run('0', 360.1, 217.6, 4.5), run('2', 386.1, 217.6, 4.5),
      run('果', 106.1, 207, 9),
    ]);
    expect(texts(rows)).toEqual([['三、本年度办理结果'], ['（一）予以公开', '0', '1'], ['（二）部分公开', '0', '2']]);
  });
});

describe('vertical group labels of the 淮安市 2024 PDF', async () => {
  const lines = await pdfToLines(fixture('gnb_huaianshi_2024.pdf'));
  it('reads "（三）不" and "予公开", printed down the side of rows 4 to 5, as the one cell they are printed in', () => {
    expect(cellTexts(lines)).toContain('（三）不予公开');
    expect(cellTexts(lines)).toContain('三、本年度办理结果');
  });
});

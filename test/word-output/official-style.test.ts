// The Word output of the annual report and of the 告知书 in GB/T 9704 style (issue 11 item 10), read back
// from the .docx: the footer's page-number field with its 一字线, odd/even placement, headings kept with
// what follows, and the fonts and sizes of the standard (2号 = 22 pt = 44 half-points, 3号 = 16 pt = 32,
// 4号 = 14 pt = 28).
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { letterToDocx } from '../../src/features/applications/applications.letters.ts';
import { buildReport } from '../../src/report/build.ts';
import { renderDocx } from '../../src/report/render/docx.ts';

const xmlOf = async (bytes: Uint8Array, part: string) => cheerio.load(await (await JSZip.loadAsync(bytes)).file(part)!.async('string'), { xml: true });

async function footers(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const doc = cheerio.load(await zip.file('word/document.xml')!.async('string'), { xml: true });
  const rels = cheerio.load(await zip.file('word/_rels/document.xml.rels')!.async('string'), { xml: true });
  const byType: Record<string, cheerio.CheerioAPI> = {};
  for (const ref of doc('w\\:footerReference').toArray()) {
    const target = rels(`Relationship[Id="${ref.attribs['r:id']}"]`).attr('Target')!;
    byType[ref.attribs['w:type']!] = cheerio.load(await zip.file(`word/${target}`)!.async('string'), { xml: true });
  }
  return { byType, settings: cheerio.load(await zip.file('word/settings.xml')!.async('string'), { xml: true }) };
}

function expectOfficialPageNumbers(found: Awaited<ReturnType<typeof footers>>) {
  // Odd and even pages differ (w:evenAndOddHeaders): odd on the right, even on the left, one 4号 character (280 twips) in.
  expect(found.settings('w\\:evenAndOddHeaders').length).toBe(1);
  const odd = found.byType.default!;
  const even = found.byType.even!;
  expect(odd('w\\:jc').attr('w:val')).toBe('right');
  expect(odd('w\\:ind').attr('w:right')).toBe('280');
  expect(even('w\\:jc').attr('w:val')).toBe('left');
  expect(even('w\\:ind').attr('w:left')).toBe('280');
  for (const $ of [odd, even]) {
    // “— PAGE —”: the PAGE field between two 一字线, 4号 (28 half-points) 宋体.
    expect($('w\\:instrText').text().trim()).toBe('PAGE');
    expect($('w\\:t').map((_, t) => $(t).text()).get()).toEqual(['— ', ' —']);
    expect($('w\\:sz').first().attr('w:val')).toBe('28');
    expect($('w\\:rFonts').first().attr('w:eastAsia')).toBe('宋体');
    expect($('w\\:rFonts').first().attr('w:ascii')).toBe('宋体');
  }
}

async function expectFontTable(bytes: Uint8Array) {
  const $ = await xmlOf(bytes, 'word/fontTable.xml');
  for (const [name, alt] of [['仿宋_GB2312', '仿宋'], ['方正小标宋简体', '宋体'], ['黑体', 'SimHei'], ['楷体_GB2312', '楷体']]) {
    const font = $(`w\\:font[w\\:name="${name}"]`);
    expect(font.length, name).toBe(1);
    expect(font.find('w\\:altName').attr('w:val')).toBe(alt);
    expect(font.find('w\\:charset').attr('w:val')).toBe('86');
  }
}

const report = () =>
  buildReport({
    format: 'gov_2021',
    year: 2025,
    agency: '土门关乡人民政府',
    reportDate: '2026-01-20',
    values: {},
    texts: { general_situation: '2025 年共受理依申请公开 4 件。', other_matters: '本机关本年度未收取信息处理费。' },
  });

describe('Word output in GB/T 9704 style: the annual report', () => {
  it('has 公文 page numbers, headings kept with what follows, and the standard’s fonts and sizes', async () => {
    const bytes = await renderDocx(report());
    expectOfficialPageNumbers(await footers(bytes));
    await expectFontTable(bytes);
    const $ = await xmlOf(bytes, 'word/document.xml');
    const paragraphs = $('w\\:body > w\\:p').toArray();
    const title = $(paragraphs[0]!);
    expect(title.find('w\\:t').text()).toContain('政府信息公开工作年度报告');
    expect(title.find('w\\:sz').attr('w:val')).toBe('44');
    expect(title.find('w\\:rFonts').attr('w:eastAsia')).toBe('方正小标宋简体');
    const headings = paragraphs.filter((p) => /^[一二三四五六]、/u.test($(p).find('w\\:t').text()));
    expect(headings.map((p) => $(p).find('w\\:t').text())).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    for (const h of headings) {
      // Never stranded at a page bottom: the heading is kept whole and with the next paragraph or table.
      expect($(h).find('w\\:keepNext').length, $(h).text()).toBe(1);
      expect($(h).find('w\\:keepLines').length, $(h).text()).toBe(1);
      expect($(h).find('w\\:rFonts').attr('w:eastAsia')).toBe('黑体');
      expect($(h).find('w\\:sz').attr('w:val')).toBe('32');
    }
    // A heading followed directly by its table (section 二 has no text here): the table comes next.
    const second = headings[1]!;
    expect(second.next && $(second).next()[0]!.name).toBe('w:tbl');
    // Body in 3号仿宋_GB2312 at a fixed 28.95 pt; table cells smaller (小五号 9 pt).
    const body = paragraphs.find((p) => $(p).find('w\\:t').text().startsWith('2025 年共受理'))!;
    expect($(body).find('w\\:rFonts').attr('w:eastAsia')).toBe('仿宋_GB2312');
    expect($(body).find('w\\:sz').attr('w:val')).toBe('32');
    expect($(body).find('w\\:spacing').attr('w:line')).toBe('579');
    expect($(body).find('w\\:spacing').attr('w:lineRule')).toBe('exact');
    expect($('w\\:tbl').first().find('w\\:tc w\\:sz').first().attr('w:val')).toBe('18');
    // The last paragraph stays with the signature.
    const signature = paragraphs.findIndex((p) => $(p).find('w\\:t').text() === '土门关乡人民政府');
    expect($(paragraphs[signature - 1]!).find('w\\:keepNext').length).toBe(1);
    // A4 with GB/T 9704's 版心 (156 mm × 225 mm).
    expect($('w\\:pgMar').attr('w:top')).toBe('2098');
    expect($('w\\:pgMar').attr('w:left')).toBe('1588');
  });
});

describe('Word output in GB/T 9704 style: the 告知书', () => {
  it('uses the same page numbers, fonts and sizes', async () => {
    const bytes = new Uint8Array(await letterToDocx({
      title: '土门关乡人民政府政府信息公开申请答复书',
      letterNumber: '〔2026〕第2号',
      paragraphs: ['王建国：', '本机关于2026年11月2日收到您提出的政府信息公开申请。', '特此告知。'],
      agencyName: '土门关乡人民政府',
      date: '2026年12月7日',
    }));
    expectOfficialPageNumbers(await footers(bytes));
    await expectFontTable(bytes);
    const $ = await xmlOf(bytes, 'word/document.xml');
    const paragraphs = $('w\\:body > w\\:p').toArray();
    expect($(paragraphs[0]!).find('w\\:sz').attr('w:val')).toBe('44');
    expect($(paragraphs[0]!).find('w\\:rFonts').attr('w:eastAsia')).toBe('方正小标宋简体');
    expect($(paragraphs[0]!).find('w\\:keepNext').length).toBe(1);
    const text = $(paragraphs[3]!);
    expect(text.find('w\\:rFonts').attr('w:eastAsia')).toBe('仿宋_GB2312');
    expect(text.find('w\\:sz').attr('w:val')).toBe('32');
    expect(text.find('w\\:ind').attr('w:firstLine')).toBe('640');
    expect(text.find('w\\:spacing').attr('w:line')).toBe('579');
  });
});

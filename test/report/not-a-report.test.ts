import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotAnnualReportError, readReportLines, readReportText } from '../../src/report/parse/index.ts';

const dir = join(import.meta.dirname, '../fixtures/reports');
const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('a document that is not an annual report is refused with a Chinese message', () => {
  for (const [file, why] of [
    ['not-report-jiedu.txt', '解读'],
    ['not-report-news.txt', '新闻'],
    ['not-report-notice.txt', '通知'],
  ] as const) {
    it(`refuses ${file} (${why})`, () => {
      let error: unknown;
      try {
        readReportText(fixture(file));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NotAnnualReportError);
      expect((error as Error).message).toMatch(/不是政府信息公开工作年度报告/);
    });
  }
});

describe('a document that merely mentions annual reports is refused', () => {
  it('refuses the README of the rich fixtures (English markdown listing reports, no title, headings or tables)', () => {
    const readme = readFileSync(join(dir, '../reports-rich/README.md'), 'utf8');
    expect(() => readReportText(readme)).toThrow(NotAnnualReportError);
    expect(() => readReportText(readme)).toThrow(/没有年度报告的标题、章节和统计表/);
  });

  it('refuses rows of numbers with neither a report title nor a section heading', () => {
    const listing = ['文件清单', '规章\t3\t0\t12', '行政规范性文件\t5\t1\t20', '行政许可\t100', '行政处罚\t20', '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1'].join('\n');
    expect(() => readReportText(listing)).toThrow(NotAnnualReportError);
  });

  it('still reads a report whose only sign is its title', () => {
    expect(readReportText('某某镇2023年政府信息公开工作年度报告\n').year).toBe(2023);
  });
});

describe('garbage and truncated input give a model with findings, never an exception', () => {
  it('returns a model for empty text', () => {
    const report = readReportText('');
    expect(report.cells).toEqual({});
    expect(report.readFindings?.map((f) => f.rule)).toContain('NO_SECTIONS');
  });

  it('keeps what a report cut off in the middle of table 三 printed and says where it stopped', () => {
    const text = fixture('004_2e14c0d31e5d676b.txt');
    const cut = text.slice(0, text.indexOf('3.危及'));
    const report = readReportText(cut);
    expect(report.year).toBe(2024);
    expect(report.cells['applications.new_received.total']?.value).toBe(4);
    expect(report.cells['applications.outcomes.withheld.prohibited_by_laws.total']?.value).toBe(0);
    expect(report.cells['applications.outcomes.withheld.endangers_security_stability.total']).toBeUndefined();
    expect(report.incompleteTables).toContain('applications');
    const finding = report.readFindings?.find((f) => f.rule === 'TABLE_INCOMPLETE');
    expect(finding?.message).toContain('2.其他法律行政法规禁止公开');
  });

  it('reads a report that stops after its title as a report without tables', () => {
    const report = readReportText('段店乡2019年度政府信息公开年度报告\n\n一、总体情况\n2019年，根据区政府信息公开中心的统一安排');
    expect(report.year).toBe(2019);
    expect(report.sections.map((s) => s.id)).toEqual(['general_situation']);
    expect(report.incompleteTables).toContain('applications');
  });

  it('never throws anything but NotAnnualReportError on random text', () => {
    const alphabet = fc.constantFrom(...'0123456789 \t\n、，。（）()一二三四五六七八九十总计其他规章年度报告/-—．１２'.split(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 200 })), { maxLength: 20 }), (parts) => {
        try {
          const report = readReportText(parts.join('\n'));
          expect(report).toHaveProperty('cells');
        } catch (e) {
          expect(e).toBeInstanceOf(NotAnnualReportError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random lines that carry cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 9 }), { maxLength: 30 }), (rows) => {
        const lines = rows.map((cells, i) => ({
          text: cells.join('\t'),
          cells: cells.map((text, c) => ({ text, source: { table: 0, row: i, column: c } })),
          source: { table: 0, row: i },
        }));
        try {
          readReportLines(lines);
        } catch (e) {
          expect(e).toBeInstanceOf(NotAnnualReportError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('malformed input from a caller is read, not crashed on', () => {
  it('treats a line without text as an empty line', () => {
    const lines = [
      { text: '城关镇人民政府2022年政府信息公开工作年度报告', source: { line: 1 } },
      { text: null, source: { line: 2 } },
      { text: 12, source: { line: 3 } },
    ] as unknown as Parameters<typeof readReportLines>[0];
    expect(readReportLines(lines).year).toBe(2022);
  });

  it('ignores an invalid line numbering option', () => {
    const report = readReportText('段店乡2019年度政府信息公开年度报告', { firstLine: -3 });
    expect(report.year).toBe(2019);
  });
});

// The rich documents of the corpus read cell by cell: every expected value was checked by a person
// against the document (see test/fixtures/reports-rich/README.md), never produced by this code.
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from './encoding.ts';
import { NotAnnualReportError } from './index.ts';
import { isReportReadError, readDocument, readReportFile } from './read-file.ts';

const dir = new URL('../../../test/fixtures/reports-rich/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));

interface Expected {
  file: string;
  format: string;
  year: number | null;
  agency: string | null;
  agencyAlsoAccepted: string[];
  cells: Record<string, number | null>;
}
const expectedFiles = readdirSync(new URL('expected/', dir)).filter((f) => f.endsWith('.json') && !f.startsWith('gnb_blank'));

describe('reading real published reports cell by cell', () => {
  for (const name of expectedFiles) {
    const expected = JSON.parse(readFileSync(new URL(`expected/${name}`, dir), 'utf8')) as Expected;
    it(`reads ${expected.file} exactly as printed: format, year, agency and all ${Object.keys(expected.cells).length} cells`, async () => {
      const report = await readReportFile(bytes(expected.file), expected.file);
      expect(report.format).toBe(expected.format);
      expect(report.year).toBe(expected.year);
      expect([expected.agency, ...expected.agencyAlsoAccepted]).toContain(report.agency);
      const read: Record<string, number | null> = {};
      for (const [key, cell] of Object.entries(report.cells)) read[key] = cell.kind === 'blank' ? null : cell.value;
      expect(read).toEqual(expected.cells);
    });
  }

  it('keeps the blank legal-person cells of the 沭阳县发改局 page blank, not zero', async () => {
    const report = await readReportFile(bytes('kiro_shuyang-fgj_2023.simplified.html'), 'x.html');
    expect(report.cells['applications.new_received.commercial_enterprise']).toMatchObject({ kind: 'blank', value: null });
    expect(report.cells['applications.new_received.natural_person']).toMatchObject({ kind: 'number', value: 26 });
  });

  it('reads the hybrid 洪泽区 table 三 (one （六）其他处理 row) as a 2019-style table inside a 2021 report', async () => {
    const report = await readReportFile(bytes('kiro_hongzequ_2024.pdf'), 'x.pdf');
    expect(report.tableFormats?.applications).toBe('gov_2019');
    expect(report.cells['applications.outcomes.other_handling.total']?.value).toBe(0);
    expect(report.cells['applications.outcomes.other_handling.other.total']).toBeUndefined();
  });

  it('reads the blank official Word template as a 2021 report with blank cells and never invents a number', async () => {
    const report = await readReportFile(bytes('gnb_blank-template_2021.docx'), '模板.docx');
    expect(report.format).toBe('gov_2021');
    expect(report.year).toBeNull();
    const expected = JSON.parse(readFileSync(new URL('expected/gnb_blank-template_2021.json', dir), 'utf8')) as Expected;
    const applicationKeys = Object.keys(expected.cells).filter((k) => k.startsWith('applications.'));
    for (const key of applicationKeys) expect(report.cells[key], key).toMatchObject({ kind: 'blank', value: null });
    expect(Object.values(report.cells).every((c) => c.kind === 'blank')).toBe(true);
    expect(report.readFindings?.length).toBeGreaterThan(0);
  });
});

describe('choosing the reader from the bytes', () => {
  it('recognises PDF, Word and HTML whatever the file is called', async () => {
    expect((await readDocument(bytes('kiro_hongzequ_2023.pdf'), 'report.txt')).kind).toBe('pdf');
    expect((await readDocument(bytes('gnb_blank-template_2021.docx'), 'report.bin')).kind).toBe('docx');
    expect((await readDocument(bytes('kiro_shuyang-fgj_2023.simplified.html'), 'report.txt')).kind).toBe('html');
  });

  it('reads an HTML page saved as GBK', async () => {
    const html = readFileSync(new URL('kiro_shuyang-fgj_2023.simplified.html', dir), 'utf8');
    const report = await readReportFile(iconv.encode(html, 'gbk'), 'gbk.html');
    expect(report.agency).toBe('沭阳县发展和改革局');
    expect(report.cells['applications.outcomes.granted.total']?.value).toBe(26);
  });

  it('refuses the mojibake JSON of 金湖县 with a message naming the garbling', async () => {
    const attempt = readReportFile(bytes('kiro_jinhuxian-llmparse-mojibake_2023.json'), 'jinhu.json');
    await expect(attempt).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(attempt).rejects.toThrow(/乱码/);
  });

  it('refuses an old binary .doc and a zip that is not Word', async () => {
    await expect(readReportFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.doc')).rejects.toThrow(/\.docx/);
    await expect(readReportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.zip')).rejects.toBeInstanceOf(UnreadableDocumentError);
  });

  it('says a text that is no annual report is not one', async () => {
    const notice = '关于做好2024年春节期间安全生产工作的通知\n各村、各单位：\n为切实做好春节期间安全生产工作，现将有关事项通知如下。\n';
    const error = await readReportFile(new TextEncoder().encode(notice), 'notice.txt').catch((e: unknown) => e);
    expect(isReportReadError(error)).toBe(true);
    expect(error).toBeInstanceOf(NotAnnualReportError);
  });
});

describe('Traditional-character mirrors of a text report', () => {
  it('reads seed 004 rewritten in Traditional characters as the same report, and says it converted', async () => {
    const OpenCC = await import('opencc-js');
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const simplified = readFileSync(new URL('seeds/004_2e14c0d31e5d676b.txt', dir), 'utf8');
    const traditional = toTraditional(simplified);
    expect(traditional).toContain('政府信息公開');
    const original = await readReportFile(new TextEncoder().encode(simplified), 'seed.txt');
    const mirrored = await readReportFile(new TextEncoder().encode(traditional), 'seed-hk.txt');
    expect(mirrored.agency).toBe('湛河区曹镇乡人民政府');
    expect(mirrored.year).toBe(2024);
    expect(mirrored.cells).toEqual(original.cells);
    expect(mirrored.readFindings?.map((f) => f.rule)).toContain('READ_TRADITIONAL');
  });
});

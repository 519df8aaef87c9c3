import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxToLines } from './docx.ts';
import { UnreadableDocumentError } from './encoding.ts';
import { readReportLines } from './read-lines.ts';

const template = new Uint8Array(readFileSync(new URL('../../../test/fixtures/reports-rich/gnb_blank-template_2021.docx', import.meta.url)));

describe('flattening a Word report into lines', () => {
  it('reads the blank official template: three tables whose value cells are all blank', async () => {
    const lines = await docxToLines(template);
    expect(lines[0]!.text).toBe('政府信息公开工作年度报告格式模板');
    const tables = new Set(lines.filter((l) => l.cells).map((l) => l.source.table));
    expect([...tables]).toEqual([0, 1, 2]);
    const newReceived = lines.find((l) => l.text.startsWith('一、本年新收'))!;
    expect(newReceived.cells!.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '', '', '', '', '', '', '']);
    const reviewRow = lines.filter((l) => l.source.table === 2).at(-1)!;
    expect(reviewRow.cells).toHaveLength(15);
    expect(reviewRow.cells!.every((c) => c.text === '')).toBe(true);
  });

  it('reads the template as a report whose three tables are present with every cell blank', async () => {
    const report = readReportLines(await docxToLines(template));
    const expected = JSON.parse(readFileSync(new URL('../../../test/fixtures/reports-rich/expected/gnb_blank-template_2021.json', import.meta.url), 'utf8')) as { cells: Record<string, null> };
    expect(Object.keys(report.cells).sort()).toEqual(Object.keys(expected.cells).sort());
    expect(Object.keys(report.cells)).toHaveLength(200);
    for (const cell of Object.values(report.cells)) expect(cell).toMatchObject({ kind: 'blank', value: null });
    expect(report.incompleteTables).toBeUndefined();
    expect(report.readFindings?.map((f) => f.rule)).toEqual(['YEAR_NOT_FOUND']);
  });

  it('keeps merged cells of the template on their grid columns', async () => {
    const lines = await docxToLines(template);
    const withheld = lines.find((l) => l.cells?.some((c) => c.text === '（三）不予公开'))!;
    expect(withheld.cells!.slice(0, 3).map((c) => [c.source.column, c.text])).toEqual([[1, '（三）不予公开'], [2, '1.属于国家秘密'], [3, '']]);
  });

  it('refuses a file that is not a Word document', async () => {
    await expect(docxToLines(new TextEncoder().encode('PK not really a zip'))).rejects.toBeInstanceOf(UnreadableDocumentError);
  });
});

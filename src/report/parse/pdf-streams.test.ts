// The PDF stream guard: a 1 MB PDF whose page content inflates to 1 GiB is refused in Chinese before
// pdfjs opens it; the real corpus PDFs (fonts, contents, object streams) pass untouched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfBomb } from '../../../test/support/bombs.ts';
import { UnreadableDocumentError } from './encoding.ts';
import { checkPdfStreams, inflatedSize } from './pdf-streams.ts';
import { readReportFile } from './read-file.ts';

const MiB = 1024 * 1024;
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/reports-rich/${name}`, import.meta.url)));

describe('bounding what a PDF unpacks to', () => {
  it('refuses a 1 MB PDF whose content stream inflates to 1 GiB, with a Chinese message that says what to do', async () => {
    const bomb = pdfBomb(1024);
    expect(bomb.length).toBeLessThan(2 * MiB);
    expect(() => checkPdfStreams(bomb)).toThrow(/PDF 文件中有一段内容解压后超过 64 MB.*重新导出/);
    const error = await readReportFile(bomb, '年报.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as UnreadableDocumentError).reason).toBe('too_large');
  });

  it('refuses many streams that pass the total limit together', () => {
    expect(() => checkPdfStreams(pdfBomb(40), { maxStreamBytes: 64 * MiB, maxTotalBytes: 32 * MiB, maxPages: 10 })).toThrow(/PDF 文件中的全部内容解压后超过 32 MB/);
    expect(() => checkPdfStreams(pdfBomb(40), { maxStreamBytes: 64 * MiB, maxTotalBytes: 64 * MiB, maxPages: 10 })).not.toThrow();
  });

  it('lets the real reports through', () => {
    for (const name of ['gnb_huaianshi_2024.pdf', 'kiro_hongzequ_2023.pdf']) expect(() => checkPdfStreams(fixture(name)), name).not.toThrow();
  });

  it('counts damaged zlib data up to the damage, never throwing', () => {
    expect(inflatedSize(new Uint8Array([1, 2, 3, 4, 5]), 100)).toBe(0);
  });
});

// The Word part guard: a small .docx whose document.xml unpacks to gigabytes is refused in Chinese
// before it is unpacked (declared size) or while it is (a lying header, capped inflate), and an
// ordinary Word file still reads. The bombs are generated (test/support/bombs.ts), a few MB at most.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxBomb, zipOf } from '../../../test/support/bombs.ts';
import { docxToLines } from './docx.ts';
import { UnreadableDocumentError } from './encoding.ts';
import { checkZipParts, inflateCapped, openGuardedZip, readZipDirectory } from './office-zip.ts';
import { readReportFile } from './read-file.ts';

const template = new Uint8Array(readFileSync(new URL('../../../test/fixtures/reports-rich/gnb_blank-template_2021.docx', import.meta.url)));
const MiB = 1024 * 1024;

describe('opening a Word file under part limits', () => {
  it('lists the parts of a real .docx with their declared sizes, all within the limits', () => {
    const parts = readZipDirectory(template);
    expect(parts.map((p) => p.name)).toContain('word/document.xml');
    expect(() => checkZipParts(parts)).not.toThrow();
    const zip = openGuardedZip(template);
    const bytes = zip.read('word/document.xml');
    expect(new TextDecoder().decode(bytes).startsWith('<?xml')).toBe(true);
    expect(bytes.length).toBe(parts.find((p) => p.name === 'word/document.xml')!.declaredSize);
  });

  it('refuses a 2 MB .docx whose document.xml declares 2 GiB, from the directory alone', async () => {
    const bomb = docxBomb(2047);
    expect(bomb.length).toBeLessThan(3 * MiB);
    await expect(docxToLines(bomb)).rejects.toThrow(/word\/document\.xml”解压后超过 32 MB.*压缩炸弹.*另存为新的 \.docx/);
    await expect(readReportFile(bomb, '年报.docx')).rejects.toBeInstanceOf(UnreadableDocumentError);
  });

  it('refuses the same bomb when its headers lie (2 KB declared): inflating stops at the cap', async () => {
    const bomb = docxBomb(2047, { lie: true });
    expect(readZipDirectory(bomb).find((p) => p.name === 'word/document.xml')!.declaredSize).toBe(2048);
    const error = await docxToLines(bomb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as UnreadableDocumentError).reason).toBe('too_large');
    expect((error as Error).message).toMatch(/解压后超过 32 MB/);
  });

  it('caps the inflate of raw data: 40 MiB of spaces under a 32 MiB cap gives null, under a 64 MiB cap the bytes', () => {
    const part = docxBomb(40, { lie: true });
    const zip = openGuardedZip(part, { maxParts: 10, maxPartBytes: 64 * MiB, maxTotalBytes: 64 * MiB });
    expect(zip.read('word/document.xml').length).toBe(40 * MiB);
    expect(() => openGuardedZip(part).read('word/document.xml')).toThrow(/解压后超过 32 MB/);
    expect(inflateCapped(new Uint8Array([0x03, 0x00]), 10)).toEqual(new Uint8Array(0));
  });

  it('refuses a file of more parts than any document has, and all parts together past the total', () => {
    const many = zipOf(Array.from({ length: 6 }, (_, i) => ({ name: `word/p${i}.xml`, data: Buffer.from('<a/>') })));
    expect(() => openGuardedZip(many, { maxParts: 5, maxPartBytes: MiB, maxTotalBytes: MiB })).toThrow(/6 个部件.*上限 5 个/);
    const big = zipOf(Array.from({ length: 3 }, (_, i) => ({ name: `word/p${i}.xml`, data: Buffer.alloc(1000, 0x20) })));
    expect(() => openGuardedZip(big, { maxParts: 5, maxPartBytes: 1000, maxTotalBytes: 2500 })).toThrow(/全部内容”解压后超过/);
  });

  it('says a file without a zip directory is damaged, in Chinese', () => {
    expect(() => readZipDirectory(new Uint8Array(Buffer.from('PK\u0003\u0004 not really')))).toThrow(/Word 文档无法打开/);
  });
});

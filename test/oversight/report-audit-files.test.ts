// Unpacking a bulk-audit upload: limits are enforced while unpacking (a zip bomb stops at the limit, not
// in memory), names written by Windows tools in GBK are read, Office files are documents, not archives.
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { expandUpload, MAX_REPORT_BYTES } from '../../src/features/oversight/report-audit.files.ts';

const summary = (entries: Awaited<ReturnType<typeof expandUpload>>) => entries.map((e) => ('refused' in e ? [e.name, e.refused] : [e.name, e.data.length]));

describe('bulk audit upload unpacking', () => {
  it('refuses an entry that inflates past 20 MB (declared sizes are not trusted) and keeps the others', async () => {
    const zip = new JSZip();
    zip.file('bomb.txt', Buffer.alloc(MAX_REPORT_BYTES + 1024, 0x30));
    zip.file('ok.txt', '一、总体情况');
    const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(data.length).toBeLessThan(1024 * 1024);
    expect(summary(await expandUpload([{ name: 'a.zip', data }]))).toEqual([
      ['a.zip/bomb.txt', '文件过大，单个文件不能超过 20 MB。'],
      ['a.zip/ok.txt', 18],
    ]);
  });

  it('reads entry names a Windows archiver wrote in GBK', async () => {
    const zip = new JSZip();
    zip.file('年报.txt', '内容');
    const utf8 = await zip.generateAsync({ type: 'nodebuffer' });
    // Rewrite the name bytes as GBK and clear the UTF-8 flag (general purpose bit 11), as WinRAR does.
    const gbkName = iconv.encode('年报.txt', 'gbk');
    expect(gbkName.length).toBe(Buffer.from('年报.txt').length - 2);
    const rebuilt = await JSZip.loadAsync(utf8);
    const again = await rebuilt.generateAsync({ type: 'nodebuffer', encodeFileName: ((name: string) => iconv.encode(name, 'gbk')) as unknown as (name: string) => string });
    expect(summary(await expandUpload([{ name: 'b.zip', data: again }]))).toEqual([['b.zip/年报.txt', 6]]);
  });

  it('passes a Word .docx through as a document and skips macOS metadata in archives', async () => {
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types/>');
    docx.file('word/document.xml', '<w:document/>');
    const docxData = await docx.generateAsync({ type: 'nodebuffer' });
    const zip = new JSZip();
    zip.file('__MACOSX/._a.txt', 'x');
    zip.file('.DS_Store', 'x');
    zip.file('a.txt', 'abc');
    const data = await zip.generateAsync({ type: 'nodebuffer' });
    expect(summary(await expandUpload([{ name: 'r.docx', data: docxData }, { name: 'c.zip', data }]))).toEqual([
      ['r.docx', docxData.length],
      ['c.zip/a.txt', 3],
    ]);
  });
});

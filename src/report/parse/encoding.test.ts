import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError, decodeText, isMojibake, toSimplified } from './encoding.ts';

const report = '段店乡2019年度政府信息公开年度报告\n一、总体情况\n2019年，本乡共收到政府信息公开申请1件，予以公开1件。\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量\t1\n';

describe('decoding the bytes of a text report', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(report);
    expect(decodeText(bytes)).toEqual({ text: report, encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: report, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 little- and big-endian from their byte-order marks', () => {
    expect(decodeText(iconv.encode(report, 'utf16le', { addBOM: true })).text).toBe(report);
    const be = iconv.encode(report, 'utf16-be');
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be])).text).toBe(report);
  });

  it('recognises UTF-16 without a byte-order mark from its zero bytes', () => {
    const decoded = decodeText(iconv.encode('2023 annual report 政府信息公开 1 2 3 4 5 6 7', 'utf16le'));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe('2023 annual report 政府信息公开 1 2 3 4 5 6 7');
  });

  it('falls back to GB18030 when the bytes are not UTF-8 (a GBK file from an old Windows tool)', () => {
    const decoded = decodeText(iconv.encode(report, 'gbk'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(report);
  });

  it('refuses UTF-8 text that was once read as GBK and saved again, naming the problem', () => {
    const garbled = iconv.decode(Buffer.from(report.repeat(3), 'utf8'), 'gbk');
    expect(garbled.startsWith('娈靛簵涔')).toBe(true);
    expect(isMojibake(garbled)).toBe(true);
    expect(() => decodeText(new TextEncoder().encode(garbled))).toThrow(/乱码/);
  });

  it('does not mistake an ordinary report for mojibake', () => {
    expect(isMojibake(report.repeat(3))).toBe(false);
  });

  it('refuses binary data and empty files with a Chinese message', () => {
    expect(() => decodeText(new Uint8Array([1, 2, 0, 3, 255, 254, 0, 0, 7]))).toThrow(UnreadableDocumentError);
    expect(() => decodeText(new Uint8Array())).toThrow('文件是空的');
  });
});

describe('Traditional-character mirrors', () => {
  it('converts a Traditional report to Simplified so the statutory labels match', () => {
    const convert = toSimplified('本年新收政府信息公開申請數量，上年結轉政府信息公開申請數量，總計，結果維持');
    expect(convert).not.toBeNull();
    expect(convert!('本年新收政府信息公開申請數量 總計 結果維持')).toBe('本年新收政府信息公开申请数量 总计 结果维持');
  });

  it('leaves a Simplified report alone', () => {
    expect(toSimplified(report)).toBeNull();
  });
});

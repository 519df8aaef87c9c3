// Decoding the bytes of a text report. Published reports arrive as UTF-8 (with or without a BOM),
// UTF-16 (Word's "Unicode text"), or GBK/GB18030 (older Windows tools). A file that was UTF-8,
// was read as GBK by some tool and saved again is "mojibake" (涓€銆佹€讳綋…): its characters are
// valid but wrong, so reading it as a report would silently misread it. It is refused with a
// clear message instead.
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file started with a byte-order mark. */
  bom: boolean;
}

/** The bytes cannot be read as a report: binary, damaged, or text whose characters were garbled. */
export class UnreadableDocumentError extends Error {
  /** too_large: past a size limit (a decompression bomb, an endless input, a page nested too deeply). */
  readonly reason: 'binary' | 'mojibake' | 'damaged' | 'empty' | 'too_large';
  constructor(reason: UnreadableDocumentError['reason'], message: string) {
    super(message);
    this.name = 'UnreadableDocumentError';
    this.reason = reason;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode a text document, choosing the encoding from its BOM or its bytes. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnreadableDocumentError('empty', '文件是空的，没有可读取的内容。');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked({ text: decodeUtf8OrThrow(bytes.subarray(3)), encoding: 'utf-8', bom: true });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true });
  }
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return checked({ text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false });
  if (looksBinary(bytes)) {
    throw new UnreadableDocumentError('binary', '这不是文本文件（含有二进制数据），也不是可识别的 PDF 或 Word 文档，无法读取。');
  }
  try {
    return checked({ text: utf8.decode(bytes), encoding: 'utf-8', bom: false });
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw error;
    // Not valid UTF-8: older tools save Chinese text as GBK; GB18030 is its superset.
    return checked({ text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030', bom: false });
  }
}

function decodeUtf8OrThrow(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UnreadableDocumentError('damaged', '文件标明是 UTF-8 编码，但其中有无法解码的字节，文件可能已损坏。');
  }
}

function checked(decoded: DecodedText): DecodedText {
  const text = decoded.text;
  const replacement = countMatches(text, /\uFFFD/g);
  const controls = countMatches(text, /[\u0000-\u0008\u000e-\u001f]/g);
  if (text.length > 0 && (replacement + controls) / text.length > 0.05) {
    throw new UnreadableDocumentError('damaged', '文件中有大量无法识别的字符，可能已损坏或不是文本文件，无法读取。');
  }
  if (isMojibake(text)) {
    throw new UnreadableDocumentError(
      'mojibake',
      '文件的中文已成乱码（UTF-8 文本曾被当作 GBK 读取后再次保存，出现“涓€銆佹€讳綋”一类文字），无法可靠读取。请取得原始文件后再检查。',
    );
  }
  return decoded;
}

const mojibakeMarkers = /[銆锛鍙鏀鍏鐨鎴浜涓骞淇鐢璇绗鎯]/;

// Words every annual report uses many times; mojibake hides them, repairing reveals them.
const reportWords = /政府|信息|公开|申请|年度|报告|情况|行政|办理|总计/g;

/**
 * Mojibake test: re-encode the text as GBK and decode the bytes as UTF-8. Garbled text turns back
 * into ordinary report words; genuine text turns into noise. Only a clear majority counts.
 */
export function isMojibake(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // Cheap first look: garbled Chinese always contains some of these (the GBK reading of the UTF-8
  // lead bytes of common characters and of full-width punctuation); ordinary reports rarely do.
  if (!mojibakeMarkers.test(sample)) return false;
  const cjk = countMatches(sample, /[\u4e00-\u9fff]/g);
  if (cjk < 20) return false;
  const before = countMatches(sample, reportWords);
  const repaired = new TextDecoder('utf-8').decode(iconv.encode(sample, 'gbk'));
  const after = countMatches(repaired, reportWords);
  return after >= 5 && after > before * 3;
}

function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // In UTF-16 text the zero bytes are mostly the high bytes of ASCII characters (digits, line
  // ends), so they fall on one parity; only the odd Chinese character (开 = U+5F00) puts one on the
  // other. Whether the decoded text is plausible then decides: binary data decodes to noise.
  const candidate = oddZero > 0 && evenZero * 3 <= oddZero ? 'utf-16le' : evenZero > 0 && oddZero * 3 <= evenZero ? 'utf-16be' : null;
  if (!candidate) return null;
  const sample = new TextDecoder(candidate).decode(bytes.subarray(0, n));
  const plausible = countMatches(sample, /[\t\n\r\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g);
  return plausible / Math.max(sample.length, 1) > 0.9 ? candidate : null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) suspicious++;
  }
  return suspicious / n > 0.02;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count++;
  return count;
}

// Traditional-character mirrors (繁體版 of a government site, Hong Kong style variants) are read
// after conversion to Simplified, so the format's labels match. Built lazily: the dictionaries
// are large and most documents never need them.
let traditionalConverter: ((text: string) => string) | null = null;

/**
 * A converter to Simplified when the text is written in Traditional characters, else null.
 * Simplified text is left alone (a few characters such as 著/乾 would otherwise change).
 */
export function toSimplified(text: string): ((text: string) => string) | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (!traditionalMarkers.test(sample)) return null;
  traditionalConverter ??= buildTraditionalConverter();
  const converted = traditionalConverter(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && i < converted.length; i++) if (sample[i] !== converted[i]) changed++;
  const cjk = countMatches(sample, /[\u4e00-\u9fff]/g);
  return changed >= 3 && changed / Math.max(cjk, 1) > 0.01 ? traditionalConverter : null;
}

// Characters that appear in nearly every Traditional report and never in a Simplified one.
const traditionalMarkers = /[開報請數與務資處總結機關訊檢議決計劃條縣鄉區國過對於會門動]/;

function buildTraditionalConverter(): (text: string) => string {
  const fromTaiwan = OpenCC.Converter({ from: 't', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return (text: string) => fromTaiwan(fromHongKong(text));
}

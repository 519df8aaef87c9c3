// Bounding what a PDF unpacks to before pdfjs-dist reads it. pdfjs has no option that limits the size
// of a decoded stream: a 1 MB PDF whose page content inflates to a gigabyte took `report check` to
// 2.7 GB and 48 s. So every FlateDecode stream that text extraction decodes (page contents, fonts,
// object streams — not images, which text extraction never decodes) is inflated here first with a cap,
// and the file is refused when one stream or all of them together pass the limit. Pure over bytes.
// Streams of an encrypted PDF cannot be inflated without decrypting them; they are counted as their
// stored size (pdfjs reads them; the page limit and the bulk audit's time limit still apply).
import { Unzlib } from 'fflate';
import { UnreadableDocumentError } from './encoding.ts';

export interface PdfLimits {
  /** Decoded size of any one stream. */
  readonly maxStreamBytes: number;
  /** Decoded size of all streams together. */
  readonly maxTotalBytes: number;
  /** Pages read. */
  readonly maxPages: number;
}

const MiB = 1024 * 1024;

/** A report's page content is tens of KB and an embedded CJK font a few MB; a long scanned file is mostly images. */
export const pdfLimits: PdfLimits = { maxStreamBytes: 64 * MiB, maxTotalBytes: 256 * MiB, maxPages: 500 };

const tooLarge = (what: string, limit: number) =>
  new UnreadableDocumentError(
    'too_large',
    `PDF 文件中${what}解压后超过 ${Math.round(limit / MiB)} MB，远大于任何年度报告或公文，可能是恶意构造的压缩炸弹，已拒绝读取。请用 PDF 阅读器打开确认后重新导出（“另存为”或“打印为 PDF”）再上传。`,
  );

/** Deflate expands at most ~1,032 : 1. */
const MAX_RATIO = 1032;

/** How many bytes zlib data inflates to, counting no further than `limit` (+1 when over). Damaged data counts up to the damage. */
export function inflatedSize(data: Uint8Array, limit: number): number {
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
  });
  const step = data.length * MAX_RATIO <= limit ? data.length : 16 * 1024;
  try {
    for (let i = 0; i < data.length && size <= limit; i += step) inflater.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
  } catch {
    // Damaged or encrypted data: what was inflated so far is what pdfjs could get out of it too.
  }
  return size > limit ? limit + 1 : size;
}

const latin1 = new TextDecoder('latin1');

/**
 * Throws UnreadableDocumentError('too_large') when a FlateDecode stream of the file, or all of them
 * together, inflate past the limits. Scans `stream … endstream` pairs; the dictionary before each
 * says whether it is compressed and whether it is an image.
 */
export function checkPdfStreams(bytes: Uint8Array, limits: PdfLimits = pdfLimits): void {
  // Latin-1 maps every byte to one character, so string offsets are byte offsets.
  const text = latin1.decode(bytes);
  const keyword = /stream\r?\n/g;
  const streams: Uint8Array[] = [];
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(text))) {
    const at = match.index;
    if (at >= 3 && text.startsWith('end', at - 3)) continue;
    const start = at + match[0].length;
    // The stream's dictionary: from the last "obj" before it (at most 4 KB back).
    const head = text.slice(Math.max(0, at - 4096), at);
    const objAt = head.lastIndexOf(' obj');
    const dictionary = objAt >= 0 ? head.slice(objAt) : head;
    let end = text.indexOf('endstream', start);
    if (end < 0) end = text.length;
    keyword.lastIndex = end + 9;
    if (!/\/(?:FlateDecode|Fl)\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    streams.push(bytes.subarray(start, end));
  }
  // Inflating costs a fixed amount per stream, and a browser's PDF has hundreds of tiny ones. The
  // smallest are counted at the most they could inflate to (1,032 × their size) while that stays
  // under half the total limit; the others are inflated and counted as they are.
  streams.sort((a, b) => a.length - b.length);
  let bound = 0;
  let total = 0;
  for (const data of streams) {
    const most = data.length * MAX_RATIO;
    if (most <= limits.maxStreamBytes && bound + most <= limits.maxTotalBytes / 2) {
      bound += most;
      continue;
    }
    const size = inflatedSize(data, Math.min(limits.maxStreamBytes, limits.maxTotalBytes - bound - total));
    if (size > limits.maxStreamBytes) throw tooLarge('有一段内容', limits.maxStreamBytes);
    total += size;
    if (bound + total > limits.maxTotalBytes) throw tooLarge('的全部内容', limits.maxTotalBytes);
  }
}

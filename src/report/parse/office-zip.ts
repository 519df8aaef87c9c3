// Opening an Office file (.docx) without trusting it. A .docx is a zip of XML parts; a 2 MB file can
// declare or hide a part that inflates to gigabytes (a "decompression bomb"). Every caller that reads a
// Word file (report check, the bulk audit, catalogue attachments) opens it here: the central directory
// is read and every part's declared size is checked before anything is inflated, and each part that is
// read is inflated with a cap, so a part whose declared size lies stops at the cap too. Pure over bytes.
import { Inflate, inflateSync } from 'fflate';
import { UnreadableDocumentError } from './encoding.ts';

export interface OfficeZipLimits {
  /** Parts (entries) in the file. */
  readonly maxParts: number;
  /** Unpacked size of any one part, declared or actual. */
  readonly maxPartBytes: number;
  /** Unpacked size of all parts together (declared), and of all parts actually read. */
  readonly maxTotalBytes: number;
}

const MiB = 1024 * 1024;

/**
 * A report's document.xml is 0.1–3 MB; a long regulation with pictures a few dozen MB unpacked. Past
 * these a part is refused before it can take the server's memory (mammoth's XML tree is ~10× the part).
 */
export const officeZipLimits: OfficeZipLimits = { maxParts: 5_000, maxPartBytes: 32 * MiB, maxTotalBytes: 256 * MiB };

export interface ZipPart {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly compressedSize: number;
  /** The unpacked size the central directory states (may lie: reading is capped anyway). */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

const damaged = () => new UnreadableDocumentError('damaged', 'Word 文档无法打开（文件可能已损坏，或不是 .docx 格式；旧版 .doc 请先另存为 .docx）。');

const tooLarge = (name: string, limit: number) =>
  new UnreadableDocumentError(
    'too_large',
    `Word 文档中的“${name}”解压后超过 ${Math.round(limit / MiB)} MB，远大于任何年度报告或公文，可能是恶意构造的压缩炸弹，已拒绝读取。请在 Word 或 WPS 中打开确认后另存为新的 .docx 再上传。`,
  );

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;

/** The parts listed in the zip's central directory (zip64 sizes included). Throws for a damaged file. */
export function readZipDirectory(bytes: Uint8Array): ZipPart[] {
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65_535; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // Zip64 end of central directory, found through its locator just before the EOCD.
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) throw damaged();
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) throw damaged();
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > officeZipLimits.maxParts * 4) throw damaged();
  const parts: ZipPart[] = [];
  let at = offset;
  const names = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw damaged();
    const method = u16(bytes, at + 10);
    let compressedSize = u32(bytes, at + 20);
    let declaredSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let localHeaderOffset = u32(bytes, at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // Zip64 extra field (id 1): the 64-bit values, in this order, of the fields that are 0xffffffff.
      let e = at + 46 + nameLength;
      const end = e + extraLength;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const size = u16(bytes, e + 2);
        if (id === 1) {
          let p = e + 4;
          if (declaredSize === 0xffffffff) (declaredSize = u64(bytes, p)), (p += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(bytes, p)), (p += 8);
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, p);
          break;
        }
        e += 4 + size;
      }
    }
    parts.push({ name, method, compressedSize, declaredSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** Refuses a file whose directory already shows too many parts or a part (or all parts) too large to unpack. */
export function checkZipParts(parts: readonly ZipPart[], limits: OfficeZipLimits = officeZipLimits): void {
  if (parts.length > limits.maxParts) {
    throw new UnreadableDocumentError('too_large', `Word 文档中有 ${parts.length} 个部件，远多于正常文档（上限 ${limits.maxParts} 个），已拒绝读取。请另存为新的 .docx 后再试。`);
  }
  let total = 0;
  for (const part of parts) {
    if (part.declaredSize > limits.maxPartBytes) throw tooLarge(part.name, limits.maxPartBytes);
    total += part.declaredSize;
  }
  if (total > limits.maxTotalBytes) throw tooLarge('全部内容', limits.maxTotalBytes);
}

/** Deflate never expands more than about 1,032 : 1: below that a part cannot pass the cap. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * Inflates raw deflate data, stopping as soon as the output passes `limit` bytes (returns null then).
 * Small inputs that cannot reach the limit are inflated in one call; larger ones in 16 KB steps, so at
 * most the limit plus one step's output (~16 MB) is ever held.
 */
export function inflateCapped(data: Uint8Array, limit: number): Uint8Array | null {
  if (data.length * MAX_DEFLATE_RATIO <= limit) return inflateSync(data);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) over = true;
    else chunks.push(chunk);
  });
  const step = 16 * 1024;
  for (let i = 0; i < data.length && !over; i += step) inflater.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
  if (over) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A zip opened under limits: part names, and each part's bytes inflated with a cap. */
export interface GuardedZip {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The part's bytes; throws UnreadableDocumentError when it or the total read passes a limit. */
  read(name: string): Uint8Array;
}

export function openGuardedZip(bytes: Uint8Array, limits: OfficeZipLimits = officeZipLimits): GuardedZip {
  const parts = readZipDirectory(bytes);
  checkZipParts(parts, limits);
  const byName = new Map<string, ZipPart>();
  for (const part of parts) byName.set(part.name, part);
  let readTotal = 0;
  return {
    names: [...byName.keys()],
    has: (name) => byName.has(name),
    read(name) {
      const part = byName.get(name);
      if (!part) throw damaged();
      const at = part.localHeaderOffset;
      if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw damaged();
      const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
      const end = start + part.compressedSize;
      if (end > bytes.length) throw damaged();
      const data = bytes.subarray(start, end);
      const limit = Math.min(limits.maxPartBytes, limits.maxTotalBytes - readTotal);
      let out: Uint8Array | null;
      if (part.method === 0) out = data.length > limit ? null : data;
      else if (part.method === 8) {
        try {
          out = inflateCapped(data, limit);
        } catch {
          throw damaged();
        }
      } else throw damaged();
      if (out === null) throw limit < limits.maxPartBytes ? tooLarge('全部内容', limits.maxTotalBytes) : tooLarge(name, limits.maxPartBytes);
      readTotal += out.length;
      return out;
    },
  };
}

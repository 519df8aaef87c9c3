// Small files that unpack to very large ones (decompression bombs), made on the fly so nothing big is
// stored in the repository. A raw deflate stream is a sequence of blocks: one block of 1 MiB of spaces,
// flushed to a byte boundary, repeated N times and closed by an empty final block, inflates to N MiB
// (ratio ~1,000 : 1). Used by the guard tests of the report reader, the bulk audit and attachments.
import { constants, crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';

const MiB = 1024 * 1024;

/** Raw deflate data that inflates to `mebibytes` MiB of `fill` bytes. */
export function deflateBomb(mebibytes: number, fill = 0x20): Buffer {
  const key = `deflate:${mebibytes}:${fill}`;
  const known = made.get(key);
  if (known) return known;
  const block = deflateRawSync(Buffer.alloc(MiB, fill), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  // 0x03 0x00: a final fixed-Huffman block holding only the end-of-block code.
  return remember(key, Buffer.concat([...Array.from({ length: mebibytes }, () => block), Buffer.from([0x03, 0x00])]));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** Raw deflate data (method 8) … */
  deflated?: Buffer;
  /** … or the plain bytes (deflated here). */
  data?: Buffer;
  /** Unpacked size written in the headers (defaults to the true size when data is given). */
  declaredSize?: number;
  /** CRC-32 of the unpacked bytes when only `deflated` is given. */
  crc?: number;
}

/** A zip file of the given entries; the declared sizes may lie (crc 0 for bombs). */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = entry.deflated ?? deflateRawSync(entry.data ?? Buffer.alloc(0));
    const size = entry.declaredSize ?? entry.data?.length ?? 0;
    const crc = entry.data ? crc32(entry.data) : (entry.crc ?? 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const rels = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);

/** CRC-32 of `mebibytes` MiB of spaces (so the bomb passes a reader that checks it). */
function spacesCrc(mebibytes: number): number {
  const block = Buffer.alloc(MiB, 0x20);
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = zlibCrc32(block, crc);
  return crc;
}

/**
 * A .docx whose word/document.xml unpacks to `mebibytes` MiB (spaces after the opening tag). With
 * `lie`, the headers declare 2 KB, so only a capped inflate can notice.
 */
export function docxBomb(mebibytes: number, options: { lie?: boolean } = {}): Buffer {
  const key = `docx:${mebibytes}:${options.lie === true}`;
  return made.get(key) ?? remember(key, makeDocxBomb(mebibytes, options));
}

/** Bombs already made in this test file (the 2 GiB one takes a second or two to make). */
const made = new Map<string, Buffer>();
function remember(key: string, value: Buffer): Buffer {
  made.set(key, value);
  return value;
}

function makeDocxBomb(mebibytes: number, options: { lie?: boolean }): Buffer {
  const declared = Math.min(mebibytes * MiB, 0xffffffff);
  return zipOf([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rels },
    { name: 'word/document.xml', deflated: deflateBomb(mebibytes), declaredSize: options.lie ? 2048 : declared, crc: spacesCrc(mebibytes) },
  ]);
}

/** A PDF whose one page's content stream inflates to `mebibytes` MiB of spaces (FlateDecode). */
export function pdfBomb(mebibytes: number): Buffer {
  // zlib framing around the raw bomb: header 78 DA, then the blocks; the Adler-32 is left wrong (readers still inflate).
  const zlibData = Buffer.concat([Buffer.from([0x78, 0xda]), deflateBomb(mebibytes), Buffer.alloc(4)]);
  const parts: (string | Buffer)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (chunk: string | Buffer) => {
    parts.push(chunk);
    length += typeof chunk === 'string' ? Buffer.byteLength(chunk, 'latin1') : chunk.length;
  };
  add('%PDF-1.4\n');
  const object = (n: number, body: string | Buffer[]) => {
    offsets[n] = length;
    add(`${n} 0 obj\n`);
    if (typeof body === 'string') add(body);
    else for (const b of body) add(b);
    add('\nendobj\n');
  };
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>');
  object(4, [Buffer.from(`<< /Length ${zlibData.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), zlibData, Buffer.from('\nendstream', 'latin1')]);
  const xref = length;
  add(`xref\n0 5\n0000000000 65535 f \n${[1, 2, 3, 4].map((n) => String(offsets[n]).padStart(10, '0') + ' 00000 n \n').join('')}`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

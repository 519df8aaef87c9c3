// The files of a bulk audit upload: plain files as uploaded, .zip archives unpacked (one level), each
// checked against the size and count limits before anything is stored, so a bad file becomes a
// per-file Chinese message and never a crash or a half-stored batch. Stored under generated names in
// <data>/files/report-audit/ (outside the web root, DESIGN §5).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

/** A published report is a few MB; anything bigger is refused (the upload limit of app.ts is 20 MB per file). */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;
/** Files in one batch (uploaded plus unpacked): the checker takes about a second per PDF on this machine. */
export const MAX_BATCH_FILES = 200;
/** Unpacked size of all archives of one upload together (a zip bomb stops here, not in memory). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export interface UploadedFile {
  readonly name: string;
  readonly data: Buffer;
}

/** One file of the batch: bytes to check, or the reason it is refused. */
export type BatchEntry = { readonly name: string; readonly data: Buffer } | { readonly name: string; readonly size: number; readonly refused: string };

function isZip(data: Buffer): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** Zip entry names are UTF-8 when flagged, otherwise (Windows 资源管理器, WinRAR) usually GBK. */
function decodeEntryName(bytes: string[] | Uint8Array | Buffer): string {
  const buffer = Buffer.from(bytes as Uint8Array);
  const utf8 = buffer.toString('utf8');
  return utf8.includes('\ufffd') ? iconv.decode(buffer, 'gb18030') : utf8;
}

function hiddenOrSystem(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX' || part === 'Thumbs.db');
}

/** Reads one entry, stopping as soon as it grows past `limit` bytes (declared sizes in a zip may lie). */
function readEntry(entry: JSZip.JSZipObject, limit: number): Promise<Buffer | 'too_big'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const stream = entry.nodeStream('nodebuffer');
    const settle = (value: Buffer | 'too_big' | Error) => {
      if (settled) return;
      settled = true;
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        stream.pause();
        settle('too_big');
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: Error) => settle(error));
    stream.on('end', () => settle(Buffer.concat(chunks)));
  });
}

const mb = (bytes: number) => `${Math.ceil(bytes / 1048576)} MB`;

/** Expands the upload into the files of the batch, in upload order (archive entries in their stored order). */
export async function expandUpload(files: readonly UploadedFile[]): Promise<BatchEntry[]> {
  const out: BatchEntry[] = [];
  let unpacked = 0;
  for (const file of files) {
    if (file.data.length === 0) {
      out.push({ name: file.name, size: 0, refused: '文件是空的（0 字节）。' });
      continue;
    }
    if (!isZip(file.data)) {
      out.push(file.data.length > MAX_REPORT_BYTES ? { name: file.name, size: file.data.length, refused: `文件过大（${mb(file.data.length)}），单个文件不能超过 20 MB。` } : file);
      continue;
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(file.data, { decodeFileName: decodeEntryName, checkCRC32: true });
    } catch {
      out.push({ name: file.name, size: file.data.length, refused: '压缩包已损坏或不是 .zip 格式，无法解压。请重新打包后上传。' });
      continue;
    }
    // A Word .docx (or another Office file) is a zip too: it is a document for the reader, not an archive.
    if (zip.files['[Content_Types].xml']) {
      out.push(file.data.length > MAX_REPORT_BYTES ? { name: file.name, size: file.data.length, refused: `文件过大（${mb(file.data.length)}），单个文件不能超过 20 MB。` } : file);
      continue;
    }
    const entries = Object.values(zip.files).filter((e) => !e.dir && !hiddenOrSystem(e.name));
    if (entries.length === 0) {
      out.push({ name: file.name, size: file.data.length, refused: '压缩包里没有可以核查的文件。' });
      continue;
    }
    for (const entry of entries) {
      const name = `${file.name}/${entry.name}`;
      if (/\.zip$/i.test(entry.name)) {
        out.push({ name, size: 0, refused: '压缩包里的压缩包不再解压，请把其中的文件直接放进一个压缩包。' });
        continue;
      }
      let data: Buffer | 'too_big';
      try {
        data = await readEntry(entry, Math.min(MAX_REPORT_BYTES, MAX_UNPACKED_BYTES - unpacked));
      } catch {
        out.push({ name, size: 0, refused: '压缩包中的这个文件已损坏，无法解压。' });
        continue;
      }
      if (data === 'too_big') {
        out.push({
          name,
          size: 0,
          refused: unpacked >= MAX_UNPACKED_BYTES - MAX_REPORT_BYTES ? '压缩包解压后的总大小超过 200 MB，其余文件未解压。请分批上传。' : '文件过大，单个文件不能超过 20 MB。',
        });
        continue;
      }
      unpacked += data.length;
      out.push(data.length === 0 ? { name, size: 0, refused: '文件是空的（0 字节）。' } : { name, data });
    }
  }
  return out;
}

export function auditFilesDir(dataDir: string): string {
  return join(dataDir, 'files', 'report-audit');
}

export function storeAuditFile(dataDir: string, storedName: string, data: Buffer): void {
  const dir = auditFilesDir(dataDir);
  mkdirSync(dir, { recursive: true });
  // Generated names only (a UUID): nothing from the upload reaches the file system path.
  writeFileSync(join(dir, storedName), data, { flag: 'wx' });
}

export function auditFilePath(dataDir: string, storedName: string): string {
  if (!/^[0-9a-f-]{36}$/.test(storedName)) throw new Error('bad stored name');
  return join(auditFilesDir(dataDir), storedName);
}

export function readAuditFile(dataDir: string, storedName: string): Buffer {
  return readFileSync(auditFilePath(dataDir, storedName));
}

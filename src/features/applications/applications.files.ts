// Attachments are stored outside the web root, under <dataDir>/files/applications/<generated name>,
// never under the name the uploader chose (DESIGN §5). Size and type are limited before anything is written.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoredSync, writePendingFileSync } from '../../platform/durable-files.ts';
import { ValidationError } from '../../platform/errors.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

/** Accepted types by their magic bytes — the declared type and the file name are not trusted. */
const signatures: Array<{ mediaType: string; extension: string; test: (b: Buffer) => boolean }> = [
  { mediaType: 'application/pdf', extension: 'pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { mediaType: 'image/jpeg', extension: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mediaType: 'image/png', extension: 'png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  // .docx/.xlsx are ZIP containers; the name decides which, the bytes that it is a ZIP.
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', test: (b) => b[0] === 0x50 && b[1] === 0x4b },
];

export interface UploadedFile {
  originalName: string;
  data: Buffer;
}

export interface StoredFile {
  originalName: string;
  storedName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'files', 'applications');
}

function detectType(file: UploadedFile): { mediaType: string; extension: string } | null {
  const lower = file.originalName.toLowerCase();
  for (const s of signatures) {
    if (!s.test(file.data)) continue;
    if (s.extension === 'docx' && !lower.endsWith('.docx')) continue;
    return s;
  }
  return null;
}

/**
 * Checks every file first (nothing is written if one is refused), then writes them under random names
 * — as pending files: run the transaction that records them through removingFilesOnFailure.
 */
export function storeAttachments(dataDir: string, files: readonly UploadedFile[], field = 'attachments'): StoredFile[] {
  if (files.length > MAX_ATTACHMENTS) throw new ValidationError({ [field]: `最多上传 ${MAX_ATTACHMENTS} 个附件` });
  const checked = files.map((file) => {
    if (file.data.length === 0) throw new ValidationError({ [field]: `附件“${file.originalName}”是空文件，请重新选择` });
    if (file.data.length > MAX_ATTACHMENT_BYTES) throw new ValidationError({ [field]: `附件“${file.originalName}”超过 10 MB，请压缩或分开提交` });
    const type = detectType(file);
    if (!type) throw new ValidationError({ [field]: `附件“${file.originalName}”的类型不支持，只接受 PDF、JPG、PNG 或 Word（.docx）文件` });
    return { file, type };
  });
  if (checked.length === 0) return [];
  const dir = attachmentsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return checked.map(({ file, type }) => {
    const storedName = `${randomBytes(16).toString('hex')}.${type.extension}`;
    // Under its pending name, synced; the caller's removingFilesOnFailure gives it the final name once
    // the case is committed (platform/durable-files.ts). 'wx': a collision fails, never overwrites.
    writePendingFileSync(join(dir, storedName), file.data);
    return {
      originalName: file.originalName.replace(/[\\/\0]/g, '_').slice(0, 200),
      storedName,
      mediaType: type.mediaType,
      sizeBytes: file.data.length,
      sha256: createHash('sha256').update(file.data).digest('hex'),
    };
  });
}

export function readAttachment(dataDir: string, storedName: string): Buffer {
  if (!/^[0-9a-f]{32}\.[a-z]+$/.test(storedName)) throw new Error('invalid stored name');
  return readStoredSync(join(attachmentsDir(dataDir), storedName), (path) => readFileSync(path));
}

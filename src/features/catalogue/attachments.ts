// Attachments of catalogue items: 条例第二十四条 requires published information to be downloadable.
// Files are checked by size and by their leading bytes (not the name the browser sent), stored
// under generated names in `<dataDir>/files/catalogue/` — outside any web root (DESIGN §5) — and
// their text is extracted for search and for the personal-data scanner.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readStored, writePendingFile } from '../../platform/durable-files.ts';
import { ValidationError } from '../../platform/errors.ts';
import { guardedMammothInput } from '../../report/parse/docx.ts';
import { UnreadableDocumentError } from '../../report/parse/encoding.ts';
import { checkPdfStreams, pdfLimits } from '../../report/parse/pdf-streams.ts';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', label: 'PDF' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word' },
  png: { mediaType: 'image/png', label: '图片' },
  jpeg: { mediaType: 'image/jpeg', label: '图片' },
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** Recognises the file by its magic bytes; null when it is none of the accepted kinds. */
export function sniffAttachmentType(data: Uint8Array, fileName: string): AttachmentType | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  // .docx is a ZIP; accept only when the name says Word (a ZIP of anything else is refused).
  if (starts(0x50, 0x4b, 0x03, 0x04) && /\.docx$/i.test(fileName)) return 'docx';
  return null;
}

export function checkAttachment(data: Uint8Array, fileName: string): AttachmentType {
  if (data.byteLength === 0) throw new ValidationError({ file: '上传的文件是空的，请重新选择。' });
  if (data.byteLength > MAX_ATTACHMENT_BYTES) throw new ValidationError({ file: `附件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，请压缩或拆分后上传。` });
  const type = sniffAttachmentType(data, fileName);
  if (!type) throw new ValidationError({ file: '只能上传 PDF、Word（.docx）或图片（PNG、JPEG）文件。旧版 .doc 请另存为 .docx 后上传。' });
  // The name is what the public downloads: a PDF called “通知.docx” would not open in Word, so a
  // name whose extension says another kind of file is refused (a name without extension is fine).
  const ext = /\.([a-z][a-z0-9]{0,4})$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== undefined && !EXTENSIONS[type].includes(ext)) {
    throw new ValidationError({ file: `文件内容是 ${ATTACHMENT_TYPES[type].label}，与文件名“.${ext}”不符，请确认文件后重新上传。` });
  }
  return type;
}

const EXTENSIONS: Record<AttachmentType, readonly string[]> = { pdf: ['pdf'], docx: ['docx'], png: ['png'], jpeg: ['jpg', 'jpeg'] };

/**
 * Plain text of a PDF or Word file (images have none: OCR is out of scope). A damaged file gives ''.
 * A file that unpacks to far more than any document (a decompression bomb: a Word part or a PDF stream
 * past the limits of office-zip.ts / pdf-streams.ts) is refused with ValidationError({ file }) before
 * it is unpacked, so it is neither stored nor allowed to take the server's memory.
 */
export async function extractText(type: AttachmentType, data: Uint8Array): Promise<string> {
  try {
    if (type === 'docx') {
      // The zip opened under the part limits, each part inflated with a cap (never mammoth's own unzip).
      const r = await mammoth.extractRawText(guardedMammothInput(data) as unknown as { buffer: Buffer });
      return r.value;
    }
    if (type === 'pdf') {
      checkPdfStreams(data);
      const doc = await getDocument({ data: new Uint8Array(data), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
      try {
        const pages: string[] = [];
        // Text of the first pages only past the limit: enough for search and the personal-data scan.
        for (let p = 1; p <= Math.min(doc.numPages, pdfLimits.maxPages); p++) {
          const page = await doc.getPage(p);
          const content = await page.getTextContent();
          pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
          page.cleanup();
        }
        return pages.join('\n');
      } finally {
        await doc.destroy();
      }
    }
  } catch (error) {
    if (error instanceof UnreadableDocumentError && error.reason === 'too_large') throw new ValidationError({ file: error.message });
    // A damaged file still gets stored; it is simply not searchable, and the reviewer reads it by eye.
  }
  return '';
}

export interface StoredFile {
  storedName: string;
  sha256: string;
}

export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'files', 'catalogue');
}

export async function storeFile(dir: string, type: AttachmentType, data: Uint8Array): Promise<StoredFile> {
  await mkdir(dir, { recursive: true });
  const storedName = `${randomUUID()}.${type === 'jpeg' ? 'jpg' : type}`;
  // Pending and synced until the transaction that records it commits (platform/durable-files.ts).
  await writePendingFile(join(dir, storedName), data);
  return { storedName, sha256: createHash('sha256').update(data).digest('hex') };
}

export async function readStoredFile(dir: string, storedName: string): Promise<Buffer> {
  // Stored names are generated (uuid.ext); refuse anything else so no path can escape the folder.
  if (!/^[0-9a-f-]{36}\.(pdf|docx|png|jpg)$/.test(storedName)) throw new ValidationError({ file: '附件名称无效。' });
  return readStored(join(dir, storedName), (path) => readFile(path));
}

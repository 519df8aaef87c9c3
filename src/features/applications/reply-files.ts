// The files of the information provided with a reply (条例第三十六条第（一）（二）项、第四十条: 予以公开 /
// 部分公开 provide the information itself). They are checked and stored exactly like catalogue attachments
// (catalogue/attachments.ts: PDF, Word, PNG/JPEG by their bytes, 20 MB, generated names), because under
// 条例第四十四条 they may become the attachments of a 主动公开 draft. Stored outside any web root under
// `<dataDir>/files/applications/reply/`; recorded in application_attachment with kind 'reply_information'.
import { join } from 'node:path';
import { ValidationError } from '../../platform/errors.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { uploadLimits } from '../../platform/uploads.ts';
import { actorAccountId, type Actor } from '../accounts/domain/policy.ts';
import { ATTACHMENT_TYPES, checkAttachment, readStoredFile, storeFile, type AttachmentType } from '../catalogue/attachments.ts';
import { attachmentsDir, type UploadedFile } from './applications.files.ts';
import * as repo from './applications.repository.ts';

export const REPLY_FILE_KIND = 'reply_information';
/** As many files as one request may carry (platform/uploads.ts). */
export const MAX_REPLY_FILES = uploadLimits.files;
/** The form field of the files. */
export const REPLY_FILES_FIELD = 'replyFiles';

export function replyFilesDir(dataDir: string): string {
  return join(attachmentsDir(dataDir), 'reply');
}

export interface CheckedReplyFile {
  readonly fileName: string;
  readonly type: AttachmentType;
  readonly data: Uint8Array;
}

/** Checks every file before anything is stored; the first refused one is named in the message. */
export function checkReplyFiles(files: readonly UploadedFile[]): CheckedReplyFile[] {
  if (files.length > MAX_REPLY_FILES) throw new ValidationError({ [REPLY_FILES_FIELD]: `最多上传 ${MAX_REPLY_FILES} 个文件，请合并后再上传。` });
  return files.map((file) => {
    // The same name rule as catalogue attachments: the name is what a later 主动公开 download carries.
    const fileName = file.originalName.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 120) || '附件';
    try {
      return { fileName, type: checkAttachment(file.data, fileName), data: file.data };
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError({ [REPLY_FILES_FIELD]: `“${fileName}”：${Object.values(error.fields)[0] ?? error.message}` });
      throw error;
    }
  });
}

/**
 * Stores checked files and records them on the case, in the caller's transaction; each file's path is
 * added to `written` as soon as it is on disk (removingFilesOnFailure removes them if the transaction fails).
 */
export async function storeReplyFiles(
  tx: Executor,
  ctx: ServiceContext,
  dataDir: string,
  actor: Actor,
  agencyId: string,
  applicationId: string,
  files: readonly CheckedReplyFile[],
  written: string[],
): Promise<Array<{ id: string; fileName: string; sizeBytes: number; sha256: string }>> {
  const out: Array<{ id: string; fileName: string; sizeBytes: number; sha256: string }> = [];
  for (const file of files) {
    const stored = await storeFile(replyFilesDir(dataDir), file.type, file.data);
    written.push(join(replyFilesDir(dataDir), stored.storedName));
    const id = ctx.newId();
    await repo.insertAttachment(tx, {
      id,
      application_id: applicationId,
      agency_id: agencyId,
      kind: REPLY_FILE_KIND,
      original_name: file.fileName,
      stored_name: stored.storedName,
      media_type: ATTACHMENT_TYPES[file.type].mediaType,
      size_bytes: file.data.byteLength,
      sha256: stored.sha256,
      uploaded_by: actorAccountId(actor),
      created_at: ctx.now().toISOString(),
    });
    out.push({ id, fileName: file.fileName, sizeBytes: file.data.byteLength, sha256: stored.sha256 });
  }
  return out;
}

export function readReplyFile(dataDir: string, storedName: string): Promise<Buffer> {
  return readStoredFile(replyFilesDir(dataDir), storedName);
}

/** The 答复书's closing paragraph listing the files provided (公文格式：附件：1.…). */
export function attachmentsParagraph(fileNames: readonly string[]): string | null {
  if (fileNames.length === 0) return null;
  if (fileNames.length === 1) return `附件：${fileNames[0]}`;
  return `附件：${fileNames.map((name, i) => `${i + 1}. ${name}`).join('；')}`;
}

// Upload limits and what happens when a file is over them. The multipart plugin (app.ts) is told not to
// throw on an oversize file (`throwFileSizeLimit: false`): it reads the whole request, cuts the file at the
// limit and marks it `truncated`, so every other field of the form arrives. Then:
//   - a route that declares `config: { oversizeUpload: 'form' }` re-renders its form with the fields the
//     user typed and a Chinese message naming the limit (`oversizeFileIn(request.body)`);
//   - every other route is refused with the 413 page, as before (`registerOversizeUploadGuard`), so no
//     route can store a cut-off file by forgetting to check.
import type { FastifyInstance } from 'fastify';

/** Upload limits (DESIGN §5): per file, files per request, form fields. */
export const uploadLimits = { fileSize: 20 * 1024 * 1024, files: 10, fields: 200, parts: 220 } as const;

/** Route config of a form that re-renders itself when a file is over the limit. */
export const reRenderOversizeUpload = { oversizeUpload: 'form' } as const;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'form': the route handles an oversize file itself (see uploads.ts). */
    oversizeUpload?: 'form';
  }
}

interface FilePart {
  type?: unknown;
  fieldname?: unknown;
  filename?: unknown;
  file?: { truncated?: unknown };
}

/** The first file of a multipart body cut at the size limit: its field and name; null when none. */
export function oversizeFileIn(body: unknown): { field: string; fileName: string } | null {
  if (body === null || typeof body !== 'object') return null;
  for (const [field, raw] of Object.entries(body as Record<string, unknown>)) {
    for (const part of Array.isArray(raw) ? raw : [raw]) {
      const p = part as FilePart | null;
      if (p && typeof p === 'object' && p.type === 'file' && p.file?.truncated === true) {
        return { field, fileName: typeof p.filename === 'string' && p.filename !== '' ? p.filename : '所选文件' };
      }
    }
  }
  return null;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** “文件“材料.pdf”超过 20 MB 的上限，未能上传…”: what the form shows next to the file field. */
export function oversizeUploadMessage(fileName: string, limitBytes: number = uploadLimits.fileSize): string {
  return `文件“${fileName}”超过 ${megabytes(limitBytes)} 的上限，未能上传。请压缩或拆分后重新选择文件；您填写的其他内容已保留。`;
}

/** Refuses (413) an oversize file on every route that did not declare it re-renders its form. */
export function registerOversizeUploadGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    if (!request.isMultipart() || request.routeOptions.config.oversizeUpload === 'form') return;
    if (oversizeFileIn(request.body)) {
      throw Object.assign(new Error('request file too large'), { statusCode: 413, code: 'FST_REQ_FILE_TOO_LARGE' });
    }
  });
}

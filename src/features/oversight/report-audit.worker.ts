// The reader thread of the bulk audit: reads one stored report file with the report engine, off the web
// server's thread (reading is CPU-bound: a PDF takes up to seconds). The rules run afterwards, once every
// file of the batch is read, because they need last year's report, which may be another file of the
// batch (report-audit.check.ts). Loaded by Node's own TypeScript type stripping (Node 24), so it imports
// only .ts modules.
import { parentPort } from 'node:worker_threads';
import { pdfAssets } from '../../cli/report/pdf-assets.ts';
import { readFileCapped } from '../../cli/report/read-capped.ts';
import { isReportReadError, readPublishedReport } from '../../report/parse/read-file.ts';
import type { AuditJob, AuditOutcome } from './report-audit.job.ts';

async function read(job: AuditJob): Promise<AuditOutcome> {
  const read = await readFileCapped(job.path);
  if ('error' in read) return { id: job.id, ok: false, error: read.error.startsWith('文件无法打开') ? '已上传的文件找不到了（可能已被清理），请重新上传。' : read.error };
  const bytes = read.bytes;
  try {
    const { report, pageDate } = await readPublishedReport(bytes, job.fileName, { pdf: pdfAssets() });
    return { id: job.id, ok: true, report, pageDate };
  } catch (error) {
    if (isReportReadError(error)) return { id: job.id, ok: false, error: error.message };
    return { id: job.id, ok: false, error: '读取时出现意外错误，无法识别其中的年报内容。' };
  }
}

parentPort?.on('message', (job: AuditJob) => {
  void read(job).then((outcome) => parentPort?.postMessage(outcome));
});

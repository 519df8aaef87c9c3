// The checker thread of the bulk audit: reads one stored report file with the report engine and runs its
// consistency rules, off the web server's thread (the engine is CPU-bound: a PDF takes up to seconds).
// Loaded by Node's own TypeScript type stripping (Node 24), so it imports only .ts modules.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { mergeFindings } from '../../cli/report/check-result.ts';
import { pdfAssets } from '../../cli/report/pdf-assets.ts';
import { isReportReadError, readReportFile } from '../../report/parse/read-file.ts';
import { checkReport } from '../../report/rules/index.ts';
import type { AuditJob, AuditOutcome } from './report-audit.job.ts';

async function check(job: AuditJob): Promise<AuditOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(job.path);
  } catch {
    return { id: job.id, ok: false, error: '已上传的文件找不到了（可能已被清理），请重新上传。' };
  }
  try {
    const report = await readReportFile(bytes, job.fileName, { pdf: pdfAssets() });
    const findings = mergeFindings(report.readFindings, checkReport(report, {}));
    return { id: job.id, ok: true, format: report.format, year: report.year, agency: report.agency, findings };
  } catch (error) {
    if (isReportReadError(error)) return { id: job.id, ok: false, error: error.message };
    return { id: job.id, ok: false, error: '读取时出现意外错误，无法识别其中的年报内容。' };
  }
}

parentPort?.on('message', (job: AuditJob) => {
  void check(job).then((outcome) => parentPort?.postMessage(outcome));
});

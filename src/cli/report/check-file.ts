// Check one file: read it (any supported kind), run the consistency rules, and shape the result.
// Never throws: an unreadable file or a reader defect becomes a result with `error` (exit 2).
import type { AnnualReport, CheckResultJson } from '../../report/model.ts';
import { isReportReadError, readReportFile } from '../../report/parse/read-file.ts';
import { checkReport, type CheckOptions } from '../../report/rules/index.ts';
import { mergeFindings, toCheckResultJson, unreadableResult } from './check-result.ts';
import { pdfAssets } from './pdf-assets.ts';
import { readFileCapped } from './read-capped.ts';

export interface CheckedFile {
  result: CheckResultJson;
  report?: AnnualReport;
}

export async function checkFile(file: string, options: CheckOptions): Promise<CheckedFile> {
  const read = await readFileCapped(file);
  if ('error' in read) return { result: unreadableResult(file, read.error) };
  const bytes = read.bytes;
  let report: AnnualReport;
  try {
    report = await readReportFile(bytes, file, { pdf: pdfAssets() });
  } catch (error) {
    if (isReportReadError(error)) return { result: unreadableResult(file, error.message) };
    return { result: unreadableResult(file, `读取时出现意外错误：${error instanceof Error ? error.message : String(error)}`) };
  }
  const findings = mergeFindings(report.readFindings, checkReport(report, options));
  return { result: toCheckResultJson(file, report, findings), report };
}

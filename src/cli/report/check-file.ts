// Check one file: read it (any supported kind), run the consistency rules, and shape the result.
// Never throws: an unreadable file or a reader defect becomes a result with `error` (exit 2).
import { readFile, stat } from 'node:fs/promises';
import type { AnnualReport, CheckResultJson } from '../../report/model.ts';
import { isReportReadError, readReportFile } from '../../report/parse/read-file.ts';
import { checkReport, type CheckOptions } from '../../report/rules/index.ts';
import { mergeFindings, toCheckResultJson, unreadableResult } from './check-result.ts';
import { pdfAssets } from './pdf-assets.ts';

/** Published reports are a few MB at most; a bigger file is almost certainly not one. */
export const maxReportBytes = 50 * 1024 * 1024;

export interface CheckedFile {
  result: CheckResultJson;
  report?: AnnualReport;
}

export async function checkFile(file: string, options: CheckOptions): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.size > maxReportBytes) return { result: unreadableResult(file, `文件过大（${Math.round(info.size / 1048576)} MB），不像是一份年度报告。`) };
    bytes = await readFile(file);
  } catch {
    return { result: unreadableResult(file, '文件无法打开（不存在或没有读取权限）。') };
  }
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

// The results of a bulk audit as people read them and as they download them: per file what the reader
// found (agency and year as printed, format), the error and warning counts, and every finding with the
// cells it names (in the format's Chinese labels) and its message. Pure.
import { cellName, csvField, type Finding, type FormatId } from '../../../report/index.ts';

export interface AuditFileResult {
  readonly seq: number;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly status: 'pending' | 'checked' | 'failed';
  /** Why the file could not be checked (Chinese), for status 'failed'. */
  readonly error: string | null;
  readonly format: FormatId | null;
  readonly year: number | null;
  readonly agencyName: string | null;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly findings: readonly Finding[];
}

export const auditStatusLabels: Readonly<Record<AuditFileResult['status'], string>> = {
  pending: '等待核查',
  checked: '已核查',
  failed: '无法核查',
};

export const formatLabels: Readonly<Record<FormatId, string>> = {
  gov_2021: '2021年格式',
  gov_2019: '2019年格式',
};

/** The Chinese names of a finding's cells ("表三"（一）予以公开"行"总计"列"); an unknown key is shown as is. */
export function findingCellNames(format: FormatId | null, finding: Finding): string[] {
  return finding.cells.map((key) => {
    if (!format) return key;
    try {
      return cellName(format, key);
    } catch {
      return key;
    }
  });
}

export const auditCsvHeader = ['序号', '文件', '核查状态', '机关（读取）', '年度（读取）', '格式', '错误数', '警告数', '严重程度', '规则', '单元格', '问题说明'] as const;

/** One line per finding (a file without findings, or one that could not be read, gets one line). */
export function auditResultsCsv(files: readonly AuditFileResult[]): string {
  const lines: string[][] = [[...auditCsvHeader]];
  for (const f of files) {
    const head = [
      String(f.seq),
      f.fileName,
      auditStatusLabels[f.status],
      f.agencyName ?? '',
      f.year === null ? '' : String(f.year),
      f.format ? formatLabels[f.format] : '',
      String(f.errorCount),
      String(f.warningCount),
    ];
    if (f.status !== 'checked') {
      lines.push([...head, '', '', '', f.error ?? auditStatusLabels[f.status]]);
      continue;
    }
    if (f.findings.length === 0) {
      lines.push([...head, '', '', '', '未发现问题']);
      continue;
    }
    for (const finding of f.findings) {
      lines.push([...head, finding.severity === 'error' ? '错误' : '警告', finding.rule, findingCellNames(f.format, finding).join('；'), finding.message]);
    }
  }
  return `\ufeff${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The JSON download: one object per file, findings with cell keys and their Chinese names. */
export function auditResultsJson(batch: { id: string; createdAt: string; finishedAt: string | null }, files: readonly AuditFileResult[]): string {
  return JSON.stringify(
    {
      batch: batch.id,
      createdAt: batch.createdAt,
      finishedAt: batch.finishedAt,
      files: files.map((f) => ({
        file: f.fileName,
        status: f.status,
        ...(f.error ? { error: f.error } : {}),
        format: f.format,
        year: f.year,
        agency: f.agencyName,
        errors: f.errorCount,
        warnings: f.warningCount,
        findings: f.findings.map((finding) => ({
          rule: finding.rule,
          severity: finding.severity,
          message: finding.message,
          cells: [...finding.cells],
          cellNames: findingCellNames(f.format, finding),
        })),
      })),
    },
    null,
    2,
  );
}

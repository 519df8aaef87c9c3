// The results of a bulk audit as people read them and as they download them: per file what the reader
// found (agency and year as printed, format), the context the rules ran with (agency level, publication
// date, last year's report) and the rules that could not run for lack of it, the error and warning
// counts, and every finding with the cells it names (in the format's Chinese labels) and its message. Pure.
import { cellName, csvField, findingName, type Finding, type FormatId } from '../../../report/index.ts';
import { auditLevelLabels } from './agency-level.ts';
import { dateSourceLabels, levelSourceLabels, priorLabel, type AuditContext, type FileCorrections } from './audit-context.ts';

export interface AuditFileResult {
  readonly id: string;
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
  /** What the check ran with; null while pending, for a failed file, or for one checked before contexts were kept. */
  readonly context: AuditContext | null;
  readonly corrections: FileCorrections;
}

/** The context as four Chinese texts: level, publication date, last year's report, rules not run. */
export function contextTexts(f: AuditFileResult): { level: string; publishedOn: string; prior: string; unchecked: string[] } {
  const c = f.context;
  if (!c) {
    const none = f.status === 'checked' ? '未记录' : '';
    return { level: none, publishedOn: none, prior: none, unchecked: f.status === 'checked' ? ['未记录核查依据：本文件在记录依据之前核查，期限和跨年度规则未检查'] : [] };
  }
  return {
    level: c.agencyLevel ? `${auditLevelLabels[c.agencyLevel.value]}（${levelSourceLabels[c.agencyLevel.source]}）` : '未知',
    publishedOn: c.publishedOn ? `${c.publishedOn.value}（${dateSourceLabels[c.publishedOn.source]}）` : '未知',
    prior: c.prior ? priorLabel(c.prior) : '无',
    unchecked: [...c.unchecked],
  };
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

export const auditCsvHeader = [
  '序号',
  '文件',
  '核查状态',
  '机关（读取）',
  '年度（读取）',
  '格式',
  '错误数',
  '警告数',
  '机关（核查所用）',
  '年度（核查所用）',
  '机关层级',
  '发布日期',
  '比对的上年度报告',
  '未检查的规则',
  '严重程度',
  '规则',
  '规则名称',
  '单元格',
  '问题说明',
] as const;

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
    const texts = contextTexts(f);
    head.push(f.context?.agencyName ?? '', f.context?.year == null ? '' : String(f.context.year), texts.level, texts.publishedOn, texts.prior, texts.unchecked.join('；'));
    if (f.status !== 'checked') {
      lines.push([...head, '', '', '', '', f.error ?? auditStatusLabels[f.status]]);
      continue;
    }
    if (f.findings.length === 0) {
      lines.push([...head, '', '', '', '', '未发现问题']);
      continue;
    }
    for (const finding of f.findings) {
      lines.push([...head, finding.severity === 'error' ? '错误' : '警告', finding.rule, findingName(finding.rule), findingCellNames(f.format, finding).join('；'), finding.message]);
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
        context: f.context
          ? {
              agency: f.context.agencyName,
              year: f.context.year,
              agencyLevel: f.context.agencyLevel?.value ?? null,
              agencyLevelSource: f.context.agencyLevel?.source ?? null,
              publishedOn: f.context.publishedOn?.value ?? null,
              publishedOnSource: f.context.publishedOn?.source ?? null,
              matchedAgency: f.context.matchedAgency,
              comparedWith: f.context.prior ? { ...f.context.prior, label: priorLabel(f.context.prior) } : null,
            }
          : null,
        unchecked: contextTexts(f).unchecked,
        corrections: f.corrections,
        findings: f.findings.map((finding) => ({
          rule: finding.rule,
          ruleName: findingName(finding.rule),
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

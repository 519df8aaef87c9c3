// `gongkai report check --explain FILE`: for every cell read, the value, the text it was read from
// and where that text stands (line, page, table row and column), so a clerk can check each number
// against the document. The JSON of `--json` carries the same evidence (`evidence`).
import type { AnnualReport, CheckResultJson, FormatId, SourceRef } from '../../report/model.ts';
import { cellLabelPath } from '../../report/render/labels.ts';

/** "第 12 行", "第 3 页第 4 行", "第 2 个表格第 5 行第 3 列". */
export function describeWhere(source: SourceRef | undefined): string {
  if (!source) return '（未记录）';
  const parts: string[] = [];
  if (source.page !== undefined) parts.push(`第 ${source.page} 页`);
  if (source.table !== undefined) parts.push(`第 ${source.table + 1} 个表格`);
  if (source.row !== undefined) parts.push(`第 ${source.row + 1} 行`);
  else if (source.line !== undefined) parts.push(`第 ${source.line} 行`);
  if (source.column !== undefined) parts.push(`第 ${source.column + 1} 列`);
  return parts.length > 0 ? parts.join('') : '（未记录）';
}

/** The evidence of every cell, for the JSON result: what was printed and where. */
export function cellEvidence(report: AnnualReport): NonNullable<CheckResultJson['evidence']> {
  const out: NonNullable<CheckResultJson['evidence']> = {};
  for (const [key, cell] of Object.entries(report.cells)) {
    const source = cell.source ?? {};
    out[key] = { ...source, ...(cell.note ? { note: cell.note } : {}), ...(cell.fromText ? { fromText: true } : {}) };
  }
  return out;
}

function shown(key: string, result: CheckResultJson): string {
  if (result.notApplicable?.includes(key)) return '不适用（/）';
  const value = result.cells[key];
  return value === null || value === undefined ? '空白' : String(value);
}

/**
 * The text printed by --explain: one block per table, one line per cell. Made from the JSON result
 * (cells + evidence), so it is the same whether the file was checked here or on a worker thread.
 */
export function explainResult(result: CheckResultJson): string {
  const format: FormatId = result.format ?? 'gov_2021';
  const lines: string[] = ['逐格核对（--explain）：'];
  let table = '';
  const keys = Object.keys(result.cells);
  for (const key of keys) {
    const [title, ...rest] = cellLabelPath(format, key);
    if (title !== table) {
      table = title ?? '';
      lines.push('', `【${table}】`, '单元格｜读得的值｜原文｜位置');
    }
    const evidence = result.evidence?.[key];
    const printed = evidence?.text !== undefined ? `“${evidence.text}”` : '（无）';
    const from = evidence?.fromText ? '（取自正文叙述）' : '';
    lines.push(`${rest.join(' / ')}｜${shown(key, result)}${from}｜${printed}｜${describeWhere(evidence)}${evidence?.note ? `｜说明：${evidence.note}` : ''}`);
  }
  if (keys.length === 0) lines.push('未读到任何单元格。');
  return lines.join('\n') + '\n';
}

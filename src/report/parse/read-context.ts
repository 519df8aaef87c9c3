// What the table readers write into while reading: the cells and the reader's findings.
import type { Cell, Finding, SourceRef } from '../model.ts';
import type { ValueItem } from './tokens.ts';

export interface ReadContext {
  cells: Record<string, Cell>;
  findings: Finding[];
}

export function newReadContext(): ReadContext {
  return { cells: {}, findings: [] };
}

/** "第 12 行" / "第 3 页" / "第 2 个表格第 5 行": where a value was printed, for messages. */
export function describeSource(source: SourceRef): string {
  if (source.table !== undefined && source.row !== undefined) return `第 ${source.table + 1} 个表格第 ${source.row + 1} 行`;
  if (source.page !== undefined && source.line !== undefined) return `第 ${source.page} 页第 ${source.line} 行`;
  if (source.line !== undefined) return `第 ${source.line} 行`;
  if (source.page !== undefined) return `第 ${source.page} 页`;
  return '原文';
}

/** Store the value an item holds under `key`, keeping its source. Unknown text becomes a finding. */
export function storeCell(ctx: ReadContext, key: string, item: ValueItem, note?: string): void {
  const source: SourceRef = { ...item.source };
  const token = item.token;
  let cell: Cell;
  if (token.kind === 'number') {
    cell = { kind: 'number', value: token.value, source };
    if (token.unit) cell.unit = token.unit;
    if (token.note) cell.note = token.note;
  } else if (token.kind === 'not_applicable') {
    cell = { kind: 'not_applicable', value: null, source };
  } else if (token.kind === 'blank') {
    cell = { kind: 'blank', value: null, source };
  } else {
    cell = { kind: 'blank', value: null, source, note: `原文“${token.text}”无法识别为数值` };
    ctx.findings.push({
      rule: 'READ_UNKNOWN_TOKEN',
      severity: 'warning',
      message: `${describeSource(item.source)}的“${token.text}”不是可识别的数值，已按空白单元格记录，请核对原文。`,
      cells: [key],
    });
  }
  if (note) cell.note = cell.note ? `${cell.note}；${note}` : note;
  ctx.cells[key] = cell;
}

/** A cell whose row label was printed but whose value space was left empty. */
export function storeBlank(ctx: ReadContext, key: string, source: SourceRef): void {
  ctx.cells[key] = { kind: 'blank', value: null, source: { ...source } };
}

export function addFinding(ctx: ReadContext, finding: Finding): void {
  ctx.findings.push(finding);
}

/** The number an item holds, for consistency checks while placing values (blank / "/" count 0). */
export function numericValue(item: ValueItem | undefined): number {
  return item && item.token.kind === 'number' ? item.token.value : 0;
}

// Printed labels of every cell, taken from the format data so that messages, CSV rows and
// rendered tables use the very words of the statutory format (国办公开办函〔2021〕30号 /〔2019〕60号).
import { formats } from '../formats/index.ts';
import type { FormatId, TableId } from '../model.ts';

interface RowNode {
  readonly id: string;
  readonly label: string;
  readonly number?: string;
  readonly children?: readonly RowNode[];
}

export const tableNumerals: Record<TableId, string> = {
  active_disclosure: '二',
  applications: '三',
  review_litigation: '四',
};

/** "（一）予以公开", "1.属于国家秘密": the number as printed followed by the label. */
export function printedRowLabel(row: { number?: string; label: string }): string {
  return `${row.number ?? ''}${row.label}`;
}

const rowPathCache = new Map<FormatId, Map<string, string[]>>();

/** Table 三 row id → printed labels from the top group down, e.g. ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"]. */
export function applicationRowPath(format: FormatId, rowId: string): string[] {
  let paths = rowPathCache.get(format);
  if (!paths) {
    paths = new Map();
    const walk = (rows: readonly RowNode[], prefix: string[]) => {
      for (const row of rows) {
        const path = [...prefix, printedRowLabel(row)];
        paths!.set(row.id, path);
        if (row.children) walk(row.children, path);
      }
    };
    walk(formats[format].tables.applications.rows as readonly RowNode[], []);
    rowPathCache.set(format, paths);
  }
  return paths.get(rowId) ?? [rowId];
}

/** Table 三 column id → label ("自然人", "商业企业", "总计"). */
export function applicationColumnLabel(format: FormatId, columnId: string): string {
  for (const column of formats[format].tables.applications.columns) {
    if (column.id === columnId) return column.label;
    if ('children' in column) {
      const child = column.children.find((c) => c.id === columnId);
      if (child) return child.label;
    }
  }
  return columnId;
}

/** Splits a table 三 address `outcomes.withheld.state_secret.natural_person` into row and column. */
export function splitApplicationAddress(address: string): { row: string; column: string } {
  const dot = address.lastIndexOf('.');
  return { row: address.slice(0, dot), column: address.slice(dot + 1) };
}

/** The labels that locate a cell, table title first: the CSV "label path" and the message wording. */
export function cellLabelPath(format: FormatId, key: string): string[] {
  const [table, ...rest] = key.split('.');
  const address = rest.join('.');
  const def = formats[format].tables;
  if (table === 'applications') {
    const { row, column } = splitApplicationAddress(address);
    const columnPath = column === 'natural_person' || column === 'total' ? [] : ['法人或其他组织'];
    return [`表三 ${def.applications.title}`, ...applicationRowPath(format, row), ...columnPath, applicationColumnLabel(format, column)];
  }
  if (table === 'review_litigation') {
    const [blockId, columnId] = rest;
    const block = def.review_litigation.column_blocks.find((b) => b.id === blockId);
    const column = def.review_litigation.block_columns.find((c) => c.id === columnId);
    return [`表四 ${def.review_litigation.title}`, ...(block?.path_labels ?? [blockId ?? '']), column?.label ?? columnId ?? ''];
  }
  if (table === 'active_disclosure') {
    const [blockId, rowId, columnId] = rest;
    const block = def.active_disclosure.blocks.find((b) => b.id === blockId);
    const row = block?.rows.find((r) => r.id === rowId);
    const column = block?.columns.find((c) => c.id === columnId);
    return [`表二 ${def.active_disclosure.title}`, block?.label ?? blockId ?? '', row?.label ?? rowId ?? '', column?.label ?? columnId ?? ''];
  }
  return [key];
}

/** Short wording for messages: 表三"（一）予以公开"行"自然人"列 / 表四"复议后起诉·总计" / 表二"第二十条第（一）项·规章·本年制发件数". */
export function cellName(format: FormatId, key: string): string {
  const [table, ...rest] = key.split('.');
  if (table === 'applications') {
    const { row, column } = splitApplicationAddress(rest.join('.'));
    const path = applicationRowPath(format, row);
    return `表三"${path[path.length - 1]}"行"${applicationColumnLabel(format, column)}"列`;
  }
  const path = cellLabelPath(format, key).slice(1);
  return `表${table === 'review_litigation' ? '四' : '二'}"${path.join('·')}"`;
}

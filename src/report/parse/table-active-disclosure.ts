// Table 二 — 主动公开政府信息情况: small blocks (第二十条第（一）（五）（六）（八）（九）项), one row per
// kind of document or decision, one to three columns per block depending on the format.
import { formats } from '../formats/index.ts';
import type { FormatId } from '../model.ts';
import { matchLabel, normalizeLabel } from './labels.ts';
import { addFinding, describeSource, storeBlank, storeCell, type ReadContext } from './read-context.ts';
import { chooseStartRow } from './row-assignment.ts';
import { dropSoftBlanks } from './soft-blanks.ts';
import { activeDisclosureHeaderTargets, activeDisclosureRows } from './targets.ts';
import type { Item, TextItem, ValueItem } from './tokens.ts';

// report-format.json `format_detection`: the column and row words that only one format prints.
const MARKERS_2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额'];
const MARKERS_2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '其他对外管理服务事项', '第二十条第（九）项', '政府集中采购'];

export function detectActiveDisclosureFormat(items: readonly Item[]): FormatId | null {
  const joined = items.filter((i): i is TextItem => i.type === 'text').map((i) => normalizeLabel(i.text)).join('');
  const count = (markers: readonly string[]) => markers.filter((m) => joined.includes(normalizeLabel(m))).length;
  const a = count(MARKERS_2021);
  const b = count(MARKERS_2019);
  if (a === 0 && b === 0) return null;
  return a >= b ? 'gov_2021' : 'gov_2019';
}

export interface ActiveDisclosureOptions {
  fallbackFormat: FormatId;
  /** The section heading was found, so values right under a column header belong to the table. */
  headingFound: boolean;
}

export interface ActiveDisclosureRead {
  detectedFormat: FormatId | null;
  rowsRead: string[];
  /** Rows of the format the document does not print (when it prints some). */
  missingRows: { name: string; cells: string[] }[];
}

export function readActiveDisclosureTable(items: readonly Item[], ctx: ReadContext, options: ActiveDisclosureOptions): ActiveDisclosureRead {
  const detected = detectActiveDisclosureFormat(items);
  const format = detected ?? options.fallbackFormat;
  const rows = activeDisclosureRows(format);
  const headers = activeDisclosureHeaderTargets(format);
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const blockOf = new Map<string, string>(
    formats[format].tables.active_disclosure.blocks.flatMap((b) => b.rows.map((r): [string, string] => [r.id, b.label])),
  );

  let pending: { index: number; item: TextItem }[] = [];
  let next = 0;
  let headerBefore = false;
  let seenRowLabel = false;
  const rowsRead = new Set<number>();
  let group: ValueItem[] = [];
  const key = (address: string, column: string) => `active_disclosure.${address}.${column}`;
  const name = (i: number) => `${blockOf.get(rows[i]!.id) ?? ''}“${rows[i]!.label}”`;

  const flush = () => {
    if (group.length === 0) return;
    const group0 = group;
    group = [];
    if (group0.every((v) => v.token.kind === 'blank')) {
      // Explicit empty table cells after row labels (HTML/Word, the blank template): those rows are
      // printed and blank. Blank lines of a text dump stay separators.
      if (pending.length > 0 && group0.every((v) => v.inCell)) {
        for (const p of pending) {
          if (p.index < next || rowsRead.has(p.index)) continue;
          for (const c of rows[p.index]!.columns) storeBlank(ctx, key(rows[p.index]!.address, c), p.item.source);
          rowsRead.add(p.index);
          next = p.index + 1;
        }
        pending = [];
      }
      return;
    }
    // Numbers in prose ("主动公开政府信息 1136 条") are not table values: a value needs a row label
    // before it, or a column header right above it inside the table.
    if (pending.length === 0 && !(headerBefore && (seenRowLabel || options.headingFound))) return;
    // Blocks may be printed in any order (第二十条第（一）项 after （五）（六）（八）): a label names its row
    // wherever the cursor stands, as long as that row has not been read yet.
    const unread = pending.map((p) => p.index).filter((i) => !rowsRead.has(i));
    if (next >= rows.length && unread.length === 0) return;
    const base = unread.length > 0 ? Math.min(next, ...unread) : next;
    const start = chooseStartRow(base, unread, 1, rows.length);
    // Empty cells after the values of a row (a table with more columns than this block) are not cells.
    let values = group0;
    const capacity = rows[start]?.columns.length ?? 0;
    while (values.length > capacity && values[values.length - 1]!.token.kind === 'blank') values = values.slice(0, -1);
    values = [...dropSoftBlanks(values, (n) => n <= capacity)];
    for (const p of pending) {
      if (p.index >= base && p.index < start && !rowsRead.has(p.index)) {
        for (const c of rows[p.index]!.columns) storeBlank(ctx, key(rows[p.index]!.address, c), p.item.source);
        rowsRead.add(p.index);
      }
    }
    let index = start;
    let offset = 0;
    while (offset < values.length && index < rows.length) {
      const row = rows[index]!;
      const slice = values.slice(offset, offset + row.columns.length);
      slice.forEach((item, c) => storeCell(ctx, key(row.address, row.columns[c]!), item));
      if (slice.length < row.columns.length) {
        addFinding(ctx, {
          rule: 'READ_PLACEMENT',
          severity: 'warning',
          message: `表二${name(index)}（${describeSource(slice[0]!.source)}）只印出 ${slice.length} 个数值（应为 ${row.columns.length} 个），已依次放入左起各列，其余列视为缺失。`,
          cells: row.columns.map((c) => key(row.address, c)),
        });
      }
      rowsRead.add(index);
      offset += row.columns.length;
      index++;
    }
    if (offset < values.length) {
      addFinding(ctx, {
        rule: 'READ_EXTRA_VALUES',
        severity: 'warning',
        message: `表二多出无法归入任何行的数值（${describeSource(values[offset]!.source)}：${values.slice(offset).map((v) => v.source.text).join(' ')}），未读入，请核对原文。`,
        cells: [],
      });
    } else if (index - start > 1) {
      addFinding(ctx, {
        rule: 'READ_PLACEMENT',
        severity: 'warning',
        message: `表二自${describeSource(values[0]!.source)}起的 ${values.length} 个数值没有逐行标签，已按格式顺序读入${name(start)}至${name(index - 1)}，请核对。`,
        cells: [],
      });
    }
    next = index;
    pending = [];
  };

  for (const item of items) {
    if (item.type === 'value') {
      group.push(item);
      continue;
    }
    flush();
    const match = matchLabel(item.text, rows);
    const index = match ? rowIndex.get(match.id) : undefined;
    if (index !== undefined && match!.score >= 0.8) {
      pending.push({ index, item });
      seenRowLabel = true;
      headerBefore = false;
    } else {
      headerBefore = matchLabel(item.text, headers) !== null;
    }
  }
  flush();

  const missingRows =
    rowsRead.size === 0
      ? []
      : rows
          .map((row, i) => ({ row, i }))
          .filter(({ i }) => !rowsRead.has(i))
          .map(({ row, i }) => ({ name: name(i), cells: row.columns.map((c) => key(row.address, c)) }));
  return { detectedFormat: detected, rowsRead: [...rowsRead].sort((a, b) => a - b).map((i) => rows[i]!.address), missingRows };
}

// Table 四 — 政府信息公开行政复议、行政诉讼情况: one data row of fifteen cells under a three-level
// header (identical in both formats). Its header words carry no numbers, so the values are
// simply the fifteen numbers of the table in printed order, however the layout broke them up
// (one line, one per line, three small tables of five).
import { addFinding, describeSource, storeCell, type ReadContext } from './read-context.ts';
import { dropSoftBlanks } from './soft-blanks.ts';
import { reviewLitigationKeys } from './targets.ts';
import type { Item, ValueItem } from './tokens.ts';

const CELL_COUNT = reviewLitigationKeys().length;

function isBlankCellRow(group: readonly ValueItem[]): boolean {
  return group.length >= CELL_COUNT && group.every((v) => v.inCell && v.token.kind === 'blank');
}

/** The values of the table: groups between labels, header blanks (a group of only blanks) left out. */
export function reviewValues(items: readonly Item[]): ValueItem[] {
  const values: ValueItem[] = [];
  let group: ValueItem[] = [];
  const flush = () => {
    if (group.some((v) => v.token.kind !== 'blank')) values.push(...group);
    group = [];
  };
  // A table with no printed value at all (the blank official template): its data row of explicit,
  // empty cells is the row of fifteen blank cells, not header furniture.
  let blankRow: ValueItem[] = [];
  for (const item of items) {
    if (item.type === 'value') group.push(item);
    else {
      if (isBlankCellRow(group)) blankRow = group;
      flush();
    }
  }
  if (isBlankCellRow(group)) blankRow = group;
  flush();
  return values.length > 0 ? values : blankRow;
}

export interface ReviewRead {
  complete: boolean;
}

export function readReviewLitigationValues(printed: readonly ValueItem[], ctx: ReadContext, flattened: boolean): ReviewRead {
  const keys = reviewLitigationKeys();
  // Padding "|" cells at the ends do not count when they make more than fifteen.
  let values = dropSoftBlanks(printed, (n) => n === keys.length);
  if (values.length > keys.length) values = dropSoftBlanks(values, (n) => n <= keys.length);
  if (values.length === 0) {
    addFinding(ctx, {
      rule: 'TABLE_INCOMPLETE',
      severity: 'error',
      message: '未能读到表四（政府信息公开行政复议、行政诉讼情况）的数据。',
      cells: keys,
    });
    return { complete: false };
  }
  const note = flattened ? '表四没有标题和表头，按格式顺序读入' : undefined;
  values.slice(0, keys.length).forEach((item, i) => storeCell(ctx, keys[i]!, item, note));
  if (flattened) {
    addFinding(ctx, {
      rule: 'READ_PLACEMENT',
      severity: 'warning',
      message: `表四没有标题和表头，${describeSource(values[0]!.source)}的一行 ${values.length} 个数值已按格式顺序（行政复议、未经复议直接起诉、复议后起诉，各 5 列）读入，请核对。`,
      cells: keys,
    });
  }
  if (values.length > keys.length) {
    const extra = values.slice(keys.length);
    addFinding(ctx, {
      rule: 'READ_EXTRA_VALUES',
      severity: 'warning',
      message: `表四多出 ${extra.length} 个数值（${describeSource(extra[0]!.source)}起：${extra.map((v) => v.source.text).join(' ')}），未读入，请核对原文。`,
      cells: [],
    });
  }
  if (values.length < keys.length) {
    const missing = keys.slice(values.length);
    addFinding(ctx, {
      rule: 'TABLE_INCOMPLETE',
      severity: 'error',
      message: `表四只读到 ${values.length} 个数值（应为 ${keys.length} 个），其后各列没有数据；已读到的数据予以保留。`,
      cells: missing,
    });
    return { complete: false };
  }
  return { complete: true };
}

// Table 三 — 收到和处理政府信息公开申请情况: 25 (gov_2021) or 23 (gov_2019) rows of seven columns.
import type { FormatId } from '../model.ts';
import { matchLabel, normalizeLabel } from './labels.ts';
import { bestPlacement } from './balance-placement.ts';
import { placeRow } from './placement.ts';
import { dropSoftBlanks } from './soft-blanks.ts';
import { addFinding, describeSource, storeBlank, storeCell, type ReadContext } from './read-context.ts';
import { runsOf, splitRows } from './row-assignment.ts';
import { alignSegments, type SegmentEvidence } from './row-alignment.ts';
import { relationsOfAlignment as countRelations } from './alignment-relations.ts';
import { applicationColumns, applicationRows, type ApplicationRow } from './targets.ts';
import type { Item, TextItem, ValueItem } from './tokens.ts';

const TABLE_2021_MARKERS = ['申请人无正当理由逾期不补正', '逾期未按收费通知要求缴纳费用'];
const COLUMN_NAMES: Record<string, string> = {
  natural_person: '自然人',
  commercial_enterprise: '商业企业',
  research_institution: '科研机构',
  social_welfare_organization: '社会公益组织',
  legal_service_organization: '法律服务机构',
  other_organization: '其他',
  total: '总计',
};
const HEADER_WORDS = ['申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '总计', '其他', '机构', '组织', '企业', '数量'];

export interface ApplicationsRead {
  /** Format the table itself shows, or null when it does not decide (a truncated table). */
  detectedFormat: FormatId | null;
  /** Leaf row ids that received values or blanks, in printed order. */
  rowsRead: string[];
  /** True when the table stops before its last row. */
  incomplete: boolean;
  /** Fifteen values found inside the table with no heading of their own: a flattened table 四. */
  flattenedReview: ValueItem[] | null;
}

/**
 * gov_2021 when the （六）1–3 labels are printed; gov_2019 when （六）其他处理 is printed without them
 * (the hybrid 2021 template of 洪泽区 uses it too); null otherwise (a table cut short before （六）).
 */
export function detectApplicationsFormat(items: readonly Item[]): FormatId | null {
  const joined = items.filter((i): i is TextItem => i.type === 'text').map((i) => normalizeLabel(i.text)).join('');
  if (TABLE_2021_MARKERS.some((m) => joined.includes(m))) return 'gov_2021';
  // gov_2021 always prints the （六）1–3 labels; a （六）其他处理 without them is the 2019 single row.
  for (const item of items) {
    if (item.type === 'text' && /（六）其他处理$/.test(normalizeLabel(item.text))) return 'gov_2019';
  }
  return null;
}

function rowName(row: ApplicationRow): string {
  return `${row.number ?? ''}${row.label}`;
}

function isHeaderWord(text: string): boolean {
  const t = normalizeLabel(text);
  return HEADER_WORDS.some((w) => t.endsWith(w));
}

export interface ApplicationsOptions {
  /** Format to read with when the table does not show its own. */
  fallbackFormat: FormatId;
  /** Table 四 has its own heading (else fifteen values inside table 三 are table 四, seed 001). */
  reviewTablePresent: boolean;
  /** The section heading was found; without it only values right after a row label are read. */
  headingFound: boolean;
}

export function readApplicationsTable(items: readonly Item[], ctx: ReadContext, options: ApplicationsOptions): ApplicationsRead {
  const detected = detectApplicationsFormat(items);
  const format = detected ?? options.fallbackFormat;
  const rows = applicationRows(format);
  const leaves = rows.filter((r) => !r.isGroup);
  const columns = applicationColumns(format);
  const leafIndex = new Map(leaves.map((r, i) => [r.id, i]));

  let pending: { index: number; item: TextItem }[] = [];
  /** Runs of values with the labels printed before them, aligned to the rows once the table is read. */
  const segments: { rowValues: ValueItem[][]; pending: { index: number; item: TextItem }[]; sameLine: boolean[] }[] = [];
  let seenRowLabel = false;
  let headerBefore = false;
  /** The group label (（三）不予公开 …) printed right before the values, if any. */
  let groupBefore: ApplicationRow | null = null;
  let flattenedReview: ValueItem[] | null = null;
  let stopped = false;
  const rowsRead = new Set<number>();
  let group: ValueItem[] = [];
  const placements: { row: ApplicationRow; where: string; note: string; cells: string[] }[] = [];
  const extra: ValueItem[] = [];
  const shortRows: { row: ApplicationRow; vals: ValueItem[]; used: number[]; entry: { note: string } }[] = [];

  const key = (row: ApplicationRow, column: string) => `applications.${row.id}.${column}`;

  const blankRow = (index: number, label: TextItem) => {
    const row = leaves[index]!;
    for (const column of columns) storeBlank(ctx, key(row, column), label.source);
    rowsRead.add(index);
  };

  const flush = (nextText?: TextItem) => {
    if (group.length === 0) return;
    let values = group;
    group = [];
    if (stopped) return;
    // Padding of merged cells ("|" lines, collapsed "||||"): soft blanks at the ends of a run that
    // overfills its rows are not cells; a run of soft blanks alone is not a row.
    values = [...dropSoftBlanks(values, (n) => n > 0 && n % columns.length === 0)];
    if (values.every((v) => v.soft)) return;
    // One-cell-per-line dumps (seed 003) print the empty label cells of the next row as blank
    // lines after an empty line: blanks after a break that would overfill the row are not cells.
    while (values.length > columns.length) {
      // An empty cell after a full row (HTML/Word rows with a trailing empty cell) is not a cell.
      if (values[values.length - 1]!.token.kind === 'blank' && !values[values.length - 1]!.gapBefore) {
        values = values.slice(0, -1);
        continue;
      }
      const runs = runsOf(values);
      const last = runs[runs.length - 1]!;
      if (runs.length < 2 || !last.every((v) => v.token.kind === 'blank')) break;
      values = values.slice(0, values.length - last.length);
    }
    const allBlank = values.every((v) => v.token.kind === 'blank');
    if (!seenRowLabel && pending.length === 0) {
      // Before the first row label only a complete row right under the header is data (raw
      // pdftotext prints row 一's numbers before its label); anything else is header furniture.
      if (allBlank || !headerBefore || values.length < columns.length) return;
    }
    if (allBlank && pending.length === 0) return;
    // Some reports print a subtotal on a group row (（六）其他处理 with its 1–3 right below); the format
    // has no cells for a group, so the numbers are reported and not read into the next row.
    const firstChild = groupBefore ? leaves.find((l) => l.id.startsWith(`${groupBefore!.id}.`)) : undefined;
    const nextIsFirstChild = Boolean(firstChild && nextText && matchLabel(nextText.text, rows)?.id === firstChild.id);
    if (groupBefore && nextIsFirstChild && pending.length === 0 && values.length === columns.length) {
      addFinding(ctx, {
        rule: 'READ_EXTRA_VALUES',
        severity: 'warning',
        message: `表三分组行“${rowName(groupBefore)}”（${describeSource(values[0]!.source)}）印有一行数值（${values.map((v) => v.source.text).join(' ')}），格式中分组行没有单元格，未读入，请核对。`,
        cells: [],
      });
      return;
    }
    if (!options.headingFound && pending.length === 0 && !(values.length === 15 && !options.reviewTablePresent)) return;
    if (!options.reviewTablePresent) {
      // Seed 001: table 四 lost its heading and follows table 三 as one row of fifteen numbers.
      if (values.length === 15 && pending.length === 0) {
        flattenedReview = values;
        stopped = true;
        return;
      }
      if (values.length > 15 && values[values.length - 15]!.gapBefore) {
        group = values.slice(0, values.length - 15);
        const tail = values.slice(values.length - 15);
        flush();
        flattenedReview = tail;
        stopped = true;
        return;
      }
    }
    const { rows: rowValues, byColumn } = splitRows(values, columns.length);
    if (byColumn > 0) {
      addFinding(ctx, {
        rule: 'READ_PLACEMENT',
        severity: 'warning',
        message: `表三自${describeSource(values[0]!.source)}起的数值有 ${byColumn} 行是按列排列的（原文逐列打印），已按列读入，请核对。`,
        cells: [],
      });
    }
    const firstLine = values[0]!.lineIndex;
    segments.push({ rowValues, pending, sameLine: pending.map((p) => p.item.lineIndex === firstLine) });
    pending = [];
  };

  for (const item of items) {
    if (item.type === 'value') {
      group.push(item);
      continue;
    }
    flush(item);
    const match = matchLabel(item.text, rows);
    groupBefore = null;
    if (match) {
      seenRowLabel = true;
      headerBefore = false;
      const index = leafIndex.get(match.id);
      if (index !== undefined) pending.push({ index, item });
      else groupBefore = rows.find((r) => r.id === match.id) ?? null;
    } else headerBefore = isHeaderWord(item.text);
  }
  flush();
  const trailing = stopped ? [] : pending;

  // All runs of values are placed together (row-alignment.ts); ties are settled by the table's sums.
  const evidence: SegmentEvidence[] = segments.map((seg, i) => ({
    rows: seg.rowValues.length,
    before: seg.pending.map((p, j) => ({ index: p.index, sameLine: seg.sameLine[j]! })),
    after: (i + 1 < segments.length ? segments[i + 1]!.pending : trailing).map((p) => p.index),
  }));
  const leafIds = leaves.map((l) => l.id);
  const relationsOfAlignment = (starts: readonly number[]) => countRelations(segments, starts, leafIds, columns.length);
  /** Two alignments as good as each other and the sums cannot tell: read the first, name the rows in doubt. */
  const reportUncertain = (alternatives: readonly (readonly number[])[]) => {
    const holder = (starts: readonly number[]) => {
      const byRow = new Map<number, string>();
      segments.forEach((seg, i) => seg.rowValues.forEach((vals, r) => byRow.set(starts[i]! + r, vals.map((v) => (v.token.kind === 'number' ? v.token.value : v.token.kind)).join(' '))));
      return byRow;
    };
    const [chosen, ...others] = alternatives.map(holder);
    const doubtful = new Set<number>();
    for (const other of others) {
      for (let r = 0; r < leaves.length; r++) if (chosen!.get(r) !== other.get(r)) doubtful.add(r);
    }
    const rowsInDoubt = [...doubtful].sort((a, b) => a - b).filter((r) => leaves[r]);
    if (rowsInDoubt.length === 0) return;
    addFinding(ctx, {
      rule: 'READ_UNCERTAIN',
      severity: 'warning',
      message: `表三以下各行的数值有 ${alternatives.length} 种同样可能的读法（行标签与数值错位，表内勾稽关系也无法区分）：${rowsInDoubt.map((r) => `“${rowName(leaves[r]!)}”`).join('、')}；已按第一种读入，请对照原文核对。`,
      cells: rowsInDoubt.flatMap((r) => columns.map((c) => key(leaves[r]!, c))),
    });
  };
  const { best, ties } = alignSegments(evidence, leaves.length);
  let starts = best.starts;
  if (ties.length > 0) {
    const ranked = [best, ...ties].map((a) => ({ starts: a.starts, holding: relationsOfAlignment(a.starts) }));
    const top = Math.max(...ranked.map((r) => r.holding));
    const winners = ranked.filter((r) => r.holding === top);
    starts = winners[0]!.starts;
    if (winners.length > 1) reportUncertain(winners.map((w) => w.starts));
  }

  let next = 0;
  segments.forEach((seg, i) => {
    const start = starts[i]!;
    const end = start + seg.rowValues.length;
    const following = i + 1 < segments.length ? starts[i + 1]! : leaves.length;
    // A label the window passes over, or one printed here whose row no later values take: printed blank.
    for (const p of seg.pending) {
      const outside = p.index < start || (p.index >= end && p.index < following);
      if (p.index >= next && outside && !rowsRead.has(p.index)) blankRow(p.index, p.item);
    }
    seg.rowValues.forEach((vals, r) => {
      const row = leaves[start + r];
      if (!row) {
        extra.push(...vals);
        return;
      }
      const placement = placeRow(vals, columns.length);
      placement.cells.forEach((item, c) => {
        if (item) storeCell(ctx, key(row, columns[c]!), item, placement.note ?? undefined);
      });
      if (placement.note) {
        const entry = { row, where: describeSource(vals[0]!.source), note: placement.note, cells: columns.map((c) => key(row, c)) };
        placements.push(entry);
        if (vals.length >= 4 && vals.length < columns.length) {
          const used = placement.cells.flatMap((item, c) => (item ? [c] : []));
          shortRows.push({ row, vals, used, entry });
        }
      }
      rowsRead.add(start + r);
    });
    next = Math.max(next, start + seg.rowValues.length);
  });
  for (const p of trailing) if (p.index >= next && !rowsRead.has(p.index)) blankRow(p.index, p.item);

  // Rows that printed too few values: let the column relations of the whole table choose the columns.
  for (const short of shortRows) {
    const balance = { leaves: leaves.map((l) => l.id), columns, cells: ctx.cells };
    const best = bestPlacement(balance, short.row.id, short.vals, short.used);
    if (best.join() === short.used.join()) continue;
    const note = `该行只印出 ${short.vals.length} 个数值（应为 ${columns.length} 个）：按各列勾稽关系（第一项加第二项之和等于第三项加第四项之和、（七）总计等于各办理结果之和）判断，依次放入${best.map((c) => COLUMN_NAMES[columns[c]!] ?? columns[c]).join('、')}列，其余列视为缺失`;
    for (const column of columns) delete ctx.cells[key(short.row, column)];
    best.forEach((c, i) => storeCell(ctx, key(short.row, columns[c]!), short.vals[i]!, note));
    short.entry.note = note;
  }

  if (extra.length > 0) {
    const shown = extra.slice(0, 10).map((v) => v.source.text).join(' ');
    addFinding(ctx, {
      rule: 'READ_EXTRA_VALUES',
      severity: 'warning',
      message: `表三在最后一行之后还有 ${extra.length} 个数值（${describeSource(extra[0]!.source)}起：${shown}${extra.length > 10 ? ' …' : ''}），未读入，请核对原文。`,
      cells: [],
    });
  }

  // One finding per run of rows placed the same way (seed 000 prints six values in every row).
  for (let i = 0; i < placements.length; ) {
    let j = i + 1;
    while (j < placements.length && placements[j]!.note === placements[i]!.note) j++;
    const first = placements[i]!;
    const run = placements.slice(i, j);
    addFinding(ctx, {
      rule: 'READ_PLACEMENT',
      severity: 'warning',
      message:
        run.length === 1
          ? `表三“${rowName(first.row)}”（${first.where}）${first.note.replace(/^该行/, '')}。`
          : `表三自“${rowName(first.row)}”（${first.where}）至“${rowName(run[run.length - 1]!.row)}”共 ${run.length} 行，${first.note.replace(/^该行/, '每行')}。`,
      cells: run.flatMap((p) => p.cells),
    });
    i = j;
  }

  const readIndexes = [...rowsRead].sort((a, b) => a - b);
  const last = readIndexes.length > 0 ? readIndexes[readIndexes.length - 1]! : -1;
  const incomplete = last < leaves.length - 1;
  if (readIndexes.length === 0) {
    addFinding(ctx, {
      rule: 'TABLE_INCOMPLETE',
      severity: 'error',
      message: '未能读到表三（收到和处理政府信息公开申请情况）的任何数据行。',
      cells: [],
    });
  } else if (incomplete) {
    const missing = leaves.slice(last + 1);
    addFinding(ctx, {
      rule: 'TABLE_INCOMPLETE',
      severity: 'error',
      message: `表三在“${rowName(leaves[last]!)}”之后中断，其后 ${missing.length} 行（自“${rowName(missing[0]!)}”起）没有数据；已读到的数据予以保留。`,
      cells: missing.flatMap((r) => columns.map((c) => key(r, c))),
    });
  }
  const gaps = leaves.filter((_, i) => i < last && !rowsRead.has(i));
  if (gaps.length > 0) {
    addFinding(ctx, {
      rule: 'ROW_MISSING',
      severity: 'warning',
      message: `表三缺少以下行的数据：${gaps.map(rowName).join('、')}。`,
      cells: gaps.flatMap((r) => columns.map((c) => key(r, c))),
    });
  }
  return {
    detectedFormat: detected,
    rowsRead: readIndexes.map((i) => leaves[i]!.id),
    incomplete: incomplete || readIndexes.length === 0,
    flattenedReview,
  };
}

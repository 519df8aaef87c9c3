// The rows of each table as label targets, built from the formats (formats/), in printed order.
import { applicationColumns, formats } from '../formats/index.ts';
import type { FormatId } from '../model.ts';
import type { LabelTarget } from './labels.ts';

interface RowNode {
  readonly id: string;
  readonly label: string;
  readonly number?: string;
  readonly is_group?: boolean;
  readonly children?: readonly RowNode[];
}

export interface ApplicationRow extends LabelTarget {
  label: string;
  isGroup: boolean;
}

const applicationRowCache = new Map<FormatId, ApplicationRow[]>();
const activeDisclosureRowCache = new Map<FormatId, ActiveDisclosureRow[]>();
const headerTargetCache = new Map<FormatId, LabelTarget[]>();

/** Every row of table 三 (groups and leaves) in printed order. The same array for a format (callers must not change it). */
export function applicationRows(format: FormatId): ApplicationRow[] {
  const cached = applicationRowCache.get(format);
  if (cached) return cached;
  const rows: ApplicationRow[] = [];
  const walk = (nodes: readonly RowNode[]) => {
    for (const node of nodes) {
      const isGroup = Boolean(node.is_group) || Boolean(node.children && node.children.length > 0);
      rows.push({
        id: node.id,
        label: node.label,
        labels: [node.label],
        number: node.number,
        // "总计" and "其他" are also column headers of table 三: only "（七）总计" / "3.其他" name a row.
        requireNumber: node.label.length <= 3,
        isGroup,
      });
      if (node.children) walk(node.children);
    }
  };
  walk(formats[format].tables.applications.rows as readonly RowNode[]);
  applicationRowCache.set(format, rows);
  return rows;
}

export { applicationColumns };

export interface ActiveDisclosureRow extends LabelTarget {
  /** `<block>.<row>` as in the cell address. */
  address: string;
  label: string;
  columns: readonly string[];
}

/** Rows of table 二 in printed order, with the other format's label as an alias (规范性文件). */
export function activeDisclosureRows(format: FormatId): ActiveDisclosureRow[] {
  const cached = activeDisclosureRowCache.get(format);
  if (cached) return cached;
  const other: FormatId = format === 'gov_2021' ? 'gov_2019' : 'gov_2021';
  const aliases = new Map<string, string>();
  for (const block of formats[other].tables.active_disclosure.blocks) {
    for (const row of block.rows) aliases.set(row.id, row.label);
  }
  const rows = formats[format].tables.active_disclosure.blocks.flatMap((block) =>
    block.rows.map((row) => {
      const alias = aliases.get(row.id);
      return {
        id: row.id,
        address: `${block.id}.${row.id}`,
        label: row.label,
        labels: alias && alias !== row.label ? [row.label, alias] : [row.label],
        columns: block.columns.map((c) => c.id),
      };
    }),
  );
  activeDisclosureRowCache.set(format, rows);
  return rows;
}

/** Header words of table 二 (block titles, column labels): a value right after one is a table value. */
export function activeDisclosureHeaderTargets(format: FormatId): LabelTarget[] {
  const cached = headerTargetCache.get(format);
  if (cached) return cached;
  const targets: LabelTarget[] = [{ id: 'header', labels: ['信息内容'] }];
  for (const block of formats[format].tables.active_disclosure.blocks) {
    targets.push({ id: `block:${block.id}`, labels: [block.label] });
    for (const column of block.columns) targets.push({ id: `column:${column.id}`, labels: [column.label] });
  }
  headerTargetCache.set(format, targets);
  return targets;
}

/** Table 四's cell keys in printed order: three blocks of five columns. */
let reviewKeys: readonly string[] | null = null;

export function reviewLitigationKeys(): string[] {
  // Computed once: the format is fixed, and the reader asks for the keys several times per report.
  if (!reviewKeys) {
    const t = formats.gov_2021.tables.review_litigation;
    reviewKeys = t.column_blocks.flatMap((b) => t.block_columns.map((c) => `review_litigation.${b.id}.${c.id}`));
  }
  return [...reviewKeys];
}

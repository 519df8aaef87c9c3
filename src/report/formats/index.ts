// The two statutory formats as data, and the walks over them every other module needs.
import type { FormatId, TableId } from '../model.ts';
import { gov2019Format } from './gov2019.ts';
import { gov2021Format } from './gov2021.ts';

export { gov2019Format, gov2021Format };

export const formats = { gov_2021: gov2021Format, gov_2019: gov2019Format } as const;

export type FormatDefinition = (typeof formats)[FormatId];

interface RowNode {
  readonly id: string;
  readonly label: string;
  readonly number?: string;
  readonly is_group?: boolean;
  readonly children?: readonly RowNode[];
}

/** Leaf (numeric) rows of table 三 in printed order, e.g. `outcomes.withheld.state_secret`. */
export function applicationLeafRows(format: FormatId): RowNode[] {
  const leaves: RowNode[] = [];
  const walk = (rows: readonly RowNode[]) => {
    for (const row of rows) {
      if (row.children && row.children.length > 0) walk(row.children);
      else if (!row.is_group) leaves.push(row);
    }
  };
  walk(formats[format].tables.applications.rows as readonly RowNode[]);
  return leaves;
}

/** The 7 data columns of table 三 in printed order. */
export function applicationColumns(format: FormatId): readonly string[] {
  return formats[format].tables.applications.leaf_columns_in_order;
}

/** Every cell key of a table (`<table>.<address>`) that the format defines, in printed order. */
export function cellKeys(format: FormatId, table: TableId): string[] {
  const def = formats[format].tables;
  if (table === 'applications') {
    const cols = applicationColumns(format);
    return applicationLeafRows(format).flatMap((row) => cols.map((c) => `applications.${row.id}.${c}`));
  }
  if (table === 'review_litigation') {
    const t = def.review_litigation;
    return t.column_blocks.flatMap((b) => t.block_columns.map((c) => `review_litigation.${b.id}.${c.id}`));
  }
  return def.active_disclosure.blocks.flatMap((b) =>
    b.rows.flatMap((r) => b.columns.map((c) => `active_disclosure.${b.id}.${r.id}.${c.id}`)),
  );
}

/** Format the law prescribes for a report year (both formats apply from 2019 on). */
export function formatForYear(year: number): FormatId | null {
  if (year >= 2021) return 'gov_2021';
  if (year >= 2019) return 'gov_2019';
  return null;
}

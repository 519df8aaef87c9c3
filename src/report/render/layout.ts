// The official table layouts as grids of header and label cells with their spans, shared by the
// HTML and Word renderers so that both print the same merged cells (annual-report-format.md §2–4).
import { applicationColumns, applicationLeafRows, formats } from '../formats/index.ts';
import type { FormatId } from '../model.ts';
import { applicationRowPath } from './labels.ts';

export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** A header or row label (printed bold / centred), as opposed to a value cell. */
  header?: boolean;
  /** Full cell key for a value cell. */
  key?: string;
}

export type GridRow = GridCell[];

export interface TableGrid {
  /** Number of grid columns. */
  width: number;
  /** Header rows (repeated on each printed page). */
  head: GridRow[];
  body: GridRow[];
}

/** Table 二: one title row, one header row and the data rows per block; 4 grid columns. */
export function activeDisclosureGrid(format: FormatId): TableGrid {
  const blocks = formats[format].tables.active_disclosure.blocks;
  const width = 1 + Math.max(...blocks.map((b) => b.columns.length));
  const body: GridRow[] = [];
  for (const block of blocks) {
    body.push([{ text: block.label, colSpan: width, header: true }]);
    const span = (i: number) => (i === block.columns.length - 1 ? width - block.columns.length : 1);
    body.push([
      { text: formats[format].tables.active_disclosure.header_first_cell_label, header: true },
      ...block.columns.map((c, i) => ({ text: c.label, header: true, ...(span(i) > 1 ? { colSpan: span(i) } : {}) })),
    ]);
    for (const row of block.rows) {
      body.push([
        { text: row.label, header: true },
        ...block.columns.map((c, i) => ({ text: '', key: `active_disclosure.${block.id}.${row.id}.${c.id}`, ...(span(i) > 1 ? { colSpan: span(i) } : {}) })),
      ]);
    }
  }
  return { width, head: [], body };
}

/** Table 三: three label columns (group, sub-group, leaf) and seven value columns. */
export function applicationsGrid(format: FormatId): TableGrid {
  const t = formats[format].tables.applications;
  const columns = applicationColumns(format);
  const legal = t.columns.find((c) => c.id === 'legal_person_or_other_organization');
  const legalChildren = legal && 'children' in legal ? legal.children : [];
  const head: GridRow[] = [
    [
      { text: t.corner_note, colSpan: 3, rowSpan: 3, header: true },
      { text: t.column_group_label, colSpan: 7, header: true },
    ],
    [
      { text: '自然人', rowSpan: 2, header: true },
      { text: legal?.label ?? '法人或其他组织', colSpan: 5, header: true },
      { text: '总计', rowSpan: 2, header: true },
    ],
    legalChildren.map((c) => ({ text: c.label, header: true })),
  ];
  const leaves = applicationLeafRows(format);
  // How many leaf rows each group label covers (its rowspan).
  const covered = new Map<string, number>();
  for (const leaf of leaves) {
    const path = applicationRowPath(format, leaf.id);
    for (let depth = 0; depth < path.length - 1; depth++) {
      const k = path.slice(0, depth + 1).join('\u0000');
      covered.set(k, (covered.get(k) ?? 0) + 1);
    }
  }
  const printed = new Set<string>();
  const body: GridRow[] = leaves.map((leaf) => {
    const path = applicationRowPath(format, leaf.id);
    const labels: GridCell[] = [];
    for (let depth = 0; depth < path.length - 1; depth++) {
      const k = path.slice(0, depth + 1).join('\u0000');
      if (printed.has(k)) continue;
      printed.add(k);
      labels.push({ text: path[depth]!, rowSpan: covered.get(k)!, header: true });
    }
    // The leaf label takes the label columns its groups leave free.
    labels.push({ text: path[path.length - 1]!, header: true, ...(path.length < 3 ? { colSpan: 4 - path.length } : {}) });
    return [...labels, ...columns.map((c) => ({ text: '', key: `applications.${leaf.id}.${c}` }))];
  });
  return { width: 10, head, body };
}

/** Table 四: the three-level header of annual-report-format.md §4 and one row of 15 values. */
export function reviewLitigationGrid(format: FormatId): TableGrid {
  const t = formats[format].tables.review_litigation;
  const columns = t.block_columns;
  const [review, direct, after] = t.column_blocks;
  const head: GridRow[] = [
    [
      { text: review!.label, colSpan: 5, header: true },
      { text: '行政诉讼', colSpan: 10, header: true },
    ],
    [...columns.map((c) => ({ text: c.label, rowSpan: 2, header: true })), { text: direct!.label, colSpan: 5, header: true }, { text: after!.label, colSpan: 5, header: true }],
    [...columns.map((c) => ({ text: c.label, header: true })), ...columns.map((c) => ({ text: c.label, header: true }))],
  ];
  const body: GridRow[] = [t.column_blocks.flatMap((b) => columns.map((c) => ({ text: '', key: `review_litigation.${b.id}.${c.id}` })))];
  return { width: 15, head, body };
}

// The 公开事项标准目录 table (国办发〔2019〕54号; spec active-disclosure.md §2.3) as the staff page and the
// public 专栏 page both show it: one cell per column of STANDARD_COLUMNS, in its order, then one column of
// counts that differs between the two pages. The columns come from the domain so a column added there
// shows on both pages and in the CSV alike; text is escaped by JSX like everywhere else.
import type { ComponentChildren } from 'preact';
import { STANDARD_COLUMNS } from '../domain/standard-catalogue.ts';
import type { StandardRowView } from '../standard-catalogue.service.ts';

export interface StandardCatalogueTableProps {
  readonly rows: readonly StandardRowView[];
  readonly caption?: ComponentChildren;
  /** Header of the last column (the counts). */
  readonly countLabel: string;
  /** The last cell of a row: how many items the row holds. */
  readonly count: (row: StandardRowView) => ComponentChildren;
  /** What the 序号 cell shows (the staff page links it to the edit page); the number by default. */
  readonly seq?: (row: StandardRowView) => ComponentChildren;
}

/** One row: the cells of STANDARD_COLUMNS, then the count. */
export function StandardCatalogueRow({ row, count, seq }: { readonly row: StandardRowView } & Pick<StandardCatalogueTableProps, 'count' | 'seq'>) {
  return (
    <tr>
      {STANDARD_COLUMNS.map((c) => (
        <td>{c.id === 'seq' ? (seq ? seq(row) : row.seq) : row[c.id]}</td>
      ))}
      <td>{count(row)}</td>
    </tr>
  );
}

export function StandardCatalogueTable({ rows, caption, countLabel, count, seq }: StandardCatalogueTableProps) {
  return (
    <div class="table-scroll">
      <table class="standard-catalogue">
        {caption === undefined ? null : <caption>{caption}</caption>}
        <thead>
          <tr>
            {STANDARD_COLUMNS.map((c) => (
              <th scope="col">{c.label}</th>
            ))}
            <th scope="col">{countLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <StandardCatalogueRow row={row} count={count} {...(seq ? { seq } : {})} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

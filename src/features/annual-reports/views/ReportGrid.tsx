// Tables 二, 三 and 四 of the editor in the official layout (the grids of src/report/render/layout.ts, the
// same merged headers the printed report and the Word file use): the cells staff enter are text boxes in
// their place, table 四's 总计 is computed (domain/totals.ts; on save by the server, live by a small script
// in public/js/enhance.js), the cells from the records are read-only, and a cell's own error (a value that
// is not a number) is shown inside the cell. Each grid scrolls inside its own box on a phone.
import type { FormState } from '../../../platform/form.ts';
import { cellName, findingName, tableGrid, type Cell, type Finding, type FormatId, type GridCell, type TableId } from '../../../report/index.ts';
import type { ReportView } from '../annual-reports.service.ts';
import { parseCellInput } from '../annual-reports.schemas.ts';
import { computedTotals, totalOf } from '../domain/totals.ts';

const captions: Record<TableId, string> = {
  active_disclosure: '表二 主动公开政府信息情况',
  applications: '表三 收到和处理政府信息公开申请情况',
  review_litigation: '表四 政府信息公开行政复议、行政诉讼情况',
};

function shown(cell: Cell | undefined): string {
  if (!cell || cell.kind === 'blank') return '';
  if (cell.kind === 'not_applicable') return '/';
  return String(cell.value);
}

export interface ReportGridProps {
  readonly view: ReportView;
  readonly table: TableId;
  /** The form's values (what was typed, after a refused save) and errors. */
  readonly form: FormState;
  readonly editable: boolean;
  /** Rule findings by cell, to mark the cells they concern. */
  readonly byCell: ReadonlyMap<string, readonly Finding[]>;
}

export function ReportGrid({ view, table, form, editable, byCell }: ReportGridProps) {
  const format: FormatId = view.format;
  const grid = tableGrid(view.report, table);
  const manual = new Set(view.manualKeys);
  const totals = new Map(computedTotals(format).map((t) => [t.key, t.parts]));
  // What a box holds now: what was typed (a refused save) or what is stored.
  const typed = (key: string): Cell | undefined => {
    const raw = form.values[`cell.${key}`];
    if (raw === undefined) return view.report.cells[key];
    const parsed = parseCellInput(key, raw);
    return parsed.ok ? parsed.cell : { kind: 'blank', value: null };
  };
  const cell = (c: GridCell, headRow: boolean) => {
    const span = { ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}), ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}) };
    if (!c.key) return <th scope={headRow ? 'col' : 'row'} {...span}>{c.text}</th>;
    const key = c.key;
    const marks = byCell.get(key) ?? [];
    const severity = marks.some((f) => f.severity === 'error') ? 'error' : marks.length > 0 ? 'warning' : null;
    const title = marks.map((f) => `${findingName(f.rule)}：${f.message}`).join('\n');
    const cls = (extra: string) => [extra, severity ? `finding-${severity}` : ''].filter(Boolean).join(' ');
    const parts = totals.get(key);
    if (parts) {
      const value = editable ? totalOf(parts.map(typed)) : view.report.cells[key];
      return (
        <td class={cls('cell-total')} data-cell={key} {...span} {...(title ? { title } : {})}>
          {/* 总计 is never typed: the server adds the four result columns on every save. */}
          <output id={`total-${key}`} data-sum-of={parts.map((p) => `field-cell.${p}`).join(' ')} aria-label={`${cellName(format, key)}（自动合计）`}>
            {shown(value)}
          </output>
        </td>
      );
    }
    if (editable && manual.has(key)) {
      const name = `cell.${key}`;
      const id = `field-${name}`;
      const error = form.errors[name];
      return (
        <td class={cls(error ? 'cell-input cell-invalid' : 'cell-input')} data-cell={key} {...span} {...(title ? { title } : {})}>
          <input
            type="text"
            id={id}
            name={name}
            value={form.values[name] ?? shown(view.report.cells[key])}
            inputMode={key.includes('amount') ? 'decimal' : 'numeric'}
            maxLength={16}
            aria-label={cellName(format, key)}
            {...(error ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-error` } : {})}
          />
          {error ? (
            <span class="field-error cell-error" id={`${id}-error`}>
              {error}
            </span>
          ) : null}
        </td>
      );
    }
    return (
      <td class={cls('cell-readonly')} data-cell={key} {...span} {...(title ? { title } : {})}>
        {shown(view.report.cells[key]) || (view.report.cells[key] ? '' : '0')}
      </td>
    );
  };
  return (
    <div class="table-scroll report-grid" data-table={table}>
      <table class={`report-grid-table report-grid-${table}`}>
        <caption class="visually-hidden">{captions[table]}</caption>
        {grid.head.length > 0 ? <thead>{grid.head.map((row) => <tr>{row.map((c) => cell(c, true))}</tr>)}</thead> : null}
        <tbody>{grid.body.map((row) => <tr>{row.map((c) => cell(c, false))}</tr>)}</tbody>
      </table>
    </div>
  );
}

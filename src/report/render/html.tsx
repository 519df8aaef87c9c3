// renderHtml: the report as one printable HTML page in the official layout (merged header cells,
// row-spanning group labels), every text escaped by Preact. Findings, when given, mark their cells
// and are listed at the end.
import { renderToString } from 'preact-render-to-string';
import type { AnnualReport, Finding, TableId } from '../model.ts';
import { cellClass, cellTextOf, chineseDate } from './cell-text.ts';
import type { GridCell, TableGrid } from './layout.ts';
import { reportStyle } from './print-style.ts';
import { defaultTitle, sectionsToPrint, tableGrid, tableOfSection } from './document-parts.ts';

const tableClass: Record<TableId, string> = {
  active_disclosure: 'active-disclosure',
  applications: 'applications',
  review_litigation: 'review-litigation',
};

// Screen readers announce the table by its caption; the printed page shows only the section heading.
const tableCaption: Record<TableId, string> = {
  active_disclosure: '表二 主动公开政府信息情况',
  applications: '表三 收到和处理政府信息公开申请情况',
  review_litigation: '表四 政府信息公开行政复议、行政诉讼情况',
};

interface Marks {
  severity: Map<string, Finding['severity']>;
  messages: Map<string, string[]>;
}

function marksOf(findings: readonly Finding[]): Marks {
  const severity = new Map<string, Finding['severity']>();
  const messages = new Map<string, string[]>();
  for (const f of findings) {
    // A sum over many cells marks only the cell it is about (its first), not the whole column.
    for (const key of f.cells.length > 8 ? f.cells.slice(0, 1) : f.cells) {
      if (severity.get(key) !== 'error') severity.set(key, f.severity);
      messages.set(key, [...(messages.get(key) ?? []), f.message]);
    }
  }
  return { severity, messages };
}

/**
 * The grid column each cell of the rows starts at, counting the cells that rows above span into: a row
 * label's column is marked (`label-col-N`) so a phone can keep the label columns in view while the
 * numbers scroll sideways (gongkai.css).
 */
function startColumns(rows: readonly (readonly GridCell[])[]): number[][] {
  const rowsLeft: number[] = []; // per grid column: how many more rows a cell above still covers
  const result: number[][] = [];
  for (const row of rows) {
    const starts: number[] = [];
    let column = 0;
    for (const c of row) {
      while ((rowsLeft[column] ?? 0) > 0) column += 1;
      starts.push(column);
      for (let k = 0; k < (c.colSpan ?? 1); k += 1) rowsLeft[column + k] = c.rowSpan ?? 1;
      column += c.colSpan ?? 1;
    }
    for (let k = 0; k < rowsLeft.length; k += 1) rowsLeft[k] = Math.max(0, (rowsLeft[k] ?? 0) - 1);
    result.push(starts);
  }
  return result;
}

function GridTable({ report, grid, table, marks, corner }: { report: AnnualReport; grid: TableGrid; table: TableId; marks: Marks; corner: boolean }) {
  const bodyStarts = startColumns(grid.body);
  const cell = (c: GridCell, i: number, headRow: boolean, rowIndex: number) => {
    const span = { ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}), ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}) };
    if (!c.key) {
      const labelCol = headRow ? '' : ` label-col-${bodyStarts[rowIndex]?.[i] ?? 0}`;
      // The corner is the first cell of the first head row only (not 自然人 or 商业企业 below it).
      const cls = corner && headRow && rowIndex === 0 && i === 0 ? 'corner' : !headRow && table !== 'review_litigation' ? `label${labelCol}` : undefined;
      return <th scope={headRow ? 'col' : 'row'} class={cls} {...span}>{c.text}</th>;
    }
    const severity = marks.severity.get(c.key);
    const cls = [cellClass(report.cells[c.key]), severity ? `finding-${severity}` : ''].filter(Boolean).join(' ');
    const title = marks.messages.get(c.key)?.join('\n');
    return (
      <td class={cls} data-cell={c.key} {...span} {...(title ? { title } : {})}>
        {cellTextOf(report, c.key)}
      </td>
    );
  };
  return (
    <div class="table-wrap">
      <table class={tableClass[table]}>
        <caption class="visually-hidden">{tableCaption[table]}</caption>
        {grid.head.length > 0 && <thead>{grid.head.map((row, r) => <tr>{row.map((c, i) => cell(c, i, true, r))}</tr>)}</thead>}
        <tbody>{grid.body.map((row, r) => <tr>{row.map((c, i) => cell(c, i, false, r))}</tr>)}</tbody>
      </table>
    </div>
  );
}

function Paragraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\r\n|\r|\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  return <>{paragraphs.map((p) => <p>{p}</p>)}</>;
}

function Findings({ findings }: { findings: readonly Finding[] }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">检查结果</h2>
      <p>
        共 {findings.length} 条：错误 {errors} 条（必须改正），提示 {findings.length - errors} 条（请核对）。
      </p>
      <ol>
        {findings.map((f) => (
          <li class={`finding-${f.severity}`}>
            <span class="severity">{f.severity === 'error' ? '错误' : '提示'}</span>
            {f.message}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The report itself — title, six sections with their tables, signature, findings — without the page
 * around it: the print page wraps it, and the public portal shows it inside the site's own shell.
 */
export function ReportBody({ report, findings }: { report: AnnualReport; findings?: readonly Finding[] | undefined }) {
  const marks = marksOf(findings ?? []);
  const title = defaultTitle(report);
  return (
    <>
      <h1>{title}</h1>
      {sectionsToPrint(report).map((section) => {
        const table = tableOfSection[section.id];
        return (
          <section data-section={section.id}>
            <h2>{section.heading}</h2>
            <Paragraphs text={section.text} />
            {table && <GridTable report={report} grid={tableGrid(report, table)} table={table} marks={marks} corner={table === 'applications'} />}
          </section>
        );
      })}
      {(report.agency || report.reportDate) && (
        <p class="signature">
          {report.agency}
          {report.agency && report.reportDate && <br />}
          {report.reportDate && chineseDate(report.reportDate)}
        </p>
      )}
      {findings && findings.length > 0 && <Findings findings={findings} />}
    </>
  );
}

export function ReportDocument({ report, findings }: { report: AnnualReport; findings?: readonly Finding[] }) {
  const title = defaultTitle(report);
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: reportStyle }} />
      </head>
      <body>
        <main class="report">
          <ReportBody report={report} findings={findings} />
        </main>
      </body>
    </html>
  );
}

/** The whole page, starting with <!DOCTYPE html>. */
export function renderHtml(report: AnnualReport, findings?: readonly Finding[]): string {
  return `<!DOCTYPE html>${renderToString(<ReportDocument report={report} {...(findings ? { findings } : {})} />)}`;
}

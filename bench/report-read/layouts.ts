// Lay out a report model the way real published reports look, so the benchmark reads documents
// shaped like the corpus: the tables as rows of cells (with the statutory headers and labels),
// then written out as one-cell-per-line text (a Word table pasted as text, seed 000), tab-separated
// text (seed 002), column-aligned "layout" text (pdftotext -layout) or an HTML page with spans.
import { applicationColumns, applicationLeafRows, formats } from '../../src/report/formats/index.ts';
import type { AnnualReport, Cell, TableId } from '../../src/report/model.ts';
import { applicationRowPath } from '../../src/report/render/labels.ts';

export interface TableRow {
  /** Label cells (group labels only on the first row of their group) and value cells. */
  cells: string[];
  /** HTML spans of each cell, parallel to `cells`. */
  spans?: { colspan?: number; rowspan?: number }[];
}

const show = (cell: Cell | undefined): string =>
  !cell || cell.kind === 'blank' ? '' : cell.kind === 'not_applicable' ? '/' : String(cell.value);

const formatOf = (report: AnnualReport, table: TableId) => report.tableFormats?.[table] ?? report.format;

export function tableRows(report: AnnualReport, table: TableId): TableRow[] {
  const format = formatOf(report, table);
  const def = formats[format].tables;
  if (table === 'active_disclosure') {
    const rows: TableRow[] = [];
    for (const block of def.active_disclosure.blocks) {
      const columns = block.columns as readonly { id: string; label: string }[];
      rows.push({ cells: [block.label], spans: [{ colspan: 4 }] });
      rows.push({ cells: ['信息内容', ...columns.map((c) => c.label)] });
      for (const row of block.rows) rows.push({ cells: [row.label, ...columns.map((c) => show(report.cells[`active_disclosure.${block.id}.${row.id}.${c.id}`]))] });
    }
    return rows;
  }
  if (table === 'review_litigation') {
    const t = def.review_litigation;
    const labels = t.block_columns.map((c) => c.label);
    return [
      { cells: ['行政复议', '行政诉讼'], spans: [{ colspan: 5 }, { colspan: 10 }] },
      { cells: [...labels, '未经复议直接起诉', '复议后起诉'], spans: [...labels.map(() => ({ rowspan: 2 })), { colspan: 5 }, { colspan: 5 }] },
      { cells: [...labels, ...labels] },
      { cells: t.column_blocks.flatMap((b) => t.block_columns.map((c) => show(report.cells[`review_litigation.${b.id}.${c.id}`]))) },
    ];
  }
  const t = def.applications;
  const columns = applicationColumns(format);
  const leaves = applicationLeafRows(format);
  const rows: TableRow[] = [
    { cells: [t.corner_note, '申请人情况'], spans: [{ colspan: 3, rowspan: 3 }, { colspan: 7 }] },
    { cells: ['自然人', '法人或其他组织', '总计'], spans: [{ rowspan: 2 }, { colspan: 5 }, { rowspan: 2 }] },
    { cells: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] },
  ];
  const started = new Set<string>();
  const groupSize = (label: string) => leaves.filter((l) => applicationRowPath(format, l.id).includes(label)).length;
  for (const leaf of leaves) {
    const path = applicationRowPath(format, leaf.id);
    const cells: string[] = [];
    const spans: TableRow['spans'] = [];
    path.forEach((label, depth) => {
      const last = depth === path.length - 1;
      if (!last && started.has(label)) return;
      started.add(label);
      cells.push(label);
      spans.push(last ? { colspan: 3 - depth } : { rowspan: groupSize(label) });
    });
    for (const c of columns) {
      cells.push(show(report.cells[`applications.${leaf.id}.${c}`]));
      spans.push({});
    }
    rows.push({ cells, spans });
  }
  return rows;
}

const tableOfSection: Partial<Record<string, TableId>> = {
  active_disclosure: 'active_disclosure',
  applications: 'applications',
  review_litigation: 'review_litigation',
};

export type TextLayout = 'cells' | 'tabs' | 'layout';

/** The report as plain text in one of the three layouts seen in real extractions. */
export function reportText(report: AnnualReport, layout: TextLayout): string {
  const out: string[] = [report.title ?? `${report.agency}${report.year}年政府信息公开工作年度报告`, ''];
  for (const section of report.sections) {
    out.push(section.heading);
    if (section.text) out.push(section.text);
    const table = tableOfSection[section.id];
    if (!table) continue;
    for (const row of tableRows(report, table)) {
      if (layout === 'cells') out.push(...row.cells, '');
      else if (layout === 'tabs') out.push(row.cells.join('\t'));
      else out.push(row.cells.map((c, i) => (i === 0 ? c.padEnd(24, ' ') : c.padStart(6, ' '))).join('  '));
    }
  }
  if (report.reportDate) out.push('', report.agency ?? '', report.reportDate.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'));
  return out.join('\n') + '\n';
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report as a government web page: site chrome around paragraphs and spanned tables. */
export function reportHtml(report: AnnualReport): string {
  const body: string[] = [`<h1>${escape(report.title ?? `${report.agency}${report.year}年政府信息公开工作年度报告`)}</h1>`];
  for (const section of report.sections) {
    body.push(`<p>${escape(section.heading)}</p>`);
    if (section.text) body.push(`<p>${escape(section.text)}</p>`);
    const table = tableOfSection[section.id];
    if (!table) continue;
    body.push('<table border="1"><tbody>');
    for (const row of tableRows(report, table)) {
      const tds = row.cells.map((c, i) => {
        const span = row.spans?.[i] ?? {};
        const attrs = `${span.colspan && span.colspan > 1 ? ` colspan="${span.colspan}"` : ''}${span.rowspan && span.rowspan > 1 ? ` rowspan="${span.rowspan}"` : ''}`;
        return `<td${attrs}>${escape(c)}</td>`;
      });
      body.push(`<tr>${tds.join('')}</tr>`);
    }
    body.push('</tbody></table>');
  }
  if (report.reportDate) body.push(`<p>${escape(report.agency ?? '')}</p><p>${report.reportDate.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(report.agency ?? '')}</title>
<style>table{border-collapse:collapse;font-size:12px}td{border:1px solid #000;padding:2px 4px}</style></head>
<body><div class="header"><nav><a href="/">首页</a> | <a href="/xxgk">政府信息公开</a></nav></div>
<table class="layout"><tr><td class="sidebar"><ul><li>信息公开指南</li><li>信息公开年报</li></ul></td><td class="content">
${body.join('\n')}
</td></tr></table><footer>主办单位：${escape(report.agency ?? '')}　版权所有</footer><script>var _hmt = _hmt || [];</script></body></html>`;
}

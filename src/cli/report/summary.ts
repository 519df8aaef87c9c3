// The readable Chinese summary `gongkai report check` prints for one file: what was read (format,
// year, agency), the three statistical tables laid out as in the format, then the findings.
import { applicationColumns, applicationLeafRows, formats } from '../../report/formats/index.ts';
import type { AnnualReport, Cell, FormatId, Finding, TableId } from '../../report/model.ts';
import { applicationColumnLabel, applicationRowPath } from '../../report/render/labels.ts';

const formatNames: Record<FormatId, string> = {
  gov_2021: '2021年格式（国办公开办函〔2021〕30号）',
  gov_2019: '2019年格式（国办公开办函〔2019〕60号）',
};

export const cellLegend = '（“空”＝单元格空白，“缺”＝文件中没有这一格，“/”＝不适用）';

/** The summary of a report that was read: header, tables, findings. */
export function reportSummary(file: string, report: AnnualReport, findings: Finding[]): string {
  const out: string[] = [];
  out.push(`文件：${file}`);
  const mixed = report.tableFormats && Object.values(report.tableFormats).some((f) => f !== report.format);
  out.push(
    `格式：${formatNames[report.format]}${mixed ? '（各表格式不一致）' : ''}　年度：${report.year ?? '未识别'}　机关：${report.agency ?? '未识别'}`,
  );
  out.push(cellLegend);
  out.push('', ...activeDisclosureTable(report), '', ...applicationsTable(report), '', ...reviewTable(report), '');
  out.push(...findingLines(findings));
  return out.join('\n');
}

/** The summary of a file that could not be read. */
export function unreadableSummary(file: string, message: string): string {
  return `文件：${file}\n无法读取：${message}`;
}

export function findingLines(findings: Finding[]): string[] {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return ['检查结果：未发现问题。'];
  const lines = [`检查结果：${errors} 个错误，${warnings} 个警告`];
  for (const f of findings) lines.push(`  ${f.severity === 'error' ? '✗ 错误' : '! 警告'} [${f.rule}] ${f.message}`);
  return lines;
}

function tableFormat(report: AnnualReport, table: TableId): FormatId {
  return report.tableFormats?.[table] ?? report.format;
}

function show(cell: Cell | undefined): string {
  if (!cell) return '缺';
  if (cell.kind === 'blank') return '空';
  if (cell.kind === 'not_applicable') return '/';
  return String(cell.value);
}

function activeDisclosureTable(report: AnnualReport): string[] {
  const format = tableFormat(report, 'active_disclosure');
  const table = formats[format].tables.active_disclosure;
  const lines = [`表二　${table.title}`];
  for (const block of table.blocks) {
    const columns = block.columns as readonly { id: string; label: string }[];
    lines.push(`  ${pad(block.label, 22)}${columns.map((c) => padStart(c.label, 14)).join('')}`);
    for (const row of block.rows) {
      const values = columns.map((c) => padStart(show(report.cells[`active_disclosure.${block.id}.${row.id}.${c.id}`]), 14));
      lines.push(`    ${pad(row.label, 20)}${values.join('')}`);
    }
  }
  return lines;
}

function applicationsTable(report: AnnualReport): string[] {
  const format = tableFormat(report, 'applications');
  const columns = applicationColumns(format);
  const lines = [`表三　${formats[format].tables.applications.title}`];
  lines.push(`  ${pad('', 40)}${columns.map((c) => padStart(applicationColumnLabel(format, c), 13)).join('')}`);
  let group = '';
  for (const row of applicationLeafRows(format)) {
    const path = applicationRowPath(format, row.id);
    // Group headings ("三、本年度办理结果", "（三）不予公开") are printed once, above their first leaf row.
    const parents = path.slice(0, -1).join(' ');
    if (parents && parents !== group) {
      for (const [depth, label] of path.slice(0, -1).entries()) if (!group.includes(label)) lines.push(`  ${'  '.repeat(depth)}${label}`);
      group = parents;
    }
    const label = `${'  '.repeat(path.length - 1)}${shorten(path[path.length - 1]!, 38 - 2 * (path.length - 1))}`;
    const values = columns.map((c) => padStart(show(report.cells[`applications.${row.id}.${c}`]), 13));
    lines.push(`  ${pad(label, 40)}${values.join('')}`);
  }
  if (report.incompleteTables?.includes('applications')) lines.push('  （表三在文件中不完整，以下各行缺失）');
  return lines;
}

function reviewTable(report: AnnualReport): string[] {
  const table = formats[tableFormat(report, 'review_litigation')].tables.review_litigation;
  const lines = [`表四　${table.title}`];
  lines.push(`  ${pad('', 26)}${table.block_columns.map((c) => padStart(c.label, 10)).join('')}`);
  for (const block of table.column_blocks) {
    const values = table.block_columns.map((c) => padStart(show(report.cells[`review_litigation.${block.id}.${c.id}`]), 10));
    lines.push(`  ${pad(block.path_labels.join('·'), 26)}${values.join('')}`);
  }
  return lines;
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(1, width - displayWidth(text))) + text;
}

function shorten(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 2) break;
    out += ch;
  }
  return out + '…';
}

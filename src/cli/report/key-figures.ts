// `gongkai report check --csv OUT`: one row of key figures per file, for a supervisor's spreadsheet.
import type { CheckResultJson } from '../../report/model.ts';

export const keyFigureColumns = [
  ['file', '文件'],
  ['format', '格式'],
  ['year', '年度'],
  ['agency', '机关'],
  ['applications.new_received.total', '新收总计'],
  ['applications.carried_over_from_last_year.total', '上年结转总计'],
  ['applications.outcomes.total.total', '办理结果总计'],
  ['applications.carried_to_next_year.total', '结转下年总计'],
  ['review_litigation.administrative_reconsideration.total', '复议总计'],
  ['litigation_total', '诉讼总计'],
  ['errors', '错误数'],
  ['warnings', '警告数'],
  ['error', '无法读取的原因'],
] as const;

const formatNames: Record<string, string> = { gov_2021: '2021年格式', gov_2019: '2019年格式' };

/** The header line and one line per result, RFC 4180 quoting, CRLF line ends (Excel opens it). */
export function keyFiguresCsv(results: CheckResultJson[]): string {
  const lines: string[][] = [keyFigureColumns.map(([, label]) => label)];
  for (const r of results) lines.push(keyFigureColumns.map(([id]) => figure(r, id)));
  // The BOM lets Excel on Windows recognise UTF-8 Chinese text.
  return '\ufeff' + lines.map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n';
}

function figure(r: CheckResultJson, id: (typeof keyFigureColumns)[number][0]): string {
  switch (id) {
    case 'file':
      return r.file;
    case 'format':
      return r.format ? formatNames[r.format]! : '';
    case 'year':
      return r.year === null ? '' : String(r.year);
    case 'agency':
      return r.agency ?? '';
    case 'errors':
      return r.error ? '' : String(r.findings.filter((f) => f.severity === 'error').length);
    case 'warnings':
      return r.error ? '' : String(r.findings.filter((f) => f.severity === 'warning').length);
    case 'error':
      return r.error ?? '';
    case 'litigation_total': {
      // 行政诉讼 = 未经复议直接起诉 + 复议后起诉 (table 四 has no combined column).
      const direct = r.cells['review_litigation.litigation_direct.total'];
      const after = r.cells['review_litigation.litigation_after_reconsideration.total'];
      if (direct === undefined && after === undefined) return '';
      return String((direct ?? 0) + (after ?? 0));
    }
    default: {
      const value = r.cells[id];
      return value === undefined || value === null ? '' : String(value);
    }
  }
}

function quote(cell: string): string {
  // A leading = + - @ would make Excel evaluate the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

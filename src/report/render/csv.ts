// renderCsv: one row per cell — table, address, Chinese label path, value, kind — as UTF-8 with a
// byte-order mark and CRLF line ends, so that Excel (and WPS) open the Chinese text correctly.
import type { AnnualReport } from '../model.ts';
import { tableFormat } from '../build.ts';
import type { TableId } from '../model.ts';
import { cellText } from './cell-text.ts';
import { orderedCellKeys } from './json.ts';
import { cellLabelPath, tableNumerals } from './labels.ts';

const kindLabels = { number: '数值', blank: '空白', not_applicable: '不适用' } as const;

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(text: string): string {
  // A leading = + - @ would be run as a formula by Excel (CSV injection); prefix it with '.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(report: AnnualReport): string {
  const rows: string[][] = [['表', '单元格地址', '标签路径', '数值', '类型']];
  for (const key of orderedCellKeys(report)) {
    const table = key.split('.')[0] as TableId;
    const cell = report.cells[key]!;
    const known = table in tableNumerals;
    rows.push([
      known ? `表${tableNumerals[table]}` : table,
      key,
      known ? cellLabelPath(tableFormat(report, table), key).slice(1).join(' / ') : key,
      cellText(cell),
      kindLabels[cell.kind],
    ]);
  }
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

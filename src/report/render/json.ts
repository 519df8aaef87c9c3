// renderJson: the report model as stable, readable JSON — cells in the printed order of the format
// (then any cell the format does not know, sorted), so that two renderings of one report are equal
// byte for byte and a diff between years reads table by table.
import { cellKeys } from '../formats/index.ts';
import type { AnnualReport, FormatId, TableId } from '../model.ts';
import { tableFormat } from '../build.ts';

const tables: TableId[] = ['active_disclosure', 'applications', 'review_litigation'];

const keyCache = new Map<string, string[]>();
function printedKeys(format: FormatId, table: TableId): string[] {
  let keys = keyCache.get(`${format}:${table}`);
  if (!keys) keyCache.set(`${format}:${table}`, (keys = cellKeys(format, table)));
  return keys;
}

export function orderedCellKeys(report: AnnualReport): string[] {
  const known = tables.flatMap((t) => printedKeys(tableFormat(report, t), t)).filter((k) => k in report.cells);
  const knownSet = new Set(known);
  const others = Object.keys(report.cells).filter((k) => !knownSet.has(k)).sort();
  return [...known, ...others];
}

export function renderJson(report: AnnualReport): string {
  const cells = Object.fromEntries(orderedCellKeys(report).map((k) => [k, report.cells[k]]));
  const ordered = {
    format: report.format,
    ...(report.tableFormats ? { tableFormats: report.tableFormats } : {}),
    year: report.year,
    agency: report.agency,
    ...(report.title !== undefined ? { title: report.title } : {}),
    ...(report.reportDate !== undefined ? { reportDate: report.reportDate } : {}),
    ...(report.citedDocuments !== undefined ? { citedDocuments: report.citedDocuments } : {}),
    sections: report.sections,
    cells,
    ...(report.incompleteTables !== undefined ? { incompleteTables: report.incompleteTables } : {}),
    ...(report.readFindings !== undefined ? { readFindings: report.readFindings } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

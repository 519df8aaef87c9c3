// Reading numbers out of a report for the rules: a blank cell and a "/" count 0 for arithmetic
// (annual-report-format.md §5), a cell that is not in the document at all is "missing" and makes
// any relation that needs it uncheckable.
import { applicationLeafRows, cellKeys, formats } from '../formats/index.ts';
import type { AnnualReport, Cell, Finding, FormatId, TableId } from '../model.ts';

export function cellOf(report: AnnualReport, key: string): Cell | undefined {
  return report.cells[key];
}

/** Value for arithmetic: blank, not applicable and missing all count 0. */
export function valueOf(report: AnnualReport, key: string): number {
  const cell = report.cells[key];
  return cell && cell.kind === 'number' && cell.value !== null && Number.isFinite(cell.value) ? cell.value : 0;
}

export function isMissing(report: AnnualReport, key: string): boolean {
  return report.cells[key] === undefined;
}

export function isBlank(report: AnnualReport, key: string): boolean {
  return report.cells[key]?.kind === 'blank';
}

/** Numbers as printed in messages: integers plainly, 万元 decimals without float noise. */
export function showNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

export function showCell(report: AnnualReport, key: string): string {
  const cell = report.cells[key];
  if (!cell) return '（缺）';
  if (cell.kind === 'blank') return '（空白）';
  if (cell.kind === 'not_applicable') return '/';
  return showNumber(cell.value ?? 0);
}

const leafRowCache = new Map<FormatId, string[]>();
const cellKeyCache = new Map<string, string[]>();

/** Leaf row ids of table 三 in printed order (memoized: the format data never changes). */
export function leafRowIds(format: FormatId): string[] {
  let rows = leafRowCache.get(format);
  if (!rows) leafRowCache.set(format, (rows = applicationLeafRows(format).map((r) => r.id)));
  return rows;
}

/** Every cell key of a table in printed order (memoized). */
export function formatCellKeys(format: FormatId, table: TableId): string[] {
  const k = `${format}:${table}`;
  let keys = cellKeyCache.get(k);
  if (!keys) cellKeyCache.set(k, (keys = cellKeys(format, table)));
  return keys;
}

const columns2019 = formats.gov_2019.tables.applications.leaf_columns_in_order;
const has = (report: AnnualReport, keys: readonly string[]) => keys.some((k) => report.cells[k] !== undefined);
const markers = {
  applications2021: ['correction_overdue', 'fee_unpaid_overdue', 'other'].flatMap((row) => columns2019.map((c) => `applications.outcomes.other_handling.${row}.${c}`)),
  applications2019: columns2019.map((c) => `applications.outcomes.other_handling.${c}`),
  active2021: ['regulations', 'normative_documents'].flatMap((row) => ['issued_this_year', 'abolished_this_year', 'currently_valid'].map((c) => `active_disclosure.art20_item1.${row}.${c}`)).concat(['active_disclosure.art20_item8.administrative_fees.fee_amount_this_year']),
  active2019: ['regulations', 'normative_documents']
    .flatMap((row) => ['newly_made', 'newly_published', 'total_published'].map((c) => `active_disclosure.art20_item1.${row}.${c}`))
    .concat(['items_last_year', 'change_this_year', 'decisions_count'].map((c) => `active_disclosure.art20_item5.other_external_management_services.${c}`))
    .concat(['procurement_project_count', 'procurement_total_amount'].map((c) => `active_disclosure.art20_item9.centralized_government_procurement.${c}`)),
};

/**
 * The format a table really follows. An explicit `tableFormats` entry wins; otherwise the cell keys
 * tell (a gov_2019 table 三 has one （六）其他处理 row, a gov_2021 one has （六）1–3), else the report's format.
 */
export function effectiveTableFormat(report: AnnualReport, table: TableId): FormatId {
  const explicit = report.tableFormats?.[table];
  if (explicit) return explicit;
  if (table === 'applications') {
    if (has(report, markers.applications2021)) return 'gov_2021';
    if (has(report, markers.applications2019)) return 'gov_2019';
  }
  if (table === 'active_disclosure') {
    if (has(report, markers.active2021)) return 'gov_2021';
    if (has(report, markers.active2019)) return 'gov_2019';
  }
  return report.format;
}

/** Whether any cell of the table is in the document. */
export function tablePresent(report: AnnualReport, table: TableId): boolean {
  // Rules ask this several times per report, and enumerating ~300 cell keys each time was a large
  // share of checkReport. A present table nearly always has one of the format's own cells, found
  // by direct lookups; only otherwise are the keys enumerated (a table of unexpected keys only).
  const cells = report.cells;
  for (const format of formatIds) {
    for (const k of formatCellKeys(format, table)) {
      if (cells[k] !== undefined && isEnumerable.call(cells, k)) return true;
    }
  }
  const prefix = `${table}.`;
  for (const k in cells) if (k.startsWith(prefix)) return true;
  return false;
}

const formatIds = Object.keys(formats) as FormatId[];
const isEnumerable = Object.prototype.propertyIsEnumerable;

export function finding(rule: string, severity: Finding['severity'], message: string, cells: string[]): Finding {
  return { rule, severity, message, cells };
}

/**
 * A linear relation Σ(plus) = Σ(minus) between cells. With blank cells counted 0 it may fail only
 * because a clerk left a total blank (seed 003 leaves 总计 cells blank): then the report is
 * incomplete rather than wrong, so the caller reports BLANK_CELL instead of a HARD error.
 */
export interface RelationOutcome {
  status: 'holds' | 'fails' | 'fails_only_if_blank_is_zero' | 'missing';
  left: number;
  right: number;
  missing: string[];
  blanks: string[];
}

export function evaluateRelation(report: AnnualReport, plus: string[], minus: string[]): RelationOutcome {
  const all = [...plus, ...minus];
  const missing = all.filter((k) => isMissing(report, k));
  const blanks = all.filter((k) => isBlank(report, k));
  const left = plus.reduce((s, k) => s + valueOf(report, k), 0);
  const right = minus.reduce((s, k) => s + valueOf(report, k), 0);
  if (missing.length > 0) return { status: 'missing', left, right, missing, blanks };
  // Compare in units of 0.0001 so that 万元 decimals do not produce float noise.
  const diff = Math.round((left - right) * 10_000);
  if (diff === 0) return { status: 'holds', left, right, missing, blanks };
  // A blank on the smaller side could be filled with the difference.
  const fillable = diff > 0 ? minus.some((k) => isBlank(report, k)) : plus.some((k) => isBlank(report, k));
  return { status: fillable ? 'fails_only_if_blank_is_zero' : 'fails', left, right, missing, blanks };
}

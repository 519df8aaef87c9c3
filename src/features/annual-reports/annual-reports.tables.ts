// Kysely types of the annual report tables (migration 0013_annual_reports).
import type { ReportStatus } from './domain/workflow.ts';

export interface AnnualReportTable {
  id: string;
  agency_id: string;
  year: number;
  format: string;
  status: ReportStatus;
  version: number;
  agency_name: string;
  /** JSON text: section id → text. */
  texts: string;
  /** JSON text: cell key → { value, source } as generated from the records. */
  computed_cells: string;
  /** JSON text: Finding[] of the last save. */
  findings: string;
  return_comment: string | null;
  report_date: string | null;
  published_on: string | null;
  /** JSON text of the AnnualReport as published. */
  published_report: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AnnualReportCellTable {
  report_id: string;
  cell_key: string;
  kind: 'number' | 'blank' | 'not_applicable';
  value: number | null;
  updated_at: string;
}

export interface AnnualReportEventTable {
  id: string;
  report_id: string;
  agency_id: string;
  event: string;
  from_status: string;
  to_status: string;
  comment: string | null;
  version: number;
  account_id: string | null;
  occurred_at: string;
}

export interface AnnualReportTables {
  annual_report: AnnualReportTable;
  annual_report_cell: AnnualReportCellTable;
  annual_report_event: AnnualReportEventTable;
}

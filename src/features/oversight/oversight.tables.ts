// Kysely types of the oversight tables (migrations 0017_oversight, 0020_report_audit_context).
import type { ReviewStatus } from './domain/review-workflow.ts';

export interface AnnualReportReviewTable {
  id: string;
  report_id: string;
  agency_id: string;
  year: number;
  body: string;
  status: ReviewStatus;
  author_id: string | null;
  author_name: string;
  answer: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  answered_at: string | null;
  accepted_at: string | null;
  created_at: string;
  updated_at: string;
}

export type AuditBatchStatus = 'running' | 'done';
export type AuditFileStatus = 'pending' | 'checked' | 'failed';

export interface ReportAuditBatchTable {
  id: string;
  agency_id: string;
  status: AuditBatchStatus;
  file_count: number;
  created_by: string | null;
  created_at: string;
  finished_at: string | null;
  /** Publication date given on the upload form for every file (YYYY-MM-DD). */
  published_on: string | null;
  /** Agency level given on the upload form for every file (a level of the report engine). */
  agency_level: string | null;
}

export interface ReportAuditFileTable {
  id: string;
  batch_id: string;
  agency_id: string;
  seq: number;
  file_name: string;
  size_bytes: number;
  stored_name: string | null;
  status: AuditFileStatus;
  error: string | null;
  format: string | null;
  year: number | null;
  agency_name: string | null;
  error_count: number;
  warning_count: number;
  /** JSON text of Finding[]. */
  findings: string | null;
  checked_at: string | null;
  /** JSON text of the AnnualReport as read; null until read (a pending row with a report waits for pairing). */
  report: string | null;
  /** A publication date the file states (YYYY-MM-DD) and where: 'page' (发布日期) or 'signature' (落款). */
  stated_published_on: string | null;
  stated_published_source: string | null;
  /** JSON text of the supervisor's FileCorrections. */
  corrections: string | null;
  /** JSON text of the AuditContext the last check ran with. */
  context: string | null;
}

export interface OversightTables {
  annual_report_review: AnnualReportReviewTable;
  report_audit_batch: ReportAuditBatchTable;
  report_audit_file: ReportAuditFileTable;
}

// The messages between the web server and the bulk-audit checker thread (report-audit.worker.ts).
import type { AnnualReport } from '../../report/model.ts';

export interface AuditJob {
  /** report_audit_file.id */
  readonly id: string;
  /** Absolute path of the stored file. */
  readonly path: string;
  /** The name as uploaded (the reader uses its extension as a hint, e.g. ".html"). */
  readonly fileName: string;
}

/** A read report (checked later, with its context) or why the file cannot be read. */
export type AuditOutcome =
  | { readonly id: string; readonly ok: true; readonly report: AnnualReport; readonly pageDate: string | null }
  | { readonly id: string; readonly ok: false; readonly error: string };

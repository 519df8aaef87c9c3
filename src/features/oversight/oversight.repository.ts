// Kysely only. Oversight reads span a supervisor's subtree: every query takes the agency ids the service
// has already checked (DESIGN §3: "unless it is an oversight query that checks the supervisor's subtree").
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';
import type { AnnualReportReviewTable, ReportAuditBatchTable, ReportAuditFileTable } from './oversight.tables.ts';

export type ReviewRow = Selectable<AnnualReportReviewTable>;
export type BatchRow = Selectable<ReportAuditBatchTable>;
export type AuditFileRow = Selectable<ReportAuditFileTable>;

// ── review comments ────────────────────────────────────────────────────────────────────────────────

export async function insertReview(db: Executor, row: Insertable<AnnualReportReviewTable>): Promise<void> {
  await db.insertInto('annual_report_review').values(row).execute();
}

export async function listReviews(db: Executor, agencyId: string, reportId: string): Promise<ReviewRow[]> {
  return db
    .selectFrom('annual_report_review')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('report_id', '=', reportId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findReview(db: Executor, agencyId: string, id: string): Promise<ReviewRow | undefined> {
  return db.selectFrom('annual_report_review').selectAll().where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst();
}

export async function findReviewAgencyId(db: Executor, id: string): Promise<{ agency_id: string; report_id: string } | undefined> {
  return db.selectFrom('annual_report_review').select(['agency_id', 'report_id']).where('id', '=', id).executeTakeFirst();
}

/** Updates when the stored status is `expected` (a concurrent answer or acceptance is refused, not overwritten). */
export async function updateReview(db: Executor, agencyId: string, id: string, expected: ReviewRow['status'], patch: Updateable<AnnualReportReviewTable>): Promise<boolean> {
  const result = await db
    .updateTable('annual_report_review')
    .set(patch)
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** 要求整改 not yet answered, per agency, for one report year. */
export async function countOpenCorrectionsByAgency(db: Executor, agencyIds: readonly string[], year: number): Promise<Map<string, number>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('annual_report_review')
    .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agency_id', 'in', [...agencyIds])
    .where('year', '=', year)
    .where('status', '=', 'correction_required')
    .groupBy('agency_id')
    .execute();
  return new Map(rows.map((r) => [r.agency_id, Number(r.n)]));
}

/** 要求整改 of one agency not yet answered, oldest first, with the year of the report (staff home). */
export async function listOpenCorrections(db: Executor, agencyId: string, limit: number): Promise<Array<Pick<ReviewRow, 'id' | 'report_id' | 'year' | 'body' | 'created_at'>>> {
  return db
    .selectFrom('annual_report_review')
    .select(['id', 'report_id', 'year', 'body', 'created_at'])
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'correction_required')
    .orderBy('created_at', 'asc')
    .limit(limit)
    .execute();
}

export async function findAccountName(db: Executor, accountId: string): Promise<string | undefined> {
  const row = await db.selectFrom('account').select('display_name').where('id', '=', accountId).executeTakeFirst();
  return row?.display_name;
}

// ── bulk audit ─────────────────────────────────────────────────────────────────────────────────────

export async function insertBatch(db: Executor, row: Insertable<ReportAuditBatchTable>): Promise<void> {
  await db.insertInto('report_audit_batch').values(row).execute();
}

export async function insertAuditFile(db: Executor, row: Insertable<ReportAuditFileTable>): Promise<void> {
  await db.insertInto('report_audit_file').values(row).execute();
}

export async function findBatch(db: Executor, id: string): Promise<BatchRow | undefined> {
  return db.selectFrom('report_audit_batch').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listBatches(db: Executor, agencyIds: readonly string[], limit: number): Promise<BatchRow[]> {
  if (agencyIds.length === 0) return [];
  return db
    .selectFrom('report_audit_batch')
    .selectAll()
    .where('agency_id', 'in', [...agencyIds])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Every file of a batch with its read report (for the check, which pairs the files of the batch). */
export async function listAuditFiles(db: Executor, agencyId: string, batchId: string): Promise<AuditFileRow[]> {
  return db.selectFrom('report_audit_file').selectAll().where('agency_id', '=', agencyId).where('batch_id', '=', batchId).orderBy('seq').execute();
}

export type AuditFileResultRow = Omit<AuditFileRow, 'report'>;

/** The files of a batch as the results page shows them: without the read reports (the page reloads every 3 s). */
export async function listAuditFileResults(db: Executor, agencyId: string, batchId: string): Promise<AuditFileResultRow[]> {
  return db
    .selectFrom('report_audit_file')
    .select([
      'id',
      'batch_id',
      'agency_id',
      'seq',
      'file_name',
      'size_bytes',
      'stored_name',
      'status',
      'error',
      'format',
      'year',
      'agency_name',
      'error_count',
      'warning_count',
      'findings',
      'checked_at',
      'stated_published_on',
      'stated_published_source',
      'corrections',
      'context',
    ])
    .where('agency_id', '=', agencyId)
    .where('batch_id', '=', batchId)
    .orderBy('seq')
    .execute();
}

export async function findAuditFile(db: Executor, agencyId: string, batchId: string, id: string): Promise<AuditFileResultRow | undefined> {
  return db
    .selectFrom('report_audit_file')
    .select(['id', 'batch_id', 'agency_id', 'seq', 'file_name', 'status', 'stored_name', 'corrections', 'year', 'agency_name'])
    .select((eb) => eb.case().when('report', 'is', null).then(0).else(1).end().as('has_report'))
    .where('agency_id', '=', agencyId)
    .where('batch_id', '=', batchId)
    .where('id', '=', id)
    .executeTakeFirst() as Promise<(AuditFileResultRow & { has_report: number }) | undefined>;
}

/** Files still waiting to be read, oldest batch first (resumed after a restart). */
export async function listUnreadFiles(db: Executor, limit: number): Promise<AuditFileRow[]> {
  return db.selectFrom('report_audit_file').selectAll().where('status', '=', 'pending').where('report', 'is', null).orderBy('batch_id').orderBy('seq').limit(limit).execute();
}

/** Keeps what the reader made of a file; the file stays pending until the batch is checked. */
export async function storeReadReport(db: Executor, id: string, patch: Updateable<ReportAuditFileTable>): Promise<boolean> {
  const result = await db.updateTable('report_audit_file').set(patch).where('id', '=', id).where('status', '=', 'pending').where('report', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Batches whose files are all read and some wait for the check (the rules pair the files of a batch). */
export async function listBatchesToCheck(db: Executor, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('report_audit_file as f')
    .select('f.batch_id')
    .distinct()
    .where('f.status', '=', 'pending')
    .where('f.report', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('report_audit_file as g').select('g.id').whereRef('g.batch_id', '=', 'f.batch_id').where('g.status', '=', 'pending').where('g.report', 'is', null))),
    )
    .orderBy('f.batch_id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.batch_id);
}

export async function updateCorrections(db: Executor, agencyId: string, id: string, corrections: string): Promise<void> {
  await db.updateTable('report_audit_file').set({ corrections }).where('agency_id', '=', agencyId).where('id', '=', id).execute();
}

/**
 * Queues a batch's checked files again (after a correction: pairs and context may change). A file with
 * its read report is only checked again; one without (checked before the report was kept) is read again.
 */
export async function requeueBatch(db: Executor, agencyId: string, batchId: string): Promise<void> {
  await db
    .updateTable('report_audit_file')
    .set({ status: 'pending', checked_at: null })
    .where('agency_id', '=', agencyId)
    .where('batch_id', '=', batchId)
    .where('status', '=', 'checked')
    .where('stored_name', 'is not', null)
    .execute();
  await db.updateTable('report_audit_batch').set({ status: 'running', finished_at: null }).where('agency_id', '=', agencyId).where('id', '=', batchId).execute();
}

export async function finishAuditFile(db: Executor, id: string, patch: Updateable<ReportAuditFileTable>): Promise<boolean> {
  const result = await db.updateTable('report_audit_file').set(patch).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countPendingInBatch(db: Executor, batchId: string): Promise<number> {
  const row = await db
    .selectFrom('report_audit_file')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('batch_id', '=', batchId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markBatchDone(db: Executor, id: string, finishedAt: string): Promise<boolean> {
  const result = await db.updateTable('report_audit_batch').set({ status: 'done', finished_at: finishedAt }).where('id', '=', id).where('status', '=', 'running').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The published reports of one year of the given agencies (the roll-up); agencies without one are absent. */
export async function listPublishedReportsOfYear(executor: Executor, agencyIds: readonly string[], year: number): Promise<Array<{ agency_id: string; published_report: string | null; published_on: string | null }>> {
  if (agencyIds.length === 0) return [];
  return executor
    .selectFrom('annual_report')
    .select(['agency_id', 'published_report', 'published_on'])
    .where('agency_id', 'in', [...agencyIds])
    .where('year', '=', year)
    .where('status', '=', 'published')
    .execute();
}

// 政务公开办 oversight (条例第三条、第四十九条): review comments on the agencies' annual reports (审阅意见,
// 要求整改 and the agency's answer), and batches of published report files checked by the report engine
// (bulk audit), kept so the results page can be reloaded. Forward-only; never edit after it has shipped.
import { sql, type Kysely } from 'kysely';
import { checkIn, columnTypes } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const REVIEW_STATUSES = ['comment', 'correction_required', 'answered', 'accepted'] as const;
const BATCH_STATUSES = ['running', 'done'] as const;
const FILE_STATUSES = ['pending', 'checked', 'failed'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('annual_report_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('annual_report.id'))
    // The agency whose report it is: the agency reads and answers, the supervisors above it write.
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', REVIEW_STATUSES)))
    .addColumn('author_id', 'text', (c) => c.references('account.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('account.id'))
    .addColumn('answered_by_name', 'text')
    .addColumn('answered_at', t.instant)
    .addColumn('accepted_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('annual_report_review_report_idx').on('annual_report_review').columns(['report_id', 'created_at']).execute();
  await db.schema.createIndex('annual_report_review_agency_idx').on('annual_report_review').columns(['agency_id', 'status']).execute();

  await db.schema
    .createTable('report_audit_batch')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The agency (a government) whose supervisors ran the batch; only they read it.
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', BATCH_STATUSES)))
    .addColumn('file_count', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('finished_at', t.instant)
    .execute();
  await db.schema.createIndex('report_audit_batch_agency_idx').on('report_audit_batch').columns(['agency_id', 'created_at']).execute();

  await db.schema
    .createTable('report_audit_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('report_audit_batch.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    // As uploaded (inside a .zip: "archive.zip/inner/name.pdf").
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    // Generated name under <data>/files/report-audit/; null when the file was refused before storing.
    .addColumn('stored_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', FILE_STATUSES)))
    .addColumn('error', 'text')
    .addColumn('format', 'text')
    .addColumn('year', 'integer')
    .addColumn('agency_name', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warning_count', 'integer', (c) => c.notNull().defaultTo(0))
    // Finding[] (JSON) as the engine returned them.
    .addColumn('findings', t.json)
    .addColumn('checked_at', t.instant)
    .addUniqueConstraint('report_audit_file_batch_seq_unique', ['batch_id', 'seq'])
    .addCheckConstraint('report_audit_file_counts_nonnegative', sql`error_count >= 0 and warning_count >= 0`)
    .execute();
  await db.schema.createIndex('report_audit_file_status_idx').on('report_audit_file').columns(['status', 'batch_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

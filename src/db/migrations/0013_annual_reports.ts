// 年度报告 (条例第四十九、五十条): one report per agency and year, generated from the records and kept as a
// versioned record. Staff-entered cells (table 二 other than item 1, table 四) are stored one row per
// cell; computed cells are recomputed from the records on every save. Every workflow step is an event.
// Forward-only; never edit after it has shipped — add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { checkIn, columnTypes } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const STATUSES = ['draft', 'submitted', 'approved', 'published'] as const;
const FORMATS = ['gov_2021', 'gov_2019'] as const;
const CELL_KINDS = ['number', 'blank', 'not_applicable'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('annual_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(checkIn('format', FORMATS)))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', STATUSES)))
    // Incremented on every save: a stale editor form is refused instead of overwriting a newer save.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('agency_name', 'text', (c) => c.notNull())
    // Section texts keyed by section id (JSON object).
    .addColumn('texts', t.json, (c) => c.notNull())
    // The computed cells as last generated from the records, with where each came from (JSON).
    .addColumn('computed_cells', t.json, (c) => c.notNull())
    // checkReport's findings at the last save (JSON array).
    .addColumn('findings', t.json, (c) => c.notNull())
    .addColumn('return_comment', 'text')
    .addColumn('report_date', 'text')
    .addColumn('published_on', 'text')
    // The report exactly as published (JSON AnnualReport): the public page never changes after publication.
    .addColumn('published_report', t.json)
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('annual_report_agency_year_unique', ['agency_id', 'year'])
    .addCheckConstraint('annual_report_version_positive', sql`version >= 1`)
    .execute();

  await db.schema
    .createTable('annual_report_cell')
    .addColumn('report_id', 'text', (c) => c.notNull().references('annual_report.id'))
    .addColumn('cell_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', CELL_KINDS)))
    // Counts are integers; 万元 amounts (table 二 item 8) are decimals.
    .addColumn('value', 'double precision')
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('annual_report_cell_pk', ['report_id', 'cell_key'])
    .execute();

  await db.schema
    .createTable('annual_report_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('annual_report.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('account.id'))
    .addColumn('occurred_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('annual_report_event_report').on('annual_report_event').columns(['report_id', 'occurred_at']).execute();
  await db.schema.createIndex('annual_report_published').on('annual_report').columns(['agency_id', 'status', 'year']).execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

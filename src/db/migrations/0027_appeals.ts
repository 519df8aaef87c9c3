// 行政复议 and 行政诉讼 about the agency's disclosure work: one record per case, from which table 四 of the annual
// report is counted (DESIGN §1: the kind is table 四's block id, the result its column id). A case may concern
// an application on the platform or stand alone (a 主动公开 matter, or an application older than the platform);
// a 复议后起诉 may point to the 复议 it follows. Forward-only; never edit after it has shipped.
import type { Kysely } from 'kysely';
import { checkIn, columnTypes } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const KINDS = ['administrative_reconsideration', 'litigation_direct', 'litigation_after_reconsideration'] as const;
const RESULTS = ['upheld', 'corrected', 'other_result'] as const;
const PROCEDURES = ['ordinary', 'simplified'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('appeal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('application_id', 'text', (c) => c.references('application.id'))
    .addColumn('reconsideration_id', 'text', (c) => c.references('appeal.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', KINDS)))
    // 行政复议法第五十三条：政府信息公开案件可以适用简易程序 (answer within 5 instead of 10 working days).
    .addColumn('procedure', 'text', (c) => c.check(checkIn('procedure', PROCEDURES)))
    .addColumn('body_name', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text')
    .addColumn('applicant_name', 'text')
    .addColumn('matter', 'text', (c) => c.notNull())
    // Legal dates, YYYY-MM-DD.
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('concluded_on', 'text')
    .addColumn('result', 'text', (c) => c.check(checkIn('result', RESULTS)))
    .addColumn('notes', 'text')
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('appeal_agency_filed_idx').on('appeal').columns(['agency_id', 'filed_on']).execute();
  await db.schema.createIndex('appeal_agency_concluded_idx').on('appeal').columns(['agency_id', 'concluded_on']).execute();
  await db.schema.createIndex('appeal_application_idx').on('appeal').column('application_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

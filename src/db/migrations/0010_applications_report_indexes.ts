// Covering indexes for 年报表三 of one agency and year (bench/applications, BENCHMARKS.md): the four
// counts read only agency, dates, outcome and applicant type, so these indexes answer them without
// visiting the table rows. They replace the two narrower indexes of 0005. Forward-only.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('application_report_received_idx')
    .on('application')
    .columns(['agency_id', 'received_on', 'decided_on', 'applicant_type'])
    .execute();
  await db.schema
    .createIndex('application_report_decided_idx')
    .on('application')
    .columns(['agency_id', 'decided_on', 'received_on', 'outcome', 'applicant_type'])
    .execute();
  await db.schema.dropIndex('application_agency_received_idx').execute();
  await db.schema.dropIndex('application_agency_decided_idx').execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

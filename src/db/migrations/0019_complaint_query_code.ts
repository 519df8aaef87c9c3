// Complaints (条例第四十七条第二款、第五十一条) get what lets the answer go back to the complainant: the hash of
// the 查询码 shown once on the confirmation page (the code itself is never stored), and the outcome the staff
// record with their answer (已补充公开 / 已更正 / 未作更改). Both stay empty on complaints filed before this
// migration: those were filed without a code, and their answers recorded no outcome.
// Forward-only; never edit after it has shipped — add a new migration instead.
import type { Kysely } from 'kysely';
import { checkIn } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const COMPLAINT_OUTCOMES = ['published', 'corrected', 'not_changed'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('catalogue_complaint').addColumn('query_code_hash', 'text').execute();
  await db.schema.alterTable('catalogue_complaint').addColumn('outcome', 'text', (c) => c.check(checkIn('outcome', COMPLAINT_OUTCOMES))).execute();
  // The public page finds a complaint by its code alone; unique, so one code can never show two complaints.
  await db.schema.createIndex('catalogue_complaint_query_code_idx').unique().on('catalogue_complaint').column('query_code_hash').execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

// A partial, covering index on the open applications (bench/oversight, BENCHMARKS.md "Oversight dashboard"):
// the 政务公开办 dashboard counts the open cases of every agency of a county and runs the reply clock
// (条例第三十三条) on the running ones that arrived before its window. Open cases are a few per cent of all
// applications, so the index holds only them, and it carries every column those two queries read, so both
// SQLite and PostgreSQL answer them from the index without touching the 1,000,000-row table.
//
// The predicate is the open statuses of applications/domain/workflow.ts `openStatuses`, written out (a
// migration must not change when the code does). The queries repeat it literally, in this order
// (`openStatusCondition` in applications.repository.ts): SQLite uses a partial index only when the query's
// WHERE contains the index's WHERE term as written, and a bound parameter never matches a literal.
// Forward-only.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('application_open_idx')
    .on('application')
    .columns(['agency_id', 'status', 'arrived_on', 'received_on', 'decided_on', 'channel', 'id'])
    .where(
      sql<boolean>`status in ('awaiting_confirmation', 'received', 'correction_requested', 'in_progress', 'consulting', 'extended', 'fee_notice', 'fee_paid')`,
    )
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

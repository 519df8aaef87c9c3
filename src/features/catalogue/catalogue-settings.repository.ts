// Queries the catalogue settings page needs besides the setting rows: how many items each column
// holds (a column holding items is never deleted) and the 索引号 counter for the live example.
import { sql } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';

/** Items of every status (drafts included) per category id of one agency. */
export async function countItemsByCategory(executor: Executor, agencyId: string): Promise<Record<string, number>> {
  const rows = await executor
    .selectFrom('catalogue_item')
    .select(['category', sql<number>`count(*)`.as('n')])
    .where('agency_id', '=', agencyId)
    .groupBy('category')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.category, Number(r.n)]));
}

/** The last 索引号 sequence number handed out in a counter scope (0 when none yet); reads, never increments. */
export async function lastIndexSeq(executor: Executor, agencyId: string, scope: string): Promise<number> {
  const r = await executor.selectFrom('catalogue_index_counter').select('last_seq').where('agency_id', '=', agencyId).where('scope', '=', scope).executeTakeFirst();
  return r ? Number(r.last_seq) : 0;
}

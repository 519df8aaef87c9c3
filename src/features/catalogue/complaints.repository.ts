// Complaints from the public about active disclosure (条例第四十七条第二款、第五十一条). Kysely only, scoped by agency.
import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';
import type { CatalogueComplaintTable } from './catalogue.tables.ts';

export type ComplaintRecord = Selectable<CatalogueComplaintTable> & { item_title: string | null };

export async function insertComplaint(executor: Executor, row: CatalogueComplaintTable): Promise<void> {
  await executor.insertInto('catalogue_complaint').values(row).execute();
}

export async function findComplaint(executor: Executor, id: string): Promise<Selectable<CatalogueComplaintTable> | undefined> {
  return executor.selectFrom('catalogue_complaint').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest first, open ones before answered ones, for the given agencies. */
export async function listComplaints(executor: Executor, agencyIds: readonly string[], limit: number): Promise<ComplaintRecord[]> {
  if (agencyIds.length === 0) return [];
  return executor
    .selectFrom('catalogue_complaint as c')
    .leftJoin('catalogue_item as i', 'i.id', 'c.item_id')
    .selectAll('c')
    .select('i.title as item_title')
    .where('c.agency_id', 'in', [...agencyIds])
    .orderBy('c.status', 'desc')
    .orderBy('c.created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function answerComplaint(executor: Executor, id: string, row: { answer: string; answeredBy: string | null; answeredAt: string }): Promise<number> {
  const r = await executor
    .updateTable('catalogue_complaint')
    .set({ status: 'answered', answer: row.answer, answered_by: row.answeredBy, answered_at: row.answeredAt })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

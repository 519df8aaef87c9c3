// Complaints from the public about active disclosure (条例第四十七条第二款、第五十一条). Kysely only, scoped by agency.
import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';
import type { CatalogueComplaintTable, ComplaintOutcome } from './catalogue.tables.ts';

export type ComplaintRecord = Selectable<CatalogueComplaintTable> & { item_title: string | null };

export async function insertComplaint(executor: Executor, row: CatalogueComplaintTable): Promise<void> {
  await executor.insertInto('catalogue_complaint').values(row).execute();
}

export async function findComplaint(executor: Executor, id: string): Promise<Selectable<CatalogueComplaintTable> | undefined> {
  return executor.selectFrom('catalogue_complaint').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The complaint a 查询码 opens (its sha256), with the title of the item it is about. */
export async function findComplaintByQueryCodeHash(executor: Executor, hash: string): Promise<ComplaintRecord | undefined> {
  return executor
    .selectFrom('catalogue_complaint as c')
    .leftJoin('catalogue_item as i', 'i.id', 'c.item_id')
    .selectAll('c')
    .select('i.title as item_title')
    .where('c.query_code_hash', '=', hash)
    .executeTakeFirst();
}

/** Open complaints filed before `before` (an instant), per agency: catalogue_complaint_agency_idx serves it. */
export async function countOpenComplaintsFiledBefore(executor: Executor, agencyIds: readonly string[], before: string): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (agencyIds.length === 0) return result;
  const rows = await executor
    .selectFrom('catalogue_complaint')
    .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agency_id', 'in', [...agencyIds])
    .where('status', '=', 'open')
    .where('created_at', '<', before)
    .groupBy('agency_id')
    .execute();
  for (const r of rows) result.set(r.agency_id, Number(r.n));
  return result;
}

/**
 * For the given agencies: the open ones first, longest waiting first (so the overdue ones are never the
 * ones a limit cuts off), then the answered ones, newest first.
 */
export async function listComplaints(executor: Executor, agencyIds: readonly string[], limits: { open: number; answered: number }): Promise<ComplaintRecord[]> {
  if (agencyIds.length === 0) return [];
  const base = () =>
    executor
      .selectFrom('catalogue_complaint as c')
      .leftJoin('catalogue_item as i', 'i.id', 'c.item_id')
      .selectAll('c')
      .select('i.title as item_title')
      .where('c.agency_id', 'in', [...agencyIds]);
  const [open, answered] = await Promise.all([
    base().where('c.status', '=', 'open').orderBy('c.created_at', 'asc').limit(limits.open).execute(),
    base().where('c.status', '=', 'answered').orderBy('c.created_at', 'desc').limit(limits.answered).execute(),
  ]);
  return [...open, ...answered];
}

export async function answerComplaint(
  executor: Executor,
  id: string,
  row: { answer: string; outcome: ComplaintOutcome; answeredBy: string | null; answeredAt: string },
): Promise<number> {
  const r = await executor
    .updateTable('catalogue_complaint')
    .set({ status: 'answered', answer: row.answer, outcome: row.outcome, answered_by: row.answeredBy, answered_at: row.answeredAt })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

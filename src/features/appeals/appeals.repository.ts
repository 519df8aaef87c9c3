// 行政复议、行政诉讼 records. Kysely only, always scoped by agency.
import type { Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';
import type { AppealTable } from './appeals.tables.ts';

export type AppealRow = Selectable<AppealTable>;

export async function insertAppeal(executor: Executor, row: AppealTable): Promise<void> {
  await executor.insertInto('appeal').values(row).execute();
}

export async function updateAppeal(executor: Executor, agencyId: string, id: string, changes: Updateable<AppealTable>): Promise<number> {
  const r = await executor.updateTable('appeal').set(changes).where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function findAppeal(executor: Executor, id: string): Promise<AppealRow | undefined> {
  return executor.selectFrom('appeal').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The agency's cases, open ones first, newest filing first. */
export async function listAppeals(executor: Executor, agencyId: string, limit = 500): Promise<AppealRow[]> {
  return executor
    .selectFrom('appeal')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy((eb) => eb.case().when('concluded_on', 'is', null).then(0).else(1).end())
    .orderBy('filed_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function listAppealsOfApplication(executor: Executor, agencyId: string, applicationId: string): Promise<AppealRow[]> {
  return executor.selectFrom('appeal').selectAll().where('agency_id', '=', agencyId).where('application_id', '=', applicationId).orderBy('filed_on').execute();
}

/** The 行政复议 of the agency a 复议后起诉 may follow. */
export async function listReconsiderations(executor: Executor, agencyId: string): Promise<AppealRow[]> {
  return executor.selectFrom('appeal').selectAll().where('agency_id', '=', agencyId).where('kind', '=', 'administrative_reconsideration').orderBy('filed_on', 'desc').limit(200).execute();
}

/**
 * What table 四 of `year` may count: cases filed up to the end of the year that were still open at its start
 * (filed in the year, or concluded in it or later, or never). The pure counting decides the rest.
 */
export async function appealsForYear(executor: Executor, agencyId: string, year: number): Promise<Array<Pick<AppealRow, 'kind' | 'filed_on' | 'concluded_on' | 'result'>>> {
  return executor
    .selectFrom('appeal')
    .select(['kind', 'filed_on', 'concluded_on', 'result'])
    .where('agency_id', '=', agencyId)
    .where('filed_on', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('concluded_on', 'is', null), eb('concluded_on', '>=', `${year}-01-01`)]))
    .execute();
}

/** Open cases whose answer or defence is not yet recorded as submitted (the workbench and the dashboard). */
export async function listAwaitingAnswer(executor: Executor, agencyIds: readonly string[]): Promise<AppealRow[]> {
  if (agencyIds.length === 0) return [];
  return executor
    .selectFrom('appeal')
    .selectAll()
    .where('agency_id', 'in', [...agencyIds])
    .where('concluded_on', 'is', null)
    .where('answered_on', 'is', null)
    .where('received_on', 'is not', null)
    .orderBy('received_on')
    .limit(1000)
    .execute();
}

export async function countOpenAppeals(executor: Executor, agencyId: string): Promise<number> {
  const row = await executor.selectFrom('appeal').select((eb) => eb.fn.countAll<number>().as('n')).where('agency_id', '=', agencyId).where('concluded_on', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

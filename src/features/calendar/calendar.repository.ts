// Kysely only: the calendar tables. Installation-wide (see migration 0015), so nothing is scoped by
// agency; who may change them is decided in calendar.service.ts.
import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';
import type { CalendarArrangementTable, CalendarOverrideTable } from './calendar.tables.ts';

export type OverrideRow = Selectable<CalendarOverrideTable>;
export type ArrangementRow = Selectable<CalendarArrangementTable>;

/** Every day setting in force, in date order. */
export async function listLiveOverrides(executor: Executor): Promise<OverrideRow[]> {
  return executor.selectFrom('calendar_override').selectAll().where('removed_at', 'is', null).orderBy('date').execute();
}

export async function listLiveOverridesOfYear(executor: Executor, year: number): Promise<OverrideRow[]> {
  return executor
    .selectFrom('calendar_override')
    .selectAll()
    .where('removed_at', 'is', null)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute();
}

export async function findLiveOverrideByDate(executor: Executor, date: string): Promise<OverrideRow | undefined> {
  return executor.selectFrom('calendar_override').selectAll().where('removed_at', 'is', null).where('date', '=', date).executeTakeFirst();
}

export async function findOverrideById(executor: Executor, id: string): Promise<OverrideRow | undefined> {
  return executor.selectFrom('calendar_override').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOverride(executor: Executor, row: OverrideRow): Promise<void> {
  await executor.insertInto('calendar_override').values(row).execute();
}

export async function updateOverride(
  executor: Executor,
  id: string,
  changes: Pick<OverrideRow, 'kind' | 'note' | 'document' | 'updated_by' | 'updated_at'>,
): Promise<void> {
  await executor.updateTable('calendar_override').set(changes).where('id', '=', id).where('removed_at', 'is', null).execute();
}

/** Marks day settings removed (kept as history); returns how many were in force. */
export async function removeOverrides(executor: Executor, ids: readonly string[], by: string | null, at: string): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await executor
    .updateTable('calendar_override')
    .set({ removed_at: at, removed_by: by })
    .where('id', 'in', ids)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listArrangements(executor: Executor): Promise<ArrangementRow[]> {
  return executor.selectFrom('calendar_arrangement').selectAll().orderBy('year').execute();
}

export async function findArrangement(executor: Executor, year: number): Promise<ArrangementRow | undefined> {
  return executor.selectFrom('calendar_arrangement').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function upsertArrangement(executor: Executor, row: ArrangementRow): Promise<void> {
  await executor
    .insertInto('calendar_arrangement')
    .values(row)
    .onConflict((oc) => oc.column('year').doUpdateSet({ document: row.document, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();
}

/** The top governments of the installation (agencies without a parent), oldest first. */
export async function listRootAgencies(executor: Executor): Promise<Array<{ id: string; name: string }>> {
  return executor
    .selectFrom('agency')
    .select(['id', 'name'])
    .where('parent_id', 'is', null)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

// The calendar's version: a `setting` row rewritten with a new id on every change, so every process
// of the installation (web servers, the CLI) can tell cheaply whether its cached calendar is stale.
const VERSION_KEY = 'calendar.version';

export async function readCalendarVersion(executor: Executor): Promise<string | null> {
  const row = await executor.selectFrom('setting').select('value').where('scope', '=', 'global').where('key', '=', VERSION_KEY).executeTakeFirst();
  return row ? row.value : null;
}

export async function writeCalendarVersion(executor: Executor, version: string, at: string, by: string | null): Promise<void> {
  const value = JSON.stringify(version);
  await executor
    .insertInto('setting')
    .values({ id: version, scope: 'global', agency_id: null, key: VERSION_KEY, value, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ value, updated_at: at, updated_by: by }))
    .execute();
}

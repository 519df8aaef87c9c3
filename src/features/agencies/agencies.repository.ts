// agency rows. Kysely only; every read is by id, by code, or limited to a list of agency ids the
// service has already checked (DESIGN §3).
import { sql, type Selectable } from 'kysely';
import { fromInstant, fromJson, toJson } from '../../db/dialect.ts';
import type { Executor } from '../../platform/service-context.ts';
import type { AgencyTable } from './agencies.tables.ts';
import type { Agency } from './domain/agency.ts';

export function toAgency(row: Selectable<AgencyTable>): Agency {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    level: row.level,
    address: row.address,
    postalCode: row.postal_code,
    phone: row.phone,
    email: row.email,
    officeHours: row.office_hours,
    settings: fromJson<Record<string, unknown>>(row.settings) ?? {},
    sortOrder: Number(row.sort_order),
    createdAt: fromInstant(row.created_at),
    archivedAt: row.archived_at === null ? null : fromInstant(row.archived_at),
  };
}

export async function findAgencyById(executor: Executor, id: string): Promise<Agency | undefined> {
  const row = await executor.selectFrom('agency').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAgency(row) : undefined;
}

export async function findAgencyByCode(executor: Executor, code: string): Promise<Agency | undefined> {
  const row = await executor.selectFrom('agency').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toAgency(row) : undefined;
}

/** Ids of the agency's ancestors, parent first. Empty for a root or an unknown id. */
export async function findAncestryIds(executor: Executor, id: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with recursive up (id, parent_id, depth) as (
      select id, parent_id, 0 from agency where id = ${id}
      union all
      select a.id, a.parent_id, up.depth + 1 from agency a join up on a.id = up.parent_id
      where up.depth < 32
    )
    select id from up where depth > 0 order by depth`.execute(executor);
  return result.rows.map((r) => r.id);
}

/**
 * The agency and its ancestors' ids (parent first) in one round trip — what every permission check
 * needs (findAgencyById + findAncestryIds in a single recursive query). Undefined for an unknown id.
 */
export async function findAgencyWithAncestry(executor: Executor, id: string): Promise<{ agency: Agency; ancestry: string[] } | undefined> {
  const result = await sql<Selectable<AgencyTable> & { depth: number }>`
    with recursive up (id, parent_id, depth) as (
      select id, parent_id, 0 from agency where id = ${id}
      union all
      select a.id, a.parent_id, up.depth + 1 from agency a join up on a.id = up.parent_id
      where up.depth < 32
    )
    select agency.*, up.depth from up join agency on agency.id = up.id order by up.depth`.execute(executor);
  const [self, ...ancestors] = result.rows;
  if (!self || Number(self.depth) !== 0) return undefined;
  return { agency: toAgency(self), ancestry: ancestors.map((r) => r.id) };
}

/** Ids of the agency and everything below it (archived included). */
export async function findSubtreeIds(executor: Executor, rootId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with recursive down (id, depth) as (
      select id, 0 from agency where id = ${rootId}
      union all
      select a.id, down.depth + 1 from agency a join down on a.parent_id = down.id
      where down.depth < 32
    )
    select id from down order by depth`.execute(executor);
  return result.rows.map((r) => r.id);
}

export async function listAgenciesByIds(
  executor: Executor,
  ids: readonly string[],
  options: { includeArchived: boolean },
): Promise<Agency[]> {
  if (ids.length === 0) return [];
  let query = executor.selectFrom('agency').selectAll().where('id', 'in', [...ids]);
  if (!options.includeArchived) query = query.where('archived_at', 'is', null);
  const rows = await query.orderBy('sort_order').orderBy('code').execute();
  return rows.map(toAgency);
}

/** Every agency of the installation — for the system actor and public pages only. */
export async function listAllAgencies(executor: Executor, options: { includeArchived: boolean }): Promise<Agency[]> {
  let query = executor.selectFrom('agency').selectAll();
  if (!options.includeArchived) query = query.where('archived_at', 'is', null);
  const rows = await query.orderBy('sort_order').orderBy('code').execute();
  return rows.map(toAgency);
}

export async function countAgencies(executor: Executor): Promise<number> {
  const row = await executor.selectFrom('agency').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countLiveChildren(executor: Executor, id: string): Promise<number> {
  const row = await executor
    .selectFrom('agency')
    .select(sql<number>`count(*)`.as('n'))
    .where('parent_id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAgency(executor: Executor, agency: Agency): Promise<void> {
  await executor
    .insertInto('agency')
    .values({
      id: agency.id,
      parent_id: agency.parentId,
      code: agency.code,
      name: agency.name,
      short_name: agency.shortName,
      level: agency.level,
      address: agency.address,
      postal_code: agency.postalCode,
      phone: agency.phone,
      email: agency.email,
      office_hours: agency.officeHours,
      settings: toJson(agency.settings),
      sort_order: agency.sortOrder,
      created_at: agency.createdAt,
      archived_at: agency.archivedAt,
    })
    .execute();
}

export type AgencyChanges = Partial<
  Pick<Agency, 'code' | 'name' | 'shortName' | 'address' | 'postalCode' | 'phone' | 'email' | 'officeHours' | 'settings' | 'sortOrder' | 'archivedAt'>
>;

export async function updateAgencyRow(executor: Executor, id: string, changes: AgencyChanges): Promise<void> {
  const set: Record<string, unknown> = {};
  if (changes.code !== undefined) set.code = changes.code;
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.shortName !== undefined) set.short_name = changes.shortName;
  if (changes.address !== undefined) set.address = changes.address;
  if (changes.postalCode !== undefined) set.postal_code = changes.postalCode;
  if (changes.phone !== undefined) set.phone = changes.phone;
  if (changes.email !== undefined) set.email = changes.email;
  if (changes.officeHours !== undefined) set.office_hours = changes.officeHours;
  if (changes.settings !== undefined) set.settings = toJson(changes.settings);
  if (changes.sortOrder !== undefined) set.sort_order = changes.sortOrder;
  if (changes.archivedAt !== undefined) set.archived_at = changes.archivedAt;
  if (Object.keys(set).length === 0) return;
  await executor.updateTable('agency').set(set).where('id', '=', id).execute();
}

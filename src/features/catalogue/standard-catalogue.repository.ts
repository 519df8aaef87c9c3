// 公开事项标准目录 rows and which item is filed under which row. Kysely only, scoped by agency.
import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';
import type { CatalogueStandardRowTable } from './catalogue.tables.ts';

export type StandardRowRecord = Selectable<CatalogueStandardRowTable>;

export async function listRows(executor: Executor, agencyId: string): Promise<StandardRowRecord[]> {
  return executor.selectFrom('catalogue_standard_row').selectAll().where('agency_id', '=', agencyId).orderBy('seq').execute();
}

export async function findRow(executor: Executor, agencyId: string, id: string): Promise<StandardRowRecord | undefined> {
  return executor.selectFrom('catalogue_standard_row').selectAll().where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst();
}

export async function insertRows(executor: Executor, rows: readonly CatalogueStandardRowTable[]): Promise<void> {
  if (rows.length > 0) await executor.insertInto('catalogue_standard_row').values([...rows]).execute();
}

export async function updateRow(executor: Executor, row: CatalogueStandardRowTable): Promise<void> {
  const { id, agency_id, created_at: _created, ...rest } = row;
  await executor.updateTable('catalogue_standard_row').set(rest).where('id', '=', id).where('agency_id', '=', agency_id).execute();
}

/** Moves rows' 序号 out of the way (negative) so a batch can reassign them without tripping the unique constraint. */
export async function parkSeqs(executor: Executor, agencyId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await executor.updateTable('catalogue_standard_row').set({ seq: sql`-seq - 100000` }).where('agency_id', '=', agencyId).where('id', 'in', [...ids]).execute();
}

export async function deleteRow(executor: Executor, agencyId: string, id: string): Promise<void> {
  await executor.deleteFrom('catalogue_standard_row').where('agency_id', '=', agencyId).where('id', '=', id).execute();
}

/** Items filed under each row: all of them (drafts too) and those the public can see. */
export async function countFiledItems(executor: Executor, agencyId: string): Promise<Map<string, { all: number; published: number }>> {
  const rows = await executor
    .selectFrom('catalogue_item_standard_row as f')
    .innerJoin('catalogue_item as i', 'i.id', 'f.item_id')
    .select([
      'f.standard_row_id as rowId',
      sql<number>`count(*)`.as('all'),
      // Published at least once and not withdrawn: what the 专栏 shows (catalogue.public.ts).
      sql<number>`sum(case when i.published_version is not null and i.status <> 'withdrawn' then 1 else 0 end)`.as('published'),
    ])
    .where('f.agency_id', '=', agencyId)
    .groupBy('f.standard_row_id')
    .execute();
  return new Map(rows.map((r) => [r.rowId, { all: Number(r.all), published: Number(r.published ?? 0) }]));
}

export async function findFiling(executor: Executor, itemId: string): Promise<string | null> {
  const r = await executor.selectFrom('catalogue_item_standard_row').select('standard_row_id').where('item_id', '=', itemId).executeTakeFirst();
  return r?.standard_row_id ?? null;
}

export async function saveFiling(executor: Executor, row: { itemId: string; agencyId: string; rowId: string | null; at: string }): Promise<void> {
  await executor.deleteFrom('catalogue_item_standard_row').where('item_id', '=', row.itemId).execute();
  if (row.rowId) await executor.insertInto('catalogue_item_standard_row').values({ item_id: row.itemId, agency_id: row.agencyId, standard_row_id: row.rowId, filed_at: row.at }).execute();
}

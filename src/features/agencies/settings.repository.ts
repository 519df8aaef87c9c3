// setting rows: JSON values by (scope, key), scope 'global' or an agency id.
import { fromJson, toJson } from '../../db/dialect.ts';
import type { Executor } from '../../platform/service-context.ts';

export const GLOBAL_SCOPE = 'global';

export async function findSettingValue(executor: Executor, scope: string, key: string): Promise<{ found: boolean; value: unknown }> {
  const row = await executor.selectFrom('setting').select('value').where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
  return row ? { found: true, value: fromJson(row.value) } : { found: false, value: undefined };
}

export async function upsertSetting(
  executor: Executor,
  row: { id: string; scope: string; key: string; value: unknown; updatedAt: string; updatedBy: string | null },
): Promise<void> {
  const value = toJson(row.value);
  await executor
    .insertInto('setting')
    .values({
      id: row.id,
      scope: row.scope,
      agency_id: row.scope === GLOBAL_SCOPE ? null : row.scope,
      key: row.key,
      value,
      updated_at: row.updatedAt,
      updated_by: row.updatedBy,
    })
    .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ value, updated_at: row.updatedAt, updated_by: row.updatedBy }))
    .execute();
}

/** Rows of several keys at several scopes in one query (for inheritance down the agency tree). */
export async function findSettingRows(executor: Executor, scopes: readonly string[], keys: readonly string[]): Promise<Array<{ scope: string; key: string; value: unknown }>> {
  if (scopes.length === 0 || keys.length === 0) return [];
  const rows = await executor.selectFrom('setting').select(['scope', 'key', 'value']).where('scope', 'in', [...scopes]).where('key', 'in', [...keys]).execute();
  return rows.map((r) => ({ scope: r.scope, key: r.key, value: fromJson(r.value) }));
}

export async function deleteSetting(executor: Executor, scope: string, key: string): Promise<void> {
  await executor.deleteFrom('setting').where('scope', '=', scope).where('key', '=', key).execute();
}

// Builds the services' dependencies for the web app, the CLI and the demo loader: the service context,
// the installation's working-day calendar, the data folder for attachments and the query-code secret.
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { fromJson, toJson } from '../../db/dialect.ts';
import { dataDirOf } from '../../platform/data-dir.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { ApplicationsDeps } from './applications.service.ts';

const SECRET_KEY = 'applications.query_code_secret';

/**
 * The secret query codes are derived from, kept in the `setting` table so every process of the
 * installation (web, CLI, demo loader) derives the same code; created on first use.
 */
export async function loadQueryCodeSecret(ctx: ServiceContext): Promise<string> {
  const read = async () =>
    ctx.db.selectFrom('setting').select('value').where('scope', '=', 'global').where('key', '=', SECRET_KEY).executeTakeFirst();
  const existing = await read();
  if (existing) return fromJson<string>(existing.value);
  await ctx.db
    .insertInto('setting')
    .values({
      id: ctx.newId(),
      scope: 'global',
      agency_id: null,
      key: SECRET_KEY,
      value: toJson(randomBytes(32).toString('base64url')),
      updated_at: ctx.now().toISOString(),
      updated_by: null,
    })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .execute();
  const created = await read();
  if (!created) throw new Error('无法保存查询码密钥');
  return fromJson<string>(created.value);
}

/**
 * The services' dependencies. `calendar` is read through the installation's calendar store on every
 * access, so a holiday arrangement entered at /admin/calendar counts from the next request on; each
 * access returns the calendar object itself (the home page caches clocks per calendar object).
 */
export async function applicationsDeps(ctx: ServiceContext, database: Database): Promise<ApplicationsDeps> {
  const store = calendarStoreFor(ctx.db);
  await store.fresh();
  const secret = await loadQueryCodeSecret(ctx);
  return {
    ctx,
    get calendar() {
      return store.current();
    },
    secret,
    dataDir: dataDirOf(database),
  };
}

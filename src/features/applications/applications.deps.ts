// Builds the services' dependencies for the web app, the CLI and the demo loader: the service context,
// the working-day calendar, the data folder for attachments and the query-code secret.
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type { Database } from '../../db/database.ts';
import { fromJson, toJson } from '../../db/dialect.ts';
import { createOfficialCalendar } from '../../law/official-arrangements.ts';
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

/** The data folder of a database: the test harness's, the SQLite file's folder, or GONGKAI_DATA_DIR. */
export function dataDirOf(database: Database): string {
  const withDir = database as Database & { dataDir?: string };
  if (withDir.dataDir) return withDir.dataDir;
  if (database.sqlitePath) return dirname(database.sqlitePath);
  return resolve(process.env.GONGKAI_DATA_DIR ?? './data');
}

export async function applicationsDeps(ctx: ServiceContext, database: Database): Promise<ApplicationsDeps> {
  return { ctx, calendar: createOfficialCalendar(), secret: await loadQueryCodeSecret(ctx), dataDir: dataDirOf(database) };
}

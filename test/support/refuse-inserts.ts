// Forcing a command's transaction to fail midway, on either database: a trigger that refuses every
// insert into one table (for tests that a failure leaves nothing behind).
import { sql } from 'kysely';
import type { DatabaseUnderTest } from './db.ts';

/** Makes every insert into `table` fail with "refused by test" until the returned function is called. */
export async function refuseInserts(under: DatabaseUnderTest, table: string): Promise<() => Promise<void>> {
  const db = under.database().db;
  if (under.dialect === 'sqlite') {
    await sql.raw(`create trigger refuse_${table} before insert on ${table} begin select raise(abort, 'refused by test'); end`).execute(db);
    return async () => void (await sql.raw(`drop trigger refuse_${table}`).execute(db));
  }
  await sql.raw(`create or replace function refuse_insert() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$`).execute(db);
  await sql.raw(`create trigger refuse_${table} before insert on ${table} for each row execute function refuse_insert()`).execute(db);
  return async () => void (await sql.raw(`drop trigger refuse_${table} on ${table}`).execute(db));
}

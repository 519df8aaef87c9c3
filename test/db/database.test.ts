import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { containsInsensitive, fromBool, fromInstant, fromJson, toJson } from '../../src/db/dialect.ts';
import { newId } from '../../src/db/ids.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('database layer', ({ database, dialect }) => {
  const agency = (code: string, extra: Record<string, unknown> = {}) => ({
    id: newId(),
    parent_id: null,
    code,
    name: `测试机关${code}`,
    level: 'township' as const,
    created_at: '2026-03-01T00:00:00.000Z',
    ...extra,
  });

  it('running the migrations again on a migrated database applies nothing', async () => {
    const again = await migrateToLatest(database().db);
    expect(again.applied).toEqual([]);
  });

  it('stores an instant and reads back the same ISO-8601 UTC text', async () => {
    const row = agency('T-INSTANT', { created_at: '2026-11-26T09:21:41.123Z' });
    await database().db.insertInto('agency').values(row).execute();
    const read = await database().db.selectFrom('agency').select('created_at').where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(fromInstant(read.created_at)).toBe('2026-11-26T09:21:41.123Z');
  });

  it('stores JSON settings and reads back the same value', async () => {
    const row = agency('T-JSON', { settings: toJson({ 索引号前缀: 'TMG', 每页: 20, 开启: true }) });
    await database().db.insertInto('agency').values(row).execute();
    const read = await database().db.selectFrom('agency').select('settings').where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(fromJson(read.settings)).toEqual({ 索引号前缀: 'TMG', 每页: 20, 开启: true });
  });

  it('stores a boolean and reads it back as true or false', async () => {
    const db = database().db;
    const home = agency('T-BOOL');
    await db.insertInto('agency').values(home).execute();
    for (const [username, flag] of [['bool-yes', true], ['bool-no', false]] as const) {
      await db
        .insertInto('account')
        .values({ id: newId(), agency_id: home.id, username, display_name: '测试', password_hash: 'x', must_change_password: flag, created_at: '2026-03-01T00:00:00.000Z' })
        .execute();
    }
    const rows = await db.selectFrom('account').select(['username', 'must_change_password']).where('agency_id', '=', home.id).orderBy('username').execute();
    expect(rows.map((r) => [r.username, fromBool(r.must_change_password)])).toEqual([
      ['bool-no', false],
      ['bool-yes', true],
    ]);
  });

  it('rejects an agency level outside the enumeration', async () => {
    await expect(
      database().db.insertInto('agency').values(agency('T-LEVEL', { level: 'village' as never })).execute(),
    ).rejects.toThrow();
  });

  it('rejects a second agency with the same code', async () => {
    await database().db.insertInto('agency').values(agency('T-DUP')).execute();
    await expect(database().db.insertInto('agency').values(agency('T-DUP')).execute()).rejects.toThrow();
  });

  it('enforces foreign keys: an account cannot belong to a missing agency', async () => {
    await expect(
      database()
        .db.insertInto('account')
        .values({ id: newId(), agency_id: newId(), username: 'orphan', display_name: '孤儿', password_hash: 'x', must_change_password: true, created_at: '2026-03-01T00:00:00.000Z' })
        .execute(),
    ).rejects.toThrow();
  });

  it('a transaction that fails half-way leaves nothing behind', async () => {
    const db = database().db;
    const first = agency('T-TX-1');
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('agency').values(first).execute();
        await trx.insertInto('agency').values(agency('T-TX-1')).execute(); // duplicate code fails
      }),
    ).rejects.toThrow();
    const left = await db.selectFrom('agency').select('id').where('code', '=', 'T-TX-1').execute();
    expect(left).toEqual([]);
  });

  it('a reader outside a transaction never sees its uncommitted rows', async () => {
    const db = database().db;
    const row = agency('T-TX-ISO');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((r) => (inserted = r));
    const tx = db.transaction().execute(async (trx) => {
      await trx.insertInto('agency').values(row).execute();
      inserted();
      await gate;
    });
    await insertedSignal;
    const outside = db.selectFrom('agency').select('id').where('code', '=', 'T-TX-ISO').execute();
    if (dialect === 'postgres') {
      // Another pooled connection reads the last committed state at once: the row is not there yet.
      expect(await outside).toEqual([]);
      release();
      await tx;
    } else {
      // SQLite has one connection: the read queues behind the transaction and runs after the commit.
      release();
      await tx;
      expect((await outside).map((r) => r.id)).toEqual([row.id]);
    }
  });

  it('matches text regardless of case and treats % and _ in user input literally', async () => {
    const db = database().db;
    await db.insertInto('agency').values(agency('CASE-abc', { name: '大小写100%测试_局' })).execute();
    const byCode = await db.selectFrom('agency').select('code').where(containsInsensitive(dialect, sql.ref('code'), 'case-ABC')).execute();
    expect(byCode.map((r) => r.code)).toEqual(['CASE-abc']);
    const literal = await db.selectFrom('agency').select('code').where(containsInsensitive(dialect, sql.ref('name'), '100%测试_')).execute();
    expect(literal.map((r) => r.code)).toEqual(['CASE-abc']);
    const wildcard = await db.selectFrom('agency').select('code').where(containsInsensitive(dialect, sql.ref('name'), '1_0')).execute();
    expect(wildcard).toEqual([]);
  });
});

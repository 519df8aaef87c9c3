// The SQLite read threads (src/db/sqlite-read-pool.ts): long public reads run on their own read-only
// connections, so the main thread — and every other request — goes on while they run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

describe('SQLite read threads', () => {
  let dataDir: string;
  let database: Database;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gongkai-read-pool-'));
    database = createDatabase({ dataDir, readThreads: 2 });
    await migrateToLatest(database.db);
  });
  afterAll(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is a separate Kysely from the main connection and sees what the main connection committed', async () => {
    expect(database.readDb).not.toBe(database.db);
    await sql`create table pool_probe (id integer primary key, label text not null)`.execute(database.db);
    await sql`insert into pool_probe (id, label) values (1, '岭南镇'), (2, '示范县')`.execute(database.db);
    const rows = await sql<{ id: number; label: string }>`select id, label from pool_probe order by id`.execute(database.readDb);
    expect(rows.rows).toEqual([
      { id: 1, label: '岭南镇' },
      { id: 2, label: '示范县' },
    ]);
  });

  it('answers many concurrent queries, each with its own rows', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => sql<{ n: number }>`select ${i} * 3 as n`.execute(database.readDb)));
    expect(answers.map((a) => a.rows[0]!.n)).toEqual(Array.from({ length: 40 }, (_, i) => i * 3));
  });

  it('refuses writes and transactions in Chinese, and keeps working after an error', async () => {
    await expect(sql`insert into pool_probe (id, label) values (3, '新村')`.execute(database.readDb)).rejects.toThrow('只读连接只能执行查询语句');
    await expect(sql`delete from pool_probe returning id`.execute(database.readDb)).rejects.toThrow(/readonly|read-only|只读/i);
    await expect(database.readDb.transaction().execute(async () => undefined)).rejects.toThrow('只读连接不支持事务');
    await expect(sql`select * from no_such_table`.execute(database.readDb)).rejects.toThrow('no such table');
    const count = await sql<{ n: number }>`select count(*) as n from pool_probe`.execute(database.readDb);
    expect(count.rows[0]!.n).toBe(2);
  });

  it('does not hold the main thread while a long query runs', async () => {
    // A query that counts to three million takes hundreds of milliseconds. On the main connection the
    // timer below could only fire after it returned; on a read thread it fires first.
    const events: string[] = [];
    const slow = sql<{ n: number }>`with recursive c(i) as (select 1 union all select i + 1 from c where i < 3000000) select count(*) as n from c`
      .execute(database.readDb)
      .then((r) => events.push(`query ${r.rows[0]!.n}`));
    const timer = new Promise<void>((resolve) => setTimeout(() => resolve(), 0)).then(() => events.push('timer'));
    await Promise.all([slow, timer]);
    expect(events).toEqual(['timer', 'query 3000000']);
  });

  it('rejects queries after the database is closed instead of hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-read-pool-closed-'));
    const other = createDatabase({ dataDir: dir, readThreads: 1 });
    await sql`select 1`.execute(other.readDb);
    await other.close();
    await expect(sql`select 1`.execute(other.readDb)).rejects.toThrow();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('without read threads', () => {
  it('reads on the main connection (the CLI and tests by default)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-read-pool-none-'));
    const database = createDatabase({ dataDir: dir });
    expect(database.readDb).toBe(database.db);
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

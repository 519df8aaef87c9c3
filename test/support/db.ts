// The harness every database test uses: the same test body runs on a fresh SQLite file and on a fresh
// PostgreSQL database (created from PG_URL with a random name, dropped afterwards). Without PG_URL
// the PostgreSQL variant is skipped loudly (and global-setup says so once for the whole run).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDatabase, type Database } from '../../src/db/database.ts';
import type { DialectName } from '../../src/db/dialect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createServiceContext, type ServiceContext } from '../../src/platform/service-context.ts';
import { pgUrl } from './environment.ts';

export interface TestDatabase extends Database {
  /** The data folder (SQLite file lives here; also a scratch folder for attachments on both). */
  readonly dataDir: string;
  /** The URL of the PostgreSQL test database; undefined on SQLite. */
  readonly url: string | undefined;
}

export interface TestDatabaseOptions {
  /** Run migrations before the tests (default true). */
  readonly migrate?: boolean;
  /**
   * Also run the tests on SQLite with this many read threads (db/sqlite-read-pool.ts), as the server
   * does: queries through `readDb` then run on their own connections.
   */
  readonly readThreads?: number;
}

/** A fresh, migrated SQLite database in a new temporary folder. */
export async function openSqliteTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase & { drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
  const database = createDatabase({ dataDir, readThreads: options.readThreads });
  if (options.migrate !== false) await migrateToLatest(database.db);
  return {
    ...database,
    dataDir,
    url: undefined,
    drop: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, migrated PostgreSQL database with a random name on the server at `serverUrl`. */
export async function openPostgresTestDatabase(
  serverUrl: string,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase & { drop(): Promise<void> }> {
  const name = `gongkai_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabaseName(serverUrl, name);
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-test-pg-'));
  const database = createDatabase({ url, dataDir });
  if (options.migrate !== false) await migrateToLatest(database.db);
  return {
    ...database,
    dataDir,
    url,
    drop: async () => {
      await database.close();
      const cleaner = new pg.Client({ connectionString: serverUrl });
      await cleaner.connect();
      try {
        await cleaner.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleaner.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface DatabaseUnderTest {
  readonly dialect: DialectName;
  /** The database of this variant; valid inside tests and hooks. */
  database(): TestDatabase;
  /** A ServiceContext on this database with the given clock (default: a fixed instant that tests can move). */
  context(now?: () => Date): ServiceContext;
}

/**
 * Runs `body` once per database: `describe('<name> [sqlite]')` and `describe('<name> [postgres]')`.
 * Each variant gets one fresh database for the whole describe block; tests inside create their own
 * agencies and accounts with distinct codes so they do not depend on one another.
 */
export function describeEachDatabase(
  name: string,
  body: (under: DatabaseUnderTest) => void,
  options: TestDatabaseOptions = {},
): void {
  const variants: Array<{ dialect: DialectName; label: string; open: () => Promise<TestDatabase & { drop(): Promise<void> }> }> = [
    { dialect: 'sqlite', label: 'sqlite', open: () => openSqliteTestDatabase({ ...options, readThreads: 0 }) },
  ];
  if (options.readThreads) variants.push({ dialect: 'sqlite', label: 'sqlite, read threads', open: () => openSqliteTestDatabase(options) });
  if (pgUrl) {
    const serverUrl = pgUrl;
    variants.push({ dialect: 'postgres', label: 'postgres', open: () => openPostgresTestDatabase(serverUrl, options) });
  } else {
    describe.skip(`${name} [postgres] — SKIPPED: PG_URL 未设置，PostgreSQL 变体未运行`, () => {
      // Registered so the skipped variant shows up in the report instead of silently vanishing.
      body({
        dialect: 'postgres',
        database: () => {
          throw new Error('PG_URL 未设置');
        },
        context: () => {
          throw new Error('PG_URL 未设置');
        },
      });
    });
  }
  for (const variant of variants) {
    describe(`${name} [${variant.label}]`, () => {
      let current: (TestDatabase & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        current = await variant.open();
      });
      afterAll(async () => {
        await current?.drop();
      });
      const database = (): TestDatabase => {
        if (!current) throw new Error('测试数据库尚未就绪（只能在测试或钩子中使用）');
        return current;
      };
      body({
        dialect: variant.dialect,
        database,
        context: (now) => {
          const db = database();
          return createServiceContext({ db: db.db, readDb: db.readDb, dialect: db.dialect, now: now ?? (() => new Date('2026-03-02T02:00:00.000Z')) });
        },
      });
    });
  }
}

// The one place a database connection is made. SQLite (node:sqlite, a single file in the data folder)
// by default; PostgreSQL through a pg Pool when a postgres:// URL is given. Both return the same
// Kysely<DB>, and the few differences between them live in dialect.ts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { adaptNodeSqlite } from './node-sqlite.ts';
import { ReadPoolDialect } from './read-pool-dialect.ts';
import { SqliteReadPool } from './sqlite-read-pool.ts';
import type { DB } from './schema.ts';
import type { DialectName } from './dialect.ts';

export interface DatabaseConfig {
  /** postgres:// or postgresql:// URL; absent or empty means SQLite in dataDir. */
  readonly url?: string | undefined;
  readonly dataDir: string;
  /**
   * SQLite only: threads with their own read-only connection for long public reads (`readDb`); 0 (the
   * default for the CLI and tests) runs those reads on the main connection like everything else.
   */
  readonly readThreads?: number | undefined;
}

export interface Database {
  readonly db: Kysely<DB>;
  /**
   * For read-only queries that may take milliseconds (public search): on SQLite with read threads they
   * run off the main thread, so they never hold up other requests; otherwise the same as `db`. Never
   * for reads that must see the caller's own uncommitted writes, and no transactions.
   */
  readonly readDb: Kysely<DB>;
  readonly dialect: DialectName;
  /** The raw SQLite handle (for online backup); absent on PostgreSQL. */
  readonly sqlite?: DatabaseSync;
  /** The SQLite file path; absent on PostgreSQL. */
  readonly sqlitePath?: string;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'gongkai.sqlite';

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

export function sqliteFilePath(dataDir: string): string {
  return join(dataDir, SQLITE_FILE_NAME);
}

export function createDatabase(config: DatabaseConfig): Database {
  if (config.url !== undefined && config.url !== '') {
    if (!isPostgresUrl(config.url)) {
      throw new Error('数据库地址必须以 postgres:// 或 postgresql:// 开头；使用内置 SQLite 时请不要设置数据库地址。');
    }
    return createPostgres(config.url);
  }
  return createSqlite(config.dataDir, config.readThreads ?? 0);
}

function createSqlite(dataDir: string, readThreads: number): Database {
  const path = sqliteFilePath(dataDir);
  let sqlite: DatabaseSync;
  try {
    mkdirSync(dataDir, { recursive: true });
    sqlite = new DatabaseSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`无法打开数据库文件 ${path}（${reason}）。请检查数据目录是否存在且可写，或用 GONGKAI_DATA_DIR 指定其他目录。`, { cause: error });
  }
  // WAL lets readers proceed during a write; FULL makes a committed transaction survive power loss
  // (records of applications have legal deadlines — losing one is not acceptable); busy_timeout waits
  // for a backup or a second process instead of failing at once.
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA synchronous = FULL');
  sqlite.exec('PRAGMA foreign_keys = ON');
  sqlite.exec('PRAGMA busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: adaptNodeSqlite(sqlite) }) });
  const readDb = readThreads > 0 ? new Kysely<DB>({ dialect: new ReadPoolDialect(new SqliteReadPool(path, readThreads)) }) : db;
  return {
    db,
    readDb,
    dialect: 'sqlite',
    sqlite,
    sqlitePath: path,
    close: async () => {
      if (readDb !== db) await readDb.destroy();
      await db.destroy();
    },
  };
}

// pg type ids (pg_type.oid) whose default parsing we replace so both databases hand repositories the
// same JavaScript values: instants as ISO-8601 UTC strings, JSON as its text, bigint counts as numbers.
const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;
const JSON_OID = 114;
const JSONB_OID = 3802;
const INT8_OID = 20;

function typeParsers(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === TIMESTAMPTZ_OID || oid === TIMESTAMP_OID) {
        const parseDate = pg.types.getTypeParser(oid, 'text') as (text: string) => Date;
        return (text: string) => parseDate(text).toISOString();
      }
      if (oid === JSON_OID || oid === JSONB_OID) return (text: string) => text;
      if (oid === INT8_OID) return (text: string) => Number(text);
      return pg.types.getTypeParser(oid, format ?? 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

function createPostgres(url: string): Database {
  // Instants are written as ISO UTC strings; the session runs in UTC so now() and casts agree.
  const pool = new pg.Pool({ connectionString: url, max: 10, types: typeParsers(), options: '-c TimeZone=UTC' });
  // An idle pooled connection that the server drops (restart, failover, admin) emits 'error' on the
  // pool; unhandled, that would end the process. The pool discards the connection and the next query
  // opens a new one, so there is nothing else to do here.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    readDb: db,
    dialect: 'postgres',
    close: () => db.destroy(),
  };
}

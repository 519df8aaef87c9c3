// A Kysely dialect whose queries run on SqliteReadPool's threads: the same SQLite SQL and query
// compiler as the main connection, but read-only and without transactions. Kysely would otherwise
// queue every query of a SQLite dialect behind the previous one (one connection); the adapter says
// several may run at once, which is the point of the pool.
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import type { SqliteReadPool } from './sqlite-read-pool.ts';

class ReadPoolAdapter extends SqliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

const NO_TRANSACTIONS = '只读连接不支持事务。';

class ReadPoolConnection implements DatabaseConnection {
  readonly #pool: SqliteReadPool;
  constructor(pool: SqliteReadPool) {
    this.#pool = pool;
  }
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: (await this.#pool.query(compiled.sql, compiled.parameters)) as R[] };
  }
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('只读连接不支持流式查询。');
  }
}

class ReadPoolDriver implements Driver {
  readonly #pool: SqliteReadPool;
  readonly #connection: ReadPoolConnection;
  constructor(pool: SqliteReadPool) {
    this.#pool = pool;
    this.#connection = new ReadPoolConnection(pool);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }
  async commitTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }
  async rollbackTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    await this.#pool.close();
  }
}

export class ReadPoolDialect implements Dialect {
  readonly #pool: SqliteReadPool;
  constructor(pool: SqliteReadPool) {
    this.#pool = pool;
  }
  createAdapter(): DialectAdapter {
    return new ReadPoolAdapter();
  }
  createDriver(): Driver {
    return new ReadPoolDriver(this.#pool);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

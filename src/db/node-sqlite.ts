// Kysely 0.29 ships a SQLite dialect written for better-sqlite3's API. node:sqlite (DatabaseSync)
// differs in three ways this adapter bridges: parameters are spread rather than passed as an array,
// statements do not say whether they return rows (`columns()` does), and booleans cannot be bound
// (SQLite stores them as 0/1 — see DESIGN §4). Kysely serialises all use of the single connection
// (SqliteAdapter.supportsMultipleConnections is false), so transactions never interleave.
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const STATEMENT_CACHE_SIZE = 256;

function bindable(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as SQLInputValue;
}

function bindAll(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  return parameters.map(bindable);
}

class NodeSqliteStatement implements SqliteStatement {
  readonly #statement: StatementSync;
  readonly reader: boolean;
  constructor(statement: StatementSync) {
    this.#statement = statement;
    this.reader = statement.columns().length > 0;
  }
  all(parameters: ReadonlyArray<unknown>): unknown[] {
    return this.#statement.all(...bindAll(parameters));
  }
  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint } {
    return this.#statement.run(...bindAll(parameters));
  }
  iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown> {
    return this.#statement.iterate(...bindAll(parameters)) as IterableIterator<unknown>;
  }
}

/** Wraps an open DatabaseSync so Kysely's SqliteDialect can drive it; prepared statements are cached. */
export function adaptNodeSqlite(database: DatabaseSync): SqliteDatabase {
  const cache = new Map<string, NodeSqliteStatement>();
  return {
    close: () => {
      cache.clear();
      if (database.isOpen) database.close();
    },
    prepare: (sql: string) => {
      const cached = cache.get(sql);
      if (cached) {
        // Move to the end so the map's insertion order is least-recently-used first.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = new NodeSqliteStatement(database.prepare(sql));
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}

// Column types that differ between the two databases, for migrations only (DESIGN §4). Migrations may
// not import application code — it changes, they must not — so this small file lives beside them.
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

export interface ColumnTypes {
  readonly isPostgres: boolean;
  /** An instant: timestamptz on PostgreSQL, ISO-8601 UTC text on SQLite. */
  readonly instant: 'timestamptz' | 'text';
  /** JSON: jsonb on PostgreSQL, text on SQLite. */
  readonly json: 'jsonb' | 'text';
  /** A boolean: boolean on PostgreSQL, integer 0/1 on SQLite. */
  readonly bool: 'boolean' | 'integer';
  readonly false: RawBuilder<unknown>;
  readonly true: RawBuilder<unknown>;
}

export function columnTypes(db: Kysely<any>): ColumnTypes {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    isPostgres,
    instant: isPostgres ? 'timestamptz' : 'text',
    json: isPostgres ? 'jsonb' : 'text',
    bool: isPostgres ? 'boolean' : 'integer',
    false: isPostgres ? sql`false` : sql`0`,
    true: isPostgres ? sql`true` : sql`1`,
  };
}

/** `CHECK (column IN (...))` for an enumeration kept as text (never a database enum type). */
export function checkIn(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

// Every difference between SQLite and PostgreSQL that repositories meet, in one file (DESIGN §2, §4).
// Repositories never branch on the dialect themselves; they call these helpers.
//
//   concept        SQLite (node:sqlite)            PostgreSQL
//   instant        ISO-8601 UTC text               timestamptz (read back as ISO text, see database.ts)
//   legal date     'YYYY-MM-DD' text               'YYYY-MM-DD' text
//   boolean        integer 0/1                     boolean
//   JSON           text                            jsonb (read back as its text, see database.ts)
//   now()          strftime(...,'now')             now()
//   contains, any case   LIKE (ASCII case-folding)  ILIKE
//   upsert         ON CONFLICT … DO UPDATE          ON CONFLICT … DO UPDATE (Kysely's onConflict on both)
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** An instant as stored: ISO-8601 UTC text with milliseconds, e.g. 2026-11-26T09:21:41.123Z. */
export type Instant = string;

export function toInstant(date: Date): Instant {
  return date.toISOString();
}

/** Reads an instant column back; both databases return ISO text, but be lenient with a Date. */
export function fromInstant(value: string | Date): Instant {
  return typeof value === 'string' ? new Date(value).toISOString() : value.toISOString();
}

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Parses a JSON column. Both databases hand back the JSON text (pg parsers are replaced in database.ts). */
export function fromJson<T = unknown>(value: unknown): T {
  if (value === null || value === undefined) return null as T;
  if (typeof value === 'string') return JSON.parse(value) as T;
  return value as T;
}

/** Reads a boolean column: SQLite returns 0/1, PostgreSQL true/false. */
export function fromBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/** The database's current instant, as an SQL expression (prefer ctx.now() passed as a parameter). */
export function sqlNow(dialect: DialectName): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`now()`
    : sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
}

/** Escapes LIKE wildcards so user text is matched literally (with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `column contains text`, ignoring case. SQLite's LIKE folds ASCII case only, which is all that
 * matters for Chinese text (no case) and Latin codes/usernames.
 */
export function containsInsensitive(
  dialect: DialectName,
  column: Expression<unknown>,
  text: string,
): RawBuilder<SqlBool> {
  const pattern = `%${escapeLike(text)}%`;
  return dialect === 'postgres'
    ? sql<SqlBool>`${column} ilike ${pattern} escape '\\'`
    : sql<SqlBool>`${column} like ${pattern} escape '\\'`;
}

/** Case-insensitive equality for identifiers such as usernames. */
export function equalsInsensitive(column: Expression<unknown>, text: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(${column}) = ${text.toLowerCase()}`;
}

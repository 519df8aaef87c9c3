// What every service receives: its dependencies as one explicit object (DESIGN §3), so tests pass a
// fixed clock and a fresh database, and nothing reaches for globals.
import type { Kysely, Transaction } from 'kysely';
import type { DialectName } from '../db/dialect.ts';
import { newId } from '../db/ids.ts';
import type { DB } from '../db/schema.ts';

export interface ServiceContext {
  readonly db: Kysely<DB>;
  /** Long read-only queries (public search): off the main thread on SQLite with read threads (db/database.ts). */
  readonly readDb: Kysely<DB>;
  readonly dialect: DialectName;
  /** The current instant. Services never call Date.now() or new Date() themselves. */
  now(): Date;
  /** A new record id (UUIDv7). */
  newId(): string;
}

/** A repository accepts either the database or an open transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

export function createServiceContext(options: {
  db: Kysely<DB>;
  readDb?: Kysely<DB>;
  dialect: DialectName;
  now?: () => Date;
  newId?: () => string;
}): ServiceContext {
  const now = options.now ?? (() => new Date());
  return {
    db: options.db,
    readDb: options.readDb ?? options.db,
    dialect: options.dialect,
    now,
    newId: options.newId ?? (() => newId(now().getTime())),
  };
}

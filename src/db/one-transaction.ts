// Runs a whole sequence of service calls as ONE transaction, although each service opens its own
// (`ctx.db.transaction().execute(…)`): inside, `transaction()` joins the outer transaction instead of
// starting one (Kysely refuses nested transactions). Both dialects run it the same way — SQLite on its
// single connection, PostgreSQL on one pooled connection — so a failure anywhere rolls everything back.
// For bulk loads that must be all-or-nothing (the demo county); ordinary commands keep their own.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

export async function inOneTransaction<T>(db: Kysely<DB>, body: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute((trx) => body(joiningTransaction(trx)));
}

function joiningTransaction(trx: Transaction<DB>): Kysely<DB> {
  const joined: Kysely<DB> = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') {
        const builder = {
          execute: <R>(callback: (inner: Kysely<DB>) => Promise<R>) => callback(joined),
          // Isolation and access mode are the outer transaction's.
          setIsolationLevel: () => builder,
          setAccessMode: () => builder,
        };
        return () => builder;
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Kysely<DB>;
  return joined;
}

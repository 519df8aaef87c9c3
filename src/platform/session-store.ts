// The @fastify/session store on the web_session table, so sessions survive a restart and every server
// process behind a load balancer sees the same sessions. One row per session: its JSON, the account
// (so disabling an account can end its sessions) and the expiry; expired rows are never returned and
// are pruned by the server periodically.
import type { Session } from 'fastify';
import type { SessionStore } from '@fastify/session';
import type { Kysely } from 'kysely';
import { fromInstant, fromJson, toInstant, toJson } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';

type Callback = (error?: unknown) => void;
type SessionCallback = (error: unknown, session?: Session | null) => void;

export interface DatabaseSessionStoreOptions {
  /** How long an idle session lives when the cookie carries no expiry of its own, in milliseconds. */
  readonly maxAgeMs: number;
  readonly now?: () => Date;
}

export class DatabaseSessionStore implements SessionStore {
  private readonly db: Kysely<DB>;
  private readonly maxAgeMs: number;
  private readonly now: () => Date;

  constructor(db: Kysely<DB>, options: DatabaseSessionStoreOptions) {
    this.db = db;
    this.maxAgeMs = options.maxAgeMs;
    this.now = options.now ?? (() => new Date());
  }

  set(sessionId: string, session: Session, callback: Callback): void {
    this.save(sessionId, session).then(() => callback(), callback);
  }

  get(sessionId: string, callback: SessionCallback): void {
    this.load(sessionId).then(
      (session) => callback(null, session),
      (error) => callback(error),
    );
  }

  destroy(sessionId: string, callback: Callback): void {
    this.db
      .deleteFrom('web_session')
      .where('id', '=', sessionId)
      .execute()
      .then(() => callback(), callback);
  }

  async save(sessionId: string, session: Session): Promise<void> {
    const now = this.now();
    const cookieExpires = (session.cookie as { expires?: Date | string | null } | undefined)?.expires;
    const expiresAt = cookieExpires ? new Date(cookieExpires) : new Date(now.getTime() + this.maxAgeMs);
    const row = {
      account_id: typeof session.accountId === 'string' ? session.accountId : null,
      data: toJson(session),
      expires_at: toInstant(expiresAt),
      updated_at: toInstant(now),
    };
    await this.db
      .insertInto('web_session')
      .values({ id: sessionId, ...row })
      .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
      .execute();
  }

  async load(sessionId: string): Promise<Session | null> {
    const row = await this.db
      .selectFrom('web_session')
      .select(['data', 'expires_at'])
      .where('id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return null;
    if (new Date(fromInstant(row.expires_at)).getTime() <= this.now().getTime()) return null;
    return fromJson<Session>(row.data);
  }

  /** Deletes expired sessions; returns how many. */
  async pruneExpired(): Promise<number> {
    const result = await this.db.deleteFrom('web_session').where('expires_at', '<=', toInstant(this.now())).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Ends every session of an account (disabled account, password changed elsewhere). */
  async destroyForAccount(accountId: string, exceptSessionId?: string): Promise<void> {
    let query = this.db.deleteFrom('web_session').where('account_id', '=', accountId);
    if (exceptSessionId) query = query.where('id', '<>', exceptSessionId);
    await query.execute();
  }
}

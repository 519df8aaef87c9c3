// Sign-in throttles that no stranger can turn against a person (issue 13 item 5). Wrong passwords are
// counted per user name and network address (login_throttle 'pair:' rows: five lock that name at that
// address only) and per address (login_throttle 'source:' rows: thirty within 15 minutes stop the
// address); the account's own counter (account.failed_login_count) still locks it after many failures
// from anywhere, but the right password from an address the account signed in from recently
// (login_known_source) still gets in. User names are kept only as a hash: the table must not become a
// list of what people typed into the user name box.
// Forward-only; never edit after it has shipped — add a new migration instead.
import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', types.instant, (c) => c.notNull())
    .addColumn('locked_until', types.instant)
    .execute();
  await db.schema.createIndex('login_throttle_window_idx').on('login_throttle').column('window_started_at').execute();
  await db.schema
    .createTable('login_known_source')
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('last_success_at', types.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('login_known_source_pk', ['account_id', 'source'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

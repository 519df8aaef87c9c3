// The publication generation: one counter that every change to what the public portal shows bumps in
// the same transaction (publish, withdraw, a 指南/制度 page, catalogue settings, an agency's name or
// archive). The portal's in-memory caches (src/platform/page-cache/) are valid for one generation, so
// every process sharing the database sees a publication on its next request.
// Forward-only; never edit after it has shipped — add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('publication_generation')
    // Always 1: a single row, read by primary key.
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('generation', 'integer', (c) => c.notNull())
    // When the public content last changed: the pages' Last-Modified.
    .addColumn('changed_at', t.instant, (c) => c.notNull())
    .execute();
  await db.insertInto('publication_generation').values({ id: 1, generation: 1, changed_at: new Date().toISOString() }).execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

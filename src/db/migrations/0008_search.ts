// Chinese full-text search over pre-segmented text (jieba search mode, DESIGN §2):
// SQLite — a contentless FTS5 table keyed by search_document's rowid;
// PostgreSQL — a tsvector('simple') column with a GIN index.
// Forward-only; never edit after it has shipped — add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  let table = db.schema
    .createTable('search_document')
    // The indexed object's own id (a catalogue item today).
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('document_no', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    // Original text (title, body, attachments) kept for snippets.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('indexed_at', t.instant, (c) => c.notNull());
  if (t.isPostgres) {
    // SQLite needs an integer key for FTS5; PostgreSQL keeps the vector beside the row.
    table = table.addColumn('tsv', sql`tsvector`, (c) => c.notNull());
  }
  await table.execute();
  await db.schema.createIndex('search_document_agency_idx').on('search_document').columns(['agency_id', 'published_on']).execute();
  await db.schema.createIndex('search_document_published_idx').on('search_document').column('published_on').execute();
  if (t.isPostgres) {
    await sql`create index search_document_tsv_idx on search_document using gin (tsv)`.execute(db);
  } else {
    // contentless_delete lets a row be removed by rowid alone (SQLite ≥ 3.43, bundled with Node 24).
    await sql`create virtual table search_fts using fts5(title, body, attachments, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

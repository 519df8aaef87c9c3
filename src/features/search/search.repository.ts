// The search index. Dialect-specific full-text SQL lives here behind clearly named functions
// (src/db/dialect.ts has no full-text helper): SQLite FTS5 over pre-segmented tokens, PostgreSQL
// tsvector('simple') + GIN over the same tokens.
import { sql } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import type { Executor } from '../../platform/service-context.ts';

export interface IndexedDocument {
  id: string;
  objectType: string;
  agencyId: string;
  category: string;
  year: number;
  publishedOn: string;
  documentNo: string | null;
  title: string;
  path: string;
  content: string;
  indexedAt: string;
  /** Space-separated tokens. */
  titleTokens: string;
  bodyTokens: string;
  attachmentTokens: string;
  facetTokens: string;
}

/** Facet words let the FTS index itself narrow by agency, category and year (fast on large sets). */
export function facetTokens(d: Pick<IndexedDocument, 'agencyId' | 'category' | 'year'>): string {
  const clean = (s: string) => s.replace(/[^0-9a-zA-Z]/g, '').toLowerCase();
  return `ag${clean(d.agencyId)} cat${clean(d.category)} yr${d.year}`;
}

export async function deleteFromIndex(executor: Executor, dialect: DialectName, id: string): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`delete from search_fts where rowid = (select rowid from search_document where id = ${id})`.execute(executor);
  }
  await executor.deleteFrom('search_document').where('id', '=', id).execute();
}

/** Inserts documents (after deleting any earlier version of them). */
export async function writeToIndex(executor: Executor, dialect: DialectName, docs: readonly IndexedDocument[]): Promise<void> {
  for (const d of docs) await deleteFromIndex(executor, dialect, d.id);
  if (docs.length === 0) return;
  if (dialect === 'postgres') {
    await insertPostgresDocuments(executor, docs);
  } else {
    await insertSqliteDocuments(executor, docs);
  }
}

/** Bulk insert without the per-document delete (fresh documents: demo data and benchmarks). */
export async function appendToIndex(executor: Executor, dialect: DialectName, docs: readonly IndexedDocument[]): Promise<void> {
  if (docs.length === 0) return;
  if (dialect === 'postgres') await insertPostgresDocuments(executor, docs);
  else await insertSqliteDocuments(executor, docs);
}

async function insertPostgresDocuments(executor: Executor, docs: readonly IndexedDocument[]): Promise<void> {
  const rows = docs.map(
    (d) => sql`(${d.id}, ${d.objectType}, ${d.agencyId}, ${d.category}, ${d.year}, ${d.publishedOn}, ${d.documentNo}, ${d.title}, ${d.path}, ${d.content}, ${d.indexedAt}::timestamptz,
      setweight(to_tsvector('simple', ${d.titleTokens}), 'A') || setweight(to_tsvector('simple', ${d.bodyTokens}), 'B') ||
      setweight(to_tsvector('simple', ${d.attachmentTokens}), 'C') || setweight(to_tsvector('simple', ${d.facetTokens}), 'D'))`,
  );
  await sql`insert into search_document (id, object_type, agency_id, category, year, published_on, document_no, title, path, content, indexed_at, tsv)
    values ${sql.join(rows)}`.execute(executor);
}

async function insertSqliteDocuments(executor: Executor, docs: readonly IndexedDocument[]): Promise<void> {
  await executor
    .insertInto('search_document')
    .values(
      docs.map((d) => ({
        id: d.id,
        object_type: d.objectType,
        agency_id: d.agencyId,
        category: d.category,
        year: d.year,
        published_on: d.publishedOn,
        document_no: d.documentNo,
        title: d.title,
        path: d.path,
        content: d.content,
        indexed_at: d.indexedAt,
      })),
    )
    .execute();
  const rows = docs.map(
    (d) => sql`((select rowid from search_document where id = ${d.id}), ${d.titleTokens}, ${d.bodyTokens}, ${d.attachmentTokens}, ${d.facetTokens})`,
  );
  await sql`insert into search_fts (rowid, title, body, attachments, facets) values ${sql.join(rows)}`.execute(executor);
}

export interface SearchFilters {
  agencyId: string | null;
  category: string | null;
  year: number | null;
  documentNo: string | null;
}

export interface SearchHitRow {
  id: string;
  agencyId: string;
  category: string;
  publishedOn: string;
  documentNo: string | null;
  title: string;
  path: string;
  content: string;
}

/**
 * Full-text search, best first (title matches weigh most, then body, then attachments), newest
 * first among equals. `fts5Match` and `tsquery` are built from the same query plan.
 */
export async function searchIndex(
  executor: Executor,
  dialect: DialectName,
  q: { fts5Match: string; tsquery: string; filters: SearchFilters; limit: number; offset: number; rankWords: readonly string[] },
): Promise<{ rows: SearchHitRow[]; total: number }> {
  return dialect === 'postgres' ? searchPostgres(executor, q) : searchSqlite(executor, q);
}

// Counting every match of a very common word costs as much as ranking them; stop counting here.
export const COUNT_CAP = 2_001;
/**
 * Above this many matches (a word like 通知 over a whole county) relevance ranking would score every
 * match for each page; results are then listed newest first instead, which is what a visitor
 * scanning a broad word expects anyway. Narrower searches are ranked by relevance.
 */
export const RANK_LIMIT = 2_000;

function facetMatch(filters: SearchFilters): string {
  const parts: string[] = [];
  const f = facetTokens({ agencyId: filters.agencyId ?? '', category: filters.category ?? '', year: filters.year ?? 0 }).split(' ');
  if (filters.agencyId) parts.push(`"${f[0]}"`);
  if (filters.category) parts.push(`"${f[1]}"`);
  if (filters.year) parts.push(`"${f[2]}"`);
  return parts.length ? ` AND {facets} : (${parts.join(' AND ')})` : '';
}

async function searchSqlite(
  executor: Executor,
  q: { fts5Match: string; filters: SearchFilters; limit: number; offset: number; rankWords: readonly string[] },
): Promise<{ rows: SearchHitRow[]; total: number }> {
  const match = `(${q.fts5Match})${facetMatch(q.filters)}`;
  const docNo = q.filters.documentNo ? sql`and d.document_no like ${'%' + q.filters.documentNo.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} escape '\\'` : sql``;
  // One pass over the matches (capped): FTS5's bm25() would read the whole posting list of every
  // query word to weigh it, which for a word like 通知 over a million documents costs tens of
  // milliseconds even when the agency filter leaves a handful of matches. Ranking here instead:
  // more query words in the title first, then newest. Rowids grow with indexing, i.e. publication.
  // Without a 文号 filter the matches are counted from the index alone: for a common word the
  // candidates are then too many to rank and the page is simply the newest rowids, so reading 2,001
  // rows of search_document (scattered over a large file) only to count them is skipped.
  let candidates: { rows: Array<{ rid: number; title: string; published_on: string }> };
  if (!q.filters.documentNo) {
    const ids = await sql<{ rid: number }>`select rowid as rid from search_fts where search_fts match ${match} order by rowid desc limit ${COUNT_CAP}`.execute(executor);
    if (ids.rows.length > RANK_LIMIT) {
      const page = ids.rows.slice(q.offset, q.offset + q.limit).map((r) => Number(r.rid));
      return { rows: await documentsByRowid(executor, page), total: ids.rows.length };
    }
    if (ids.rows.length === 0) return { rows: [], total: 0 };
    candidates = await sql<{ rid: number; title: string; published_on: string }>`
      select d.rowid as rid, d.title, d.published_on from search_document d where d.rowid in (${sql.join(ids.rows.map((r) => Number(r.rid)))})`.execute(executor);
  } else {
    candidates = await sql<{ rid: number; title: string; published_on: string }>`
      select f.rowid as rid, d.title, d.published_on from search_fts f join search_document d on d.rowid = f.rowid
      where search_fts match ${match} ${docNo}
      order by f.rowid desc limit ${COUNT_CAP}`.execute(executor);
  }
  const total = candidates.rows.length;
  if (total === 0) return { rows: [], total };
  let page: number[];
  if (total > RANK_LIMIT) {
    page = candidates.rows.slice(q.offset, q.offset + q.limit).map((r) => Number(r.rid));
  } else {
    const score = (title: string) => {
      const t = title.toLowerCase();
      return q.rankWords.reduce((n, w) => n + (t.includes(w) ? 1 : 0), 0);
    };
    page = candidates.rows
      .map((r) => ({ rid: Number(r.rid), s: score(r.title), p: r.published_on }))
      .sort((a, b) => b.s - a.s || (a.p < b.p ? 1 : a.p > b.p ? -1 : b.rid - a.rid))
      .slice(q.offset, q.offset + q.limit)
      .map((r) => r.rid);
  }
  return { rows: await documentsByRowid(executor, page), total };
}

/** The documents of one result page, in the page's order. */
async function documentsByRowid(executor: Executor, page: readonly number[]): Promise<SearchHitRow[]> {
  if (page.length === 0) return [];
  const rows = await sql<Record<string, unknown>>`
    select d.rowid as rid, d.id, d.agency_id, d.category, d.published_on, d.document_no, d.title, d.path, d.content
    from search_document d where d.rowid in (${sql.join(page)})`.execute(executor);
  const byRid = new Map(rows.rows.map((r) => [Number(r.rid), r]));
  return page.map((rid) => byRid.get(rid)).filter((r) => r !== undefined).map(mapHit);
}

async function searchPostgres(
  executor: Executor,
  q: { tsquery: string; filters: SearchFilters; limit: number; offset: number },
): Promise<{ rows: SearchHitRow[]; total: number }> {
  const f = q.filters;
  const where = sql.join(
    [
      // Within one agency (a few thousand rows at most) checking each row is cheaper than the GIN index,
      // whose bitmap for a common word (通知) covers much of the county: the expression keeps the planner
      // on the agency index.
      f.agencyId ? sql`(d.tsv || ''::tsvector) @@ to_tsquery('simple', ${q.tsquery})` : sql`d.tsv @@ to_tsquery('simple', ${q.tsquery})`,
      ...(f.agencyId ? [sql`d.agency_id = ${f.agencyId}`] : []),
      ...(f.category ? [sql`d.category = ${f.category}`] : []),
      ...(f.year ? [sql`d.year = ${f.year}`] : []),
      ...(f.documentNo ? [sql`d.document_no like ${'%' + f.documentNo.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} escape '\\'`] : []),
    ],
    sql` and `,
  );
  const count = await sql<{ n: number }>`select count(*) as n from (select 1 from search_document d where ${where} limit ${COUNT_CAP}) x`.execute(executor);
  const total = Number(count.rows[0]?.n ?? 0);
  if (total === 0) return { rows: [], total };
  // Weights D, C, B, A: facets 0, attachments 0.2, body 0.4, title 1.
  const order =
    total > RANK_LIMIT ? sql`d.published_on desc, d.id desc` : sql`ts_rank('{0, 0.2, 0.4, 1.0}', d.tsv, to_tsquery('simple', ${q.tsquery})) desc, d.published_on desc`;
  const rows = await sql<Record<string, unknown>>`
    select d.id, d.agency_id, d.category, d.published_on, d.document_no, d.title, d.path, d.content
    from search_document d
    where ${where}
    order by ${order}
    limit ${q.limit} offset ${q.offset}`.execute(executor);
  return { rows: rows.rows.map(mapHit), total };
}

function mapHit(r: Record<string, unknown>): SearchHitRow {
  return {
    id: String(r.id),
    agencyId: String(r.agency_id),
    category: String(r.category),
    publishedOn: String(r.published_on),
    documentNo: (r.document_no as string | null) ?? null,
    title: String(r.title),
    path: String(r.path),
    content: String(r.content),
  };
}

export async function listAgencyNames(executor: Executor): Promise<string[]> {
  const rows = await executor.selectFrom('agency').select(['name', 'short_name']).execute();
  return rows.flatMap((r) => [r.name, r.short_name ?? '']).filter((n) => n.length > 0);
}

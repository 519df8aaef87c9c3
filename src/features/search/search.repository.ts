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

/**
 * Whether a query word could be one of the facet words (ag…, cat…, yr…). Only then must the query be
 * kept to the text columns; Chinese words and ordinary Latin words can never meet a facet.
 */
export function mayMatchFacetWord(word: string): boolean {
  return /^(ag|cat|yr)[0-9a-z]+$/.test(word);
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
  /** Up to EXCERPT_LENGTH characters of the content around the first query word (the snippet's source). */
  excerpt: string;
  /** Whether the content goes on before / after the excerpt (the snippet then shows …). */
  moreBefore: boolean;
  moreAfter: boolean;
}

export interface SearchQuery {
  fts5Match: string;
  tsquery: string;
  filters: SearchFilters;
  limit: number;
  offset: number;
  /** The query's words: a title holding more of them ranks higher. */
  rankWords: readonly string[];
  /** The words a snippet marks: the excerpt is cut around the first of them in the content. */
  excerptWords: readonly string[];
}

/**
 * Full-text search, best first (title matches weigh most, then body, then attachments), newest
 * first among equals. `fts5Match` and `tsquery` are built from the same query plan.
 */
export async function searchIndex(executor: Executor, dialect: DialectName, q: SearchQuery): Promise<{ rows: SearchHitRow[]; total: number }> {
  return dialect === 'postgres' ? searchPostgres(executor, q) : searchSqlite(executor, q);
}

export const COUNT_CAP = 2_001;
/**
 * Above this many matches (a word like 通知 over a whole county) relevance ranking would score every
 * match for each page; results are then listed newest first instead, which is what a visitor
 * scanning a broad word expects anyway. Narrower searches are ranked by relevance.
 */
export const RANK_LIMIT = 2_000;

/** The facet words (facetTokens) a search's filters require, e.g. ["ag0192…", "yr2024"]. */
function facetTerms(filters: SearchFilters): string[] {
  const [agency, category, year] = facetTokens({ agencyId: filters.agencyId ?? '', category: filters.category ?? '', year: filters.year ?? 0 }).split(' ');
  return [filters.agencyId ? agency! : null, filters.category ? category! : null, filters.year ? year! : null].filter((t): t is string => t !== null);
}

function facetMatch(filters: SearchFilters): string {
  const terms = facetTerms(filters).map((t) => `"${t}"`);
  return terms.length ? ` AND {facets} : (${terms.join(' AND ')})` : '';
}

async function searchSqlite(executor: Executor, q: SearchQuery): Promise<{ rows: SearchHitRow[]; total: number }> {
  const match = `(${q.fts5Match})${facetMatch(q.filters)}`;
  // One pass over the matches (capped): FTS5's bm25() would read the whole posting list of every
  // query word to weigh it, which for a word like 通知 over a million documents costs tens of
  // milliseconds even when the agency filter leaves a handful of matches. Ranking here instead:
  // more query words in the title first, then newest. Rowids grow with indexing, i.e. publication.
  // Without a 文号 filter the matches are counted from the index alone. Every statement returns little:
  // on the read threads (db/sqlite-read-pool.ts) what goes in and out is copied between threads, and a
  // list of 2,000 rowids sent back as parameters cost 5 ms a search.
  const docNoLike = q.filters.documentNo ? documentNoLike(q.filters.documentNo) : null;
  const docNo = docNoLike ? sql`join search_document d on d.rowid = f.rowid and ${docNoLike}` : sql``;
  const counted = await sql<{ n: number }>`
    select count(*) as n from (select f.rowid from search_fts f ${docNo} where search_fts match ${match} limit ${COUNT_CAP})`.execute(executor);
  const total = Number(counted.rows[0]?.n ?? 0);
  if (total === 0) return { rows: [], total };
  // Too many to rank (a common word): the newest, straight from the index. Otherwise ranked in SQL.
  const ranked =
    total > RANK_LIMIT
      ? await sql<{ rid: number }>`
          select f.rowid as rid from search_fts f ${docNo} where search_fts match ${match}
          order by f.rowid desc limit ${q.limit} offset ${q.offset}`.execute(executor)
      : await sql<{ rid: number }>`
          select d.rowid as rid from search_fts f join search_document d on d.rowid = f.rowid
          where search_fts match ${match} ${docNoLike ? sql`and ${docNoLike}` : sql``}
          order by ${titleScore('sqlite', q.rankWords)} desc, d.published_on desc, d.rowid desc
          limit ${q.limit} offset ${q.offset}`.execute(executor);
  const page = ranked.rows.map((r) => Number(r.rid));
  if (page.length === 0) return { rows: [], total };
  const rows = await sql<Record<string, unknown>>`
    with p as materialized (select rowid as rid, ${firstWordAt('sqlite', q.excerptWords)} as at from search_document where rowid in (${sql.join(page)}))
    select d.rowid as rid, ${hitColumns('sqlite')} from p join search_document d on d.rowid = p.rid`.execute(executor);
  const byRid = new Map(rows.rows.map((r) => [Number(r.rid), r]));
  return { rows: page.map((rid) => byRid.get(rid)).filter((r) => r !== undefined).map(mapHit), total };
}

/** The 文号 filter: `d.document_no` contains the text, LIKE's own characters escaped. */
function documentNoLike(text: string) {
  return sql<boolean>`d.document_no like ${'%' + text.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} escape '\\'`;
}

/** Characters of content returned around the first query word (the snippet shows about 120 of them). */
export const EXCERPT_LENGTH = 1_000;
const EXCERPT_BEFORE = 300;
/** "No query word in the content": beyond any content (CONTENT_LIMIT is 20,000). */
const NOWHERE = 1_000_000_000;

/**
 * Where the first query word starts in the content (1-based characters), NOWHERE when none does.
 * Computed once per row in a materialized CTE: instr over 20,000 characters is not free, and neither
 * database eliminates the repeated expression by itself. Words are lower case; Latin words are also
 * looked for in upper case (COVID / covid) — lower(content) on every row would cost more than it finds.
 */
function firstWordAt(dialect: DialectName, words: readonly string[]) {
  const variants = [...new Set(words.flatMap((w) => (/[a-z]/.test(w) ? [w, w.toUpperCase()] : [w])))];
  const find = (w: string) =>
    dialect === 'sqlite' ? sql`coalesce(nullif(instr(content, ${w}), 0), ${sql.lit(NOWHERE)})` : sql`coalesce(nullif(strpos(content, ${w}), 0), ${sql.lit(NOWHERE)})`;
  // The constant argument keeps SQLite's min() the scalar function, never the aggregate.
  const all = sql.join([...variants.map(find), sql.lit(NOWHERE)]);
  return dialect === 'sqlite' ? sql`min(${all})` : sql`least(${all})`;
}

/**
 * The result columns from `d` (search_document) and `p.at` (firstWordAt): the row's fields and an
 * excerpt of its content from EXCERPT_BEFORE characters before the first query word (or from the
 * start), with flags for text cut off before and after. Both databases count characters.
 */
function hitColumns(dialect: DialectName) {
  const start =
    dialect === 'sqlite'
      ? sql`(case when p.at >= ${sql.lit(NOWHERE)} then 1 else max(1, p.at - ${sql.lit(EXCERPT_BEFORE)}) end)`
      : sql`(case when p.at >= ${sql.lit(NOWHERE)} then 1 else greatest(1, p.at - ${sql.lit(EXCERPT_BEFORE)}) end)`;
  return sql.join([
    sql`d.id, d.agency_id, d.category, d.published_on, d.document_no, d.title, d.path`,
    sql`substr(d.content, ${start}, ${sql.lit(EXCERPT_LENGTH)}) as excerpt`,
    sql`(${start} > 1) as more_before`,
    sql`(length(d.content) >= ${start} + ${sql.lit(EXCERPT_LENGTH)}) as more_after`,
  ]);
}

/** How many of the query's words the title holds. */
function titleScore(dialect: DialectName, words: readonly string[]) {
  if (words.length === 0) return sql`0`;
  const has = (w: string) => (dialect === 'sqlite' ? sql`(instr(lower(d.title), ${w}) > 0)` : sql`(strpos(lower(d.title), ${w}) > 0)::int`);
  return sql`(${sql.join(words.map(has), sql` + `)})`;
}

async function searchPostgres(executor: Executor, q: SearchQuery): Promise<{ rows: SearchHitRow[]; total: number }> {
  const f = q.filters;
  // The filters go into the full-text query as facet words (weight D, where only facets are): the GIN
  // index then intersects a common word's long posting list with one agency's short one (its "fast
  // scan"), and only the few matching rows are read — checking each of an agency's ~1,000 rows instead
  // read ~1,000 scattered heap pages (36 ms cold, on 1M documents). The column conditions stay as
  // the exact test (facet words drop punctuation from category ids).
  const filtered = [`(${q.tsquery})`, ...facetTerms(f).map((t) => `'${t}':D`)].join(' & ');
  const where = sql.join(
    [
      sql`d.tsv @@ to_tsquery('simple', ${filtered})`,
      ...(f.agencyId ? [sql`d.agency_id = ${f.agencyId}`] : []),
      ...(f.category ? [sql`d.category = ${f.category}`] : []),
      ...(f.year ? [sql`d.year = ${f.year}`] : []),
      ...(f.documentNo ? [documentNoLike(f.documentNo)] : []),
    ],
    sql` and `,
  );
  // One pass over at most COUNT_CAP matches counts them and ranks them (weights D, C, B, A: facets 0,
  // attachments 0.2, body 0.4, title 1). More than RANK_LIMIT: the page is the newest matches instead,
  // read newest first from the date index — cheap exactly because such a word is common.
  const firstPass = await sql<{ id: string; total: number }>`
    with m as materialized (
      select d.id, d.published_on, ts_rank('{0, 0.2, 0.4, 1.0}', d.tsv, to_tsquery('simple', ${q.tsquery})) as rank
      from search_document d where ${where} limit ${COUNT_CAP})
    select (select count(*) from m) as total, m.id from m
    order by m.rank desc, m.published_on desc, m.id desc
    limit ${q.limit} offset ${q.offset}`.execute(executor);
  let total = Number(firstPass.rows[0]?.total ?? 0);
  if (firstPass.rows.length === 0 && q.offset > 0) {
    // A page past the end: the count alone, to say how many there are.
    total = Number((await sql<{ n: number }>`select count(*) as n from (select 1 from search_document d where ${where} limit ${COUNT_CAP}) x`.execute(executor)).rows[0]?.n ?? 0);
  }
  if (total === 0) return { rows: [], total };
  const ranked =
    total > RANK_LIMIT
      ? await sql<{ id: string }>`
          select d.id from search_document d where ${where}
          order by d.published_on desc, d.id desc
          limit ${q.limit} offset ${q.offset}`.execute(executor)
      : firstPass;
  const page = ranked.rows.map((r) => r.id);
  if (page.length === 0) return { rows: [], total };
  const rows = await sql<Record<string, unknown>>`
    with p as materialized (select id, ${firstWordAt('postgres', q.excerptWords)} as at from search_document where id in (${sql.join(page)}))
    select ${hitColumns('postgres')} from p join search_document d on d.id = p.id`.execute(executor);
  const byId = new Map(rows.rows.map((r) => [String(r.id), r]));
  return { rows: page.map((id) => byId.get(id)).filter((r) => r !== undefined).map(mapHit), total };
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
    excerpt: String(r.excerpt ?? ''),
    moreBefore: Boolean(Number(r.more_before)),
    moreAfter: Boolean(Number(r.more_after)),
  };
}

export async function listAgencyNames(executor: Executor): Promise<string[]> {
  const rows = await executor.selectFrom('agency').select(['name', 'short_name']).execute();
  return rows.flatMap((r) => [r.name, r.short_name ?? '']).filter((n) => n.length > 0);
}

// Bulk generator for the catalogue benchmark: N published items over A agencies, with their search
// index (FTS5 on SQLite, tsvector on PostgreSQL), written straight into the migrated schema in large
// batches. Bodies come from the demo templates; jieba tokens are cached per template text.
//
//   npx tsx bench/catalogue/generate.ts --db sqlite --dir /tmp/gk-bench --items 1000000 --agencies 1000
//   npx tsx bench/catalogue/generate.ts --db postgres --url postgres://…/gk_bench --items 1000000 --agencies 1000
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDatabase, sqliteFilePath } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { TEMPLATES } from '../../src/features/catalogue/demo/templates.ts';
import { facetTokens } from '../../src/features/search/search.repository.ts';
import { tokensForIndex } from '../../src/features/search/domain/query.ts';
import { namesForDictionary, sharedSegmenter } from '../../src/features/search/segmenter.ts';
import { newId } from '../../src/db/ids.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    dir: { type: 'string', default: '/tmp/gk-bench-sqlite' },
    url: { type: 'string' },
    items: { type: 'string', default: '1000000' },
    agencies: { type: 'string', default: '1000' },
  },
});
const ITEMS = Number(values.items);
const AGENCIES = Number(values.agencies);

const PLACES = ['岭南', '河西', '东坪', '柳林', '石门', '桃源', '青山', '白水', '高庙', '新集', '黄土', '龙泉', '双河', '马坊', '杨庄', '北关', '南湖', '三合', '金沙', '云台'];
const SUFFIX = ['镇', '乡', '街道'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rnd = rng(42);

interface AgencyRow { id: string; code: string; name: string; short: string; level: string }
const county = { id: newId(), code: 'bench-county', name: '示范县人民政府', short: '示范县', level: 'county_government' };
const agencies: AgencyRow[] = [];
for (let i = 0; i < AGENCIES; i++) {
  const short = `${PLACES[i % PLACES.length]}${Math.floor(i / PLACES.length) + 1}${SUFFIX[i % SUFFIX.length]}`;
  agencies.push({ id: newId(), code: `b${String(i).padStart(4, '0')}`, name: `${short}人民政府`, short, level: 'township' });
}
const segmenter = sharedSegmenter();
segmenter.addWords([...agencies, county].flatMap((a) => namesForDictionary(a.name)));

const tokenCache = new Map<string, string>();
function tokens(text: string): string {
  const key = text.replace(/\d+/g, '#');
  let t = tokenCache.get(key);
  if (t === undefined) {
    t = tokensForIndex(key.replace(/#/g, ' '), segmenter.cutForSearch);
    if (tokenCache.size < 500_000) tokenCache.set(key, t);
  }
  return `${t} ${(text.match(/\d+/g) ?? []).join(' ')}`.trim();
}

function fill(text: string, a: AgencyRow, year: number): string {
  return text
    .replaceAll('{agency}', a.name)
    .replaceAll('{short}', a.short)
    .replaceAll('{year}', String(year))
    .replaceAll('{q}', String(1 + Math.floor(rnd() * 4)))
    .replaceAll('{m}', String(1 + Math.floor(rnd() * 12)))
    .replace(/\{n\}/g, () => String(2 + Math.floor(rnd() * 480)));
}

const TOWN_CATS = new Set(['budgets', 'organization', 'plans', 'statistics', 'licensing', 'penalties_and_coercion', 'fees', 'procurement', 'major_projects', 'livelihood', 'emergencies', 'inspections', 'recruitment', 'social_assistance', 'agri_rural_policy', 'farmland_water_works', 'land_contract_transfer', 'homestead_review', 'fund_and_labour_raising', 'land_expropriation', 'house_expropriation']);
const templates = TEMPLATES.filter((t) => TOWN_CATS.has(t.category));
const DAY = 86_400_000;
const END = Date.UTC(2026, 10, 20);
const now = new Date().toISOString();

interface Gen { id: string; agency: AgencyRow; indexNo: string; title: string; summary: string; body: string; category: string; topic: string; genre: string; docNo: string | null; writtenOn: string; publishedOn: string; titleTokens: string; bodyTokens: string; facets: string }

/** Items in publication order (oldest first), so rowids and ids grow with publication like real use. */
function* generate(): Generator<Gen[]> {
  const perAgencySeq = new Map<string, number>();
  const BATCH = 5000;
  const span = 6 * 365 * DAY;
  for (let start = 0; start < ITEMS; start += BATCH) {
    const batch: Gen[] = [];
    for (let i = start; i < Math.min(ITEMS, start + BATCH); i++) {
      const a = agencies[Math.floor(rnd() * agencies.length)]!;
      const t = templates[Math.floor(rnd() * templates.length)]!;
      const published = new Date(END - span + Math.floor((i / ITEMS) * span));
      const publishedOn = published.toISOString().slice(0, 10);
      const writtenOn = new Date(published.getTime() - Math.floor(rnd() * 10) * DAY).toISOString().slice(0, 10);
      const year = Number(writtenOn.slice(0, 4));
      const seqKey = `${a.id}:${publishedOn.slice(0, 4)}`;
      const seq = (perAgencySeq.get(seqKey) ?? 0) + 1;
      perAgencySeq.set(seqKey, seq);
      const title = fill(t.title, a, year);
      const body = fill(t.body, a, year);
      const docNo = t.genre === '通知' ? `${a.short.slice(0, 1)}政发〔${year}〕${seq}号` : null;
      batch.push({
        id: newId(published.getTime()),
        agency: a,
        indexNo: `${a.code}/${publishedOn.slice(0, 4)}-${String(seq).padStart(5, '0')}`,
        title,
        summary: `${title}。`,
        body,
        category: t.category,
        topic: t.topic,
        genre: t.genre,
        docNo,
        writtenOn,
        publishedOn,
        titleTokens: tokens(`${title} ${docNo ?? ''}`),
        bodyTokens: tokens(`${title}。\n${body}`),
        facets: facetTokens({ agencyId: a.id, category: t.category, year: Number(publishedOn.slice(0, 4)) }),
      });
    }
    yield batch;
  }
}

function progress(done: number, t0: number) {
  process.stdout.write(`\r${done.toLocaleString()} / ${ITEMS.toLocaleString()} items, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

async function sqliteRun() {
  const dir = values.dir!;
  const database = createDatabase({ dataDir: dir });
  await migrateToLatest(database.db);
  await database.close();
  const db = new DatabaseSync(sqliteFilePath(dir));
  db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY;');
  // Secondary indexes are built once after loading: inserting into 1,000 agencies' worth of
  // (agency_id, …) B-tree pages at random made the load slow down as the file outgrew the cache.
  const indexes = db.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('catalogue_item', 'search_document')`).all() as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`drop index ${i.name}`);
  // FTS5 merges segments while loading by default; merging once at the end ('optimize') is cheaper.
  db.exec(`insert into search_fts(search_fts, rank) values ('automerge', 0)`);
  const insAgency = db.prepare(`insert into agency (id, parent_id, code, name, short_name, level, settings, sort_order, created_at) values (?, ?, ?, ?, ?, ?, '{}', 0, ?)`);
  db.exec('BEGIN');
  insAgency.run(county.id, null, county.code, county.name, county.short, county.level, now);
  for (const a of agencies) insAgency.run(a.id, county.id, a.code, a.name, a.short, a.level, now);
  db.exec('COMMIT');
  const insItem = db.prepare(`insert into catalogue_item (id, agency_id, index_no, title, summary, body, publisher, written_on, publish_due_on, published_on, document_no, topic_category, category, genre, validity, disclosure_mode, audience, keywords, is_normative_document, status, approval_level, version, published_version, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 'proactive', 'public', '', 0, 'published', 0, 1, 1, ?, ?)`);
  const insDoc = db.prepare(`insert into search_document (id, object_type, agency_id, category, year, published_on, document_no, title, path, content, indexed_at) values (?, 'catalogue_item', ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insFts = db.prepare(`insert into search_fts (rowid, title, body, attachments, facets) values (?, ?, ?, '', ?)`);
  const t0 = performance.now();
  let done = 0;
  db.exec('BEGIN');
  for (const batch of generate()) {
    for (const g of batch) {
      insItem.run(g.id, g.agency.id, g.indexNo, g.title, g.summary, g.body, g.agency.name, g.writtenOn, g.publishedOn, g.publishedOn, g.docNo, g.topic, g.category, g.genre, now, now);
      const r = insDoc.run(g.id, g.agency.id, g.category, Number(g.publishedOn.slice(0, 4)), g.publishedOn, g.docNo, g.title, `/gk/${g.agency.code}/items/${g.id}`, `${g.summary}\n${g.body}`, now);
      insFts.run(r.lastInsertRowid, g.titleTokens, g.bodyTokens, g.facets);
    }
    done += batch.length;
    progress(done, t0);
  }
  db.exec('COMMIT');
  console.log(`\nloaded in ${((performance.now() - t0) / 1000).toFixed(0)} s; building indexes`);
  for (const i of indexes) db.exec(i.sql);
  db.exec(`insert into search_fts(search_fts) values ('optimize')`);
  db.exec(`insert into search_fts(search_fts, rank) values ('automerge', 4)`);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA optimize; ANALYZE;');
  db.close();
  console.log(`\nSQLite: ${ITEMS} items over ${AGENCIES} agencies in ${((performance.now() - t0) / 1000).toFixed(0)} s → ${sqliteFilePath(dir)}`);
}

async function postgresRun() {
  const url = values.url!;
  const database = createDatabase({ url, dataDir: '/tmp' });
  await migrateToLatest(database.db);
  await database.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`insert into agency (id, parent_id, code, name, short_name, level, settings, sort_order, created_at) select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as t(id, parent_id, code, name, short_name, level), lateral (select '{}'::jsonb, 0, now()) x`,
    [[county.id, ...agencies.map((a) => a.id)], [null, ...agencies.map(() => county.id)], [county.code, ...agencies.map((a) => a.code)], [county.name, ...agencies.map((a) => a.name)], [county.short, ...agencies.map((a) => a.short)], [county.level, ...agencies.map((a) => a.level)]]);
  await client.query('set synchronous_commit = off');
  // Secondary indexes (GIN over the tsvector above all) are built once after loading, with memory to
  // sort in; indexes that back a constraint (primary keys) stay.
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
     where i.indrelid in ('catalogue_item'::regclass, 'search_document'::regclass)
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`);
  for (const i of indexes) await client.query(`drop index ${i.name}`);
  const t0 = performance.now();
  let done = 0;
  for (const batch of generate()) {
    const col = <K extends keyof Gen>(k: K) => batch.map((g) => g[k]);
    await client.query('begin');
    await client.query(
      `insert into catalogue_item (id, agency_id, index_no, title, summary, body, publisher, written_on, publish_due_on, published_on, document_no, topic_category, category, genre, disclosure_mode, audience, keywords, is_normative_document, status, approval_level, version, published_version, created_at, updated_at)
       select id, agency_id, index_no, title, summary, body, publisher, written_on, written_on, published_on, document_no, topic, category, genre, 'proactive', 'public', '', false, 'published', 0, 1, 1, now(), now()
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
         as t(id, agency_id, index_no, title, summary, body, publisher, written_on, published_on, document_no, topic, category, genre)`,
      [col('id'), batch.map((g) => g.agency.id), col('indexNo'), col('title'), col('summary'), col('body'), batch.map((g) => g.agency.name), col('writtenOn'), col('publishedOn'), col('docNo'), col('topic'), col('category'), col('genre')],
    );
    await client.query(
      `insert into search_document (id, object_type, agency_id, category, year, published_on, document_no, title, path, content, indexed_at, tsv)
       select id, 'catalogue_item', agency_id, category, substr(published_on, 1, 4)::int, published_on, document_no, title, path, content, now(),
         setweight(to_tsvector('simple', tt), 'A') || setweight(to_tsvector('simple', bt), 'B') || setweight(to_tsvector('simple', ft), 'D')
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         as t(id, agency_id, category, published_on, document_no, title, path, content, tt, bt, ft)`,
      [col('id'), batch.map((g) => g.agency.id), col('category'), col('publishedOn'), col('docNo'), col('title'), batch.map((g) => `/gk/${g.agency.code}/items/${g.id}`), batch.map((g) => `${g.summary}\n${g.body}`), col('titleTokens'), col('bodyTokens'), col('facets')],
    );
    await client.query('commit');
    done += batch.length;
    progress(done, t0);
  }
  console.log(`\nloaded in ${((performance.now() - t0) / 1000).toFixed(0)} s; building indexes`);
  await client.query(`set maintenance_work_mem = '1GB'`);
  for (const i of indexes) await client.query(i.def);
  await client.query('vacuum analyze');
  await client.end();
  console.log(`\nPostgreSQL: ${ITEMS} items over ${AGENCIES} agencies in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

if (values.db === 'postgres') await postgresRun();
else await sqliteRun();

// Load test of the public catalogue on a generated database (generate.ts): the 专栏 list page and
// /search, each against a static-string route of the same response size measured in the same run
// (the ceiling: what Fastify and the loopback can do with no work at all). Loopback only; the load
// comes from a separate process (load-generator.ts), as real visitors would.
// Each request picks one of a few hundred distinct URLs at random (paths.ts), so the page cache
// (platform/page-cache) works as it would for many visitors, not on one repeated URL. Those popular
// URLs are all asked once before the clock starts (a running portal has them); then a share of the
// searches (--fresh, default 0.05) asks something never asked before (paths.ts freshSearchPaths),
// which is rendered — the long tail. With --page-cache 0 (or GONGKAI_PAGE_CACHE=0) every page is
// rendered afresh: the uncached cost.
//
//   npx tsx bench/catalogue/run.ts --db sqlite --dir /tmp/gk-bench-sqlite --duration 15 [--page-cache 0]
//   npx tsx bench/catalogue/run.ts --db postgres --url postgres://…/gk_bench --duration 15 [--page-cache 0]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/app.ts';
import { createDatabase } from '../../src/db/database.ts';
import { defaultReadThreads } from '../../src/platform/config.ts';
import { demoVocabulary, freshSingleWordPaths, freshSearchPaths, listPaths as listPathsFor, bodyVocabulary, searchPaths as searchPathsFor } from './paths.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    dir: { type: 'string', default: '/tmp/gk-bench-sqlite' },
    url: { type: 'string' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    'page-cache': { type: 'string', default: process.env.GONGKAI_PAGE_CACHE ?? '1' },
    // SQLite: search on read threads as the server runs it (GONGKAI_READ_THREADS); 0 = on the main thread.
    'read-threads': { type: 'string', default: process.env.GONGKAI_READ_THREADS ?? String(defaultReadThreads()) },
    'list-urls': { type: 'string', default: '400' },
    fresh: { type: 'string', default: '0.05' },
    // pairs: two of the commonest title words (the worst case); single: one word of the bodies.
    'fresh-kind': { type: 'string', default: 'pairs' },
  },
});
const pageCache = values['page-cache'] !== '0';
const duration = Number(values.duration);
const connections = Number(values.connections);

const database = values.db === 'postgres' ? createDatabase({ url: values.url!, dataDir: '/tmp' }) : createDatabase({ dataDir: values.dir!, readThreads: Number(values['read-threads']) });
const app = await buildApp({ database: Object.assign(database, { dataDir: values.dir ?? '/tmp' }), secret: 'bench-secret-bench-secret-bench-secret-0123', logger: false, pageCache: { enabled: pageCache } });
let staticBody = '';
app.get('/bench/static', async (_req, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(staticBody));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';

const codes = (await database.db.selectFrom('agency').select('code').where('level', '=', 'township').orderBy('code').execute()).map((r) => r.code);
const listPaths = listPathsFor(codes, Number(values['list-urls']));
const vocabulary = demoVocabulary(100);
const searchPaths = searchPathsFor(vocabulary, codes);
const freshShare = Number(values.fresh);
const freshKind = values['fresh-kind'] === 'single' ? 'single' : 'pairs';
const fresh = freshKind === 'single' ? freshSingleWordPaths(bodyVocabulary(400), codes, 40_000) : freshSearchPaths(vocabulary, codes, 40_000);
let freshUsed = 0;

async function sizeOf(path: string): Promise<number> {
  const res = await fetch(base + path);
  if (res.status !== 200) throw new Error(`${path} → HTTP ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

/**
 * One autocannon run from load-generator.ts in a child process (the server keeps this process's event
 * loop to itself). `fresh` searches are handed out in order, never twice across runs.
 */
async function generateLoad(paths: readonly string[], seconds: number, freshShare: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./load-generator.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify({ base, connections, duration: seconds, paths, fresh: fresh.slice(freshUsed), freshShare }));
  const [out, [code]] = await Promise.all([text(child.stdout), once(child, 'exit')]);
  if (code !== 0) throw new Error(`load-generator.ts exited with ${code}`);
  const r = JSON.parse(out) as { requestsPerSec: number; p50: number; p90: number; p99: number; max: number; non2xx: number; errors: number; freshUsed: number };
  freshUsed += r.freshUsed;
  return r;
}

async function load(name: string, paths: string[], freshShare = 0) {
  // Every URL of the mix once (a running portal has its popular pages), then a warm-up with the
  // measured mix (JIT, connections), then the measured run.
  for (const p of new Set(paths)) await sizeOf(p);
  await generateLoad(paths, 3, freshShare);
  const before = app.pageCache.stats();
  const r = await generateLoad(paths, duration, freshShare);
  const after = app.pageCache.stats();
  const hits = after.hits - before.hits;
  const misses = after.misses - before.misses;
  const row = {
    name,
    distinctUrls: paths.length,
    requestsPerSec: r.requestsPerSec,
    p50: r.p50,
    p90: r.p90,
    p99: r.p99,
    max: r.max,
    non2xx: r.non2xx,
    errors: r.errors,
    // During the measured run: pages served from the cache vs rendered.
    pageCacheHitShare: hits + misses > 0 ? +(hits / (hits + misses)).toFixed(3) : null,
    rendered: misses,
    neverAskedBefore: r.freshUsed,
  };
  console.log(JSON.stringify(row));
  return row;
}

/** The mean size of 20 URLs spread over the list. */
async function meanSize(paths: readonly string[]): Promise<number> {
  const sample = Array.from({ length: 20 }, (_, i) => paths[Math.floor((i * paths.length) / 20)]!);
  const sizes: number[] = [];
  for (const p of sample) sizes.push(await sizeOf(p));
  return Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
}
const listSize = await meanSize(listPaths);
const searchSize = await meanSize(searchPaths);
console.log(JSON.stringify({ db: values.db, pageCache, freshShare, freshKind, freshUrls: fresh.length, readThreads: values.db === 'postgres' ? null : Number(values['read-threads']), listPageBytes: listSize, searchPageBytes: searchSize, connections, durationSeconds: duration, listUrls: listPaths.length, searchUrls: searchPaths.length }));

staticBody = 'x'.repeat(listSize);
const ceilingList = await load(`static ${listSize} B (ceiling for list)`, ['/bench/static']);
const list = await load('专栏 list page', listPaths);
staticBody = 'x'.repeat(searchSize);
const ceilingSearch = await load(`static ${searchSize} B (ceiling for search)`, ['/bench/static']);
const search = await load(freshShare > 0 ? `search, ${Math.round(freshShare * 100)} % never asked before` : 'search', searchPaths, freshShare);
console.log(
  JSON.stringify({
    listThroughputShareOfCeiling: +(list.requestsPerSec / ceilingList.requestsPerSec).toFixed(3),
    searchP99ms: search.p99,
    searchThroughputShareOfCeiling: +(search.requestsPerSec / ceilingSearch.requestsPerSec).toFixed(3),
  }),
);
await app.close();
await database.close();

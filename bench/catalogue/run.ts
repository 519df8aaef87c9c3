// Load test of the public catalogue on a generated database (generate.ts): the 专栏 list page and
// /search, each against a static-string route of the same response size measured in the same run
// (the ceiling: what Fastify and the loopback can do with no work at all). Loopback only.
// Each request picks one of a few hundred distinct URLs at random (paths.ts), so the page cache
// (platform/page-cache) works as it would for many visitors, not on one repeated URL. Those popular
// URLs are all asked once before the clock starts (a running portal has them); then a share of the
// searches (--fresh, default 0.05) asks something never asked before (paths.ts freshSearchPaths),
// which is rendered — the long tail. With --page-cache 0 (or GONGKAI_PAGE_CACHE=0) every page is
// rendered afresh: the uncached cost.
//
//   npx tsx bench/catalogue/run.ts --db sqlite --dir /tmp/gk-bench-sqlite --duration 15 [--page-cache 0]
//   npx tsx bench/catalogue/run.ts --db postgres --url postgres://…/gk_bench --duration 15 [--page-cache 0]
import { parseArgs } from 'node:util';
import autocannonTyped from 'autocannon';
import { buildApp } from '../../src/app.ts';
import { createDatabase } from '../../src/db/database.ts';
import { defaultReadThreads } from '../../src/platform/config.ts';
import { demoVocabulary, freshSearchPaths, listPaths as listPathsFor, searchPaths as searchPathsFor } from './paths.ts';

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
  },
});
const pageCache = values['page-cache'] !== '0';
const duration = Number(values.duration);
// bench/web/autocannon.d.ts declares only the options that benchmark uses; `requests` (a list of paths
// cycled through) is part of autocannon's documented API as well.
type Result = Awaited<ReturnType<typeof autocannonTyped>>;
const autocannon = autocannonTyped as unknown as (options: Record<string, unknown>) => Promise<Result>;
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
const fresh = freshSearchPaths(vocabulary, codes, 40_000);
let freshUsed = 0;

async function sizeOf(path: string): Promise<number> {
  const res = await fetch(base + path);
  if (res.status !== 200) throw new Error(`${path} → HTTP ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

/**
 * Every request takes one of `paths` at random (uniformly: no favourite page to flatter the cache), or
 * with probability `freshShare` the next search never asked before.
 */
function randomRequests(paths: readonly string[], freshShare = 0) {
  const pick = () => {
    if (freshShare > 0 && Math.random() < freshShare) {
      if (freshUsed >= fresh.length) throw new Error('freshSearchPaths ran out: raise its count');
      return fresh[freshUsed++];
    }
    return paths[Math.floor(Math.random() * paths.length)];
  };
  return [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: pick() }) }];
}

async function load(name: string, paths: string[], freshShare = 0) {
  // Every URL of the mix once (a running portal has its popular pages), then a warm-up with the
  // measured mix (JIT, connections), then the measured run.
  for (const p of new Set(paths)) await sizeOf(p);
  await autocannon({ url: base, connections, duration: 3, requests: randomRequests(paths, freshShare) });
  const before = app.pageCache.stats();
  const freshBefore = freshUsed;
  const r = await autocannon({ url: base, connections, duration, requests: randomRequests(paths, freshShare) });
  const after = app.pageCache.stats();
  const hits = after.hits - before.hits;
  const misses = after.misses - before.misses;
  const row = {
    name,
    distinctUrls: paths.length,
    requestsPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors,
    // During the measured run: pages served from the cache vs rendered.
    pageCacheHitShare: hits + misses > 0 ? +(hits / (hits + misses)).toFixed(3) : null,
    rendered: misses,
    neverAskedBefore: freshUsed - freshBefore,
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
console.log(JSON.stringify({ db: values.db, pageCache, freshShare, readThreads: values.db === 'postgres' ? null : Number(values['read-threads']), listPageBytes: listSize, searchPageBytes: searchSize, connections, durationSeconds: duration, listUrls: listPaths.length, searchUrls: searchPaths.length }));

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

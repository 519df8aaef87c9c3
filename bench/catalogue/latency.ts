// Latency of single requests, one at a time (no concurrency), on a generated database: what one
// visitor waits for the 专栏 list page and for /search when the server is otherwise idle. Every round
// asks for a URL not asked before (the page cache misses: the page is rendered), then asks for it
// again (with the page cache on, that second answer comes from the cache).
//
//   npx tsx bench/catalogue/latency.ts --db sqlite --dir /tmp/gk-bench-sqlite --rounds 300 [--page-cache 0]
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/app.ts';
import { createDatabase } from '../../src/db/database.ts';
import { defaultReadThreads } from '../../src/platform/config.ts';
import { demoVocabulary, listPaths, searchPaths } from './paths.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    dir: { type: 'string', default: '/tmp/gk-bench-sqlite' },
    url: { type: 'string' },
    rounds: { type: 'string', default: '300' },
    'page-cache': { type: 'string', default: process.env.GONGKAI_PAGE_CACHE ?? '1' },
    // SQLite: search on read threads as the server runs it (GONGKAI_READ_THREADS); 0 = on the main thread.
    'read-threads': { type: 'string', default: process.env.GONGKAI_READ_THREADS ?? String(defaultReadThreads()) },
  },
});
const rounds = Number(values.rounds);
const pageCache = values['page-cache'] !== '0';
const database = values.db === 'postgres' ? createDatabase({ url: values.url!, dataDir: '/tmp' }) : createDatabase({ dataDir: values.dir!, readThreads: Number(values['read-threads']) });
const app = await buildApp({ database, secret: 'bench-secret-bench-secret-bench-secret-0123', logger: false, pageCache: { enabled: pageCache } });
await app.ready();
const codes = (await database.db.selectFrom('agency').select('code').where('level', '=', 'township').orderBy('code').execute()).map((r) => r.code);
const words = demoVocabulary(100);
const search = searchPaths(words, codes);
// Within one agency / county-wide, in the order paths.ts lists them (4 URLs per word).
const agencySearch = search.filter((p) => p.includes('&agency='));
const countySearch = search.filter((p) => !p.includes('&agency='));
// List pages of agencies not used for warming up, spread over the whole agency list.
const lists = listPaths(codes, codes.length * 3).filter((_, i) => i % 3 === 1);

function quantiles(times: number[]) {
  times.sort((a, b) => a - b);
  const q = (p: number) => Number(times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1));
  return { p50ms: q(0.5), p99ms: q(0.99), maxms: Number(times.at(-1)!.toFixed(1)) };
}

async function timed(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await app.inject({ url });
  const ms = performance.now() - t0;
  if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}`);
  return ms;
}

async function measure(name: string, paths: readonly string[]) {
  const n = Math.min(rounds, paths.length - 10);
  // Warm-up (JIT, dictionary, per-agency facts) on URLs not measured afterwards.
  for (let i = 0; i < 10; i++) await timed(paths[paths.length - 1 - i]!);
  const first: number[] = [];
  const repeat: number[] = [];
  for (let i = 0; i < n; i++) {
    first.push(await timed(paths[i]!));
    repeat.push(await timed(paths[i]!));
  }
  console.log(JSON.stringify({ db: values.db, pageCache, name, rounds: n, firstRequest: quantiles(first), sameUrlAgain: quantiles(repeat) }));
}

await measure('专栏 list page (agency × column × page)', lists);
await measure('search within one agency', agencySearch);
await measure('search county-wide (pages 1 and 2)', countySearch);
await app.close();
await database.close();

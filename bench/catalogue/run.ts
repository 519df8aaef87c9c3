// Load test of the public catalogue on a generated database (generate.ts): the 专栏 list page and
// /search, each against a static-string route of the same response size measured in the same run
// (the ceiling: what Fastify and the loopback can do with no work at all). Loopback only.
//
//   npx tsx bench/catalogue/run.ts --db sqlite --dir /tmp/gk-bench-sqlite --duration 15
//   npx tsx bench/catalogue/run.ts --db postgres --url postgres://…/gk_bench --duration 15
import { parseArgs } from 'node:util';
import autocannonTyped from 'autocannon';
import { buildApp } from '../../src/app.ts';
import { createDatabase } from '../../src/db/database.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    dir: { type: 'string', default: '/tmp/gk-bench-sqlite' },
    url: { type: 'string' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
  },
});
const duration = Number(values.duration);
// bench/web/autocannon.d.ts declares only the options that benchmark uses; `requests` (a list of paths
// cycled through) is part of autocannon's documented API as well.
type Result = Awaited<ReturnType<typeof autocannonTyped>>;
const autocannon = autocannonTyped as unknown as (options: Record<string, unknown>) => Promise<Result>;
const connections = Number(values.connections);

const database = values.db === 'postgres' ? createDatabase({ url: values.url!, dataDir: '/tmp' }) : createDatabase({ dataDir: values.dir! });
const app = await buildApp({ database: Object.assign(database, { dataDir: values.dir ?? '/tmp' }), secret: 'bench-secret-bench-secret-bench-secret-0123', logger: false });
let staticBody = '';
app.get('/bench/static', async (_req, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(staticBody));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';

const codes = (await database.db.selectFrom('agency').select('code').where('level', '=', 'township').orderBy('code').limit(200).execute()).map((r) => r.code);
const categories = ['', 'budgets', 'social_assistance', 'emergencies', 'homestead_review'];
const listPaths = codes.slice(0, 100).map((c, i) => `/gk/${c}/statutory-content/${categories[i % categories.length] ? `?category=${categories[i % categories.length]}` : ''}`);
const words = ['通知', '预算', '低保', '宅基地', '防汛', '安全生产', '高标准农田', '公益性岗位', '临时救助', '土地征收'];
const searchPaths = words.flatMap((w, i) => [`/search?q=${encodeURIComponent(w)}&agency=${codes[i]}`, `/search?q=${encodeURIComponent(w)}&agency=${codes[i + 50]}`, `/search?q=${encodeURIComponent(w)}`]);

async function sizeOf(path: string): Promise<number> {
  const res = await fetch(base + path);
  if (res.status !== 200) throw new Error(`${path} → HTTP ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

async function load(name: string, paths: string[]) {
  // Warm-up (caches, JIT, dictionary) then the measured run.
  await autocannon({ url: base, connections, duration: 3, requests: paths.map((p) => ({ method: 'GET', path: p })) });
  const r = await autocannon({ url: base, connections, duration, requests: paths.map((p) => ({ method: 'GET', path: p })) });
  const row = { name, requestsPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  console.log(JSON.stringify(row));
  return row;
}

const listSize = Math.round((await Promise.all(listPaths.slice(0, 10).map(sizeOf))).reduce((a, b) => a + b, 0) / 10);
const searchSize = Math.round((await Promise.all(searchPaths.slice(0, 9).map(sizeOf))).reduce((a, b) => a + b, 0) / 9);
console.log(JSON.stringify({ db: values.db, listPageBytes: listSize, searchPageBytes: searchSize, connections, durationSeconds: duration }));

staticBody = 'x'.repeat(listSize);
const ceilingList = await load(`static ${listSize} B (ceiling for list)`, ['/bench/static']);
const list = await load('专栏 list page', listPaths);
staticBody = 'x'.repeat(searchSize);
const ceilingSearch = await load(`static ${searchSize} B (ceiling for search)`, ['/bench/static']);
const search = await load('search', searchPaths);
console.log(
  JSON.stringify({
    listThroughputShareOfCeiling: +(list.requestsPerSec / ceilingList.requestsPerSec).toFixed(3),
    searchP99ms: search.p99,
    searchThroughputShareOfCeiling: +(search.requestsPerSec / ceilingSearch.requestsPerSec).toFixed(3),
  }),
);
await app.close();
await database.close();

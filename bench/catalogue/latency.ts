// Latency of single requests, one at a time (no concurrency), on a generated database: what one
// visitor waits for the 专栏 list page and for /search when the server is otherwise idle.
//
//   npx tsx bench/catalogue/latency.ts --db sqlite --dir /tmp/gk-bench-sqlite --rounds 300
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/app.ts';
import { createDatabase } from '../../src/db/database.ts';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'sqlite' }, dir: { type: 'string', default: '/tmp/gk-bench-sqlite' }, url: { type: 'string' }, rounds: { type: 'string', default: '300' } },
});
const rounds = Number(values.rounds);
const database = values.db === 'postgres' ? createDatabase({ url: values.url!, dataDir: '/tmp' }) : createDatabase({ dataDir: values.dir! });
const app = await buildApp({ database, secret: 'bench-secret-bench-secret-bench-secret-0123', logger: false });
await app.ready();
const codes = (await database.db.selectFrom('agency').select('code').where('level', '=', 'township').orderBy('code').limit(300).execute()).map((r) => r.code);
const words = ['通知', '预算', '低保', '宅基地', '防汛', '安全生产', '高标准农田', '公益性岗位', '临时救助', '土地征收'];
const categories = ['', 'budgets', 'social_assistance', 'emergencies', 'homestead_review'];

async function measure(name: string, pathOf: (i: number) => string) {
  for (let i = 0; i < 10; i++) await app.inject({ url: pathOf(i) });
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const res = await app.inject({ url: pathOf(i + 17) });
    times.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(`${pathOf(i + 17)} → ${res.statusCode}`);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(JSON.stringify({ db: values.db, name, rounds, p50ms: Number(q(0.5)), p99ms: Number(q(0.99)), maxms: Number(times.at(-1)!.toFixed(1)) }));
}

await measure('专栏 list page (random agency and category)', (i) => `/gk/${codes[(i * 7) % codes.length]}/statutory-content/${categories[i % 5] ? `?category=${categories[i % 5]}` : ''}`);
await measure('search within one agency', (i) => `/search?q=${encodeURIComponent(words[i % words.length]!)}&agency=${codes[(i * 11) % codes.length]}`);
await measure('search county-wide', (i) => `/search?q=${encodeURIComponent(words[i % words.length]!)}`);
await app.close();
await database.close();

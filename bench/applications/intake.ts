// Portal intake throughput: durable submissions per second on SQLite (synchronous = FULL, WAL), through
// the whole HTTP stack with app.inject (no sockets): form parsing, CSRF, rate limiting, zod validation,
// numbering, applicant, repeat check, event log, audit, commit. Each request carries its own submission
// key; rate limiting is per client IP, so each request comes from its own simulated address.
// Usage: npx tsx bench/applications/intake.ts [--requests 2000] [--concurrency 1]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../src/app.ts';
import { createDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { summary } from './stats.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '1' } } });
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);

const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-bench-intake-'));
const database = createDatabase({ dataDir });
await migrateToLatest(database.db);
const app = await buildApp({ database, secret: 'bench-secret-bench-secret-bench-secret-0123', logger: false });
await app.ready();
const agency = await createAgency(app.context, SYSTEM_ACTOR, { parentId: null, code: 'BENCH', name: '基准测试镇人民政府', level: 'township' });

// One visitor session: the form page sets the session cookie and carries the CSRF token.
const form = await app.inject({ method: 'GET', url: `/gk/${agency.code}/apply` });
const cookie = String(form.headers['set-cookie'] ?? '').split(';')[0]!;
const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;

function body(i: number): string {
  return new URLSearchParams({
    _csrf: token,
    submissionKey: `bench-intake-${String(i).padStart(12, '0')}`,
    applicantType: 'natural_person',
    name: `申请人${i}`,
    idDocumentType: 'resident_id',
    idNumber: '11010519491231002X',
    phone: `138${String(i % 100_000_000).padStart(8, '0')}`,
    email: 'applicant@example.com',
    description: `请公开本镇第${i}号地块的征收补偿标准及相关文件`,
    deliveryForm: 'email',
    deliveryChannel: 'email',
  }).toString();
}

const durations: number[] = [];
let next = 0;
let failures = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      const i = next++;
      const t = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: `/gk/${agency.code}/apply`,
        payload: body(i),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        remoteAddress: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      });
      durations.push(performance.now() - t);
      if (res.statusCode !== 201) failures++;
    }
  }),
);
const seconds = (performance.now() - t0) / 1000;
const stored = await database.db.selectFrom('application').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
console.log(JSON.stringify({
  requests,
  concurrency,
  failures,
  storedCases: Number(stored.n),
  seconds: Math.round(seconds * 100) / 100,
  submissionsPerSecond: Math.round(requests / seconds),
  latencyMs: summary(durations),
}, null, 2));
await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });

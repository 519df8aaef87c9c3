// How fast are the platform queries every staff page runs, at the scale of a prefecture on one server?
//   npx tsx bench/platform-db/run.ts [--events 300000] [--counties 10] [--rounds 20] [--pg postgres://…]
// Builds a synthetic prefecture (each county: 政务公开办, 20 townships, 30 departments), appends audit
// events spread over two years, then times (median of --rounds): the agency list of a county
// supervisor, audit searches (supervisor's county, a township admin, filtered by action and month),
// and one sign-in (argon2id verification dominates). SQLite in a temp folder; PostgreSQL too with --pg.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createAccount, signIn } from '../../src/features/accounts/accounts.service.ts';
import { SYSTEM_ACTOR, type Actor } from '../../src/features/accounts/domain/policy.ts';
import { createAgency, listAgencies } from '../../src/features/agencies/agencies.service.ts';
import { insertAuditEvent } from '../../src/features/audit/audit.repository.ts';
import { searchAudit } from '../../src/features/audit/audit.service.ts';
import { createServiceContext, type ServiceContext } from '../../src/platform/service-context.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '300000' },
    counties: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '20' },
    pg: { type: 'string' },
  },
});
const EVENTS = Number(values.events);
const COUNTIES = Number(values.counties);
const ROUNDS = Number(values.rounds);
const ACTIONS = ['catalogue_item.publish', 'application.register', 'application.reply', 'account.login', 'agency.update'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(label: string, fn: () => Promise<unknown>): Promise<void> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  console.log(`  ${label.padEnd(58)} median ${median(samples).toFixed(2)} ms   max ${Math.max(...samples).toFixed(2)} ms`);
}

async function run(database: Database, name: string): Promise<void> {
  await migrateToLatest(database.db);
  const ctx: ServiceContext = createServiceContext({ db: database.db, dialect: database.dialect });
  console.log(`\n${name}`);
  let t = performance.now();
  const prefecture = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'PF', name: '示范市人民政府', level: 'prefecture_government' });
  const counties: string[] = [];
  const leaves: string[] = [];
  for (let c = 0; c < COUNTIES; c += 1) {
    const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: prefecture.id, code: `C${c}`, name: `第${c}县人民政府`, level: 'county_government' });
    counties.push(county.id);
    await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: `C${c}-GK`, name: `第${c}县政务公开办`, level: 'disclosure_office' });
    for (let i = 0; i < 20; i += 1) leaves.push((await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: `C${c}-T${i}`, name: `第${c}县第${i}镇人民政府`, level: 'township' })).id);
    for (let i = 0; i < 30; i += 1) leaves.push((await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: `C${c}-D${i}`, name: `第${c}县第${i}局`, level: 'county_department' })).id);
  }
  const agencyCount = 1 + COUNTIES * 52;
  console.log(`  built ${agencyCount} agencies in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  const start = Date.UTC(2025, 0, 1);
  const span = 2 * 365 * 86_400_000;
  const BATCH = 2000;
  for (let i = 0; i < EVENTS; i += BATCH) {
    await database.db.transaction().execute(async (trx) => {
      for (let j = i; j < Math.min(EVENTS, i + BATCH); j += 1) {
        await insertAuditEvent(trx, {
          id: ctx.newId(),
          occurredAt: new Date(start + Math.floor((j / EVENTS) * span)).toISOString(),
          accountId: null,
          agencyId: leaves[(j * 7919) % leaves.length]!,
          action: ACTIONS[j % ACTIONS.length]!,
          objectType: 'bench',
          objectId: null,
          summary: `基准测试事件 ${j}`,
          before: null,
          after: { n: j },
          ip: null,
        });
      }
    });
  }
  const seconds = (performance.now() - t) / 1000;
  console.log(`  appended ${EVENTS} audit events in ${seconds.toFixed(1)} s (${Math.round(EVENTS / seconds)} events/s, ${BATCH} per transaction)`);

  const supervisor: Actor = { kind: 'account', accountId: 'bench', agencyId: counties[0]!, grants: [{ agencyId: counties[0]!, role: 'supervisor' }] };
  const townAdmin: Actor = { kind: 'account', accountId: 'bench', agencyId: leaves[0]!, grants: [{ agencyId: leaves[0]!, role: 'admin' }] };
  const prefectureSupervisor: Actor = { kind: 'account', accountId: 'bench', agencyId: prefecture.id, grants: [{ agencyId: prefecture.id, role: 'supervisor' }] };
  await time('agency list of a county supervisor (52 agencies)', () => listAgencies(ctx, supervisor));
  await time(`agency list of the prefecture supervisor (${agencyCount} agencies)`, () => listAgencies(ctx, prefectureSupervisor));
  await time('audit page 1 (50), county supervisor, no filter', () => searchAudit(ctx, supervisor, {}));
  await time('audit page 1, county supervisor, one action, one month', () =>
    searchAudit(ctx, supervisor, { action: 'application.reply', from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' }));
  await time('audit page 1, township admin, no filter', () => searchAudit(ctx, townAdmin, {}));
  await time('audit page 1, prefecture supervisor, no filter', () => searchAudit(ctx, prefectureSupervisor, {}));
  // Keyset paging: page 100 is reached by following 下一页 99 times; the timed query is the 100th page
  // itself, fetched with the cursor of page 99's last row (what the browser's link sends).
  let after: string | null = null;
  for (let p = 1; p < 100; p += 1) {
    const page: Awaited<ReturnType<typeof searchAudit>> = await searchAudit(ctx, prefectureSupervisor, after ? { after } : {});
    after = page.olderCursor;
  }
  const cursor100 = after;
  if (!cursor100) throw new Error('fewer than 100 pages of events');
  await time('audit page 100 (keyset cursor), prefecture supervisor', () => searchAudit(ctx, prefectureSupervisor, { after: cursor100 }));

  const { oneTimePassword } = await createAccount(ctx, SYSTEM_ACTOR, { agencyId: leaves[0]!, username: 'bench-user', displayName: '基准测试', roles: ['clerk'] });
  await time('sign-in (argon2id verify + grants + audit event)', () => signIn(ctx, { username: 'bench-user', password: oneTimePassword }));
  await database.close();
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
try {
  console.log(`platform-db bench: ${EVENTS} audit events, ${COUNTIES} counties, ${ROUNDS} rounds, Node ${process.versions.node}`);
  await run(createDatabase({ dataDir: dir }), `SQLite (${join(dir, 'gongkai.sqlite')})`);
  if (values.pg) {
    const name = `gongkai_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: values.pg });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(values.pg);
    url.pathname = `/${name}`;
    try {
      await run(createDatabase({ url: url.toString(), dataDir: dir }), 'PostgreSQL');
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

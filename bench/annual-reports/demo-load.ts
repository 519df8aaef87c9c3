// Measures what the annual reports add to the demo load (`npm start` on a fresh database): the whole
// loadDemo() (agencies, accounts, every feature's demo hook) on a fresh SQLite file, then the annual
// reports hook alone — 6 agencies × 2 years, each generate → fill → submit → approve → publish through the
// services — re-run on the same demo records for the two years after (the loaded years are published and
// cannot be generated again), which is the same work.
// Usage: npx tsx bench/annual-reports/demo-load.ts [--runs 3]
import { rmSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import type { Agency } from '../../src/features/agencies/domain/agency.ts';
import { loadAnnualReportsDemo } from '../../src/features/annual-reports/annual-reports.demo.ts';
import { DEMO_ACCOUNTS, DEMO_AGENCIES, type DemoAccountKey, type DemoAgencyKey } from '../../src/features/demo/demo-data.ts';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { createServiceContext } from '../../src/platform/service-context.ts';
import { summary } from '../applications/stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const target = '/tmp/gongkai-bench-demo-load';
const totals: number[] = [];
const hook: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const database = createDatabase({ dataDir: target });
  await migrateToLatest(database.db);
  const ctx = createServiceContext({ db: database.db, dialect: database.dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
  let t = performance.now();
  await loadDemo(ctx);
  totals.push(performance.now() - t);

  const agencies = {} as Record<DemoAgencyKey, Agency>;
  for (const spec of DEMO_AGENCIES) agencies[spec.key] = (await findAgencyByCode(database.db, spec.code))!;
  const actors = {} as Record<DemoAccountKey, Actor & { kind: 'account' }>;
  for (const spec of DEMO_ACCOUNTS) {
    const account = await database.db.selectFrom('account').select(['id', 'agency_id']).where('username', '=', spec.username).executeTakeFirstOrThrow();
    actors[spec.key] = { kind: 'account', accountId: account.id, agencyId: account.agency_id, grants: [{ agencyId: agencies[spec.grantedOn].id, role: spec.role }] };
  }
  const later = createServiceContext({ db: database.db, dialect: database.dialect, now: () => new Date('2028-03-02T02:00:00.000Z') });
  t = performance.now();
  await loadAnnualReportsDemo(later, { agencies, actors });
  hook.push(performance.now() - t);
  await database.close();
}
console.log(JSON.stringify({ runs: totals.length, loadDemoMs: summary(totals), annualReportsHookMs: summary(hook) }));

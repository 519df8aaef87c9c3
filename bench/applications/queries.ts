// Measures the two hot queries of the applications feature on the generated data set:
//   1. the staff home page (open cases of one agency, with overdue / due soon from the reply clock);
//   2. one agency's table 三 counts for a year (the annual report's query).
// Usage: npx tsx bench/applications/queries.ts --dialect sqlite|postgres [--cases 1000000] [--agencies 1000]
//        [--runs 300] [--reuse]   (PostgreSQL server from PG_URL; SQLite in /tmp/gongkai-bench-applications)
import { parseArgs } from 'node:util';
import { createOfficialCalendar } from '../../src/law/official-arrangements.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import * as service from '../../src/features/applications/applications.service.ts';
import { createServiceContext } from '../../src/platform/service-context.ts';
import { generate, openBenchDatabase, prng, type BenchOptions } from './generate.ts';
import { summary } from './stats.ts';

const { values } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'sqlite' },
    cases: { type: 'string', default: '1000000' },
    agencies: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '300' },
    reuse: { type: 'boolean', default: false },
  },
});

const dialect = values.dialect === 'postgres' ? 'postgres' : 'sqlite';
const options: BenchOptions = {
  dialect,
  cases: Number(values.cases),
  agencies: Number(values.agencies),
  target: dialect === 'postgres' ? (process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres') : '/tmp/gongkai-bench-applications',
};

const database = values.reuse ? await openBenchDatabase(options, false) : await generate(options);
const ctx = createServiceContext({ db: database.db, dialect: database.dialect, now: () => new Date('2026-11-20T02:00:00.000Z') });
const deps = { ctx, calendar: createOfficialCalendar(), secret: 'bench', dataDir: '/tmp' };
const agencies = (await database.db.selectFrom('agency').select('id').orderBy('code').execute()).map((a) => a.id);
const count = await database.db.selectFrom('application').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
const random = prng(7);
const runs = Number(values.runs);

// Warm-up: a few calls so the first-query costs (statement preparation, page cache) are not measured.
for (let i = 0; i < 10; i++) {
  await service.staffHome(deps, SYSTEM_ACTOR, agencies[i % agencies.length]!);
  await service.table3ForYear(deps, SYSTEM_ACTOR, agencies[i % agencies.length]!, 2025);
}

const home: number[] = [];
let openSeen = 0;
for (let i = 0; i < runs; i++) {
  const agency = agencies[Math.floor(random() * agencies.length)]!;
  const t = performance.now();
  const result = await service.staffHome(deps, SYSTEM_ACTOR, agency);
  home.push(performance.now() - t);
  openSeen += result.overdue.length + result.dueSoon.length + result.onTime.length;
}
const table3: number[] = [];
for (let i = 0; i < runs; i++) {
  const agency = agencies[Math.floor(random() * agencies.length)]!;
  const year = 2023 + Math.floor(random() * 4);
  const t = performance.now();
  await service.table3ForYear(deps, SYSTEM_ACTOR, agency, year);
  table3.push(performance.now() - t);
}
console.log(JSON.stringify({
  dialect,
  cases: Number(count.n),
  agencies: agencies.length,
  staffHome: { ...summary(home), meanOpenCasesPerAgency: Math.round(openSeen / runs) },
  table3: summary(table3),
}, null, 2));
await database.close();

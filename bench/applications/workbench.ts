// The staff home (工作台, /admin) on the generated applications data set: every panel a 经办+审核+领导
// sees for a random agency (workbenchFor — the applications panel is staffHome itself, plus the
// catalogue, annual-report and 要求整改 panels), against staffHome alone, interleaved in one process.
// Usage: npx tsx bench/applications/workbench.ts --dialect sqlite|postgres [--runs 300]
//        (on the data set of bench/applications/queries.ts: run that first, this reuses it)
import { parseArgs } from 'node:util';
import { createOfficialCalendar } from '../../src/law/official-arrangements.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import * as service from '../../src/features/applications/applications.service.ts';
import { workbenchFor } from '../../src/features/workbench/workbench.service.ts';
import { createServiceContext } from '../../src/platform/service-context.ts';
import { openBenchDatabase, prng, type BenchOptions } from './generate.ts';
import { summary } from './stats.ts';

const { values } = parseArgs({ options: { dialect: { type: 'string', default: 'sqlite' }, runs: { type: 'string', default: '300' } } });
const dialect = values.dialect === 'postgres' ? 'postgres' : 'sqlite';
const options: BenchOptions = {
  dialect,
  cases: 0,
  agencies: 0,
  target: dialect === 'postgres' ? (process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres') : '/tmp/gongkai-bench-applications',
};
const database = await openBenchDatabase(options, false);
const ctx = createServiceContext({ db: database.db, dialect: database.dialect, now: () => new Date('2026-11-20T02:00:00.000Z') });
const deps = { ctx, calendar: createOfficialCalendar() };
const agencies = (await database.db.selectFrom('agency').select('id').orderBy('code').execute()).map((a) => a.id);
const roles = new Set(['clerk', 'reviewer', 'leader'] as const);
const random = prng(11);
const runs = Number(values.runs);
for (let i = 0; i < 10; i++) {
  await service.staffHome(deps, SYSTEM_ACTOR, agencies[i]!);
  await workbenchFor(ctx, SYSTEM_ACTOR, agencies[i]!, roles);
}
const home: number[] = [];
const bench: number[] = [];
for (let i = 0; i < runs; i++) {
  const agency = agencies[Math.floor(random() * agencies.length)]!;
  let t = performance.now();
  await service.staffHome(deps, SYSTEM_ACTOR, agency);
  home.push(performance.now() - t);
  t = performance.now();
  await workbenchFor(ctx, SYSTEM_ACTOR, agency, roles);
  bench.push(performance.now() - t);
}
console.log(JSON.stringify({ dialect, agencies: agencies.length, staffHome: summary(home), workbench: summary(bench) }, null, 2));
await database.close();

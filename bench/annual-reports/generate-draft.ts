// Measures "生成年报草稿" end to end on the applications benchmark data set: generateDraft() for one agency
// and year = table 三 query + normative-document register + fee-notice summary + checkReport + insert (first
// time) or update (regenerate) + audit, in one transaction; then getReport() (the editor's read).
// Usage: npx tsx bench/annual-reports/generate-draft.ts [--cases 100000] [--agencies 100] [--runs 200] [--reuse]
// SQLite only, in /tmp/gongkai-bench-annual-reports (its own folder: the applications bench's data is untouched).
import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import * as reports from '../../src/features/annual-reports/annual-reports.service.ts';
import { createServiceContext } from '../../src/platform/service-context.ts';
import { generate, openBenchDatabase, prng, type BenchOptions } from '../applications/generate.ts';
import { summary } from '../applications/stats.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    agencies: { type: 'string', default: '100' },
    runs: { type: 'string', default: '200' },
    reuse: { type: 'boolean', default: false },
  },
});

const options: BenchOptions = { dialect: 'sqlite', cases: Number(values.cases), agencies: Number(values.agencies), target: '/tmp/gongkai-bench-annual-reports' };
const database = values.reuse ? await openBenchDatabase(options, false) : await generate(options);
const ctx = createServiceContext({ db: database.db, dialect: database.dialect, now: () => new Date('2026-11-20T02:00:00.000Z') });
const agencies = (await database.db.selectFrom('agency').select('id').orderBy('code').execute()).map((a) => a.id);
const count = await database.db.selectFrom('application').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
const random = prng(11);
const runs = Number(values.runs);

const generateTimes: number[] = [];
const readTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const agency = agencies[Math.floor(random() * agencies.length)]!;
  const year = 2023 + Math.floor(random() * 3);
  let t = performance.now();
  const { id } = await reports.generateDraft(ctx, SYSTEM_ACTOR, agency, year);
  generateTimes.push(performance.now() - t);
  t = performance.now();
  await reports.getReport(ctx, SYSTEM_ACTOR, agency, id);
  readTimes.push(performance.now() - t);
}
console.log(JSON.stringify({ cases: Number(count.n), agencies: agencies.length, generateDraft: summary(generateTimes), getReport: summary(readTimes) }));
await database.close();

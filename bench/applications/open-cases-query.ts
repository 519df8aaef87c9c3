// The staff home's open-cases query and the case list's 办理中 page, each in the form the repository sends
// (open statuses written into the SQL, so SQLite may use the partial open-cases index of migration 0021)
// and in the form used before 2026-11-26 (the same statuses bound as parameters, which SQLite cannot
// match to a partial index): the same statements run alternately on random agencies, rows compared.
// Usage: npx tsx bench/applications/open-cases-query.ts [--runs 2000]   (the SQLite set of queries.ts,
//        /tmp/gongkai-bench-applications, made first with `queries.ts --dialect sqlite`)
import { parseArgs } from 'node:util';
import { CompiledQuery, type KyselyPlugin } from 'kysely';
import { createDatabase } from '../../src/db/database.ts';
import * as repo from '../../src/features/applications/applications.repository.ts';
import { openStatuses } from '../../src/features/applications/domain/workflow.ts';
import { prng } from './generate.ts';
import { summary } from './stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' } } });
const runs = Number(values.runs);
const database = createDatabase({ dataDir: '/tmp/gongkai-bench-applications' });
const sqlite = database.sqlite;
if (!sqlite) throw new Error('需要 SQLite 数据集');
const agencies = (await database.db.selectFrom('agency').select('id').orderBy('code').execute()).map((a) => a.id);

/** The statements a repository call sends, as compiled for one agency. */
async function statementsOf(run: (db: typeof database.db) => Promise<unknown>): Promise<CompiledQuery[]> {
  const compiled: CompiledQuery[] = [];
  const capture: KyselyPlugin = {
    transformQuery: (args) => {
      compiled.push(database.db.getExecutor().compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await run(database.db.withPlugin(capture));
  return compiled;
}

const literal = `in (${openStatuses.map((s) => `'${s}'`).join(', ')})`;
/** The bound form: the literal list replaced by placeholders, its values spliced in at their position. */
function bound(query: CompiledQuery): { sql: string; parameters: unknown[] } {
  const at = query.sql.indexOf(literal);
  if (at < 0) throw new Error(`no literal open-status list in: ${query.sql}`);
  const before = (query.sql.slice(0, at).match(/\?/g) ?? []).length;
  const parameters = [...query.parameters];
  parameters.splice(before, 0, ...openStatuses);
  return { sql: query.sql.replace(literal, `in (${openStatuses.map(() => '?').join(', ')})`), parameters };
}

const sample = agencies[0]!;
const homeQuery = (await statementsOf((db) => repo.openCasesWithClockRecords(db, sample)))[0]!;
const [listQuery, countQuery] = await statementsOf((db) => repo.listCases(db, sample, { open: true, limit: 50, offset: 0 }));
const variants = {
  home: { literal: { sql: homeQuery.sql, parameters: [...homeQuery.parameters] }, bound: bound(homeQuery) },
  list: { literal: { sql: listQuery!.sql, parameters: [...listQuery!.parameters] }, bound: bound(listQuery!) },
  count: { literal: { sql: countQuery!.sql, parameters: [...countQuery!.parameters] }, bound: bound(countQuery!) },
};
const plan = (sql: string, parameters: unknown[]) =>
  (sqlite.prepare(`explain query plan ${sql}`).all(...(parameters as never[])) as Array<{ detail: string }>).map((r) => r.detail)[0];

const random = prng(11);
const results: Record<string, unknown> = { runs, agencies: agencies.length };
for (const [name, forms] of Object.entries(variants)) {
  const statements = { literal: sqlite.prepare(forms.literal.sql), bound: sqlite.prepare(forms.bound.sql) };
  // The agency id is the only parameter that changes; it is the same value everywhere in one statement.
  const withAgency = (parameters: unknown[], agency: string) => parameters.map((p) => (p === sample ? agency : p)) as never[];
  const times = { literal: [] as number[], bound: [] as number[] };
  let mismatches = 0;
  for (let i = 0; i < 20; i++) for (const form of ['literal', 'bound'] as const) statements[form].all(...withAgency(forms[form].parameters, agencies[i]!));
  for (let i = 0; i < runs; i++) {
    const agency = agencies[Math.floor(random() * agencies.length)]!;
    const rows: Record<string, string> = {};
    // Alternate which form goes first, so neither always finds the pages the other just read.
    for (const form of i % 2 === 0 ? (['literal', 'bound'] as const) : (['bound', 'literal'] as const)) {
      const t = performance.now();
      const result = statements[form].all(...withAgency(forms[form].parameters, agency));
      times[form].push(performance.now() - t);
      rows[form] = JSON.stringify(result);
    }
    if (rows.literal !== rows.bound) mismatches++;
  }
  results[name] = {
    literal: { plan: plan(forms.literal.sql, withAgency(forms.literal.parameters, sample)), ...summary(times.literal) },
    bound: { plan: plan(forms.bound.sql, withAgency(forms.bound.parameters, sample)), ...summary(times.bound) },
    mismatches,
  };
}
console.log(JSON.stringify(results, null, 2));
database.close();

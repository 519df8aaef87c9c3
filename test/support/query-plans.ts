// SQLite's EXPLAIN QUERY PLAN of the queries a repository function sends, so a test can hold a query to
// the index it was written for (a plan is a contract; a timing in a test is not — BENCHMARKS.md is for those).
//
//   const plans = await sqlitePlansOf(database.db, (db) => repo.listCases(db, agencyId, filter), /from "application"/);
//   expect(plans[0]).toContain('application_open_idx');
import { CompiledQuery, type Kysely, type KyselyPlugin } from 'kysely';

/** The plan of every query `run` sends whose SQL matches `only`, each plan's rows joined with " / ". */
export async function sqlitePlansOf<DB>(db: Kysely<DB>, run: (db: Kysely<DB>) => Promise<unknown>, only: RegExp): Promise<string[]> {
  const compiled: CompiledQuery[] = [];
  const capture: KyselyPlugin = {
    transformQuery: (args) => {
      compiled.push(db.getExecutor().compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await run(db.withPlugin(capture));
  const plans: string[] = [];
  for (const query of compiled.filter((q) => only.test(q.sql))) {
    const rows = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
    plans.push(rows.rows.map((r) => r.detail).join(' / '));
  }
  return plans;
}

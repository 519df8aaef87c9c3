// The staff home and the case list's 办理中 filter read an agency's open cases from the partial index of
// migration 0021 (`application_open_idx`, open cases only, a few per cent of all applications). SQLite uses a
// partial index only when the query repeats the index's WHERE term as written: with the open statuses bound
// as parameters (`status in (?, ?, …)`) it seeks every status in (agency_id, status) of migration 0005
// instead (BENCHMARKS.md, staff home). The plan is read here on SQLite; no timing. The planner picks an
// index by the statistics ANALYZE keeps, so the test database gets those of the benchmark's data set
// (1,000,000 applications of 1,000 agencies, 23,797 open: `ANALYZE` on bench/applications' SQLite set).
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as repo from '../../src/features/applications/applications.repository.ts';
import { openSqliteTestDatabase } from '../support/db.ts';
import { sqlitePlansOf } from '../support/query-plans.ts';

let database: Awaited<ReturnType<typeof openSqliteTestDatabase>>;
const BENCH_STATISTICS: ReadonlyArray<[index: string, stat: string]> = [
  ['application_open_idx', '23797 24 13 2 2 2 2 1'],
  ['application_report_decided_idx', '1000000 1000 2 1 1 1'],
  ['application_report_received_idx', '1000000 1000 2 1 1'],
  ['application_agency_status_idx', '1000000 1000 345'],
  ['sqlite_autoindex_application_4', '1000000 1000 1000'],
  ['sqlite_autoindex_application_3', '1000000 1000 250 1'],
  ['sqlite_autoindex_application_2', '1000000 1'],
  ['sqlite_autoindex_application_1', '1000000 1'],
];

beforeAll(async () => {
  database = await openSqliteTestDatabase();
  const db = database.db;
  // ANALYZE creates sqlite_stat1; `ANALYZE sqlite_schema` makes the planner read the rows put there.
  await sql`analyze`.execute(db);
  await sql`delete from sqlite_stat1 where tbl = 'application'`.execute(db);
  for (const [index, stat] of BENCH_STATISTICS) await sql`insert into sqlite_stat1 (tbl, idx, stat) values ('application', ${index}, ${stat})`.execute(db);
  await sql`analyze sqlite_schema`.execute(db);
});
afterAll(async () => {
  await database.drop();
});

const plansOf = (run: (db: typeof database.db) => Promise<unknown>) => sqlitePlansOf(database.db, run, /from "application"/);

it('reads the staff home’s open cases from the open-cases index', async () => {
  const plans = await plansOf((db) => repo.openCasesWithClockRecords(db, 'a1'));
  expect(plans).toHaveLength(1);
  expect(plans[0]).toMatch(/^SEARCH a USING INDEX application_open_idx \(agency_id=\?/);
});

it('lists and counts the open cases of the case list (filter 办理中) from the open-cases index', async () => {
  const plans = await plansOf((db) => repo.listCases(db, 'a1', { open: true, limit: 50, offset: 0 }));
  expect(plans).toHaveLength(2);
  expect(plans[0]).toMatch(/^SEARCH application USING INDEX application_open_idx \(agency_id=\?/);
  expect(plans[1]).toMatch(/^SEARCH application USING COVERING INDEX application_open_idx \(agency_id=\?/);
});

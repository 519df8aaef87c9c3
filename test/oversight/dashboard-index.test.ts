// The dashboard's two application queries are answered from the partial index of migration 0021
// (`application_open_idx`, open cases only). SQLite uses a partial index only when the query repeats the
// index's WHERE term exactly, so a change to `openStatuses` (applications/domain/workflow.ts) that the
// index does not follow would silently make the dashboard scan every application again
// (BENCHMARKS.md, oversight dashboard) — the plan is read here. No timing: the plan is the contract.
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as repo from '../../src/features/applications/applications.repository.ts';
import { openSqliteTestDatabase } from '../support/db.ts';
import { sqlitePlansOf } from '../support/query-plans.ts';

let database: Awaited<ReturnType<typeof openSqliteTestDatabase>>;
beforeAll(async () => {
  database = await openSqliteTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

/** The SQLite plan of every query `run` sends that reads the application table first. */
const plansOf = (run: (db: typeof database.db) => Promise<unknown>) => sqlitePlansOf(database.db, run, /from "application"/);

// On an empty database SQLite may take (agency_id, status) of 0005 instead — as good for a count; on the
// benchmark's data set it takes application_open_idx. Either way: an index alone, no scan of the table.
it('counts the open cases per agency from an index alone', async () => {
  const plans = await plansOf((db) => repo.countOpenCasesByAgency(db, ['a1', 'a2', 'a3']));
  expect(plans).toHaveLength(1);
  expect(plans[0]).toMatch(/^SEARCH application USING COVERING INDEX (application_open_idx|application_agency_status_idx) /);
});

it('chooses the cases to run the reply clock on from the open-cases index alone', async () => {
  const plans = await plansOf((db) => repo.clockCandidatesWithRecords(db, ['a1', 'a2', 'a3'], '2026-11-05'));
  expect(plans).toHaveLength(1);
  expect(plans[0]).toContain('COVERING INDEX application_open_idx');
});

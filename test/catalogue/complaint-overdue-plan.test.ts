// The oversight dashboard's count of complaints unanswered past 15 working days is one grouped query that
// SQLite answers from catalogue_complaint_agency_idx (agency_id, status, created_at) of migration 0016 alone:
// the cut-off day is worked out on the calendar first so the query is a plain range. No timing here — the
// plan is the contract; the time is in BENCHMARKS.md (oversight dashboard).
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as repo from '../../src/features/catalogue/complaints.repository.ts';
import { openSqliteTestDatabase } from '../support/db.ts';
import { sqlitePlansOf } from '../support/query-plans.ts';

let database: Awaited<ReturnType<typeof openSqliteTestDatabase>>;
beforeAll(async () => {
  database = await openSqliteTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

it('counts the overdue open complaints per agency from the agency index alone', async () => {
  const plans = await sqlitePlansOf(database.db, (db) => repo.countOpenComplaintsFiledBefore(db, ['a1', 'a2', 'a3'], '2026-11-04T16:00:00.000Z'), /from "catalogue_complaint"/);
  expect(plans).toHaveLength(1);
  expect(plans[0]).toMatch(/^SEARCH catalogue_complaint USING COVERING INDEX catalogue_complaint_agency_idx \(agency_id=\? AND status=\? AND created_at<\?\)/);
});

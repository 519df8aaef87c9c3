// Measures the 政务公开办 dashboard (`dashboard()` of src/features/oversight) for a county of <agencies>
// agencies: the supervisor's subtree, open cases with the reply clock of the running ones, the catalogue's
// overdue and this year's releases, last year's annual reports with their findings, unanswered 要求整改,
// public complaints unanswered past 15 working days — a fixed number of grouped queries, whatever the number
// of agencies.
//
// Data: the applications benchmark's data set (bench/applications/generate.ts: --cases applications over
// --agencies townships, with their 补正 / consultations / extensions / fee notices), copied or generated
// into /tmp/gongkai-bench-oversight, then (idempotently) put under one county government with a supervisor
// grant, 20 catalogue items per agency (a quarter past the 条例第二十六条 deadline and unreleased) and a 2025
// annual report for four agencies in five (draft / submitted / published on time / published late, each
// with stored findings); and (added separately, so an older copy gets them too) 20 public complaints per
// agency: 5 open since October (past the 15 working days on 2026-11-20), 10 open since November, 5 answered.
//
// Usage: npx tsx bench/oversight/dashboard.ts [--from /tmp/gongkai-bench-applications] [--cases 1000000]
//        [--agencies 1000] [--runs 20] [--data /tmp/gongkai-bench-oversight]
//        npx tsx bench/oversight/dashboard.ts --dialect postgres [--runs 20] [--data gongkai_bench_oversight]
// --data: the SQLite folder, or the PostgreSQL database on the server of PG_URL (another one keeps a copy made
// before a migration, for comparison). PostgreSQL copies the applications benchmark's database
// (gongkai_bench_applications: `npx tsx bench/applications/queries.ts --dialect postgres`) as a template, so
// that data set is never changed here.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { createDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { newId } from '../../src/db/ids.ts';
import { localDate } from '../../src/law/local-date.ts';
import { createOfficialCalendar } from '../../src/law/official-arrangements.ts';
import { countOverdueComplaintsByAgency } from '../../src/features/catalogue/complaints.service.ts';
import { dashboard } from '../../src/features/oversight/dashboard.service.ts';
import { createServiceContext } from '../../src/platform/service-context.ts';
import { generate } from '../applications/generate.ts';
import { summary } from '../applications/stats.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    cases: { type: 'string', default: '1000000' },
    agencies: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '20' },
    dialect: { type: 'string', default: 'sqlite' },
    data: { type: 'string' },
  },
});
const postgres = values.dialect === 'postgres';
if (!postgres && values.dialect !== 'sqlite') throw new Error('--dialect sqlite 或 postgres');

async function openPostgres(): Promise<ReturnType<typeof createDatabase>> {
  const server = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres';
  const name = values.data ?? 'gongkai_bench_oversight';
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('--data: PostgreSQL 数据库名只能含小写字母、数字和下划线');
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name} template gongkai_bench_applications`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return createDatabase({ url: url.toString(), dataDir: '/tmp' });
}

const target = values.data ?? '/tmp/gongkai-bench-oversight';
if (!postgres && !existsSync(join(target, 'gongkai.sqlite'))) {
  if (values.from) {
    mkdirSync(target, { recursive: true });
    copyFileSync(join(values.from, 'gongkai.sqlite'), join(target, 'gongkai.sqlite'));
  } else {
    await (await generate({ dialect: 'sqlite', cases: Number(values.cases), agencies: Number(values.agencies), target })).close();
  }
}
const database = postgres ? await openPostgres() : createDatabase({ dataDir: target });
await migrateToLatest(database.db);
const db = database.db;
const now = new Date('2026-11-20T02:00:00.000Z');
const at = now.toISOString();

// ── the county above the generated townships (once) ──
let county = await db.selectFrom('agency').select('id').where('code', '=', 'BENCH-COUNTY').executeTakeFirst();
if (!county) {
  const id = newId();
  await db.insertInto('agency').values({ id, parent_id: null, code: 'BENCH-COUNTY', name: '基准测试县人民政府', level: 'county_government', created_at: at }).execute();
  await db.updateTable('agency').set({ parent_id: id }).where('id', '<>', id).where('parent_id', 'is', null).execute();
  county = { id };
  const towns = (await db.selectFrom('agency').select('id').where('parent_id', '=', id).orderBy('code').execute()).map((a) => a.id);
  // 20 catalogue items per agency: 5 formed in September and never released (past the 20 working days on
  // 2026-11-20), 15 published in 2026.
  for (let i = 0; i < towns.length; i += 50) {
    await db.transaction().execute(async (trx) => {
      const rows = towns.slice(i, i + 50).flatMap((agency) =>
        Array.from({ length: 20 }, (_, k) => {
          const overdue = k < 5;
          return {
            id: newId(),
            agency_id: agency,
            index_no: overdue ? null : `${agency.slice(0, 8)}/2026-${String(k).padStart(5, '0')}`,
            title: `基准测试信息${k}`,
            summary: '',
            body: '',
            publisher: '基准测试镇人民政府',
            written_on: overdue ? '2026-09-01' : '2026-03-02',
            changed_on: null,
            publish_due_on: overdue ? '2026-09-29' : '2026-03-30',
            published_on: overdue ? null : '2026-03-10',
            topic_category: '其他',
            category: 'social_assistance',
            disclosure_mode: 'proactive' as const,
            audience: 'public' as const,
            keywords: '',
            is_normative_document: false,
            status: overdue ? ('draft' as const) : ('published' as const),
            approval_level: 1,
            version: 1,
            published_version: overdue ? null : 1,
            created_at: at,
            updated_at: at,
          };
        }),
      );
      await trx.insertInto('catalogue_item').values(rows).execute();
    });
  }
  // 2025 annual reports for three agencies in four, with findings as stored by the annual-reports feature.
  const findings = JSON.stringify([
    { rule: 'T3_BALANCE', severity: 'error', message: '基准', cells: [] },
    { rule: 'R_SECTION6_FEES', severity: 'warning', message: '基准', cells: [] },
  ]);
  // By position: none / draft / submitted / published on time / published late (one in five each).
  const kinds = [null, 'draft', 'submitted', 'published', 'published'] as const;
  for (let i = 0; i < towns.length; i += 100) {
    const rows = towns
      .slice(i, i + 100)
      .map((agency, j) => ({ agency, k: (i + j) % 5 }))
      .filter(({ k }) => kinds[k] !== null)
      .map(({ agency, k }) => ({
        id: newId(),
        agency_id: agency,
        year: 2025,
        format: 'gov_2021' as const,
        status: kinds[k]!,
        version: 1,
        agency_name: '基准测试镇人民政府',
        texts: '{}',
        computed_cells: '{}',
        findings,
        report_date: null,
        published_on: k === 3 ? '2026-01-20' : k === 4 ? '2026-02-10' : null,
        created_at: at,
        updated_at: at,
      }));
    await db.insertInto('annual_report').values(rows).execute();
  }
  if (postgres) {
    // Statistics, and the visibility map that lets PostgreSQL answer from an index alone (index-only scans).
    for (const table of ['agency', 'application', 'catalogue_item', 'annual_report']) await sql`vacuum analyze ${sql.table(table)}`.execute(db);
  } else database.sqlite?.exec('ANALYZE');
}

// ── public complaints (once; a copy made before migration 0019 gets them on its first run after it) ──
if (!(await db.selectFrom('catalogue_complaint').select('id').where('body', 'like', '基准测试意见%').limit(1).executeTakeFirst())) {
  const towns = (await db.selectFrom('agency').select('id').where('parent_id', '=', county.id).orderBy('code').execute()).map((a) => a.id);
  for (let i = 0; i < towns.length; i += 50) {
    await db.transaction().execute(async (trx) => {
      const rows = towns.slice(i, i + 50).flatMap((agency) =>
        Array.from({ length: 20 }, (_, k) => {
          const answered = k >= 15;
          // k < 5: filed 2026-10-20, its 15th working day 11月10日, overdue on 11月20日; others filed 11月16日.
          const createdAt = k < 5 ? '2026-10-20T02:00:00.000Z' : '2026-11-16T02:00:00.000Z';
          return {
            id: newId(),
            agency_id: agency,
            item_id: null,
            category: 'statutory_content',
            kind: 'not_disclosed' as const,
            body: `基准测试意见${k}`,
            contact: null,
            status: answered ? ('answered' as const) : ('open' as const),
            answer: answered ? '基准测试答复' : null,
            answered_by: null,
            answered_at: answered ? '2026-11-18T02:00:00.000Z' : null,
            created_at: createdAt,
            query_code_hash: null,
            outcome: answered ? ('published' as const) : null,
          };
        }),
      );
      await trx.insertInto('catalogue_complaint').values(rows).execute();
    });
  }
  if (postgres) await sql`vacuum analyze catalogue_complaint`.execute(db);
  else database.sqlite?.exec('ANALYZE catalogue_complaint');
}

const ctx = createServiceContext({ db, dialect: database.dialect, now: () => now });
const dataDir = postgres ? '/tmp' : target;
const deps = { ctx, applications: { ctx, calendar: createOfficialCalendar(), secret: 'bench', dataDir }, dataDir };
const supervisor = { kind: 'account' as const, accountId: 'bench', agencyId: county.id, grants: [{ agencyId: county.id, role: 'supervisor' as const }] };

const counts = await db.selectFrom('application').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
// The complaints column alone: the calendar walk to the last overdue filing day plus one grouped count.
const agencyIds = (await db.selectFrom('agency').select('id').execute()).map((a) => a.id);
const complaintDurations: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const t = performance.now();
  await countOverdueComplaintsByAgency(ctx, deps.applications.calendar, agencyIds, localDate('2026-11-20'));
  complaintDurations.push(performance.now() - t);
}
const first = performance.now();
const view = await dashboard(deps, supervisor);
const cold = performance.now() - first;
const durations: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const t = performance.now();
  await dashboard(deps, supervisor);
  durations.push(performance.now() - t);
}
console.log(
  JSON.stringify({
    dialect: database.dialect,
    applications: Number(counts.n),
    agencies: view.rows.length,
    openApplications: view.totals.openApplications,
    overdueReplies: view.totals.overdueReplies,
    dueSoonReplies: view.totals.dueSoonReplies,
    overdueCatalogue: view.totals.overdueCatalogue,
    overdueComplaints: view.totals.overdueComplaints,
    reportStates: view.totals.reportStates,
    firstRunMs: Math.round(cold),
    ...summary(durations),
    overdueComplaintsQuery: summary(complaintDurations),
  }),
);
await database.close();

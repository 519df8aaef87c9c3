// Generates the applications benchmark data set: <agencies> townships with <cases> applications in all,
// spread over 2023-01-01 … 2026-11-20, most answered (outcomes in table 三 proportions seen in the seed
// reports: mostly 予以公开), the recent ones still open. The records the reply clock reads are there too:
// every 征求意见 case has its consultation, and a few percent of all cases had a 补正, a consultation, an
// extension or a fee notice, so the staff home page reads real rows. Bulk multi-row INSERTs inside one
// transaction per batch; deterministic (seeded PRNGs) so runs are comparable.
import { mkdirSync, rmSync } from 'node:fs';
import pg from 'pg';
import { createDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { newId } from '../../src/db/ids.ts';
import { addDays, localDate, type LocalDate } from '../../src/law/local-date.ts';
import { formatApplicationNumber } from '../../src/features/applications/domain/application-number.ts';
import { applicantTypes } from '../../src/features/applications/domain/applicant-types.ts';
import { outcomeCodes } from '../../src/features/applications/domain/outcomes.ts';

export interface BenchOptions {
  dialect: 'sqlite' | 'postgres';
  cases: number;
  agencies: number;
  /** SQLite folder or PostgreSQL server URL (a database gongkai_bench_applications is created on it). */
  target: string;
}

/** mulberry32: a small seeded PRNG, so the data set is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BENCH_DB = 'gongkai_bench_applications';

export async function openBenchDatabase(options: BenchOptions, fresh: boolean): Promise<Database> {
  if (options.dialect === 'sqlite') {
    if (fresh) rmSync(options.target, { recursive: true, force: true });
    mkdirSync(options.target, { recursive: true });
    const database = createDatabase({ dataDir: options.target });
    // A reused data set gets the indexes of migrations added since it was generated.
    if (!fresh) {
      await migrateToLatest(database.db);
      database.sqlite?.exec('ANALYZE');
    }
    return database;
  }
  if (fresh) {
    const admin = new pg.Client({ connectionString: options.target });
    await admin.connect();
    await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
    await admin.query(`create database ${BENCH_DB}`);
    await admin.end();
  }
  const url = new URL(options.target);
  url.pathname = `/${BENCH_DB}`;
  const database = createDatabase({ url: url.toString(), dataDir: '/tmp' });
  if (!fresh) {
    await migrateToLatest(database.db);
    await sqlAnalyze(database);
  }
  return database;
}

// Outcome weights, roughly as the seed township reports show them (most requests granted).
const outcomeWeights: Array<[string, number]> = outcomeCodes.map((code) => [
  code,
  code === 'outcomes.granted' ? 50 : code === 'outcomes.partially_granted' ? 8 : code.startsWith('outcomes.unable_to_provide.not_held') ? 12 : 2,
]);
const totalWeight = outcomeWeights.reduce((s, [, w]) => s + w, 0);

function pickOutcome(r: number): string {
  let x = r * totalWeight;
  for (const [code, w] of outcomeWeights) {
    if (x < w) return code;
    x -= w;
  }
  return 'outcomes.granted';
}

const START = localDate('2023-01-01');
const DAYS = 1420; // to 2026-11-20

export async function generate(options: BenchOptions, log: (line: string) => void = console.log): Promise<Database> {
  const database = await openBenchDatabase(options, true);
  const { db } = database;
  await migrateToLatest(db);
  // Generation only: the data set is rebuilt from the seed if lost, so SQLite need not fsync each batch.
  // The measured intake path (intake.ts) runs with the production setting synchronous = FULL.
  database.sqlite?.exec('PRAGMA synchronous = OFF');
  const t0 = performance.now();
  const now = new Date().toISOString();
  const agencyIds: string[] = [];
  const agencyCodes: string[] = [];
  for (let i = 0; i < options.agencies; i++) {
    agencyIds.push(newId());
    agencyCodes.push(`B${String(i + 1).padStart(4, '0')}`);
  }
  for (let i = 0; i < agencyIds.length; i += 500) {
    await db
      .insertInto('agency')
      .values(agencyIds.slice(i, i + 500).map((id, j) => ({ id, parent_id: null, code: agencyCodes[i + j]!, name: `基准测试第${i + j + 1}镇人民政府`, level: 'township' as const, created_at: now })))
      .execute();
  }
  const random = prng(20261126);
  const perAgency = Math.ceil(options.cases / options.agencies);
  const batch = options.dialect === 'sqlite' ? 500 : 1000;
  let made = 0;
  const sequences = new Map<string, number>();
  type Row = { app: Record<string, unknown>; applicant: Record<string, unknown> };
  let pending: Row[] = [];
  // The clock records come from their own PRNG, so the application rows are the same as in data sets
  // generated before these records existed (earlier BENCHMARKS.md numbers stay comparable).
  const extra = prng(20261127);
  const records = { corrections: [] as object[], consultations: [] as object[], extensions: [] as object[], fees: [] as object[] };
  const flush = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    const { corrections, consultations, extensions, fees } = records;
    records.corrections = [];
    records.consultations = [];
    records.extensions = [];
    records.fees = [];
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('application').values(rows.map((r) => r.app) as never).execute();
      await tx.insertInto('applicant').values(rows.map((r) => r.applicant) as never).execute();
      if (corrections.length > 0) await tx.insertInto('application_correction').values(corrections as never).execute();
      if (consultations.length > 0) await tx.insertInto('application_consultation').values(consultations as never).execute();
      if (extensions.length > 0) await tx.insertInto('application_extension').values(extensions as never).execute();
      if (fees.length > 0) await tx.insertInto('application_fee_notice').values(fees as never).execute();
    });
  };
  const TODAY = addDays(START, DAYS - 1);
  // Dates of the clock records never precede the receipt (the clock rejects that) nor pass today, and
  // those of an answered case fall on or before its decision.
  const clockRecordsFor = (id: string, agencyId: string, received: LocalDate, decided: LocalDate | null, consulting: boolean) => {
    const last = decided ?? TODAY;
    const on = (days: number): LocalDate | null => {
      const date = addDays(received, days);
      return date <= last ? date : null;
    };
    const base = { application_id: id, agency_id: agencyId, created_at: now };
    if (extra() < 0.03) {
      const requested = on(1 + Math.floor(extra() * 3));
      const corrected = on(5 + Math.floor(extra() * 5));
      if (requested && corrected) {
        records.corrections.push({ ...base, requested_on: requested, items: '请补充所需信息的名称、文号或者便于查询的其他特征性描述', correction_due_on: addDays(requested, 15), corrected_on: corrected, created_by: null });
      }
    }
    if (consulting || extra() < 0.03) {
      const dispatched = on(2 + Math.floor(extra() * 4)) ?? (consulting ? last : null);
      if (dispatched) {
        const delivered = on(Math.floor((Date.parse(dispatched) - Date.parse(received)) / 86_400_000) + 2);
        const replied = consulting || !delivered ? null : on(Math.floor((Date.parse(delivered) - Date.parse(received)) / 86_400_000) + 4);
        records.consultations.push({
          ...base,
          id: newId(),
          party_kind: extra() < 0.7 ? 'third_party' : 'other_organ',
          party_name: '某某建设有限公司',
          subject: '申请公开的信息涉及商业秘密，征求第三方意见',
          dispatched_on: dispatched,
          party_received_on: delivered,
          replied_on: replied,
          reply_summary: replied ? '同意公开' : null,
          reply_position: replied ? 'agrees' : null,
          created_by: null,
        });
      }
    }
    if (extra() < 0.02) {
      const approved = on(18 + Math.floor(extra() * 5));
      if (approved) records.extensions.push({ ...base, approved_by: null, approved_on: approved, reason: '申请公开的信息量较大，需要较长时间检索、汇总', });
    }
    if (extra() < 0.01) {
      const sent = on(3 + Math.floor(extra() * 5));
      if (sent) {
        const feeReceived = on(Math.floor((Date.parse(sent) - Date.parse(received)) / 86_400_000) + 2);
        const paid = feeReceived ? on(Math.floor((Date.parse(feeReceived) - Date.parse(received)) / 86_400_000) + 3) : null;
        records.fees.push({
          ...base,
          id: newId(),
          method: 'per_application',
          month_ordinal: 4,
          pages: null,
          amount_fen: 10_000,
          notice_sent_on: sent,
          notice_received_on: feeReceived,
          paid_on: paid,
          paid_amount_fen: paid ? 10_000 : null,
          receipt_no: paid ? `BENCH${id.slice(-8)}` : null,
          created_by: null,
        });
      }
    }
  };
  for (let a = 0; a < options.agencies && made < options.cases; a++) {
    const dates: LocalDate[] = [];
    for (let k = 0; k < perAgency && made + k < options.cases; k++) dates.push(addDays(START, Math.floor(random() * DAYS)));
    dates.sort();
    for (const received of dates) {
      const year = Number(received.slice(0, 4));
      const seqKey = `${a}:${year}`;
      const sequence = (sequences.get(seqKey) ?? 0) + 1;
      sequences.set(seqKey, sequence);
      const id = newId();
      // Requests from the last ~40 days are mostly open; older ones were answered 3–40 days after receipt.
      const age = DAYS - Math.floor((Date.parse(received) - Date.parse(START)) / 86_400_000);
      const open = age < 40 ? random() < 0.8 : random() < 0.002;
      const decided = open ? null : addDays(received, 3 + Math.floor(random() * 38));
      const type = applicantTypes[random() < 0.8 ? 0 : 1 + Math.floor(random() * 5)]!;
      const person = Math.floor(random() * 200_000);
      // Drawn in the same order as before the clock records existed (status, then outcome, then channel).
      const status = open ? (random() < 0.1 ? 'consulting' : 'in_progress') : 'delivered';
      clockRecordsFor(id, agencyIds[a]!, received, decided, status === 'consulting');
      pending.push({
        app: {
          id,
          agency_id: agencyIds[a],
          application_number: formatApplicationNumber(agencyCodes[a]!, year, sequence),
          year,
          sequence,
          query_code_hash: 'bench',
          submission_key: null,
          status,
          outcome: open ? null : pickOutcome(random()),
          applicant_type: type,
          channel: random() < 0.6 ? 'online' : 'in_person',
          oral_application: options.dialect === 'postgres' ? false : 0,
          recorded_by: null,
          arrived_on: received,
          received_on: received,
          receipt_evidence: null,
          description: `关于第${person % 997}号地块征收补偿标准及相关文件的公开申请`,
          document_no: null,
          purpose: null,
          delivery_form: 'email',
          delivery_channel: 'email',
          assigned_to: null,
          custom_due_on: null,
          repeat_of_id: null,
          repeat_score: null,
          decided_on: decided,
          delivered_on: decided,
          created_at: now,
          updated_at: now,
        },
        applicant: {
          application_id: id,
          name: `申请人${person}`,
          id_document_type: 'resident_id',
          id_number: `5201${String(person).padStart(14, '0')}`,
          phone: `138${String(person).padStart(8, '0')}`,
          email: null,
          address: null,
          postal_code: null,
          agent_name: null,
          name_key: `申请人${person}`,
          id_key: `5201${String(person).padStart(14, '0')}`,
          phone_key: `138${String(person).padStart(8, '0')}`,
        },
      });
      if (pending.length >= batch) await flush();
    }
    made += dates.length;
    if ((a + 1) % 100 === 0) log(`  ${made.toLocaleString()} 件 (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  await flush();
  const sequenceRows = [...sequences].map(([key, last]) => {
    const [a, year] = key.split(':');
    return { agency_id: agencyIds[Number(a)]!, year: Number(year), last_sequence: last };
  });
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < sequenceRows.length; i += 1000) await tx.insertInto('application_sequence').values(sequenceRows.slice(i, i + 1000)).execute();
  });
  if (options.dialect === 'postgres') await sqlAnalyze(database);
  else {
    database.sqlite?.exec('ANALYZE');
    database.sqlite?.exec('PRAGMA synchronous = FULL');
  }
  log(`生成 ${made.toLocaleString()} 件申请、${options.agencies} 个机关，用时 ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return database;
}

/**
 * VACUUM sets the visibility map PostgreSQL needs for index-only scans (table 三); ANALYZE the
 * statistics the planner uses for the staff home's joins. In production autovacuum does both.
 */
async function sqlAnalyze(database: Database): Promise<void> {
  const { sql } = await import('kysely');
  for (const table of ['application', 'applicant', 'application_correction', 'application_consultation', 'application_extension', 'application_fee_notice']) {
    await sql`vacuum analyze ${sql.table(table)}`.execute(database.db);
  }
}

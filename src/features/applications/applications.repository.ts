// Kysely only. Every query is scoped by agency (DESIGN §3); the portal's lookup by application number
// is the one exception and checks the query code before showing anything.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';
import { cellKeys, formatForYear } from '../../report/formats/index.ts';
import type {
  ApplicantTable,
  ApplicationAttachmentTable,
  ApplicationConsultationTable,
  ApplicationCorrectionTable,
  ApplicationCustomDeadlineTable,
  ApplicationDeliveryTable,
  ApplicationEventTable,
  ApplicationExtensionTable,
  ApplicationFeeNoticeTable,
  ApplicationNoteTable,
  ApplicationPublicationTable,
  ApplicationReplyTable,
  ApplicationTable,
  NoticeLetterTemplateTable,
} from './applications.tables.ts';
import { openStatuses } from './domain/workflow.ts';

export type ApplicationRow = Selectable<ApplicationTable>;
export type ApplicantRow = Selectable<ApplicantTable>;
export type ConsultationRow = Selectable<ApplicationConsultationTable>;
export type CorrectionRow = Selectable<ApplicationCorrectionTable>;
export type ExtensionRow = Selectable<ApplicationExtensionTable>;
export type FeeNoticeRow = Selectable<ApplicationFeeNoticeTable>;
export type ReplyRow = Selectable<ApplicationReplyTable>;
export type DeliveryRow = Selectable<ApplicationDeliveryTable>;
export type EventRow = Selectable<ApplicationEventTable>;
export type NoteRow = Selectable<ApplicationNoteTable>;
export type AttachmentRow = Selectable<ApplicationAttachmentTable>;
export type TemplateRow = Selectable<NoticeLetterTemplateTable>;

// ── numbering ──────────────────────────────────────────────────────────────────────────────────────

/** The next 申请编号 sequence of the agency's year; the upsert serialises concurrent intakes on the row. */
export async function nextSequence(db: Executor, agencyId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('application_sequence')
    .values({ agency_id: agencyId, year, last_sequence: 1 })
    .onConflict((oc) =>
      oc.columns(['agency_id', 'year']).doUpdateSet({ last_sequence: sql<number>`application_sequence.last_sequence + 1` }),
    )
    .returning('last_sequence')
    .executeTakeFirstOrThrow();
  return Number(row.last_sequence);
}

// ── application and applicant ──────────────────────────────────────────────────────────────────────

export async function insertApplication(db: Executor, row: Insertable<ApplicationTable>): Promise<void> {
  await db.insertInto('application').values(row).execute();
}

export async function insertApplicant(db: Executor, row: Insertable<ApplicantTable>): Promise<void> {
  await db.insertInto('applicant').values(row).execute();
}

export async function findIdBySubmissionKey(db: Executor, agencyId: string, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('application')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('submission_key', '=', key)
    .executeTakeFirst();
  return row?.id;
}

export async function getApplication(db: Executor, agencyId: string, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('application').selectAll().where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst();
}

/**
 * The agency a case belongs to, by id alone — the one unscoped read on staff pages: the service
 * authorizes the actor on the returned agency (own agency, or a supervisor's subtree) before anything else.
 */
export async function findAgencyIdOfCase(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('application').select('agency_id').where('id', '=', id).executeTakeFirst();
  return row?.agency_id;
}

/** Portal tracking: the case by its public number (the caller verifies the query code). */
export async function getApplicationByNumber(db: Executor, applicationNumber: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('application').selectAll().where('application_number', '=', applicationNumber).executeTakeFirst();
}

export async function getApplicant(db: Executor, agencyId: string, applicationId: string): Promise<ApplicantRow | undefined> {
  return db
    .selectFrom('applicant')
    .innerJoin('application', 'application.id', 'applicant.application_id')
    .selectAll('applicant')
    .where('application.agency_id', '=', agencyId)
    .where('applicant.application_id', '=', applicationId)
    .executeTakeFirst();
}

export async function updateApplication(
  db: Executor,
  agencyId: string,
  id: string,
  patch: Updateable<ApplicationTable>,
): Promise<void> {
  await db.updateTable('application').set(patch).where('agency_id', '=', agencyId).where('id', '=', id).execute();
}

export interface CaseListFilter {
  status?: string | undefined;
  /** 'open' for every case still being handled. */
  open?: boolean | undefined;
  /** Application number or words of the request. */
  text?: string | undefined;
  limit: number;
  offset: number;
}

export interface CaseListRow {
  id: string;
  application_number: string;
  status: string;
  outcome: string | null;
  applicant_type: string;
  channel: string;
  arrived_on: string;
  received_on: string | null;
  description: string;
  assigned_to: string | null;
  decided_on: string | null;
  repeat_of_id: string | null;
}

export async function listCases(db: Executor, agencyId: string, filter: CaseListFilter): Promise<{ rows: CaseListRow[]; total: number }> {
  let query = db.selectFrom('application').where('agency_id', '=', agencyId);
  if (filter.status) query = query.where('status', '=', filter.status);
  // The open statuses as literals (openStatusCondition), so SQLite may answer from the open-cases index.
  if (filter.open) query = query.where(openStatusCondition());
  if (filter.text) {
    const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('application_number', '=', filter.text!), sql<boolean>`description like ${pattern} escape '\\'`]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select([
        'id', 'application_number', 'status', 'outcome', 'applicant_type', 'channel', 'arrived_on', 'received_on',
        'description', 'assigned_to', 'decided_on', 'repeat_of_id',
      ])
      .orderBy('arrived_on', 'desc')
      .orderBy('sequence', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Cases a report year covers (received by 31 December, not ended before 1 January), with their clock facts. */
export async function casesOfYear(
  db: Executor,
  agencyId: string,
  year: number,
): Promise<Array<Pick<ApplicationRow, 'id' | 'channel' | 'arrived_on' | 'received_on' | 'custom_due_on' | 'decided_on'>>> {
  return db
    .selectFrom('application')
    .select(['id', 'channel', 'arrived_on', 'received_on', 'custom_due_on', 'decided_on'])
    .where('agency_id', '=', agencyId)
    .where('received_on', 'is not', null)
    .where('received_on', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('decided_on', 'is', null), eb('decided_on', '>=', `${year}-01-01`)]))
    .execute();
}

export interface ClockRecords {
  corrections: CorrectionRow[];
  consultations: ConsultationRow[];
  extensions: ExtensionRow[];
  fees: FeeNoticeRow[];
}

/** Corrections, consultations, extensions and fee notices of the given cases, in four queries. */
export async function clockRecords(db: Executor, agencyId: string, ids: readonly string[]): Promise<ClockRecords> {
  if (ids.length === 0) return { corrections: [], consultations: [], extensions: [], fees: [] };
  const list = [...ids];
  const [corrections, consultations, extensions, fees] = await Promise.all([
    db.selectFrom('application_correction').selectAll().where('agency_id', '=', agencyId).where('application_id', 'in', list).execute(),
    db.selectFrom('application_consultation').selectAll().where('agency_id', '=', agencyId).where('application_id', 'in', list).orderBy('dispatched_on').execute(),
    db.selectFrom('application_extension').selectAll().where('agency_id', '=', agencyId).where('application_id', 'in', list).execute(),
    db.selectFrom('application_fee_notice').selectAll().where('agency_id', '=', agencyId).where('application_id', 'in', list).orderBy('notice_sent_on').execute(),
  ]);
  return { corrections, consultations, extensions, fees };
}

/**
 * `status in ('awaiting_confirmation', …)`: the open statuses written into the SQL, not bound, so that both
 * databases answer from the partial index of migration 0021 (`application_open_idx`, open cases only) —
 * SQLite uses a partial index only when the query repeats the index's WHERE term as written, and a bound
 * parameter never matches it. The statuses are the code's own constants, never user input.
 */
function openStatusCondition(column: 'status' | 'a.status' = 'status') {
  return sql<boolean>`${sql.ref(column)} in (${sql.join(openStatuses.map((status) => sql.lit(status)))})`;
}

/** Open cases per agency, for many agencies in one grouped query (the 政务公开办 dashboard). */
export async function countOpenCasesByAgency(db: Executor, agencyIds: readonly string[]): Promise<Map<string, number>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('application')
    .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agency_id', 'in', [...agencyIds])
    .where(openStatusCondition())
    .groupBy('agency_id')
    .execute();
  return new Map(rows.map((r) => [r.agency_id, Number(r.n)]));
}

/**
 * Open cases of many agencies whose reply clock may already be near its end: running (not waiting for
 * confirmation or 补正, which the staff home lists apart) and arrived on or before `arrivedBy`. The
 * service picks `arrivedBy` so that a later case cannot yet be due within the due-soon window.
 */
function clockCandidates(db: Executor, agencyIds: readonly string[], arrivedBy: string) {
  return db
    .selectFrom('application')
    .where('agency_id', 'in', [...agencyIds])
    // Open (the index's condition, repeated so SQLite can use it) and, of those, running.
    .where(openStatusCondition())
    .where('status', 'in', openStatuses.filter((s) => s !== 'awaiting_confirmation' && s !== 'correction_requested'))
    .where('arrived_on', '<=', arrivedBy);
}

export interface ClockCandidateRow {
  id: string;
  agency_id: string;
  status: string;
  channel: string;
  arrived_on: string;
  received_on: string | null;
  decided_on: string | null;
}

/**
 * The candidates, then their clock records (corrections, consultations, extensions, fee notices) by case id
 * in chunks. Not `application_id in (select …)`: SQLite answers that subquery by scanning the whole
 * application table (seconds at 1,000,000 cases; BENCHMARKS.md, oversight dashboard).
 */
export async function clockCandidatesWithRecords(
  db: Executor,
  agencyIds: readonly string[],
  arrivedBy: string,
): Promise<{ cases: ClockCandidateRow[]; records: ClockRecords; customDueOn: Map<string, string> }> {
  const records: ClockRecords = { corrections: [], consultations: [], extensions: [], fees: [] };
  // 条例第三十五条 later deadlines, read from their own small table so the case query stays on the
  // covering open-cases index (migration 0021).
  const customDueOn = new Map<string, string>();
  if (agencyIds.length === 0) return { cases: [], records, customDueOn };
  const cases = await clockCandidates(db, [...agencyIds], arrivedBy)
    .select(['id', 'agency_id', 'status', 'channel', 'arrived_on', 'received_on', 'decided_on'])
    .execute();
  // Both databases bind at most a few tens of thousands of parameters per statement.
  const CHUNK = 5_000;
  for (let i = 0; i < cases.length; i += CHUNK) {
    const ids = cases.slice(i, i + CHUNK).map((c) => c.id);
    const [corrections, consultations, extensions, fees, custom] = await Promise.all([
      db.selectFrom('application_correction').selectAll().where('application_id', 'in', ids).execute(),
      db.selectFrom('application_consultation').selectAll().where('application_id', 'in', ids).orderBy('dispatched_on').execute(),
      db.selectFrom('application_extension').selectAll().where('application_id', 'in', ids).execute(),
      db.selectFrom('application_fee_notice').selectAll().where('application_id', 'in', ids).orderBy('notice_sent_on').execute(),
      db.selectFrom('application_custom_deadline').select(['application_id', 'due_on']).where('application_id', 'in', ids).execute(),
    ]);
    for (const c of custom) customDueOn.set(c.application_id, c.due_on);
    records.corrections.push(...corrections);
    records.consultations.push(...consultations);
    records.extensions.push(...extensions);
    records.fees.push(...fees);
  }
  return { cases, records, customDueOn };
}

/** What the reply clock reads of a case's records (CaseFacts); full rows (ClockRecords) satisfy it. */
export interface ClockFactRecords {
  corrections: Array<Pick<CorrectionRow, 'application_id' | 'requested_on' | 'correction_due_on' | 'corrected_on'>>;
  consultations: Array<Pick<ConsultationRow, 'application_id' | 'party_kind' | 'dispatched_on' | 'party_received_on' | 'replied_on'>>;
  extensions: Array<Pick<ExtensionRow, 'application_id' | 'approved_on'>>;
  /** At most one per case here: its latest notice (the one the clock reads). */
  fees: Array<Pick<FeeNoticeRow, 'application_id' | 'notice_sent_on' | 'notice_received_on' | 'paid_on'>>;
}

/**
 * The staff home page in one query: the agency's open cases (oldest arrival first) with their 补正,
 * extension, latest fee notice and consultations (dispatch order) — what listOpenCases + clockRecords
 * read in five. A case comes back once per consultation (left join; a case has few), so the rows are
 * folded back into cases here. The correction and the extension are one per case (primary key).
 */
export async function openCasesWithClockRecords(
  db: Executor,
  agencyId: string,
): Promise<{ cases: Array<CaseListRow & Pick<ApplicationRow, 'custom_due_on'>>; records: ClockFactRecords }> {
  const rows = await db
    .selectFrom('application as a')
    .leftJoin('application_correction as c', (join) => join.onRef('c.application_id', '=', 'a.id').onRef('c.agency_id', '=', 'a.agency_id'))
    .leftJoin('application_extension as e', (join) => join.onRef('e.application_id', '=', 'a.id').onRef('e.agency_id', '=', 'a.agency_id'))
    // The latest fee notice only (a reissued notice replaces the earlier one for the clock).
    .leftJoin('application_fee_notice as f', (join) =>
      join.on((eb) =>
        eb(
          'f.id',
          '=',
          eb
            .selectFrom('application_fee_notice as latest')
            .select('latest.id')
            .whereRef('latest.application_id', '=', 'a.id')
            .whereRef('latest.agency_id', '=', 'a.agency_id')
            .orderBy('latest.notice_sent_on', 'desc')
            .orderBy('latest.id', 'desc')
            .limit(1),
        ),
      ),
    )
    .leftJoin('application_consultation as s', (join) => join.onRef('s.application_id', '=', 'a.id').onRef('s.agency_id', '=', 'a.agency_id'))
    .select([
      'a.id', 'a.application_number', 'a.status', 'a.outcome', 'a.applicant_type', 'a.channel', 'a.arrived_on', 'a.received_on',
      'a.description', 'a.assigned_to', 'a.decided_on', 'a.repeat_of_id', 'a.custom_due_on',
      'c.requested_on as correction_requested_on', 'c.correction_due_on', 'c.corrected_on',
      'e.approved_on as extension_approved_on',
      'f.notice_sent_on as fee_sent_on', 'f.notice_received_on as fee_received_on', 'f.paid_on as fee_paid_on',
      's.id as consultation_id', 's.party_kind', 's.dispatched_on', 's.party_received_on', 's.replied_on',
    ])
    .where('a.agency_id', '=', agencyId)
    // Literal statuses (openStatusCondition): SQLite can then read the agency's open cases from the
    // partial open-cases index (migration 0021) instead of seeking each status in (agency_id, status).
    .where(openStatusCondition('a.status'))
    .orderBy('a.arrived_on')
    .orderBy('a.id')
    .orderBy('s.dispatched_on')
    .orderBy('s.id')
    .execute();
  const cases: Array<CaseListRow & Pick<ApplicationRow, 'custom_due_on'>> = [];
  const records: ClockFactRecords = { corrections: [], consultations: [], extensions: [], fees: [] };
  let previous: string | null = null;
  for (const r of rows) {
    if (r.id !== previous) {
      previous = r.id;
      cases.push({
        id: r.id, application_number: r.application_number, status: r.status, outcome: r.outcome, applicant_type: r.applicant_type,
        channel: r.channel, arrived_on: r.arrived_on, received_on: r.received_on, description: r.description,
        assigned_to: r.assigned_to, decided_on: r.decided_on, repeat_of_id: r.repeat_of_id, custom_due_on: r.custom_due_on,
      });
      if (r.correction_requested_on !== null && r.correction_due_on !== null) {
        records.corrections.push({ application_id: r.id, requested_on: r.correction_requested_on, correction_due_on: r.correction_due_on, corrected_on: r.corrected_on });
      }
      if (r.extension_approved_on !== null) records.extensions.push({ application_id: r.id, approved_on: r.extension_approved_on });
      if (r.fee_sent_on !== null) {
        records.fees.push({ application_id: r.id, notice_sent_on: r.fee_sent_on, notice_received_on: r.fee_received_on, paid_on: r.fee_paid_on });
      }
    }
    if (r.consultation_id !== null && r.party_kind !== null && r.dispatched_on !== null) {
      records.consultations.push({
        application_id: r.id, party_kind: r.party_kind, dispatched_on: r.dispatched_on, party_received_on: r.party_received_on, replied_on: r.replied_on,
      });
    }
  }
  return { cases, records };
}

export interface EarlierCaseRow {
  id: string;
  application_number: string;
  description: string;
  name: string;
  id_number: string;
  phone: string;
}

/**
 * The same applicant's earlier answered cases at this agency (条例第三十六条第（六）项：已就同一政府信息
 * 作出答复), found by the normalised ID number or by name + phone.
 */
export async function earlierAnsweredCases(
  db: Executor,
  agencyId: string,
  keys: { idKey: string; nameKey: string; phoneKey: string },
  excludeId: string,
): Promise<EarlierCaseRow[]> {
  return db
    .selectFrom('application')
    .innerJoin('applicant', 'applicant.application_id', 'application.id')
    .select([
      'application.id', 'application.application_number', 'application.description',
      'applicant.name', 'applicant.id_number', 'applicant.phone',
    ])
    .where('application.agency_id', '=', agencyId)
    .where('application.id', '<>', excludeId)
    .where('application.status', 'in', ['replied', 'delivered'])
    .where((eb) =>
      eb.or([
        eb('applicant.id_key', '=', keys.idKey),
        eb.and([eb('applicant.name_key', '=', keys.nameKey), eb('applicant.phone_key', '=', keys.phoneKey)]),
      ]),
    )
    .orderBy('application.arrived_on', 'desc')
    .limit(200)
    .execute();
}

/** Accounts of the agency a case may be assigned to: live clerk or reviewer grants, enabled accounts. */
export async function listAssignableStaff(db: Executor, agencyId: string): Promise<Array<{ id: string; display_name: string }>> {
  return db
    .selectFrom('role_grant')
    .innerJoin('account', 'account.id', 'role_grant.account_id')
    .select(['account.id', 'account.display_name'])
    .distinct()
    .where('role_grant.agency_id', '=', agencyId)
    .where('role_grant.role', 'in', ['clerk', 'reviewer'])
    .where('role_grant.revoked_at', 'is', null)
    .where('account.disabled_at', 'is', null)
    .orderBy('account.display_name')
    .execute();
}

// ── case records ───────────────────────────────────────────────────────────────────────────────────

export async function appendEvent(db: Executor, row: Insertable<ApplicationEventTable>): Promise<void> {
  await db.insertInto('application_event').values(row).execute();
}

export async function listEvents(db: Executor, agencyId: string, applicationId: string): Promise<EventRow[]> {
  return db
    .selectFrom('application_event')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('application_id', '=', applicationId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

export async function insertNote(db: Executor, row: Insertable<ApplicationNoteTable>): Promise<void> {
  await db.insertInto('application_note').values(row).execute();
}

export async function listNotes(db: Executor, agencyId: string, applicationId: string): Promise<NoteRow[]> {
  return db
    .selectFrom('application_note')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .execute();
}

export async function insertConsultation(db: Executor, row: Insertable<ApplicationConsultationTable>): Promise<void> {
  await db.insertInto('application_consultation').values(row).execute();
}

export async function updateConsultation(
  db: Executor,
  agencyId: string,
  id: string,
  patch: Updateable<ApplicationConsultationTable>,
): Promise<void> {
  await db.updateTable('application_consultation').set(patch).where('agency_id', '=', agencyId).where('id', '=', id).execute();
}

export async function insertExtension(db: Executor, row: Insertable<ApplicationExtensionTable>): Promise<void> {
  await db.insertInto('application_extension').values(row).execute();
}

export async function insertCorrection(db: Executor, row: Insertable<ApplicationCorrectionTable>): Promise<void> {
  await db.insertInto('application_correction').values(row).execute();
}

export async function updateCorrection(
  db: Executor,
  agencyId: string,
  applicationId: string,
  patch: Updateable<ApplicationCorrectionTable>,
): Promise<void> {
  await db
    .updateTable('application_correction')
    .set(patch)
    .where('agency_id', '=', agencyId)
    .where('application_id', '=', applicationId)
    .execute();
}

export async function insertFeeNotice(db: Executor, row: Insertable<ApplicationFeeNoticeTable>): Promise<void> {
  await db.insertInto('application_fee_notice').values(row).execute();
}

export async function updateFeeNotice(
  db: Executor,
  agencyId: string,
  id: string,
  patch: Updateable<ApplicationFeeNoticeTable>,
): Promise<void> {
  await db.updateTable('application_fee_notice').set(patch).where('agency_id', '=', agencyId).where('id', '=', id).execute();
}

export async function insertReply(db: Executor, row: Insertable<ApplicationReplyTable>): Promise<void> {
  await db.insertInto('application_reply').values(row).execute();
}

export async function getReply(db: Executor, agencyId: string, applicationId: string): Promise<ReplyRow | undefined> {
  return db
    .selectFrom('application_reply')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

export async function insertDelivery(db: Executor, row: Insertable<ApplicationDeliveryTable>): Promise<void> {
  await db.insertInto('application_delivery').values(row).execute();
}

export async function getDelivery(db: Executor, agencyId: string, applicationId: string): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom('application_delivery')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

export async function insertAttachment(db: Executor, row: Insertable<ApplicationAttachmentTable>): Promise<void> {
  await db.insertInto('application_attachment').values(row).execute();
}

export async function listAttachments(db: Executor, agencyId: string, applicationId: string): Promise<AttachmentRow[]> {
  return db
    .selectFrom('application_attachment')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .execute();
}

export async function getAttachment(db: Executor, agencyId: string, id: string): Promise<AttachmentRow | undefined> {
  return db.selectFrom('application_attachment').selectAll().where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst();
}

// ── notice-letter templates ────────────────────────────────────────────────────────────────────────

export async function getTemplate(db: Executor, agencyId: string, kind: string): Promise<TemplateRow | undefined> {
  return db
    .selectFrom('notice_letter_template')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function listTemplates(db: Executor, agencyId: string): Promise<TemplateRow[]> {
  return db.selectFrom('notice_letter_template').selectAll().where('agency_id', '=', agencyId).execute();
}

export async function upsertTemplate(db: Executor, row: Insertable<NoticeLetterTemplateTable>): Promise<void> {
  await db
    .insertInto('notice_letter_template')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['agency_id', 'kind']).doUpdateSet({ title: row.title, body: row.body, updated_by: row.updated_by, updated_at: row.updated_at }),
    )
    .execute();
}

// ── table 三 ───────────────────────────────────────────────────────────────────────────────────────

/**
 * 年报表三 of one agency for one year, as a cell map keyed `applications.<row>.<column>` — the annual
 * report's table 三 is this query, never a retyping (DESIGN §1):
 *  一、本年新收: 收到申请之日 (条例第三十一条) in the year; 补正 cases count on the original receipt date;
 *  二、上年结转: received before the year and not ended before it;
 *  三、办理结果: ended (decided_on) in the year, by outcome (the outcome code IS the row id);
 *  四、结转下年度: received by 31 December and not ended by then — computed, never typed.
 * Cases never legally received (still awaiting confirmation) are counted nowhere.
 */
export async function table3Counts(db: Executor, agencyId: string, year: number): Promise<Record<string, number>> {
  const format = formatForYear(year) ?? 'gov_2021';
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const cells: Record<string, number> = {};
  for (const key of cellKeys(format, 'applications')) cells[key] = 0;

  const add = (row: string, column: string, n: number) => {
    const key = `applications.${row}.${column}`;
    const total = `applications.${row}.total`;
    cells[key] = (cells[key] ?? 0) + n;
    cells[total] = (cells[total] ?? 0) + n;
  };

  const base = () => db.selectFrom('application').where('agency_id', '=', agencyId).where('received_on', 'is not', null);

  const [received, carriedIn, decided, carriedOut] = await Promise.all([
    base()
      .where('received_on', '>=', start)
      .where('received_on', '<=', end)
      .select(['applicant_type', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('applicant_type')
      .execute(),
    base()
      .where('received_on', '<', start)
      .where((eb) => eb.or([eb('decided_on', 'is', null), eb('decided_on', '>=', start)]))
      .select(['applicant_type', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('applicant_type')
      .execute(),
    base()
      .where('decided_on', '>=', start)
      .where('decided_on', '<=', end)
      .select(['outcome', 'applicant_type', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['outcome', 'applicant_type'])
      .execute(),
    base()
      .where('received_on', '<=', end)
      .where((eb) => eb.or([eb('decided_on', 'is', null), eb('decided_on', '>', end)]))
      .select(['applicant_type', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('applicant_type')
      .execute(),
  ]);

  for (const r of received) add('new_received', r.applicant_type, Number(r.n));
  for (const r of carriedIn) add('carried_over_from_last_year', r.applicant_type, Number(r.n));
  for (const r of decided) {
    if (!r.outcome) continue;
    // gov_2019 (report years 2019–2020) has one row （六）其他处理 for the three gov_2021 sub-rows.
    const row = format === 'gov_2019' && r.outcome.startsWith('outcomes.other_handling.') ? 'outcomes.other_handling' : r.outcome;
    add(row, r.applicant_type, Number(r.n));
    add('outcomes.total', r.applicant_type, Number(r.n));
  }
  for (const r of carriedOut) add('carried_to_next_year', r.applicant_type, Number(r.n));
  return cells;
}

// ── 条例第三十五条 later deadline, 条例第四十四条 publication, similar requests (migration 0014) ──────────

export type CustomDeadlineRow = Selectable<ApplicationCustomDeadlineTable>;
export type PublicationRow = Selectable<ApplicationPublicationTable>;

export async function insertCustomDeadline(db: Executor, row: Insertable<ApplicationCustomDeadlineTable>): Promise<void> {
  await db.insertInto('application_custom_deadline').values(row).execute();
}

export async function getCustomDeadline(db: Executor, agencyId: string, applicationId: string): Promise<CustomDeadlineRow | undefined> {
  return db
    .selectFrom('application_custom_deadline')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

export async function insertPublication(db: Executor, row: Insertable<ApplicationPublicationTable>): Promise<void> {
  await db.insertInto('application_publication').values(row).execute();
}

export async function getPublication(db: Executor, agencyId: string, applicationId: string): Promise<PublicationRow | undefined> {
  return db
    .selectFrom('application_publication')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

/**
 * Other received cases of the agency, newest first, with their request text: the candidates for
 * "已有N件相似申请" (条例第四十四条). Bounded so a large agency's case page stays fast.
 */
export async function otherRequests(
  db: Executor,
  agencyId: string,
  excludeId: string,
  limit = 2000,
): Promise<Array<{ id: string; application_number: string; description: string }>> {
  return db
    .selectFrom('application')
    .select(['id', 'application_number', 'description'])
    .where('agency_id', '=', agencyId)
    .where('id', '<>', excludeId)
    .where('received_on', 'is not', null)
    .orderBy('received_on', 'desc')
    .limit(limit)
    .execute();
}

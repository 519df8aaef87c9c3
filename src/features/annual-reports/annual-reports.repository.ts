// annual_report rows. Kysely only; every query is scoped by agency (DESIGN §3).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../platform/service-context.ts';
import type { AnnualReportCellTable, AnnualReportEventTable, AnnualReportTable } from './annual-reports.tables.ts';
import type { FeeSummary } from './domain/fee-statement.ts';

export type ReportRow = Selectable<AnnualReportTable>;
export type CellRow = Selectable<AnnualReportCellTable>;
export type EventRow = Selectable<AnnualReportEventTable>;

export async function findByYear(db: Executor, agencyId: string, year: number): Promise<ReportRow | undefined> {
  return db.selectFrom('annual_report').selectAll().where('agency_id', '=', agencyId).where('year', '=', year).executeTakeFirst();
}

export async function findById(db: Executor, agencyId: string, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('annual_report').selectAll().where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst();
}

export interface ReportListRow {
  id: string;
  year: number;
  status: ReportRow['status'];
  version: number;
  published_on: string | null;
  report_date: string | null;
  updated_at: string;
}

export async function listForAgency(db: Executor, agencyId: string): Promise<ReportListRow[]> {
  return db
    .selectFrom('annual_report')
    .select(['id', 'year', 'status', 'version', 'published_on', 'report_date', 'updated_at'])
    .where('agency_id', '=', agencyId)
    .orderBy('year', 'desc')
    .execute();
}

export async function listPublished(db: Executor, agencyId: string): Promise<Array<{ year: number; published_on: string | null }>> {
  return db
    .selectFrom('annual_report')
    .select(['year', 'published_on'])
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'published')
    .orderBy('year', 'desc')
    .execute();
}

export async function findPublished(db: Executor, agencyId: string, year: number): Promise<ReportRow | undefined> {
  return db
    .selectFrom('annual_report')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

export async function insertReport(db: Executor, row: Insertable<AnnualReportTable>): Promise<void> {
  await db.insertInto('annual_report').values(row).execute();
}

/** Updates when the stored version is `expectedVersion`; returns whether a row changed (false = someone saved first). */
export async function updateReport(
  db: Executor,
  agencyId: string,
  id: string,
  expectedVersion: number,
  patch: Updateable<AnnualReportTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('annual_report')
    .set(patch)
    .where('agency_id', '=', agencyId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listCells(db: Executor, reportId: string): Promise<CellRow[]> {
  return db.selectFrom('annual_report_cell').selectAll().where('report_id', '=', reportId).execute();
}

export async function upsertCell(db: Executor, row: Insertable<AnnualReportCellTable>): Promise<void> {
  await db
    .insertInto('annual_report_cell')
    .values(row)
    .onConflict((oc) => oc.columns(['report_id', 'cell_key']).doUpdateSet({ kind: row.kind, value: row.value ?? null, updated_at: row.updated_at }))
    .execute();
}

export async function insertEvent(db: Executor, row: Insertable<AnnualReportEventTable>): Promise<void> {
  await db.insertInto('annual_report_event').values(row).execute();
}

export async function listEvents(db: Executor, agencyId: string, reportId: string): Promise<EventRow[]> {
  return db
    .selectFrom('annual_report_event')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('report_id', '=', reportId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

/**
 * 信息处理费 of the year for section 六: notices sent in the year (国办函〔2020〕109号), what they demanded, and
 * what was paid on them.
 */
export async function feeSummary(db: Executor, agencyId: string, year: number): Promise<FeeSummary> {
  const row = await db
    .selectFrom('application_fee_notice')
    .where('agency_id', '=', agencyId)
    .where('notice_sent_on', '>=', `${year}-01-01`)
    .where('notice_sent_on', '<=', `${year}-12-31`)
    .select((eb) => [
      eb.fn.countAll<number>().as('notices'),
      eb.fn.coalesce(eb.fn.sum<number>('amount_fen'), eb.lit(0)).as('demanded'),
      eb.fn.count<number>('paid_on').as('paid'),
      eb.fn.coalesce(eb.fn.sum<number>('paid_amount_fen'), eb.lit(0)).as('collected'),
    ])
    .executeTakeFirst();
  return {
    notices: Number(row?.notices ?? 0),
    demandedFen: Number(row?.demanded ?? 0),
    paidNotices: Number(row?.paid ?? 0),
    collectedFen: Number(row?.collected ?? 0),
  };
}

export async function findAgencyIdOfReport(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('annual_report').select('agency_id').where('id', '=', id).executeTakeFirst();
  return row?.agency_id;
}

export interface ReportStandingRow {
  id: string;
  agency_id: string;
  status: ReportRow['status'];
  published_on: string | null;
  findings: string;
}

/** The reports of one year for many agencies in one query (the 政务公开办 dashboard); agencies without one are absent. */
export async function listStandingForYear(db: Executor, agencyIds: readonly string[], year: number): Promise<ReportStandingRow[]> {
  if (agencyIds.length === 0) return [];
  return db
    .selectFrom('annual_report')
    .select(['id', 'agency_id', 'status', 'published_on', 'findings'])
    .where('agency_id', 'in', [...agencyIds])
    .where('year', '=', year)
    .execute();
}

/**
 * 主动公开 items the agency published in the year, by catalogue category (section 一's draft). An item
 * withdrawn later still counts: it was published that year.
 */
export async function publishedItemsByCategory(db: Executor, agencyId: string, year: number): Promise<Array<{ category: string; count: number }>> {
  const rows = await db
    .selectFrom('catalogue_item')
    .where('agency_id', '=', agencyId)
    .where('status', 'in', ['published', 'withdrawn'])
    .where('published_on', '>=', `${year}-01-01`)
    .where('published_on', '<=', `${year}-12-31`)
    .select(['category', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('category')
    .orderBy('category')
    .execute();
  return rows.map((r) => ({ category: r.category, count: Number(r.n) }));
}

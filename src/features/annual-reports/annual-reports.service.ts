// 年度报告 services (条例第四十九、五十条). Each command: authorize first, one transaction, an event and an
// audit event per change. The report of a year is generated from the records (DESIGN §1): table 三 from
// the cases, table 二 item 1 from the normative-document register; staff enter the rest; checkReport runs
// on every save against last year's published report.
import { fromJson, toJson } from '../../db/dialect.ts';
import { localDateOfInstant, type LocalDate } from '../../law/local-date.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { bumpPublicationGeneration } from '../../platform/page-cache/publication-generation.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import {
  agencyLevels,
  cellKeys,
  checkReport,
  formatForYear,
  hasErrors,
  renderCsv,
  renderDocx,
  renderXlsx,
  renderHtml,
  type AgencyLevel,
  type AnnualReport,
  type Cell,
  type CheckOptions,
  type Finding,
  type FormatId,
} from '../../report/index.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { actorAccountId, can, type Action, type Actor } from '../accounts/domain/policy.ts';
import { findAgencyByCode, findAgencyById, findAncestryIds } from '../agencies/agencies.repository.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { getEffectiveSetting } from '../agencies/settings.service.ts';
import { table3Counts } from '../applications/applications.repository.ts';
import { overdueRepliesInYear } from '../applications/applications.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import { channelCounts, loadSettings, normativeDocumentCells } from '../catalogue/catalogue.service.ts';
import { categoryLabel } from '../catalogue/domain/categories.ts';
import * as repo from './annual-reports.repository.ts';
import { indexPublishedReport } from './annual-reports.search.ts';
import { parseCellInput, saveInputFromForm, transitionSchema, yearSchema } from './annual-reports.schemas.ts';
import { cellOrigin, manualCellKeys, type CellOrigin } from './domain/cells.ts';
import { deadlineStatus, reportDeadline, type DeadlineStatus } from './domain/deadline.ts';
import { assembleReport, defaultTexts, unfinishedFindings, type DraftFacts, type SectionTexts } from './domain/draft.ts';
import { feeStatement } from './domain/fee-statement.ts';
import { isComputedTotal, totalsOf } from './domain/totals.ts';
import { allowedEvents, isEditable, nextStatus, statusLabels, type ReportEvent, type ReportStatus } from './domain/workflow.ts';
import { yearNotOverReason } from './domain/year-end.ts';

const NOT_FOUND = '找不到该年度报告，它可能不存在或您无权查看。';

async function authorizeOn(ctx: ServiceContext, actor: Actor, action: Action, agencyId: string): Promise<{ agency: Agency; ancestry: string[] }> {
  const agency = await findAgencyById(ctx.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  const ancestry = await findAncestryIds(ctx.db, agencyId);
  // Someone who cannot even read the agency learns nothing about it (no existence leak).
  if (!can(actor, 'agency.read', agencyId, ancestry)) throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  authorize(actor, action, agencyId, ancestry);
  return { agency, ancestry };
}

/** Reading a report as staff: whoever drafts or approves it, and the supervisors above (条例第三条). */
async function authorizeRead(ctx: ServiceContext, actor: Actor, agencyId: string): Promise<{ agency: Agency; ancestry: string[] }> {
  const agency = await findAgencyById(ctx.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  const ancestry = await findAncestryIds(ctx.db, agencyId);
  const readers: Action[] = ['annual_report.edit', 'annual_report.approve', 'oversight.read'];
  if (!can(actor, 'agency.read', agencyId, ancestry)) throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  if (!readers.some((a) => can(actor, a, agencyId, ancestry))) authorize(actor, 'annual_report.edit', agencyId, ancestry);
  return { agency, ancestry };
}

function formatOf(year: number): FormatId {
  const format = formatForYear(year);
  if (!format) throw new ValidationError({ year: `${year} 年度没有适用的年报格式（现行格式适用于 2019 年度起的报告）。` });
  return format;
}

function levelOf(agency: Agency): AgencyLevel | undefined {
  return (agencyLevels as readonly string[]).includes(agency.level) ? (agency.level as AgencyLevel) : undefined;
}

interface ComputedCells {
  values: Record<string, number>;
  /** The register's cells, also handed to checkReport (T2_CATALOGUE_MATCH). */
  register: Record<string, number>;
}

async function computeCells(ctx: ServiceContext, actor: Actor, agencyId: string, year: number, format: FormatId): Promise<ComputedCells> {
  const table3 = await table3Counts(ctx.db, agencyId, year);
  const register = await normativeDocumentCells(ctx, actor, agencyId, year);
  const values: Record<string, number> = { ...table3 };
  // Only keys the format defines (the two formats' table 二 differ).
  const known = new Set(cellKeys(format, 'active_disclosure'));
  for (const [key, value] of Object.entries(register)) if (known.has(key)) values[key] = value;
  return { values, register };
}

function manualFromRows(rows: readonly repo.CellRow[]): Record<string, Cell> {
  const manual: Record<string, Cell> = {};
  for (const r of rows) manual[r.cell_key] = r.kind === 'number' ? { kind: 'number', value: Number(r.value) } : { kind: r.kind, value: null };
  return manual;
}

function reportOf(row: repo.ReportRow, cells: readonly repo.CellRow[]): AnnualReport {
  return assembleReport({
    format: row.format as FormatId,
    year: row.year,
    agencyName: row.agency_name,
    computed: fromJson<Record<string, number>>(row.computed_cells),
    manual: manualFromRows(cells),
    texts: fromJson<SectionTexts>(row.texts),
    reportDate: row.report_date,
  });
}

async function priorPublished(db: Executor, agencyId: string, year: number): Promise<AnnualReport | undefined> {
  const prior = await repo.findPublished(db, agencyId, year - 1);
  return prior?.published_report ? fromJson<AnnualReport>(prior.published_report) : undefined;
}

/** Setting (per county, inherited down the tree) of the townships' deadline, "MM-DD" (spec §7, 条例第四十九条). */
export const TOWNSHIP_DEADLINE_SETTING = 'annual_report.township_deadline';

/** What the checks need from outside the report: late replies by the reply clock, the county's township deadline. */
interface RecordFacts {
  overdueReplies: number;
  townshipDeadline: string | undefined;
}

/** Read before a transaction opens (SQLite has one connection): the checks then run inside it. */
async function recordFacts(ctx: ServiceContext, actor: Actor, agencyId: string, year: number): Promise<RecordFacts> {
  // The reply clock's calendar: the installation's, as the applications feature uses (official 放假调休
  // arrangements plus what was entered at /admin/calendar).
  const calendar = await calendarStoreFor(ctx.db).fresh();
  const overdueReplies = await overdueRepliesInYear({ ctx, calendar }, actor, agencyId, year);
  return { overdueReplies, townshipDeadline: await townshipDeadlineOf(ctx, agencyId) };
}

async function townshipDeadlineOf(ctx: ServiceContext, agencyId: string): Promise<string | undefined> {
  const setting = await getEffectiveSetting<unknown>(ctx, agencyId, TOWNSHIP_DEADLINE_SETTING);
  return typeof setting === 'string' && /^\d{2}-\d{2}$/.test(setting) ? setting : undefined;
}

function deadlineOf(agency: Agency, year: number, townshipDeadline: string | undefined, row: { status: ReportStatus; published_on: string | null; report_date?: string | null }, today: LocalDate): DeadlineStatus {
  return deadlineStatus(reportDeadline(year, levelOf(agency), townshipDeadline), { status: row.status, publishedOn: row.published_on, reportDate: row.report_date ?? null }, today);
}

/**
 * checkReport with last year's published report and the facts from the records, plus the feature's own
 * check that no 【请补充…】 mark is left; `db` is the open transaction (SQLite has one connection).
 */
async function findingsFor(db: Executor, agency: Agency, report: AnnualReport, register: Record<string, number>, facts: RecordFacts, publishedOn?: string): Promise<Finding[]> {
  const prior = await priorPublished(db, agency.id, report.year ?? 0);
  const options: CheckOptions = { catalogueCounts: register, overdueReplies: facts.overdueReplies };
  const level = levelOf(agency);
  if (level) options.agencyLevel = level;
  if (facts.townshipDeadline) options.townshipDeadline = facts.townshipDeadline;
  // Both years were produced here: last year's 结转下年度 must equal this year's 上年结转 (T3_PRIOR_CARRYOVER, HARD).
  if (prior) {
    options.prior = prior;
    options.bothInProduct = true;
  }
  if (publishedOn) options.publishedOn = publishedOn;
  return [...checkReport(report, options), ...unfinishedFindings(report)];
}

/** Facts for the drafted texts: the catalogue's publications of the year, late replies, fees, table 四. */
async function draftFacts(
  ctx: ServiceContext,
  actor: Actor,
  agency: Agency,
  year: number,
  table3: Record<string, number>,
  facts: RecordFacts,
  cells: Readonly<Record<string, Cell>>,
): Promise<DraftFacts> {
  const [byCategory, channels, settings, fees] = await Promise.all([
    repo.publishedItemsByCategory(ctx.db, agency.id, year),
    channelCounts(ctx, actor, agency.id, year),
    loadSettings(ctx.db, agency.id),
    repo.feeSummary(ctx.db, agency.id, year),
  ]);
  const entered = (keys: string[]): number | undefined => {
    const values = keys.map((k) => cells[k]);
    if (values.some((c) => c?.kind !== 'number')) return undefined;
    return values.reduce((sum, c) => sum + Number(c?.value ?? 0), 0);
  };
  const reconsideration = entered(['review_litigation.administrative_reconsideration.total']);
  const litigation = entered(['review_litigation.litigation_direct.total', 'review_litigation.litigation_after_reconsideration.total']);
  return {
    year,
    agencyName: agency.name,
    table3,
    feeStatement: feeStatement(year, fees),
    publishedByCategory: byCategory.map((c) => ({ label: categoryLabel(c.category, settings.columns.find((col) => col.id === c.category)?.label), count: c.count })),
    publishedByChannel: channels.map((c) => ({ name: c.name, count: c.count })),
    overdueReplies: facts.overdueReplies,
    reviewTotals: { ...(reconsideration === undefined ? {} : { reconsideration }), ...(litigation === undefined ? {} : { litigation }) },
  };
}

/** The record facts of a report's year, read before the command's transaction. */
async function factsOfReport(ctx: ServiceContext, actor: Actor, agencyId: string, id: string): Promise<RecordFacts> {
  const row = await repo.findById(ctx.db, agencyId, id);
  if (!row) throw new NotFoundError(NOT_FOUND);
  return recordFacts(ctx, actor, agencyId, row.year);
}

function registerOf(row: repo.ReportRow): Record<string, number> {
  const computed = fromJson<Record<string, number>>(row.computed_cells);
  return Object.fromEntries(Object.entries(computed).filter(([k]) => cellOrigin(k) === 'normative_register'));
}

// ───────────────────────── commands ─────────────────────────

/**
 * Generates the year's draft from the records. A new report gets default texts; an existing draft has
 * its computed cells refreshed from the records (entered cells and texts are kept). A report already
 * submitted, approved or published is not regenerated.
 */
export async function generateDraft(ctx: ServiceContext, actor: Actor, agencyId: string, yearInput: unknown): Promise<{ id: string; created: boolean }> {
  const { agency } = await authorizeOn(ctx, actor, 'annual_report.edit', agencyId);
  const yearParsed = yearSchema.safeParse(yearInput);
  if (!yearParsed.success) throw new ValidationError({ year: yearParsed.error.issues[0]?.message ?? '年度不正确' });
  const year = yearParsed.data;
  // 条例第四十九条：年度报告报告的是已经开始的年度（通常是上一年度）；尚未开始的年度没有可统计的记录。
  const currentYear = Number(localDateOfInstant(ctx.now()).slice(0, 4));
  if (year > currentYear) throw new ValidationError({ year: `${year}年尚未开始，只能生成${currentYear}年及以前年度的报告。` });
  const format = formatOf(year);
  const computed = await computeCells(ctx, actor, agencyId, year, format);
  const facts = await recordFacts(ctx, actor, agencyId, year);
  const drafted = defaultTexts(await draftFacts(ctx, actor, agency, year, computed.values, facts, {}));
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findByYear(trx, agencyId, year);
    if (existing && !isEditable(existing.status)) {
      throw new ConflictError(`${year}年度报告${statusLabels[existing.status]}，不能重新生成。如需修改，请由领导退回为草稿。`);
    }
    // Regenerating never touches the texts: what staff wrote stays (the editor offers fresh suggestions).
    const texts: SectionTexts = existing ? fromJson<SectionTexts>(existing.texts) : drafted;
    const id = existing?.id ?? ctx.newId();
    const cells = existing ? await repo.listCells(trx, id) : [];
    const report = assembleReport({ format, year, agencyName: agency.name, computed: computed.values, manual: manualFromRows(cells), texts, reportDate: existing?.report_date ?? null });
    const findings = await findingsFor(trx, agency, report, computed.register, facts);
    if (existing) {
      const ok = await repo.updateReport(trx, agencyId, id, existing.version, {
        computed_cells: toJson(computed.values),
        findings: toJson(findings),
        agency_name: agency.name,
        version: existing.version + 1,
        updated_at: now,
      });
      if (!ok) throw new ConflictError('该报告刚被他人修改，请刷新页面后重试。');
    } else {
      await repo.insertReport(trx, {
        id,
        agency_id: agencyId,
        year,
        format,
        status: 'draft',
        version: 1,
        agency_name: agency.name,
        texts: toJson(texts),
        computed_cells: toJson(computed.values),
        findings: toJson(findings),
        return_comment: null,
        report_date: null,
        published_on: null,
        published_report: null,
        created_by: actorAccountId(actor),
        created_at: now,
        updated_at: now,
      });
    }
    await recordAudit(trx, ctx, actor, {
      action: existing ? 'annual_report.regenerate' : 'annual_report.generate',
      objectType: 'annual_report',
      objectId: id,
      agencyId,
      summary: existing ? `按办理记录重新统计${year}年度报告的自动计算数据` : `生成${year}年度政府信息公开工作年度报告草稿`,
      after: { table3Total: computed.values['applications.new_received.total'] ?? 0, findings: findings.length },
    });
    return { id, created: !existing };
  });
}

/** Saves the editor: section texts and staff-entered cells. Bad cells come back per field, nothing saved. */
export async function saveDraft(ctx: ServiceContext, actor: Actor, agencyId: string, id: string, body: unknown): Promise<{ findings: Finding[] }> {
  const { agency } = await authorizeOn(ctx, actor, 'annual_report.edit', agencyId);
  const parsed = saveInputFromForm(body);
  if (!parsed.ok) throw new ValidationError(parsed.errors);
  const input = parsed.data;
  const facts = await factsOfReport(ctx, actor, agencyId, id);
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findById(trx, agencyId, id);
    if (!row) throw new NotFoundError(NOT_FOUND);
    if (!isEditable(row.status)) throw new ConflictError(`报告${statusLabels[row.status]}，不能修改。如需修改，请由领导退回为草稿。`);
    if (row.version !== input.version) throw new ConflictError('该报告已被他人保存过，您看到的是旧内容。请刷新页面，核对后再修改。');
    const errors: Record<string, string> = {};
    const changed: Record<string, Cell> = {};
    const manualKeys = new Set(manualCellKeys(row.format as FormatId));
    const format = row.format as FormatId;
    for (const [key, raw] of Object.entries(input.cells)) {
      // Computed cells are never typed (DESIGN §1), nor the 总计 of table 四 (domain/totals.ts); a posted value is ignored.
      if (!manualKeys.has(key) || isComputedTotal(format, key)) continue;
      const result = parseCellInput(key, raw);
      if (result.ok) changed[key] = result.cell;
      else errors[`cell.${key}`] = result.message;
    }
    if (Object.keys(errors).length > 0) throw new ValidationError(errors, '有单元格填写不正确，请按提示修改后再保存。');
    for (const [key, cell] of Object.entries(changed)) {
      await repo.upsertCell(trx, { report_id: id, cell_key: key, kind: cell.kind, value: cell.value, updated_at: now });
    }
    // 表四 总计 = 维持 + 纠正 + 其他 + 尚未审结, from what is stored now (annual-report-format.md §4).
    const entered = await repo.listCells(trx, id);
    for (const [key, total] of Object.entries(totalsOf(format, manualFromRows(entered)))) {
      const stored = entered.find((r) => r.cell_key === key);
      const same = stored && stored.kind === total.kind && (total.kind !== 'number' || Number(stored.value) === total.value);
      if (!same) await repo.upsertCell(trx, { report_id: id, cell_key: key, kind: total.kind, value: total.value, updated_at: now });
    }
    const texts = { ...fromJson<SectionTexts>(row.texts), ...input.texts };
    const cells = await repo.listCells(trx, id);
    const report = reportOf({ ...row, texts: toJson(texts) }, cells);
    const findings = await findingsFor(trx, agency, report, registerOf(row), facts);
    const ok = await repo.updateReport(trx, agencyId, id, row.version, { texts: toJson(texts), findings: toJson(findings), version: row.version + 1, updated_at: now });
    if (!ok) throw new ConflictError('该报告刚被他人修改，请刷新页面后重试。');
    await recordAudit(trx, ctx, actor, {
      action: 'annual_report.edit',
      objectType: 'annual_report',
      objectId: id,
      agencyId,
      summary: `修改${row.year}年度报告草稿（${Object.keys(changed).length} 个单元格，${Object.keys(input.texts).length} 部分正文）`,
      after: { cells: changed, sections: Object.keys(input.texts) },
    });
    return { findings };
  });
}

const EVENT_ACTIONS: Readonly<Record<ReportEvent, Action>> = {
  submit: 'annual_report.edit',
  // 领导审定并对年报负责；退回与公布同样由领导决定。
  approve: 'annual_report.approve',
  return: 'annual_report.approve',
  publish: 'annual_report.approve',
};

/** Moves the report along the workflow table. Submission and publication are refused while a HARD rule fails. */
export async function transition(ctx: ServiceContext, actor: Actor, agencyId: string, id: string, event: ReportEvent, body: unknown): Promise<ReportStatus> {
  const { agency } = await authorizeOn(ctx, actor, EVENT_ACTIONS[event], agencyId);
  const parsed = transitionSchema.safeParse(body ?? {});
  if (!parsed.success) throw new ValidationError({ version: parsed.error.issues[0]?.message ?? '表单已过期，请刷新页面后重试' });
  const { version, comment } = parsed.data;
  if (event === 'return' && !comment) throw new ValidationError({ comment: '退回时请写明需要修改的内容。' });
  const nowDate = ctx.now();
  const now = nowDate.toISOString();
  const today = localDateOfInstant(nowDate);
  const facts = await factsOfReport(ctx, actor, agencyId, id);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findById(trx, agencyId, id);
    if (!row) throw new NotFoundError(NOT_FOUND);
    if (row.version !== version) throw new ConflictError('该报告已被他人修改，请刷新页面后再操作。');
    const to = nextStatus(row.status, event);
    if (!to) throw new ConflictError(`报告${statusLabels[row.status]}，不能“${eventLabelText(event)}”。`);
    // 条例第四十九条：报告的是上一年度 — the statistics year must be over (domain/year-end.ts).
    const early = yearNotOverReason(row.year, event, today);
    if (early) throw new ConflictError(early);
    const cells = await repo.listCells(trx, id);
    const report = reportOf(row, cells);
    const patch: Parameters<typeof repo.updateReport>[4] = { status: to, version: row.version + 1, updated_at: now };
    if (event === 'submit' || event === 'publish') {
      if (event === 'publish' && !row.report_date) report.reportDate = today;
      const findings = await findingsFor(trx, agency, report, registerOf(row), facts, event === 'publish' ? today : undefined);
      patch.findings = toJson(findings);
      if (hasErrors(findings)) {
        const first = findings.find((f) => f.severity === 'error');
        throw new ConflictError(`报告还有 ${findings.filter((f) => f.severity === 'error').length} 处必须改正的错误，不能${eventLabelText(event)}。第一处：${first?.message ?? ''}`);
      }
    }
    if (event === 'return') patch.return_comment = comment ?? null;
    if (event === 'submit') patch.return_comment = null;
    if (event === 'publish') {
      patch.published_on = today;
      if (!row.report_date) patch.report_date = today;
      patch.published_report = toJson(report);
    }
    const ok = await repo.updateReport(trx, agencyId, id, row.version, patch);
    if (!ok) throw new ConflictError('该报告刚被他人修改，请刷新页面后重试。');
    // 条例第四十九条 向社会公布: the 专栏's 年报 column and the report's pages are cached per publication
    // generation, so publishing bumps it in this transaction. Nothing else changes what the public sees:
    // the other events concern unpublished reports, and a published one is final (domain/workflow.ts).
    if (to === 'published') {
      await bumpPublicationGeneration(trx, nowDate);
      // 条例第二十四条 检索: the published report is found by the portal's search from now on.
      await indexPublishedReport(trx, ctx, agency, row.year, report, today);
    }
    await repo.insertEvent(trx, {
      id: ctx.newId(),
      report_id: id,
      agency_id: agencyId,
      event,
      from_status: row.status,
      to_status: to,
      comment: comment ?? null,
      version: row.version + 1,
      account_id: actorAccountId(actor),
      occurred_at: now,
    });
    await recordAudit(trx, ctx, actor, {
      action: `annual_report.${event}`,
      objectType: 'annual_report',
      objectId: id,
      agencyId,
      summary: `${row.year}年度报告：${eventLabelText(event)}（${statusLabels[row.status]} → ${statusLabels[to]}）${comment ? `，意见：${comment}` : ''}`,
      before: { status: row.status },
      after: { status: to },
    });
    return to;
  });
}

function eventLabelText(event: ReportEvent): string {
  return { submit: '提交审定', return: '退回修改', approve: '审定通过', publish: '公布' }[event];
}

// ───────────────────────── reads ─────────────────────────

export interface ReportListView {
  agency: Agency;
  reports: Array<repo.ReportListRow & { deadline: DeadlineStatus }>;
  canEdit: boolean;
  /** The year the generate form starts at: last year, the one whose report is due (条例第四十九条). */
  suggestedYear: number;
}

export async function listReports(ctx: ServiceContext, actor: Actor, agencyId: string): Promise<ReportListView> {
  const { agency, ancestry } = await authorizeRead(ctx, actor, agencyId);
  const townshipDeadline = await townshipDeadlineOf(ctx, agencyId);
  const today = localDateOfInstant(ctx.now());
  const reports = (await repo.listForAgency(ctx.db, agencyId)).map((r) => ({ ...r, deadline: deadlineOf(agency, r.year, townshipDeadline, r, today) }));
  return { agency, reports, canEdit: can(actor, 'annual_report.edit', agencyId, ancestry), suggestedYear: Number(today.slice(0, 4)) - 1 };
}

export interface ReportStanding {
  year: number;
  /** null while no draft exists (未开始). */
  id: string | null;
  status: ReportStatus | null;
  deadline: DeadlineStatus;
}

/**
 * The staff home's view of the agency's reports: the given years (a year without a draft has its
 * 条例第四十九条 deadline too, as the list shows it) and every report waiting for the 领导 (已提交待审定,
 * 已审定待公布), with what this actor may do.
 */
export async function reportStandings(ctx: ServiceContext, actor: Actor, agencyId: string, years: readonly number[]) {
  const [{ agency, ancestry }, townshipDeadline, rows] = await Promise.all([
    authorizeRead(ctx, actor, agencyId),
    townshipDeadlineOf(ctx, agencyId),
    repo.listForAgency(ctx.db, agencyId),
  ]);
  const today = localDateOfInstant(ctx.now());
  const standing = (year: number, row: repo.ReportListRow | undefined): ReportStanding => ({
    year,
    id: row?.id ?? null,
    status: row?.status ?? null,
    deadline: deadlineOf(agency, year, townshipDeadline, row ?? { status: 'draft', published_on: null }, today),
  });
  return {
    years: years.map((year) => standing(year, rows.find((r) => r.year === year))),
    awaitingLeader: rows.filter((r) => r.status === 'submitted' || r.status === 'approved').map((r) => standing(r.year, r)),
    canEdit: can(actor, 'annual_report.edit', agencyId, ancestry),
    canApprove: can(actor, 'annual_report.approve', agencyId, ancestry),
  };
}

export interface CellView {
  key: string;
  cell: Cell;
  /** Where a computed cell came from; null for a staff-entered cell. */
  origin: CellOrigin | null;
}

export interface ReportView {
  id: string;
  agency: Agency;
  year: number;
  format: FormatId;
  status: ReportStatus;
  version: number;
  returnComment: string | null;
  publishedOn: string | null;
  report: AnnualReport;
  findings: Finding[];
  manualKeys: string[];
  events: repo.EventRow[];
  canEdit: boolean;
  /** Workflow events this actor may do in this status. */
  actions: ReportEvent[];
  /** Of `actions`, those refused today because the statistics year is not over, with the reason (domain/year-end.ts). */
  notYet: Partial<Record<ReportEvent, string>>;
  /** Cases late in the year by the reply clock (条例第三十三条), as handed to checkReport. */
  overdueReplies: number;
  /** The publication deadline (条例第四十九条) and where the report stands against it. */
  deadline: DeadlineStatus;
  /** Texts drafted from the current records, offered beside each section while the report can be edited. */
  suggestions: SectionTexts;
}

export async function getReport(ctx: ServiceContext, actor: Actor, agencyId: string, id: string): Promise<ReportView> {
  const { agency, ancestry } = await authorizeRead(ctx, actor, agencyId);
  const row = await repo.findById(ctx.db, agencyId, id);
  if (!row) throw new NotFoundError(NOT_FOUND);
  const cells = await repo.listCells(ctx.db, id);
  const report = row.status === 'published' && row.published_report ? fromJson<AnnualReport>(row.published_report) : reportOf(row, cells);
  const actions = allowedEvents(row.status).filter((e) => can(actor, EVENT_ACTIONS[e], agencyId, ancestry));
  const canEdit = isEditable(row.status) && can(actor, 'annual_report.edit', agencyId, ancestry);
  const today = localDateOfInstant(ctx.now());
  const notYet: Partial<Record<ReportEvent, string>> = {};
  for (const event of actions) {
    const reason = yearNotOverReason(row.year, event, today);
    if (reason) notYet[event] = reason;
  }
  const facts = await recordFacts(ctx, actor, agencyId, row.year);
  return {
    id: row.id,
    agency,
    year: row.year,
    format: row.format as FormatId,
    status: row.status,
    version: row.version,
    returnComment: row.return_comment,
    publishedOn: row.published_on,
    report,
    findings: fromJson<Finding[]>(row.findings),
    manualKeys: manualCellKeys(row.format as FormatId),
    events: await repo.listEvents(ctx.db, agencyId, id),
    canEdit,
    actions,
    notYet,
    overdueReplies: facts.overdueReplies,
    deadline: deadlineOf(agency, row.year, facts.townshipDeadline, row, today),
    suggestions: canEdit ? defaultTexts(await draftFacts(ctx, actor, agency, row.year, fromJson<Record<string, number>>(row.computed_cells), facts, report.cells)) : {},
  };
}

export type ExportKind = 'html' | 'docx' | 'csv' | 'xlsx';

export interface ExportedReport {
  fileName: string;
  contentType: string;
  body: string | Uint8Array;
}

async function exportOf(report: AnnualReport, agencyName: string, year: number, kind: ExportKind, findings?: readonly Finding[]): Promise<ExportedReport> {
  const base = `${agencyName}${year}年政府信息公开工作年度报告`;
  if (kind === 'docx') return { fileName: `${base}.docx`, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: await renderDocx(report) };
  // A byte-order mark so Excel opens the Chinese CSV as UTF-8.
  if (kind === 'csv') return { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: `\uFEFF${renderCsv(report)}` };
  if (kind === 'xlsx') return { fileName: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await renderXlsx(report) };
  return { fileName: `${base}.html`, contentType: 'text/html; charset=utf-8', body: renderHtml(report, findings) };
}

/** Staff download of a report in any status. */
export async function exportReport(ctx: ServiceContext, actor: Actor, agencyId: string, id: string, kind: ExportKind): Promise<ExportedReport> {
  const view = await getReport(ctx, actor, agencyId, id);
  return exportOf(view.report, view.agency.name, view.year, kind);
}

// ───────────────────────── public (专栏 年报) ─────────────────────────

/** Published reports of an agency, newest year first (条例第四十九条：向社会公布). */
export async function listPublishedReports(ctx: ServiceContext, agencyId: string): Promise<Array<{ year: number; publishedOn: string | null }>> {
  return (await repo.listPublished(ctx.db, agencyId)).map((r) => ({ year: Number(r.year), publishedOn: r.published_on }));
}

/** One published report for the public, exactly as published. */
export async function publishedReport(ctx: ServiceContext, agencyCode: string, year: number): Promise<{ agency: Agency; report: AnnualReport; publishedOn: string | null; prior: AnnualReport | null }> {
  const agency = await findAgencyByCode(ctx.db, agencyCode);
  if (!agency || agency.archivedAt) throw new NotFoundError('找不到该年度报告。');
  const [row, priorRow] = await Promise.all([repo.findPublished(ctx.db, agency.id, year), repo.findPublished(ctx.db, agency.id, year - 1)]);
  if (!row?.published_report) throw new NotFoundError('找不到该年度报告，它可能尚未公布。');
  // Last year's published report, for the page's this-year-against-last charts.
  const prior = priorRow?.published_report ? fromJson<AnnualReport>(priorRow.published_report) : null;
  return { agency, report: fromJson<AnnualReport>(row.published_report), publishedOn: row.published_on, prior };
}

export async function exportPublished(ctx: ServiceContext, agencyCode: string, year: number, kind: ExportKind): Promise<ExportedReport> {
  const { agency, report } = await publishedReport(ctx, agencyCode, year);
  return exportOf(report, agency.name, year, kind);
}

/** The agency of a report, for pages that address a report by id; refused like a missing report when unreadable. */
export async function reportAgencyId(ctx: ServiceContext, actor: Actor, id: string): Promise<string> {
  const agencyId = await repo.findAgencyIdOfReport(ctx.db, id);
  if (!agencyId) throw new NotFoundError(NOT_FOUND);
  await authorizeRead(ctx, actor, agencyId);
  return agencyId;
}

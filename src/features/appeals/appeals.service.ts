// 行政复议 and 行政诉讼 about the agency's disclosure work: recorded by the agency's staff, with the agency's own
// deadline (答复 or 答辩) on the law calendar, and counted into table 四 of the annual report. Commands check
// permission first, run in one transaction and append an audit event.
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import { localDateOfInstant, type LocalDate } from '../../law/local-date.ts';
import { reconsiderationProcedureLabels } from '../../law/appeal-deadlines.ts';
import { NotFoundError, ValidationError, validationErrorFromIssues } from '../../platform/errors.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { actorAccountId, can, type Actor } from '../accounts/domain/policy.ts';
import { findAncestryIds } from '../agencies/agencies.repository.ts';
import { getApplication, getApplicationByNumber } from '../applications/applications.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './appeals.repository.ts';
import { appealInputSchema, type AppealInput } from './appeals.schemas.ts';
import { answerLabel, appealKindLabels, appealResultLabels, type AppealRecordFacts } from './domain/appeal.ts';
import { appealDeadlineState, deadlineStateLabel, type AppealDeadlineState } from './domain/deadline-status.ts';
import { table4Cells } from './domain/table4.ts';

export interface AppealView {
  readonly id: string;
  readonly agencyId: string;
  readonly row: repo.AppealRow;
  readonly kindLabel: string;
  readonly resultLabel: string;
  readonly procedureLabel: string | null;
  readonly applicationNumber: string | null;
  readonly reconsiderationLabel: string | null;
  readonly deadline: AppealDeadlineState;
  readonly deadlineLabel: string;
}

function facts(row: repo.AppealRow): AppealRecordFacts {
  return {
    kind: row.kind,
    procedure: row.procedure,
    filedOn: row.filed_on as LocalDate,
    receivedOn: row.received_on as LocalDate | null,
    answeredOn: row.answered_on as LocalDate | null,
    concludedOn: row.concluded_on as LocalDate | null,
    result: row.result,
  };
}

function caseLabel(row: repo.AppealRow): string {
  return `${appealKindLabels[row.kind]}${row.case_number ? ` ${row.case_number}` : ''}（${row.filed_on}，${row.body_name}）`;
}

async function toView(ctx: ServiceContext, calendar: WorkingDayCalendar, row: repo.AppealRow, today: LocalDate): Promise<AppealView> {
  const application = row.application_id ? await getApplication(ctx.db, row.agency_id, row.application_id) : undefined;
  const reconsideration = row.reconsideration_id ? await repo.findAppeal(ctx.db, row.reconsideration_id) : undefined;
  const deadline = appealDeadlineState(calendar, facts(row), today);
  return {
    id: row.id,
    agencyId: row.agency_id,
    row,
    kindLabel: appealKindLabels[row.kind],
    resultLabel: row.result ? appealResultLabels[row.result] : '尚未审结',
    procedureLabel: row.procedure ? reconsiderationProcedureLabels[row.procedure] : null,
    applicationNumber: application?.application_number ?? null,
    reconsiderationLabel: reconsideration ? caseLabel(reconsideration) : null,
    deadline,
    deadlineLabel: deadlineStateLabel(deadline, answerLabel(row.kind)),
  };
}

async function ancestryOf(ctx: ServiceContext, agencyId: string): Promise<string[]> {
  return findAncestryIds(ctx.db, agencyId);
}

/** The cases of an agency, open ones first, each with where it stands against its deadline. */
export async function listAppeals(ctx: ServiceContext, calendar: WorkingDayCalendar, actor: Actor, agencyId: string): Promise<{ rows: AppealView[]; canRecord: boolean }> {
  const ancestry = await ancestryOf(ctx, agencyId);
  authorize(actor, 'appeal.read', agencyId, ancestry);
  const today = localDateOfInstant(ctx.now());
  const rows = await repo.listAppeals(ctx.db, agencyId);
  return { rows: await Promise.all(rows.map((r) => toView(ctx, calendar, r, today))), canRecord: can(actor, 'appeal.record', agencyId, ancestry) };
}

/** One case; a case of an agency the actor may not read is "not found" (no existence leak). */
export async function getAppeal(ctx: ServiceContext, calendar: WorkingDayCalendar, actor: Actor, id: string): Promise<AppealView & { canRecord: boolean }> {
  const row = await repo.findAppeal(ctx.db, id);
  if (!row) throw new NotFoundError('找不到该案件。');
  const ancestry = await ancestryOf(ctx, row.agency_id);
  if (!can(actor, 'appeal.read', row.agency_id, ancestry)) throw new NotFoundError('找不到该案件。');
  return { ...(await toView(ctx, calendar, row, localDateOfInstant(ctx.now()))), canRecord: can(actor, 'appeal.record', row.agency_id, ancestry) };
}

/** The 行政复议 of the agency a 复议后起诉 may follow, for the form's choice. */
export async function reconsiderationChoices(ctx: ServiceContext, actor: Actor, agencyId: string): Promise<Array<{ value: string; label: string }>> {
  authorize(actor, 'appeal.read', agencyId, await ancestryOf(ctx, agencyId));
  return (await repo.listReconsiderations(ctx.db, agencyId)).map((r) => ({ value: r.id, label: caseLabel(r) }));
}

/** Resolves the form's 申请编号 and 复议 to ids of the same agency; Chinese field errors otherwise. */
async function links(executor: Executor, agencyId: string, input: AppealInput, selfId: string | null): Promise<{ applicationId: string | null; reconsiderationId: string | null }> {
  let applicationId: string | null = null;
  if (input.applicationNumber) {
    const application = await getApplicationByNumber(executor, input.applicationNumber);
    if (!application || application.agency_id !== agencyId)
      throw new ValidationError({ applicationNumber: `本单位没有申请编号为“${input.applicationNumber}”的申请。请核对编号，或留空（案件不涉及本平台登记的申请）。` });
    applicationId = application.id;
  }
  let reconsiderationId: string | null = null;
  if (input.reconsiderationId) {
    const r = await repo.findAppeal(executor, input.reconsiderationId);
    if (!r || r.agency_id !== agencyId || r.kind !== 'administrative_reconsideration' || r.id === selfId)
      throw new ValidationError({ reconsiderationId: '所选的行政复议不存在，请重新选择。' });
    reconsiderationId = r.id;
  }
  return { applicationId, reconsiderationId };
}

function parse(input: unknown, today: LocalDate): AppealInput {
  const parsed = appealInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const future: Record<string, string> = {};
  for (const [field, value] of [['filedOn', parsed.data.filedOn], ['receivedOn', parsed.data.receivedOn], ['answeredOn', parsed.data.answeredOn], ['concludedOn', parsed.data.concludedOn]] as const) {
    if (value && value > today) future[field] = `日期 ${value} 还没有到，请填写已经发生的日期。`;
  }
  if (Object.keys(future).length > 0) throw new ValidationError(future);
  return parsed.data;
}

function columns(input: AppealInput, linked: { applicationId: string | null; reconsiderationId: string | null }) {
  return {
    kind: input.kind,
    procedure: input.procedure,
    body_name: input.bodyName,
    case_number: input.caseNumber,
    applicant_name: input.applicantName,
    matter: input.matter,
    filed_on: input.filedOn,
    received_on: input.receivedOn,
    answered_on: input.answeredOn,
    concluded_on: input.concludedOn,
    result: input.result,
    notes: input.notes,
    application_id: linked.applicationId,
    reconsideration_id: linked.reconsiderationId,
  };
}

export async function recordAppeal(ctx: ServiceContext, actor: Actor, agencyId: string, input: unknown): Promise<string> {
  authorize(actor, 'appeal.record', agencyId, await ancestryOf(ctx, agencyId));
  const data = parse(input, localDateOfInstant(ctx.now()));
  return ctx.db.transaction().execute(async (trx) => {
    const id = ctx.newId();
    const linked = await links(trx, agencyId, data, null);
    const at = ctx.now().toISOString();
    await repo.insertAppeal(trx, { id, agency_id: agencyId, ...columns(data, linked), created_by: actorAccountId(actor), created_at: at, updated_at: at });
    await recordAudit(trx, ctx, actor, {
      action: 'appeal.record',
      objectType: 'appeal',
      objectId: id,
      agencyId,
      summary: `登记${appealKindLabels[data.kind]}案件：${data.matter}`,
      after: columns(data, linked),
    });
    return id;
  });
}

export async function updateAppeal(ctx: ServiceContext, actor: Actor, id: string, input: unknown): Promise<void> {
  const existing = await repo.findAppeal(ctx.db, id);
  if (!existing) throw new NotFoundError('找不到该案件。');
  const ancestry = await ancestryOf(ctx, existing.agency_id);
  if (!can(actor, 'appeal.read', existing.agency_id, ancestry)) throw new NotFoundError('找不到该案件。');
  authorize(actor, 'appeal.record', existing.agency_id, ancestry);
  const data = parse(input, localDateOfInstant(ctx.now()));
  await ctx.db.transaction().execute(async (trx) => {
    const linked = await links(trx, existing.agency_id, data, id);
    await repo.updateAppeal(trx, existing.agency_id, id, { ...columns(data, linked), updated_at: ctx.now().toISOString() });
    const concludedNow = existing.concluded_on === null && data.concludedOn !== null;
    await recordAudit(trx, ctx, actor, {
      action: concludedNow ? 'appeal.conclude' : 'appeal.update',
      objectType: 'appeal',
      objectId: id,
      agencyId: existing.agency_id,
      summary: concludedNow ? `${appealKindLabels[data.kind]}案件审结：${appealResultLabels[data.result!]}` : `修改${appealKindLabels[data.kind]}案件：${data.matter}`,
      before: existing,
      after: columns(data, linked),
    });
  });
}

/** The appeals about one application, for its case page. */
export async function appealsOfApplication(ctx: ServiceContext, calendar: WorkingDayCalendar, actor: Actor, agencyId: string, applicationId: string): Promise<AppealView[]> {
  if (!can(actor, 'appeal.read', agencyId, await ancestryOf(ctx, agencyId))) return [];
  const today = localDateOfInstant(ctx.now());
  return Promise.all((await repo.listAppealsOfApplication(ctx.db, agencyId, applicationId)).map((r) => toView(ctx, calendar, r, today)));
}

/**
 * Open cases whose 答复 / 答辩 is due within APPEAL_DUE_SOON_WORKING_DAYS working days or overdue, for the
 * workbench and the 政务公开办's dashboard. The caller has checked the actor may read these agencies.
 */
export async function appealsNeedingAnswer(ctx: ServiceContext, calendar: WorkingDayCalendar, agencyIds: readonly string[]): Promise<AppealView[]> {
  const today = localDateOfInstant(ctx.now());
  const rows = await repo.listAwaitingAnswer(ctx.db, agencyIds);
  const views = await Promise.all(rows.map((r) => toView(ctx, calendar, r, today)));
  return views.filter((v) => v.deadline.kind === 'open' && (v.deadline.dueSoon || v.deadline.overdueDays > 0));
}

/** Table 四 of `year` counted from the agency's records (spec §4). No permission: the caller's command has it. */
export async function table4FromRecords(executor: Executor, agencyId: string, year: number): Promise<Record<string, number>> {
  const rows = await repo.appealsForYear(executor, agencyId, year);
  return table4Cells(
    rows.map((r) => ({ kind: r.kind, filedOn: r.filed_on as LocalDate, concludedOn: r.concluded_on as LocalDate | null, result: r.result })),
    year,
  );
}

/** Cases of the agency not yet concluded. No permission: the caller (the workbench panel) checks it. */
export async function openAppealCount(executor: Executor, agencyId: string): Promise<number> {
  return repo.countOpenAppeals(executor, agencyId);
}

// Complaints from the public that information was not proactively disclosed or is wrong (条例第四十七条
// 第二款、第五十一条; spec §6), filed on an item page or a 专栏 column; the agency's staff answer them,
// supervisors (政务公开办) see their subtree's, the complainant reads the answer with the 查询码 they were
// given on filing. Commands: permission first, one transaction, audit.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import { localDateOfInstant, type LocalDate } from '../../law/local-date.ts';
import { ConflictError, NotFoundError, validationErrorFromIssues } from '../../platform/errors.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { beijingDayEnd } from '../../platform/views/format.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { actorAccountId, can, SYSTEM_ACTOR, type Actor } from '../accounts/domain/policy.ts';
import { findAgencyById, findAncestryIds } from '../agencies/agencies.repository.ts';
import { normaliseQueryCode, queryCodeFromBytes } from '../applications/domain/application-number.ts';
import { hashQueryCode } from '../applications/service-support.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadSettings } from './catalogue-settings.service.ts';
import { findPublishedItem } from './catalogue.repository.ts';
import { agencyLevelForCatalogue } from './catalogue.service.ts';
import * as repo from './complaints.repository.ts';
import { categoriesFor, categoryLabel, CATEGORY_ID_PATTERN } from './domain/categories.ts';
import {
  COMPLAINT_KINDS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_QUERY_CODE_LENGTH,
  COMPLAINT_STATUSES,
  complaintAnswerDueOn,
  groupQueryCode,
  isComplaintOverdue,
  maskContact,
  overdueIfFiledOnOrBefore,
  type ComplaintKind,
  type ComplaintOutcome,
} from './domain/complaint.ts';

/** The 专栏's 法定主动公开内容 as a whole, when the complaint names no sub-column. */
export const WHOLE_COLUMN = 'statutory_content';

export const complaintInputSchema = z.object({
  kind: z.enum(Object.keys(COMPLAINT_KINDS) as [ComplaintKind, ...ComplaintKind[]], { error: '请选择“应公开未公开”或“内容有误”。' }),
  body: z
    .string({ error: '请写明具体情况。' })
    .trim()
    .min(10, { message: '请写明具体情况，至少 10 个字（例如哪项信息、应在何时公开）。' })
    .max(1000, { message: '具体情况不能超过 1000 字。' }),
  contact: z
    .string()
    .trim()
    .max(100, { message: '联系方式不能超过 100 个字。' })
    .optional()
    .transform((v) => (v ? v : null)),
  item: z.string().trim().max(64).optional().default(''),
  category: z.string().trim().max(41).optional().default(''),
});

export interface ComplaintTarget {
  readonly itemId: string | null;
  readonly itemTitle: string | null;
  readonly category: string | null;
  readonly label: string;
}

/** What a complaint form is about: a published item of the agency, or one of its 专栏 columns. */
export async function complaintTarget(ctx: ServiceContext, agencyId: string, input: { item?: string; category?: string }): Promise<ComplaintTarget> {
  if (input.item) {
    const item = await findPublishedItem(ctx.db, agencyId, input.item);
    if (!item) throw new NotFoundError('该信息不存在或已撤回。');
    return { itemId: item.id, itemTitle: item.title, category: null, label: `信息“${item.title}”` };
  }
  const category = input.category && CATEGORY_ID_PATTERN.test(input.category) ? input.category : WHOLE_COLUMN;
  if (category === WHOLE_COLUMN) return { itemId: null, itemTitle: null, category, label: '法定主动公开内容' };
  const agency = await findAgencyById(ctx.db, agencyId);
  const settings = await loadSettings(ctx.db, agencyId);
  const known = categoriesFor(agencyLevelForCatalogue(agency?.level ?? 'township'), settings.columns).find((c) => c.id === category);
  if (!known) throw new NotFoundError('没有这个栏目。');
  return { itemId: null, itemTitle: null, category, label: `栏目“${known.label}”` };
}

/**
 * A member of the public files a complaint (no account; the route is rate-limited and CSRF-checked). The
 * 查询码 is random and only its hash is kept: it is shown once, on the confirmation page.
 */
export async function fileComplaint(ctx: ServiceContext, agencyId: string, input: unknown): Promise<{ id: string; target: ComplaintTarget; queryCode: string }> {
  const parsed = complaintInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const target = await complaintTarget(ctx, agencyId, parsed.data);
  const queryCode = queryCodeFromBytes(randomBytes(COMPLAINT_QUERY_CODE_LENGTH), COMPLAINT_QUERY_CODE_LENGTH);
  return ctx.db.transaction().execute(async (trx) => {
    const id = ctx.newId();
    await repo.insertComplaint(trx, {
      id,
      agency_id: agencyId,
      item_id: target.itemId,
      category: target.category,
      kind: parsed.data.kind,
      body: parsed.data.body,
      contact: parsed.data.contact,
      status: 'open',
      answer: null,
      answered_by: null,
      answered_at: null,
      created_at: ctx.now().toISOString(),
      query_code_hash: hashQueryCode(queryCode),
      outcome: null,
    });
    await recordAudit(trx, ctx, SYSTEM_ACTOR, {
      action: 'catalogue.complaint_create',
      objectType: 'catalogue_complaint',
      objectId: id,
      agencyId,
      // No contact and no 查询码 in the log: the one is personal data, the other opens the answer page.
      summary: `公众反映“${COMPLAINT_KINDS[parsed.data.kind]}”：${target.label}`,
    });
    return { id, target, queryCode: groupQueryCode(queryCode) };
  });
}

function targetLabel(r: { item_id: string | null; item_title: string | null; category: string | null }): string {
  if (r.item_id) return `信息“${r.item_title ?? '（已删除）'}”`;
  return r.category === WHOLE_COLUMN || !r.category ? '法定主动公开内容' : `栏目“${categoryLabel(r.category)}”`;
}

export interface ComplaintTrackView {
  readonly agencyName: string;
  readonly agencyCode: string;
  readonly target: string;
  readonly kindLabel: string;
  readonly body: string;
  /** Masked even here: whoever holds the code must not learn the contact from it. */
  readonly contact: string | null;
  readonly filedAt: string;
  readonly statusLabel: string;
  readonly answer: string | null;
  readonly answeredAt: string | null;
  readonly outcomeLabel: string | null;
}

// One message whatever is wrong with the code, so the page tells a guesser nothing (no enumeration).
export const UNKNOWN_COMPLAINT_CODE = '查询码不正确，请核对提交意见后页面上显示的查询码（12 位字母和数字）。';

/** The complainant reads their complaint and its answer with the 查询码 alone. Public; no account. */
export async function trackComplaint(ctx: ServiceContext, queryCode: string): Promise<ComplaintTrackView> {
  const code = normaliseQueryCode(queryCode);
  if (code.length !== COMPLAINT_QUERY_CODE_LENGTH) throw new NotFoundError(UNKNOWN_COMPLAINT_CODE);
  const row = await repo.findComplaintByQueryCodeHash(ctx.db, hashQueryCode(code));
  if (!row) throw new NotFoundError(UNKNOWN_COMPLAINT_CODE);
  const agency = await findAgencyById(ctx.db, row.agency_id);
  if (!agency) throw new NotFoundError(UNKNOWN_COMPLAINT_CODE);
  return {
    agencyName: agency.name,
    agencyCode: agency.code,
    target: targetLabel(row),
    kindLabel: COMPLAINT_KINDS[row.kind],
    body: row.body,
    contact: row.contact === null ? null : maskContact(row.contact),
    filedAt: row.created_at,
    statusLabel: COMPLAINT_STATUSES[row.status],
    answer: row.answer,
    answeredAt: row.answered_at,
    outcomeLabel: row.outcome ? COMPLAINT_OUTCOMES[row.outcome] : null,
  };
}

const READERS = ['catalogue.draft', 'catalogue.review', 'catalogue.approve', 'oversight.read'] as const;

/**
 * Complaints of the given agencies the actor may read: its own agency's staff, and supervisors over
 * their subtree. The contact is shown in full only to those who answer (经办/审核 of the agency). An open
 * complaint past COMPLAINT_ANSWER_WORKING_DAYS working days is flagged, counted on the installation's calendar.
 */
export async function listComplaints(
  ctx: ServiceContext,
  calendar: WorkingDayCalendar,
  actor: Actor,
  agencyIds: readonly string[],
  limits: { open: number; answered: number } = { open: 500, answered: 200 },
) {
  const allowed: string[] = [];
  const answerable = new Set<string>();
  for (const id of agencyIds) {
    const ancestry = await findAncestryIds(ctx.db, id);
    if (READERS.some((a) => can(actor, a, id, ancestry))) allowed.push(id);
    if (can(actor, 'catalogue.draft', id, ancestry)) answerable.add(id);
  }
  const rows = await repo.listComplaints(ctx.db, allowed, limits);
  const today = localDateOfInstant(ctx.now());
  return rows.map((r) => {
    const filedOn = localDateOfInstant(new Date(r.created_at));
    return {
      id: r.id,
      agencyId: r.agency_id,
      kind: r.kind,
      target: targetLabel(r),
      itemId: r.item_id,
      body: r.body,
      contact: r.contact === null ? null : answerable.has(r.agency_id) ? r.contact : maskContact(r.contact),
      status: r.status,
      answer: r.answer,
      answeredAt: r.answered_at,
      outcome: r.outcome,
      createdAt: r.created_at,
      answerDueOn: complaintAnswerDueOn(calendar, filedOn),
      overdue: r.status === 'open' && isComplaintOverdue(calendar, filedOn, today),
      // Filed before 查询码 were issued: the answer is not visible to the complainant online.
      hasQueryCode: r.query_code_hash !== null,
      canAnswer: answerable.has(r.agency_id) && r.status === 'open',
    };
  });
}

/**
 * Per agency, the open complaints past COMPLAINT_ANSWER_WORKING_DAYS working days on `today`, for the
 * 政务公开办 dashboard: one grouped query, whatever the number of agencies. The caller has already checked
 * that the actor supervises these agencies.
 */
export async function countOverdueComplaintsByAgency(ctx: ServiceContext, calendar: WorkingDayCalendar, agencyIds: readonly string[], today: LocalDate): Promise<Map<string, number>> {
  const lastOverdueFilingDay = overdueIfFiledOnOrBefore(calendar, today);
  return repo.countOpenComplaintsFiledBefore(ctx.db, agencyIds, beijingDayEnd(lastOverdueFilingDay));
}

export const answerInputSchema = z.object({
  outcome: z.enum(Object.keys(COMPLAINT_OUTCOMES) as [ComplaintOutcome, ...ComplaintOutcome[]], { error: '请选择处理结果。' }),
  answer: z
    .string({ error: '请填写答复。' })
    .trim()
    .min(4, { message: '请写明处理情况，至少 4 个字（例如已于某日补充公开，或说明不属于主动公开范围的理由）。' })
    .max(2000, { message: '答复不能超过 2000 字。' }),
});

/** The agency's 经办/审核 record how the complaint was handled (e.g. published on …, or why not). */
export async function answerComplaint(ctx: ServiceContext, actor: Actor, complaintId: string, input: unknown): Promise<void> {
  const complaint = await repo.findComplaint(ctx.db, complaintId);
  if (!complaint) throw new NotFoundError('找不到该意见。');
  const ancestry = await findAncestryIds(ctx.db, complaint.agency_id);
  if (!READERS.some((a) => can(actor, a, complaint.agency_id, ancestry))) throw new NotFoundError('找不到该意见。');
  authorize(actor, 'catalogue.draft', complaint.agency_id, ancestry);
  const parsed = answerInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  await ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now().toISOString();
    const changed = await repo.answerComplaint(trx, complaintId, {
      answer: parsed.data.answer,
      outcome: parsed.data.outcome,
      answeredBy: actorAccountId(actor),
      answeredAt: at,
    });
    if (changed === 0) throw new ConflictError('这条意见已经答复过了。');
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue.complaint_answer',
      objectType: 'catalogue_complaint',
      objectId: complaintId,
      agencyId: complaint.agency_id,
      summary: `答复公众意见（${COMPLAINT_KINDS[complaint.kind]}）：${COMPLAINT_OUTCOMES[parsed.data.outcome]}`,
      after: { answer: parsed.data.answer, outcome: parsed.data.outcome },
    });
  });
}

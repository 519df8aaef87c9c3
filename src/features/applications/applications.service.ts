// 依申请公开 services. Each command: authorize first, open one transaction, call repositories and the pure
// domain, append a case event and an audit event for every change (DESIGN §3, 条例第四十五条：建立健全政府
// 信息公开申请登记、审核、办理、答复、归档的工作制度).
import { createHash, createHmac } from 'node:crypto';
import type { z } from 'zod';
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import type { ReplyClock } from '../../law/clock.ts';
import { assessPerApplication, assessPerVolume, formatYuan, paymentDueOn } from '../../law/fees.ts';
import { localDateOfInstant, type LocalDate } from '../../law/local-date.ts';
import { outcomeRowFor, remedyStatement, replyTypeDefinition, type ReplyType } from '../../law/replies.ts';
import { ConflictError, NotFoundError, ValidationError, validationErrorFromIssues } from '../../platform/errors.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { grantRootsFor, type Action, type Actor } from '../accounts/domain/policy.ts';
import { findAgencyByCode, findAgencyById, findAncestryIds, findSubtreeIds, listAgenciesByIds } from '../agencies/agencies.repository.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { readAttachment, storeAttachments, type UploadedFile } from './applications.files.ts';
import * as repo from './applications.repository.ts';
import {
  assignSchema,
  confirmReceiptSchema,
  consultationReplySchema,
  consultationSchema,
  correctionReceivedSchema,
  correctionRequestSchema,
  deliverySchema,
  extensionSchema,
  feeNoticeSchema,
  noteSchema,
  paymentSchema,
  portalApplicationSchema,
  registerApplicationSchema,
  replySchema,
  templateSchema,
  withdrawSchema,
} from './applications.schemas.ts';
import { formatApplicationNumber, normaliseQueryCode, queryCodeFromBytes } from './domain/application-number.ts';
import { caseClock, urgencyOf, type CaseFacts, type Urgency } from './domain/case-clock.ts';
import { needsConfirmation, type SubmissionChannel } from './domain/channels.ts';
import { maskAddress, maskEmail, maskIdNumber, maskPersonName, maskPhone } from './domain/masking.ts';
import {
  chineseDate,
  defaultLegalBasis,
  defaultTemplate,
  renderLetter,
  templateKeys,
  unknownPlaceholders,
  type LetterTemplate,
  type LetterValues,
  type RenderedLetter,
  type TemplateKey,
} from './domain/notice-letters.ts';
import { isOutcomeCode, type OutcomeCode } from './domain/outcomes.ts';
import { findRepeatCandidates, normaliseIdNumber, normaliseName, normalisePhone, type RepeatCandidate } from './domain/similarity.ts';
import { allowedEvents, nextStatus, outcomeNotAllowedReason, statusLabels, type ApplicationEvent, type ApplicationStatus } from './domain/workflow.ts';

export interface ApplicationsDeps {
  readonly ctx: ServiceContext;
  readonly calendar: WorkingDayCalendar;
  /** The installation secret (config.secret): each case's query code is derived from it. */
  readonly secret: string;
  /** The data folder; attachments go to <dataDir>/files/applications. */
  readonly dataDir: string;
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw validationErrorFromIssues(result.error.issues);
  return result.data;
}

function actorId(actor: Actor): string | null {
  return actor.kind === 'account' ? actor.accountId : null;
}

function today(ctx: ServiceContext): LocalDate {
  return localDateOfInstant(ctx.now());
}

function nowText(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}

/** The query code of a case, derived (HMAC) so a retried submission can show it again without storing it. */
export function queryCodeFor(secret: string, applicationId: string): string {
  return queryCodeFromBytes(createHmac('sha256', secret).update(`query-code:${applicationId}`).digest());
}

function hashQueryCode(code: string): string {
  return createHash('sha256').update(normaliseQueryCode(code)).digest('hex');
}

async function authorizeOn(ctx: ServiceContext, actor: Actor, action: Action, agencyId: string): Promise<Agency> {
  const agency = await findAgencyById(ctx.db, agencyId);
  if (!agency) throw new NotFoundError('单位不存在。');
  authorize(actor, action, agencyId, await findAncestryIds(ctx.db, agencyId));
  return agency;
}

async function loadCase(db: Executor, agencyId: string, id: string): Promise<repo.ApplicationRow> {
  const row = await repo.getApplication(db, agencyId, id);
  if (!row) throw new NotFoundError('申请不存在，或您无权查看。');
  return row;
}

// ── intake ─────────────────────────────────────────────────────────────────────────────────────────

export interface IntakeResult {
  applicationId: string;
  applicationNumber: string;
  queryCode: string;
  /** True when this submission key had already created the case (double click, retry). */
  duplicate: boolean;
  status: ApplicationStatus;
}

interface NewCase {
  agency: Agency;
  applicantType: string;
  name: string;
  idDocumentType: string;
  idNumber: string;
  phone: string;
  email?: string | undefined;
  address?: string | undefined;
  postalCode?: string | undefined;
  agentName?: string | undefined;
  description: string;
  documentNo?: string | undefined;
  purpose?: string | undefined;
  deliveryForm: string;
  deliveryChannel: string;
  channel: SubmissionChannel;
  arrivedOn: LocalDate;
  receivedOn: LocalDate | null;
  receiptEvidence?: string | undefined;
  oralApplication: boolean;
  submissionKey: string | null;
  files: readonly UploadedFile[];
}

async function existingIntake(deps: ApplicationsDeps, agencyId: string, key: string | null): Promise<IntakeResult | null> {
  if (!key) return null;
  const id = await repo.findIdBySubmissionKey(deps.ctx.db, agencyId, key);
  if (!id) return null;
  const row = await loadCase(deps.ctx.db, agencyId, id);
  return {
    applicationId: id,
    applicationNumber: row.application_number,
    queryCode: queryCodeFor(deps.secret, id),
    duplicate: true,
    status: row.status as ApplicationStatus,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === '23505' || (typeof e?.message === 'string' && /UNIQUE constraint failed/i.test(e.message));
}

async function createCase(deps: ApplicationsDeps, actor: Actor, input: NewCase): Promise<IntakeResult> {
  const { ctx } = deps;
  const again = await existingIntake(deps, input.agency.id, input.submissionKey);
  if (again) return again;
  // Files are checked and written before the transaction; a refused file refuses the whole application.
  const stored = storeAttachments(deps.dataDir, input.files);
  const id = ctx.newId();
  const year = Number((input.receivedOn ?? input.arrivedOn).slice(0, 4));
  const status: ApplicationStatus = input.receivedOn ? 'received' : 'awaiting_confirmation';
  const keys = {
    idKey: normaliseIdNumber(input.idNumber),
    nameKey: normaliseName(input.name),
    phoneKey: normalisePhone(input.phone),
  };
  try {
    const number = await ctx.db.transaction().execute(async (tx) => {
      const sequence = await repo.nextSequence(tx, input.agency.id, year);
      const applicationNumber = formatApplicationNumber(input.agency.code, year, sequence);
      const at = nowText(ctx);
      await repo.insertApplication(tx, {
        id,
        agency_id: input.agency.id,
        application_number: applicationNumber,
        year,
        sequence,
        query_code_hash: hashQueryCode(queryCodeFor(deps.secret, id)),
        submission_key: input.submissionKey,
        status,
        outcome: null,
        applicant_type: input.applicantType,
        channel: input.channel,
        oral_application: ctx.dialect === 'postgres' ? input.oralApplication : input.oralApplication ? 1 : 0,
        recorded_by: actor.kind === 'account' ? actor.accountId : null,
        arrived_on: input.arrivedOn,
        received_on: input.receivedOn,
        receipt_evidence: input.receiptEvidence ?? null,
        description: input.description,
        document_no: input.documentNo ?? null,
        purpose: input.purpose ?? null,
        delivery_form: input.deliveryForm,
        delivery_channel: input.deliveryChannel,
        assigned_to: null,
        custom_due_on: null,
        repeat_of_id: null,
        repeat_score: null,
        decided_on: null,
        delivered_on: null,
        created_at: at,
        updated_at: at,
      });
      await repo.insertApplicant(tx, {
        application_id: id,
        name: input.name,
        id_document_type: input.idDocumentType,
        id_number: input.idNumber,
        phone: input.phone,
        email: input.email ?? null,
        address: input.address ?? null,
        postal_code: input.postalCode ?? null,
        agent_name: input.agentName ?? null,
        name_key: keys.nameKey,
        id_key: keys.idKey,
        phone_key: keys.phoneKey,
      });
      for (const file of stored) {
        await repo.insertAttachment(tx, {
          id: ctx.newId(),
          application_id: id,
          agency_id: input.agency.id,
          kind: 'application_material',
          original_name: file.originalName,
          stored_name: file.storedName,
          media_type: file.mediaType,
          size_bytes: file.sizeBytes,
          sha256: file.sha256,
          uploaded_by: actor.kind === 'account' ? actor.accountId : null,
          created_at: at,
        });
      }
      // 条例第三十六条第（六）项、第三十五条：flag, never decide — the clerk sees the score and the earlier case.
      const earlier = await repo.earlierAnsweredCases(tx, input.agency.id, keys, id);
      const candidates = findRepeatCandidates(
        { name: input.name, idNumber: input.idNumber, phone: input.phone },
        input.description,
        earlier.map((e) => ({
          applicationId: e.id,
          applicationNumber: e.application_number,
          applicant: { name: e.name, idNumber: e.id_number, phone: e.phone },
          description: e.description,
        })),
      );
      const best = candidates[0];
      if (best) await repo.updateApplication(tx, input.agency.id, id, { repeat_of_id: best.applicationId, repeat_score: best.score });
      await repo.appendEvent(tx, {
        id: ctx.newId(),
        application_id: id,
        agency_id: input.agency.id,
        event: actor.kind === 'account' ? 'register' : 'submit',
        from_status: null,
        to_status: status,
        actor_id: actor.kind === 'account' ? actor.accountId : null,
        occurred_at: at,
        detail: JSON.stringify({ channel: input.channel, arrivedOn: input.arrivedOn, receivedOn: input.receivedOn, attachments: stored.length }),
      });
      await recordAudit(tx, ctx, actor, {
        action: actor.kind === 'account' ? 'application.register' : 'application.submit',
        objectType: 'application',
        objectId: id,
        agencyId: input.agency.id,
        summary: `${actor.kind === 'account' ? '登记' : '网上提交'}政府信息公开申请 ${applicationNumber}`,
        after: { applicationNumber, status, channel: input.channel },
      });
      return applicationNumber;
    });
    return { applicationId: id, applicationNumber: number, queryCode: queryCodeFor(deps.secret, id), duplicate: false, status };
  } catch (error) {
    // Two requests with the same submission key raced: the loser returns the winner's case.
    if (input.submissionKey && isUniqueViolation(error)) {
      const winner = await existingIntake(deps, input.agency.id, input.submissionKey);
      if (winner) return winner;
    }
    throw error;
  }
}

async function publicAgency(ctx: ServiceContext, agencyCode: string): Promise<Agency> {
  const agency = await findAgencyByCode(ctx.db, agencyCode);
  if (!agency || agency.archivedAt) throw new NotFoundError('找不到该机关，请检查网址，或从政府信息公开专栏进入申请页面。');
  return agency;
}

/**
 * A portal submission (条例第二十九条：数据电文形式). It is received only once both sides confirm
 * (条例第三十一条第（三）项), so it starts as “待确认”. The case is committed before this returns, so the
 * applicant never sees a number that is not stored; the same submission key returns the same case.
 */
export async function submitFromPortal(
  deps: ApplicationsDeps,
  agencyCode: string,
  input: unknown,
  files: readonly UploadedFile[] = [],
): Promise<IntakeResult> {
  const agency = await publicAgency(deps.ctx, agencyCode);
  const data = parse(portalApplicationSchema, input);
  return createCase(deps, { kind: 'system' }, {
    ...data,
    agency,
    channel: 'online',
    arrivedOn: today(deps.ctx),
    receivedOn: null,
    oralApplication: false,
    files,
  });
}

/** Staff register an application received in person, by post, fax or e-mail (条例第三十一条). */
export async function registerApplication(
  deps: ApplicationsDeps,
  actor: Actor,
  agencyId: string,
  input: unknown,
  files: readonly UploadedFile[] = [],
): Promise<IntakeResult> {
  const agency = await authorizeOn(deps.ctx, actor, 'application.register', agencyId);
  const data = parse(registerApplicationSchema, input);
  // 条例第三十一条：当面提交以提交之日、邮寄签收以签收之日为收到申请之日；其余渠道以确认之日为准。
  const receivedOn = needsConfirmation(data.channel) ? (data.receivedOn ?? null) : (data.receivedOn ?? data.arrivedOn);
  return createCase(deps, actor, {
    ...data,
    agency,
    receivedOn,
    submissionKey: data.submissionKey ?? null,
    files,
  });
}

// ── transitions ────────────────────────────────────────────────────────────────────────────────────

interface StepOptions {
  event: ApplicationEvent;
  detail: Record<string, unknown>;
  summary: string;
  patch?: Parameters<typeof repo.updateApplication>[3];
  /** Run inside the transaction after the status check, before the status is written. */
  records?: (tx: Executor, row: repo.ApplicationRow) => Promise<void>;
}

async function step(deps: ApplicationsDeps, actor: Actor, action: Action, agencyId: string, id: string, options: StepOptions): Promise<void> {
  const { ctx } = deps;
  await authorizeOn(ctx, actor, action, agencyId);
  await ctx.db.transaction().execute(async (tx) => {
    const row = await loadCase(tx, agencyId, id);
    const from = row.status as ApplicationStatus;
    const to = nextStatus(from, options.event);
    if (!to) {
      throw new ConflictError(`申请当前状态为“${statusLabels[from]}”，不能“${eventText(options.event)}”。请刷新页面查看最新状态。`);
    }
    if (options.records) await options.records(tx, row);
    const at = nowText(ctx);
    await repo.updateApplication(tx, agencyId, id, { ...options.patch, status: to, updated_at: at });
    await repo.appendEvent(tx, {
      id: ctx.newId(),
      application_id: id,
      agency_id: agencyId,
      event: options.event,
      from_status: from,
      to_status: to,
      actor_id: actor.kind === 'account' ? actor.accountId : null,
      occurred_at: at,
      detail: JSON.stringify(options.detail),
    });
    await recordAudit(tx, ctx, actor, {
      action: `application.${options.event}`,
      objectType: 'application',
      objectId: id,
      agencyId,
      summary: `${row.application_number}：${options.summary}`,
      before: { status: from },
      after: { status: to, ...options.detail },
    });
  });
}

const eventWords: Record<ApplicationEvent, string> = {
  confirm_receipt: '确认收到',
  start_handling: '开始办理',
  request_correction: '发出补正告知',
  receive_correction: '登记收到补正',
  start_consultation: '发出征求意见函',
  conclude_consultation: '结束征求意见',
  approve_extension: '批准延期',
  issue_fee_notice: '发出收费通知',
  record_payment: '登记缴费',
  reply: '作出答复',
  deliver: '登记送达',
  withdraw: '登记撤回',
};
function eventText(event: ApplicationEvent): string {
  return eventWords[event];
}

/** 条例第三十一条：平常信函、网上、电子邮件、传真提交的申请，以双方确认之日为收到申请之日。 */
export async function confirmReceipt(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(confirmReceiptSchema, input);
  await step(deps, actor, 'application.register', agencyId, id, {
    event: 'confirm_receipt',
    detail: { confirmedOn: data.confirmedOn, method: data.method },
    summary: `确认收到申请（${data.confirmedOn}，${data.method}）`,
    records: async (_tx, row) => {
      if (data.confirmedOn < row.arrived_on) throw new ValidationError({ confirmedOn: `确认日期不能早于申请到达日期（${row.arrived_on}）` });
    },
    patch: { received_on: data.confirmedOn, receipt_evidence: data.method },
  });
}

/** Assign a clerk of the agency; assigning a received case starts its handling. */
export async function assignCase(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const { ctx } = deps;
  const data = parse(assignSchema, input);
  await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const grant = (await repo.listAssignableStaff(ctx.db, agencyId)).find((staff) => staff.id === data.assigneeId);
  if (!grant) throw new ValidationError({ assigneeId: '只能指派给本单位在职的经办人或审核人' });
  const row = await loadCase(ctx.db, agencyId, id);
  if (row.status === 'received') {
    await step(deps, actor, 'application.handle', agencyId, id, {
      event: 'start_handling',
      detail: { assigneeId: data.assigneeId },
      summary: `指派给${grant.display_name}并开始办理`,
      patch: { assigned_to: data.assigneeId },
    });
    return;
  }
  await ctx.db.transaction().execute(async (tx) => {
    await repo.updateApplication(tx, agencyId, id, { assigned_to: data.assigneeId, updated_at: nowText(ctx) });
    await recordAudit(tx, ctx, actor, {
      action: 'application.assign',
      objectType: 'application',
      objectId: id,
      agencyId,
      summary: `${row.application_number}：指派给${grant.display_name}`,
      before: { assignedTo: row.assigned_to },
      after: { assignedTo: data.assigneeId },
    });
  });
}

export async function startHandling(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string): Promise<void> {
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'start_handling',
    detail: {},
    summary: '开始办理',
    patch: actor.kind === 'account' ? { assigned_to: actor.accountId } : {},
  });
}

export async function addNote(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const { ctx } = deps;
  const data = parse(noteSchema, input);
  await authorizeOn(ctx, actor, 'application.handle', agencyId);
  if (actor.kind !== 'account') throw new ValidationError({ body: '内部备注须由工作人员填写' });
  await ctx.db.transaction().execute(async (tx) => {
    const row = await loadCase(tx, agencyId, id);
    const noteId = ctx.newId();
    await repo.insertNote(tx, { id: noteId, application_id: id, agency_id: agencyId, author_id: actor.accountId, body: data.body, created_at: nowText(ctx) });
    await recordAudit(tx, ctx, actor, {
      action: 'application.note',
      objectType: 'application',
      objectId: id,
      agencyId,
      summary: `${row.application_number}：添加内部备注`,
      after: { noteId },
    });
  });
}

/** 条例第三十条：一次性告知补正 — a second correction request on the same case is refused. */
export async function requestCorrection(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(correctionRequestSchema, input);
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'request_correction',
    detail: { requestedOn: data.requestedOn, correctionDueOn: data.correctionDueOn },
    summary: `发出补正告知，补正期限至${data.correctionDueOn}`,
    records: async (tx, row) => {
      if (row.received_on && data.requestedOn < row.received_on) throw new ValidationError({ requestedOn: '补正告知日期不能早于收到申请之日' });
      const existing = await repo.clockRecords(tx, agencyId, [id]);
      if (existing.corrections.length > 0) {
        throw new ConflictError('本申请已经发出过补正告知。条例第三十条要求一次性告知需要补正的事项，不能再次要求补正。');
      }
      await repo.insertCorrection(tx, {
        application_id: id,
        agency_id: agencyId,
        requested_on: data.requestedOn,
        items: data.items,
        correction_due_on: data.correctionDueOn,
        corrected_on: null,
        created_by: actorId(actor),
        created_at: nowText(deps.ctx),
      });
    },
  });
}

/** 条例第三十条：答复期限自行政机关收到补正的申请之日起计算。 */
export async function receiveCorrection(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(correctionReceivedSchema, input);
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'receive_correction',
    detail: { correctedOn: data.correctedOn },
    summary: `收到补正后的申请（${data.correctedOn}），答复期限重新计算`,
    records: async (tx) => {
      const { corrections } = await repo.clockRecords(tx, agencyId, [id]);
      const c = corrections[0];
      if (!c) throw new ConflictError('本申请没有补正告知记录。');
      if (data.correctedOn < c.requested_on) throw new ValidationError({ correctedOn: '收到补正的日期不能早于发出补正告知的日期' });
      await repo.updateCorrection(tx, agencyId, id, { corrected_on: data.correctedOn });
    },
  });
}

/** 条例第三十二条、第三十四条：书面征求第三方或其他机关意见；所需时间不计算在答复期限内（第三十三条第三款）。 */
export async function startConsultation(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<string> {
  const data = parse(consultationSchema, input);
  const consultationId = deps.ctx.newId();
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'start_consultation',
    detail: { consultationId, partyKind: data.partyKind, partyName: data.partyName, dispatchedOn: data.dispatchedOn },
    summary: `向${data.partyName}发出征求意见函（${data.dispatchedOn}）`,
    records: async (tx) => {
      await repo.insertConsultation(tx, {
        id: consultationId,
        application_id: id,
        agency_id: agencyId,
        party_kind: data.partyKind,
        party_name: data.partyName,
        subject: data.subject,
        dispatched_on: data.dispatchedOn,
        party_received_on: data.partyReceivedOn ?? null,
        replied_on: null,
        reply_summary: null,
        reply_position: null,
        created_by: actorId(actor),
        created_at: nowText(deps.ctx),
      });
    },
  });
  return consultationId;
}

/**
 * Records the consulted party's reply (or its silence after 15 working days). When the last open
 * consultation concludes, the case returns to 办理中.
 */
export async function recordConsultationReply(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const { ctx } = deps;
  const data = parse(consultationReplySchema, input);
  if (data.position !== 'no_reply' && !data.repliedOn) throw new ValidationError({ repliedOn: '请填写收到意见的日期' });
  await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const { consultations } = await repo.clockRecords(ctx.db, agencyId, [id]);
  const target = consultations.find((c) => c.id === data.consultationId);
  if (!target) throw new NotFoundError('征求意见记录不存在。');
  if (target.reply_position) throw new ConflictError('该征求意见已登记过答复。');
  const stillOpen = consultations.filter((c) => c.id !== target.id && !c.reply_position).length;
  const patch = {
    replied_on: data.repliedOn ?? null,
    party_received_on: data.partyReceivedOn ?? target.party_received_on,
    reply_position: data.position,
    reply_summary: data.summary ?? null,
  };
  if (data.repliedOn && data.repliedOn < target.dispatched_on) throw new ValidationError({ repliedOn: '收到意见的日期不能早于发函日期' });
  const positionText = { agrees: '同意公开', objects: '不同意公开', no_reply: '逾期未答复' }[data.position];
  if (stillOpen > 0) {
    await ctx.db.transaction().execute(async (tx) => {
      const row = await loadCase(tx, agencyId, id);
      await repo.updateConsultation(tx, agencyId, target.id, patch);
      await repo.appendEvent(tx, {
        id: ctx.newId(), application_id: id, agency_id: agencyId, event: 'consultation_reply', from_status: row.status, to_status: row.status,
        actor_id: actor.kind === 'account' ? actor.accountId : null, occurred_at: nowText(ctx), detail: JSON.stringify({ consultationId: target.id, ...patch }),
      });
      await recordAudit(tx, ctx, actor, {
        action: 'application.consultation_reply', objectType: 'application', objectId: id, agencyId,
        summary: `${row.application_number}：登记${target.party_name}意见（${positionText}）`, after: patch,
      });
    });
    return;
  }
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'conclude_consultation',
    detail: { consultationId: target.id, ...patch },
    summary: `登记${target.party_name}意见（${positionText}），征求意见结束`,
    records: async (tx) => repo.updateConsultation(tx, agencyId, target.id, patch),
  });
}

/**
 * 条例第三十三条第二款：经政府信息公开工作机构负责人同意并告知申请人，可以延长答复期限，最长不超过20个
 * 工作日。Only a leader approves, and only on or before the current deadline (spec §5, README U8).
 */
export async function approveExtension(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(extensionSchema, input);
  await authorizeOn(deps.ctx, actor, 'application.approve_extension', agencyId);
  const before = await caseClockFor(deps, agencyId, id, data.approvedOn);
  if (!before.clock.finalDueOn) throw new ConflictError('申请尚未确认收到，答复期限还没有开始计算，不能延期。');
  if (data.approvedOn > before.clock.finalDueOn) {
    throw new ValidationError({ approvedOn: `答复期限已于${before.clock.finalDueOn}届满，逾期后不能再批准延期。` });
  }
  if (before.extension) throw new ConflictError('本申请已经延长过答复期限，条例第三十三条规定延长最长不超过20个工作日。');
  await step(deps, actor, 'application.approve_extension', agencyId, id, {
    event: 'approve_extension',
    detail: { approvedOn: data.approvedOn, reason: data.reason },
    summary: `批准延长答复期限（${data.approvedOn}）：${data.reason}`,
    records: async (tx) =>
      repo.insertExtension(tx, {
        application_id: id,
        agency_id: agencyId,
        approved_by: actorId(actor),
        approved_on: data.approvedOn,
        reason: data.reason,
        created_at: nowText(deps.ctx),
      }),
  });
}

/** 国办函〔2020〕109号：收费通知应在答复期限内发出；金额按件或按量计收，只能选一种。 */
export async function issueFeeNotice(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<number> {
  const data = parse(feeNoticeSchema, input);
  const assessment = data.method === 'per_application' ? assessPerApplication(data.monthOrdinal!) : assessPerVolume(data.pages!);
  if (assessment.amountFen === 0) {
    throw new ValidationError({ [data.method === 'per_application' ? 'monthOrdinal' : 'pages']: `按${assessment.standard}，本件不收费，无需发出收费通知` });
  }
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'issue_fee_notice',
    detail: { method: data.method, amountFen: assessment.amountFen, sentOn: data.sentOn },
    summary: `发出收费通知，金额${formatYuan(assessment.amountFen)}`,
    records: async (tx) =>
      repo.insertFeeNotice(tx, {
        id: deps.ctx.newId(),
        application_id: id,
        agency_id: agencyId,
        method: data.method,
        month_ordinal: data.monthOrdinal ?? null,
        pages: data.pages ?? null,
        amount_fen: assessment.amountFen,
        notice_sent_on: data.sentOn,
        notice_received_on: data.receivedOn ?? null,
        paid_on: null,
        paid_amount_fen: null,
        receipt_no: null,
        created_by: actorId(actor),
        created_at: nowText(deps.ctx),
      }),
  });
  return assessment.amountFen;
}

export async function recordPayment(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(paymentSchema, input);
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'record_payment',
    detail: { paidOn: data.paidOn, receiptNo: data.receiptNo },
    summary: `登记缴费（${data.paidOn}，票据${data.receiptNo}）`,
    records: async (tx) => {
      const { fees } = await repo.clockRecords(tx, agencyId, [id]);
      const open = fees.find((f) => !f.paid_on);
      if (!open) throw new ConflictError('没有待缴费的收费通知。');
      // 国办函〔2020〕109号：自收到通知次日起20个工作日内缴纳；逾期缴纳按放弃申请处理，不能登记为已缴费。
      const due = paymentDueOn(deps.calendar, (open.notice_received_on ?? open.notice_sent_on) as LocalDate).date;
      if (data.paidOn > due) throw new ValidationError({ paidOn: `缴费期限已于${due}届满，逾期未缴费的应按“逾期未缴纳费用、不再处理”答复。` });
      await repo.updateFeeNotice(tx, agencyId, open.id, { paid_on: data.paidOn, paid_amount_fen: open.amount_fen, receipt_no: data.receiptNo });
    },
  });
}

// ── reply, delivery, withdrawal ────────────────────────────────────────────────────────────────────

function authoritiesOf(agency: Agency): { reconsiderationBody: string; court: string } {
  const s = agency.settings as Record<string, unknown>;
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : fallback);
  return {
    reconsiderationBody: text(s.reconsiderationBody, '＿＿＿＿（行政复议机关，请在单位设置中填写）'),
    court: text(s.court, '＿＿＿＿（人民法院，请在单位设置中填写）'),
  };
}

async function templateFor(db: Executor, agencyId: string, key: TemplateKey): Promise<LetterTemplate> {
  const saved = await repo.getTemplate(db, agencyId, key);
  return saved ? { title: saved.title, body: saved.body } : defaultTemplate(key);
}

async function letterValues(db: Executor, agency: Agency, row: repo.ApplicationRow): Promise<LetterValues> {
  const applicant = await repo.getApplicant(db, agency.id, row.id);
  return {
    agencyName: agency.name,
    applicantName: applicant?.name ?? '',
    applicationNumber: row.application_number,
    receivedOn: row.received_on ? chineseDate(row.received_on) : '',
    description: row.description,
  };
}

/**
 * 条例第三十六至三十九条：作出答复. The reply type decides the outcome (its table 三 row, through law's
 * mapping), the legal basis and the remedy statement; the letter is generated from the agency's template
 * unless the clerk edited the text. Reasons are required where the law requires them.
 */
export async function replyToApplication(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const { ctx } = deps;
  const data = parse(replySchema, input);
  const agency = await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const definition = replyTypeDefinition(data.replyType as ReplyType);
  const outcome = outcomeRowFor(definition.id, 'gov_2021');
  if (!isOutcomeCode(outcome)) throw new Error(`law mapped ${definition.id} to unknown row ${outcome}`);
  if (definition.reason === 'required' && !data.reasons && !data.withheldParts) {
    throw new ValidationError({ reasons: `“${definition.name}”必须说明理由（${definition.basis}）` });
  }
  if (outcome === 'outcomes.partially_granted' && !data.withheldParts) {
    throw new ValidationError({ withheldParts: '部分公开须列明不予公开的部分及其理由（条例第三十七条）' });
  }
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: data.replyType === 'withdrawn' ? 'withdraw' : 'reply',
    detail: { replyType: data.replyType, outcome, decidedOn: data.decidedOn },
    summary: `作出答复：${definition.name}`,
    patch: { outcome, decided_on: data.decidedOn },
    records: async (tx, row) => {
      const reason = outcomeNotAllowedReason(row.status as ApplicationStatus, outcome);
      if (reason) throw new ValidationError({ replyType: reason });
      if (row.received_on && data.decidedOn < row.received_on) throw new ValidationError({ decidedOn: '答复日期不能早于收到申请之日' });
      const values: LetterValues = {
        ...(await letterValues(tx, agency, row)),
        reasons: data.reasons ?? '',
        legalBasis: data.legalBasis ?? defaultLegalBasis(outcome),
        withheldParts: data.withheldParts ?? '',
        provided: data.provided ?? '',
        remedy: remedyStatement(definition.id, authoritiesOf(agency)),
        date: chineseDate(data.decidedOn),
      };
      const { corrections, fees } = await repo.clockRecords(tx, agencyId, [id]);
      if (corrections[0]) values.correctionDueOn = chineseDate(corrections[0].correction_due_on);
      // 条例第三十条、国办函〔2020〕109号：“视为放弃申请” only once the applicant's own deadline has passed.
      if (outcome === 'outcomes.other_handling.correction_overdue' && corrections[0] && data.decidedOn <= corrections[0].correction_due_on) {
        throw new ValidationError({ decidedOn: `补正期限至${corrections[0].correction_due_on}，期限届满后才能按逾期不补正处理。` });
      }
      const fee = fees.at(-1);
      if (outcome === 'outcomes.other_handling.fee_unpaid_overdue' && fee) {
        const due = paymentDueOn(deps.calendar, (fee.notice_received_on ?? fee.notice_sent_on) as LocalDate).date;
        if (data.decidedOn <= due) throw new ValidationError({ decidedOn: `缴费期限至${due}，期限届满后才能按逾期未缴费处理。` });
      }
      const letter = renderLetter(await templateFor(tx, agencyId, `reply:${outcome}`), values);
      const letterNumber = `〔${data.decidedOn.slice(0, 4)}〕第${row.sequence}号`;
      await repo.insertReply(tx, {
        application_id: id,
        agency_id: agencyId,
        reply_type: data.replyType,
        outcome,
        letter_number: letterNumber,
        reasons: data.reasons ?? '',
        legal_basis: values.legalBasis!,
        withheld_parts: data.withheldParts ? JSON.stringify([{ part: data.withheldParts }]) : null,
        secondary_grounds: null,
        letter_body: data.letterBody ?? letter.paragraphs.join('\n\n'),
        decided_on: data.decidedOn,
        decided_by: actorId(actor),
        created_at: nowText(ctx),
      });
    },
  });
}

export async function recordDelivery(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(deliverySchema, input);
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'deliver',
    detail: { method: data.method, deliveredOn: data.deliveredOn },
    summary: `登记送达（${data.deliveredOn}）`,
    patch: { delivered_on: data.deliveredOn },
    records: async (tx, row) => {
      if (row.decided_on && data.deliveredOn < row.decided_on) throw new ValidationError({ deliveredOn: '送达日期不能早于答复日期' });
      await repo.insertDelivery(tx, {
        application_id: id,
        agency_id: agencyId,
        method: data.method,
        delivered_on: data.deliveredOn,
        proof: data.proof ?? null,
        recorded_by: actorId(actor),
        created_at: nowText(deps.ctx),
      });
    },
  });
}

/** The applicant withdraws: counted in table 三 under （六）其他处理 3.其他 (spec §6, practice). */
export async function withdrawApplication(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(withdrawSchema, input);
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'withdraw',
    detail: { withdrawnOn: data.withdrawnOn, note: data.note ?? null },
    summary: `申请人撤回申请（${data.withdrawnOn}）`,
    patch: { outcome: 'outcomes.other_handling.other', decided_on: data.withdrawnOn },
  });
}

// ── reading ────────────────────────────────────────────────────────────────────────────────────────

async function caseClockFor(deps: ApplicationsDeps, agencyId: string, id: string, asOf: LocalDate) {
  const row = await loadCase(deps.ctx.db, agencyId, id);
  const records = await repo.clockRecords(deps.ctx.db, agencyId, [id]);
  const facts = factsOf(row, records);
  return { row, records, extension: records.extensions[0] ?? null, clock: caseClock(deps.calendar, facts, asOf) };
}

function factsOf(row: Pick<repo.ApplicationRow, 'id' | 'channel' | 'arrived_on' | 'received_on' | 'custom_due_on' | 'decided_on'>, records: repo.ClockRecords): CaseFacts {
  const correction = records.corrections.find((c) => c.application_id === row.id);
  const extension = records.extensions.find((e) => e.application_id === row.id);
  const fee = records.fees.filter((f) => f.application_id === row.id).at(-1);
  return {
    channel: row.channel as SubmissionChannel,
    arrivedOn: row.arrived_on,
    receivedOn: row.received_on,
    correction: correction ? { requestedOn: correction.requested_on, dueOn: correction.correction_due_on, correctedOn: correction.corrected_on } : null,
    consultations: records.consultations
      .filter((c) => c.application_id === row.id)
      .map((c) => ({
        partyKind: c.party_kind as 'third_party' | 'other_organ',
        dispatchedOn: c.dispatched_on,
        partyReceivedOn: c.party_received_on,
        repliedOn: c.replied_on,
      })),
    extension: extension ? { approvedOn: extension.approved_on } : null,
    fee: fee ? { sentOn: fee.notice_sent_on, receivedOn: fee.notice_received_on, paidOn: fee.paid_on } : null,
    customDueOn: row.custom_due_on,
    decidedOn: row.decided_on,
  };
}

export interface MaskedApplicant {
  name: string;
  idDocumentType: string;
  idNumber: string;
  phone: string;
  email: string | null;
  address: string | null;
  postalCode: string | null;
  agentName: string | null;
}

function maskedApplicant(a: repo.ApplicantRow, applicantType: string): MaskedApplicant {
  return {
    // A legal person's name is public; a natural person's is personal data.
    name: applicantType === 'natural_person' ? maskPersonName(a.name) : a.name,
    idDocumentType: a.id_document_type,
    idNumber: applicantType === 'natural_person' ? maskIdNumber(a.id_number) : a.id_number,
    phone: maskPhone(a.phone),
    email: a.email ? maskEmail(a.email) : null,
    address: a.address ? maskAddress(a.address) : null,
    postalCode: a.postal_code,
    agentName: a.agent_name,
  };
}

export interface CaseView {
  agency: Agency;
  application: repo.ApplicationRow;
  applicant: MaskedApplicant;
  clock: ReplyClock;
  urgency: Urgency;
  allowedEvents: ApplicationEvent[];
  events: repo.EventRow[];
  notes: repo.NoteRow[];
  attachments: repo.AttachmentRow[];
  correction: repo.CorrectionRow | null;
  consultations: repo.ConsultationRow[];
  extension: repo.ExtensionRow | null;
  fees: repo.FeeNoticeRow[];
  reply: repo.ReplyRow | null;
  delivery: repo.DeliveryRow | null;
  repeatOf: { id: string; applicationNumber: string; score: number } | null;
  /** Accounts of the agency that may be assigned (clerks and reviewers). */
  assignees: Array<{ id: string; name: string }>;
  canHandle: boolean;
  canApproveExtension: boolean;
  canReadPersonalData: boolean;
}

function canDo(actor: Actor, action: Action, agencyId: string, ancestry: readonly string[]): boolean {
  try {
    authorize(actor, action, agencyId, ancestry);
    return true;
  } catch {
    return false;
  }
}

/** The case page. Personal data is masked; supervisors read over their subtree (policy 'agency.read'). */
export async function getCase(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string): Promise<CaseView> {
  const { ctx } = deps;
  const agency = await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const ancestry = await findAncestryIds(ctx.db, agencyId);
  const { row, records, clock } = await caseClockFor(deps, agencyId, id, today(ctx));
  const [applicant, events, notes, attachments, reply, delivery, assignees] = await Promise.all([
    repo.getApplicant(ctx.db, agencyId, id),
    repo.listEvents(ctx.db, agencyId, id),
    repo.listNotes(ctx.db, agencyId, id),
    repo.listAttachments(ctx.db, agencyId, id),
    repo.getReply(ctx.db, agencyId, id),
    repo.getDelivery(ctx.db, agencyId, id),
    repo.listAssignableStaff(ctx.db, agencyId),
  ]);
  if (!applicant) throw new NotFoundError('申请人信息缺失。');
  let repeatOf: CaseView['repeatOf'] = null;
  if (row.repeat_of_id) {
    const earlier = await repo.getApplication(ctx.db, agencyId, row.repeat_of_id);
    if (earlier) repeatOf = { id: earlier.id, applicationNumber: earlier.application_number, score: Number(row.repeat_score ?? 0) };
  }
  return {
    agency,
    application: row,
    applicant: maskedApplicant(applicant, row.applicant_type),
    clock,
    urgency: urgencyOf(clock),
    allowedEvents: allowedEvents(row.status as ApplicationStatus),
    events,
    notes,
    attachments,
    correction: records.corrections[0] ?? null,
    consultations: records.consultations,
    extension: records.extensions[0] ?? null,
    fees: records.fees,
    reply: reply ?? null,
    delivery: delivery ?? null,
    repeatOf,
    assignees: assignees.map((a) => ({ id: a.id, name: a.display_name })),
    canHandle: canDo(actor, 'application.handle', agencyId, ancestry),
    canApproveExtension: canDo(actor, 'application.approve_extension', agencyId, ancestry),
    canReadPersonalData: canDo(actor, 'application.read_personal_data', agencyId, ancestry),
  };
}

/**
 * The agency of a case the actor may read (its own agency, or a supervisor's / admin's subtree). Staff
 * pages address a case by id; every later call is scoped to this agency.
 */
export async function caseAgencyId(deps: ApplicationsDeps, actor: Actor, id: string): Promise<string> {
  const agencyId = await repo.findAgencyIdOfCase(deps.ctx.db, id);
  if (!agencyId) throw new NotFoundError('申请不存在，或您无权查看。');
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  return agencyId;
}

/** The attachment file of a case, for staff who may read the case. */
export async function attachmentFile(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, attachmentId: string) {
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  const file = await repo.getAttachment(deps.ctx.db, agencyId, attachmentId);
  if (!file || file.application_id !== id) throw new NotFoundError('附件不存在。');
  return { file, data: readAttachment(deps.dataDir, file.stored_name) };
}

/** The applicant's personal data unmasked — for staff who handle the case; every read is audited (DESIGN §5). */
export async function revealApplicant(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string): Promise<repo.ApplicantRow> {
  const { ctx } = deps;
  await authorizeOn(ctx, actor, 'application.read_personal_data', agencyId);
  const row = await loadCase(ctx.db, agencyId, id);
  const applicant = await repo.getApplicant(ctx.db, agencyId, id);
  if (!applicant) throw new NotFoundError('申请人信息缺失。');
  await recordAudit(ctx.db, ctx, actor, {
    action: 'application.personal_data_read',
    objectType: 'application',
    objectId: id,
    agencyId,
    summary: `${row.application_number}：查看申请人个人信息（未遮蔽）`,
  });
  return applicant;
}

// The clock is a pure function of (calendar, facts, date); the home page recomputes it for every open
// case on every visit, so results are kept per calendar (a changed override makes a new calendar).
const clockCache = new WeakMap<WorkingDayCalendar, Map<string, ReplyClock>>();
const CLOCK_CACHE_LIMIT = 20_000;

function cachedClock(calendar: WorkingDayCalendar, facts: CaseFacts, asOf: LocalDate): ReplyClock {
  let cache = clockCache.get(calendar);
  if (!cache) clockCache.set(calendar, (cache = new Map()));
  const key = `${asOf}|${JSON.stringify(facts)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const clock = caseClock(calendar, facts, asOf);
  if (cache.size >= CLOCK_CACHE_LIMIT) cache.clear();
  cache.set(key, clock);
  return clock;
}

export interface HomeCase extends repo.CaseListRow {
  urgency: Urgency;
  dueOn: string | null;
  workingDaysRemaining: number | null;
}

export interface StaffHome {
  overdue: HomeCase[];
  dueSoon: HomeCase[];
  onTime: HomeCase[];
  /** 条例第三十一条：等待双方确认的申请（平常信函、网上、传真）— warned daily (spec §2). */
  awaitingConfirmation: HomeCase[];
  awaitingCorrection: HomeCase[];
}

/** The staff home page section: open cases by urgency, derived from the reply clock as of today. */
export async function staffHome(deps: ApplicationsDeps, actor: Actor, agencyId: string): Promise<StaffHome> {
  const { ctx } = deps;
  await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const open = await repo.listOpenCases(ctx.db, agencyId);
  const records = await repo.clockRecords(ctx.db, agencyId, open.map((r) => r.id));
  const asOf = today(ctx);
  const home: StaffHome = { overdue: [], dueSoon: [], onTime: [], awaitingConfirmation: [], awaitingCorrection: [] };
  for (const row of open) {
    const clock = cachedClock(deps.calendar, factsOf({ ...row, custom_due_on: null }, records), asOf);
    const item: HomeCase = { ...row, urgency: urgencyOf(clock), dueOn: clock.finalDueOn, workingDaysRemaining: clock.progress?.workingDaysRemaining ?? null };
    if (row.status === 'awaiting_confirmation') home.awaitingConfirmation.push(item);
    else if (row.status === 'correction_requested') home.awaitingCorrection.push(item);
    else if (item.urgency === 'overdue') home.overdue.push(item);
    else if (item.urgency === 'due_soon') home.dueSoon.push(item);
    else home.onTime.push(item);
  }
  const byDue = (a: HomeCase, b: HomeCase) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');
  home.overdue.sort(byDue);
  home.dueSoon.sort(byDue);
  home.onTime.sort(byDue);
  return home;
}

export async function listCases(
  deps: ApplicationsDeps,
  actor: Actor,
  agencyId: string,
  filter: { status?: string | undefined; q?: string | undefined; page: number },
  pageSize = 50,
): Promise<{ rows: repo.CaseListRow[]; total: number; page: number; pageSize: number }> {
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  const result = await repo.listCases(deps.ctx.db, agencyId, {
    status: filter.status && filter.status !== 'open' ? filter.status : undefined,
    open: filter.status === 'open',
    text: filter.q,
    limit: pageSize,
    offset: (filter.page - 1) * pageSize,
  });
  return { ...result, page: filter.page, pageSize };
}

/** 年报表三 of the agency for the year (the annual report calls this; supervisors read their subtree). */
export async function table3ForYear(deps: ApplicationsDeps, actor: Actor, agencyId: string, year: number): Promise<Record<string, number>> {
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  return repo.table3Counts(deps.ctx.db, agencyId, year);
}

/** Agencies whose cases the actor may list: own agencies, and subtrees for supervisors/admins. */
export async function readableAgencies(ctx: ServiceContext, actor: Actor): Promise<Array<{ id: string; name: string }>> {
  const ids = new Set<string>();
  for (const root of grantRootsFor(actor, 'agency.read')) {
    if (root.reach === 'own') ids.add(root.agencyId);
    else for (const id of await findSubtreeIds(ctx.db, root.agencyId)) ids.add(id);
  }
  return (await listAgenciesByIds(ctx.db, [...ids], { includeArchived: false })).map((a) => ({ id: a.id, name: a.name }));
}

// ── letters ────────────────────────────────────────────────────────────────────────────────────────

/** The reply letter as stored (its text is what was sent), ready for HTML or Word. */
function storedReplyLetter(agency: Agency, row: repo.ApplicationRow, reply: repo.ReplyRow): RenderedLetter {
  return {
    title: `${agency.name}政府信息公开申请答复书`,
    paragraphs: reply.letter_body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== ''),
    agencyName: agency.name,
    letterNumber: reply.letter_number,
    date: chineseDate(reply.decided_on),
  };
}

export type LetterKindRequest = 'reply' | 'correction' | 'extension' | 'consultation' | 'fee';

/** A notice letter of a case for staff (printable HTML or Word). */
export async function caseLetter(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, kind: LetterKindRequest, consultationId?: string): Promise<RenderedLetter> {
  const { ctx } = deps;
  const agency = await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const row = await loadCase(ctx.db, agencyId, id);
  if (kind === 'reply') {
    const reply = await repo.getReply(ctx.db, agencyId, id);
    if (!reply) throw new NotFoundError('本申请尚未作出答复。');
    return storedReplyLetter(agency, row, reply);
  }
  const values = await letterValues(ctx.db, agency, row);
  const { clock, records } = await caseClockFor(deps, agencyId, id, today(ctx));
  values.date = chineseDate(today(ctx));
  if (kind === 'correction') {
    const c = records.corrections[0];
    if (!c) throw new NotFoundError('本申请没有补正告知。');
    Object.assign(values, { correctionItems: c.items, correctionDueOn: chineseDate(c.requested_on === c.correction_due_on ? c.correction_due_on : c.correction_due_on), date: chineseDate(c.requested_on) });
  } else if (kind === 'extension') {
    const e = records.extensions[0];
    if (!e) throw new NotFoundError('本申请没有延期记录。');
    Object.assign(values, { extensionReason: e.reason, extendedDueOn: clock.finalDueOn ? chineseDate(clock.finalDueOn) : '', date: chineseDate(e.approved_on) });
  } else if (kind === 'consultation') {
    const c = records.consultations.find((x) => x.id === consultationId) ?? records.consultations[0];
    if (!c) throw new NotFoundError('本申请没有征求意见记录。');
    const received = (c.party_received_on ?? c.dispatched_on) as LocalDate;
    Object.assign(values, { partyName: c.party_name, consultationDueOn: chineseDate(deps.calendar.addWorkingDays(received, 15).date), date: chineseDate(c.dispatched_on) });
  } else {
    const f = records.fees.at(-1);
    if (!f) throw new NotFoundError('本申请没有收费通知。');
    const assessment = f.method === 'per_application' ? assessPerApplication(f.month_ordinal ?? 1) : assessPerVolume(f.pages ?? 1);
    const due = paymentDueOn(deps.calendar, (f.notice_received_on ?? f.notice_sent_on) as LocalDate).date;
    Object.assign(values, { feeAmount: formatYuan(f.amount_fen), feeBasis: assessment.standard, paymentDueOn: chineseDate(due), date: chineseDate(f.notice_sent_on) });
  }
  return renderLetter(await templateFor(ctx.db, agencyId, kind), values);
}

export interface TrackView {
  applicationNumber: string;
  agencyName: string;
  status: ApplicationStatus;
  statusLabel: string;
  arrivedOn: string;
  receivedOn: string | null;
  dueOn: string | null;
  decidedOn: string | null;
  hasReplyLetter: boolean;
  steps: Array<{ at: string; label: string }>;
}

const publicEventLabels: Record<string, string> = {
  submit: '网上提交申请',
  register: '登记申请',
  confirm_receipt: '确认收到申请',
  start_handling: '开始办理',
  request_correction: '发出补正告知',
  receive_correction: '收到补正材料',
  start_consultation: '征求意见',
  conclude_consultation: '征求意见结束',
  approve_extension: '延长答复期限',
  issue_fee_notice: '发出收费通知',
  record_payment: '收到缴费',
  reply: '作出答复',
  deliver: '答复已送达',
  withdraw: '申请已撤回',
};

async function trackedCase(deps: ApplicationsDeps, applicationNumber: string, queryCode: string): Promise<{ row: repo.ApplicationRow; agency: Agency }> {
  const row = await repo.getApplicationByNumber(deps.ctx.db, applicationNumber.trim());
  // Same message whether the number or the code is wrong: the number alone must reveal nothing.
  const notFound = new NotFoundError('申请编号或查询码不正确，请核对回执上的申请编号和查询码。');
  if (!row || row.query_code_hash !== hashQueryCode(queryCode)) throw notFound;
  const agency = await findAgencyById(deps.ctx.db, row.agency_id);
  if (!agency) throw notFound;
  return { row, agency };
}

/** The applicant follows the case with number + query code; no personal data, no internal notes. */
export async function trackApplication(deps: ApplicationsDeps, applicationNumber: string, queryCode: string): Promise<TrackView> {
  const { row, agency } = await trackedCase(deps, applicationNumber, queryCode);
  const records = await repo.clockRecords(deps.ctx.db, agency.id, [row.id]);
  const clock = caseClock(deps.calendar, factsOf(row, records), today(deps.ctx));
  const events = await repo.listEvents(deps.ctx.db, agency.id, row.id);
  return {
    applicationNumber: row.application_number,
    agencyName: agency.name,
    status: row.status as ApplicationStatus,
    statusLabel: statusLabels[row.status as ApplicationStatus],
    arrivedOn: row.arrived_on,
    receivedOn: row.received_on,
    dueOn: clock.finalDueOn,
    decidedOn: row.decided_on,
    hasReplyLetter: row.status === 'replied' || row.status === 'delivered',
    steps: events
      .filter((e) => publicEventLabels[e.event])
      .map((e) => ({ at: e.occurred_at, label: publicEventLabels[e.event]! })),
  };
}

export async function replyLetterForApplicant(deps: ApplicationsDeps, applicationNumber: string, queryCode: string): Promise<RenderedLetter> {
  const { row, agency } = await trackedCase(deps, applicationNumber, queryCode);
  const reply = await repo.getReply(deps.ctx.db, agency.id, row.id);
  if (!reply) throw new NotFoundError('本申请尚未作出答复，答复后可在此下载答复书。');
  return storedReplyLetter(agency, row, reply);
}

// ── templates ──────────────────────────────────────────────────────────────────────────────────────

export async function listLetterTemplates(deps: ApplicationsDeps, actor: Actor, agencyId: string) {
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  const saved = new Map((await repo.listTemplates(deps.ctx.db, agencyId)).map((t) => [t.kind, t]));
  return templateKeys.map((key) => {
    const s = saved.get(key);
    return { key, customised: s !== undefined, ...(s ? { title: s.title, body: s.body } : defaultTemplate(key)) };
  });
}

export async function saveLetterTemplate(deps: ApplicationsDeps, actor: Actor, agencyId: string, input: unknown): Promise<void> {
  const { ctx } = deps;
  const data = parse(templateSchema, input);
  await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const unknown = unknownPlaceholders(data.title + data.body);
  if (unknown.length > 0) throw new ValidationError({ body: `模板中有无法识别的占位符：${unknown.map((u) => `{{${u}}}`).join('、')}` });
  await ctx.db.transaction().execute(async (tx) => {
    await repo.upsertTemplate(tx, {
      id: ctx.newId(),
      agency_id: agencyId,
      kind: data.kind,
      title: data.title,
      body: data.body,
      updated_by: actorId(actor),
      updated_at: nowText(ctx),
    });
    await recordAudit(tx, ctx, actor, {
      action: 'application.template_save', objectType: 'notice_letter_template', objectId: data.kind, agencyId,
      summary: `修改告知书模板（${data.kind}）`, after: { title: data.title },
    });
  });
}

export type { OutcomeCode, RepeatCandidate };

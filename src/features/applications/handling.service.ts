// Handling a case: receipt confirmation, assignment, notes, correction (条例第三十条), consultation
// (条例第三十二条、第三十四条) and extension (条例第三十三条第二款).
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applications.repository.ts';
import {
  assignSchema,
  confirmReceiptSchema,
  consultationReplySchema,
  consultationSchema,
  correctionReceivedSchema,
  correctionRequestSchema,
  extensionSchema,
  noteSchema,
} from './applications.schemas.ts';
import { step } from './case-step.ts';
import { actorId, authorizeOn, caseClockFor, loadCase, nowText, parse, type ApplicationsDeps } from './service-support.ts';

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

// 条例第三十五条：申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由；理由
// 合理，但是无法在本条例第三十三条规定的期限内答复申请人的，可以确定延迟答复的合理期限并告知申请人.
// The organ fixes the later deadline once, with its reason and legal basis; the clock then runs to it, the
// case page explains it and the 延迟答复告知书 tells the applicant.
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applications.repository.ts';
import { customDeadlineSchema } from './applications.schemas.ts';
import { chineseDate } from './domain/notice-letters.ts';
import { statusLabels, type ApplicationStatus } from './domain/workflow.ts';
import { actorId, authorizeOn, caseClockFor, loadCase, nowText, parse, type ApplicationsDeps } from './service-support.ts';

/** Statuses in which the reply clock runs and the organ is still working on the substance. */
const settable: readonly ApplicationStatus[] = ['received', 'in_progress', 'consulting', 'extended', 'fee_notice', 'fee_paid'];

export async function setCustomDeadline(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const { ctx } = deps;
  const data = parse(customDeadlineSchema, input);
  await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const { row, clock, customDeadline } = await caseClockFor(deps, agencyId, id, data.setOn);
  if (customDeadline || row.custom_due_on) throw new ConflictError('本申请已经确定过延迟答复期限（条例第三十五条），不能再次确定。');
  const status = row.status as ApplicationStatus;
  if (!settable.includes(status)) {
    throw new ConflictError(`申请当前状态为“${statusLabels[status]}”，不能确定延迟答复期限。请刷新页面查看最新状态。`);
  }
  // The deadline the law sets without Art. 35: 20 working days, pauses not counted, an approved extension.
  const statutoryDueOn = clock.finalDueOn;
  if (!statutoryDueOn || !row.received_on) throw new ConflictError('答复期限尚未开始计算，不能确定延迟答复期限。');
  if (data.setOn < row.received_on) throw new ValidationError({ setOn: `确定日期不能早于收到申请之日（${chineseDate(row.received_on)}）` });
  // As for an extension (README U8): a later deadline fixed after the statutory one expired is a late reply.
  if (data.setOn > statutoryDueOn) {
    throw new ValidationError({ setOn: `法定答复期限已于${chineseDate(statutoryDueOn)}届满，届满后不能再确定延迟答复期限` });
  }
  if (data.dueOn <= statutoryDueOn) {
    throw new ValidationError({ dueOn: `延迟答复期限应晚于法定答复期限（${chineseDate(statutoryDueOn)}）；在法定期限内能够答复的，无需确定延迟答复期限` });
  }
  await ctx.db.transaction().execute(async (tx) => {
    const current = await loadCase(tx, agencyId, id);
    if (current.status !== row.status || current.custom_due_on) throw new ConflictError('本申请刚被他人处理过，请刷新页面后再操作。');
    const at = nowText(ctx);
    await repo.insertCustomDeadline(tx, {
      application_id: id,
      agency_id: agencyId,
      set_on: data.setOn,
      due_on: data.dueOn,
      statutory_due_on: statutoryDueOn,
      reason: data.reason,
      legal_basis: data.legalBasis,
      set_by: actorId(actor),
      created_at: at,
    });
    await repo.updateApplication(tx, agencyId, id, { custom_due_on: data.dueOn, updated_at: at });
    const detail = { setOn: data.setOn, dueOn: data.dueOn, statutoryDueOn, reason: data.reason, legalBasis: data.legalBasis };
    await repo.appendEvent(tx, {
      id: ctx.newId(),
      application_id: id,
      agency_id: agencyId,
      event: 'set_custom_deadline',
      from_status: current.status,
      to_status: current.status,
      actor_id: actorId(actor),
      occurred_at: at,
      detail: JSON.stringify(detail),
    });
    await recordAudit(tx, ctx, actor, {
      action: 'application.custom_deadline',
      objectType: 'application',
      objectId: id,
      agencyId,
      summary: `${current.application_number}：依条例第三十五条确定延迟答复期限至${data.dueOn}（法定期限${statutoryDueOn}）`,
      before: { customDueOn: null, dueOn: statutoryDueOn },
      after: detail,
    });
  });
}

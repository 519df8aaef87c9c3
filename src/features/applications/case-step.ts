// One workflow step of a case (DESIGN §3): the status change must be allowed by the workflow table, and the
// records, the new status, the case event and the audit event are written in one transaction.
import { ConflictError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/service-context.ts';
import type { Action, Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applications.repository.ts';
import { nextStatus, statusLabels, type ApplicationEvent, type ApplicationStatus } from './domain/workflow.ts';
import { authorizeOn, loadCase, nowText, type ApplicationsDeps } from './service-support.ts';

export interface StepOptions {
  event: ApplicationEvent;
  detail: Record<string, unknown>;
  summary: string;
  patch?: Parameters<typeof repo.updateApplication>[3];
  /** Run inside the transaction after the status check, before the status is written. */
  records?: (tx: Executor, row: repo.ApplicationRow) => Promise<void>;
}

export async function step(deps: ApplicationsDeps, actor: Actor, action: Action, agencyId: string, id: string, options: StepOptions): Promise<void> {
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

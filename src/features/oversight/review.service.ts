// 审阅意见 on an agency's annual report (条例第三条：政务公开工作主管部门监督本行政区域的政府信息公开工作；
// 条例第四十九条：年度报告向本级主管部门提交并向社会公布). The supervisor comments on a submitted or published
// report, possibly requiring correction (要求整改); the agency answers on its report page; the supervisor
// accepts the answer or asks again. Each command: authorize first, one transaction, an audit event.
import { z } from 'zod';
import { ConflictError, NotFoundError, validationErrorFromIssues } from '../../platform/errors.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { actorAccountId, can, type Action, type Actor } from '../accounts/domain/policy.ts';
import { findAncestryIds } from '../agencies/agencies.repository.ts';
import { findById as findReport } from '../annual-reports/annual-reports.repository.ts';
import { reportAgencyId } from '../annual-reports/annual-reports.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { nextReviewStatus, reviewEventLabels, reviewStatusLabels, type ReviewEvent, type ReviewStatus } from './domain/review-workflow.ts';
import * as repo from './oversight.repository.ts';

const REVIEW_NOT_FOUND = '找不到这条审阅意见，它可能不存在或您无权查看。';

export const reviewCommentSchema = z.object({
  body: z.string({ error: '请填写审阅意见。' }).trim().min(1, { message: '请填写审阅意见。' }).max(4000, { message: '审阅意见不能超过 4000 字。' }),
  // A checkbox: present ("on") when the comment requires correction (要求整改).
  requiresCorrection: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
});

export const reviewAnswerSchema = z.object({
  answer: z.string({ error: '请填写整改情况。' }).trim().min(1, { message: '请填写整改情况。' }).max(4000, { message: '整改答复不能超过 4000 字。' }),
});

export interface ReviewPanel {
  readonly reportId: string;
  readonly reviews: repo.ReviewRow[];
  /** The supervisor may add comments (report submitted or published, 'oversight.review' on the agency). */
  readonly canComment: boolean;
  /** The agency's own staff may answer 要求整改. */
  readonly canAnswer: boolean;
  /** The supervisor may accept an answer or ask again. */
  readonly canDecide: boolean;
  /** Why no comment can be added yet (a draft), for the supervisor. */
  readonly commentBlocked: string | null;
}

async function canDo(ctx: ServiceContext, actor: Actor, actions: readonly Action[], agencyId: string): Promise<boolean> {
  const ancestry = await findAncestryIds(ctx.db, agencyId);
  return actions.some((a) => can(actor, a, agencyId, ancestry));
}

/** The review comments of a report, for whoever may read the report (its agency and the supervisors above). */
export async function reviewPanel(ctx: ServiceContext, actor: Actor, reportId: string): Promise<ReviewPanel> {
  const agencyId = await reportAgencyId(ctx, actor, reportId);
  const report = await findReport(ctx.db, agencyId, reportId);
  if (!report) throw new NotFoundError('找不到该年度报告。');
  const supervisor = await canDo(ctx, actor, ['oversight.review'], agencyId);
  return {
    reportId,
    reviews: await repo.listReviews(ctx.db, agencyId, reportId),
    canComment: supervisor && report.status !== 'draft',
    canAnswer: await canDo(ctx, actor, ['annual_report.edit', 'annual_report.approve'], agencyId),
    canDecide: supervisor,
    commentBlocked: supervisor && report.status === 'draft' ? '该报告还是草稿，提交审定后才能审阅。' : null,
  };
}

async function actorName(ctx: ServiceContext, actor: Actor): Promise<string> {
  if (actor.kind === 'system') return '系统';
  return (await repo.findAccountName(ctx.db, actor.accountId)) ?? '（未知用户）';
}

/** A supervisor's 审阅意见 (optionally 要求整改) on a submitted or published report of the subtree. */
export async function addReview(ctx: ServiceContext, actor: Actor, reportId: string, input: unknown): Promise<string> {
  const agencyId = await reportAgencyId(ctx, actor, reportId);
  authorize(actor, 'oversight.review', agencyId, await findAncestryIds(ctx.db, agencyId));
  const parsed = reviewCommentSchema.safeParse(input ?? {});
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const { body, requiresCorrection } = parsed.data;
  const name = await actorName(ctx, actor);
  const at = ctx.now().toISOString();
  const id = ctx.newId();
  await ctx.db.transaction().execute(async (trx) => {
    const report = await findReport(trx, agencyId, reportId);
    if (!report) throw new NotFoundError('找不到该年度报告。');
    if (report.status === 'draft') throw new ConflictError('该报告还是草稿，提交审定后才能审阅。');
    const status: ReviewStatus = requiresCorrection ? 'correction_required' : 'comment';
    await repo.insertReview(trx, {
      id,
      report_id: reportId,
      agency_id: agencyId,
      year: report.year,
      body,
      status,
      author_id: actorAccountId(actor),
      author_name: name,
      answer: null,
      answered_by: null,
      answered_by_name: null,
      answered_at: null,
      accepted_at: null,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, ctx, actor, {
      action: requiresCorrection ? 'annual_report_review.require_correction' : 'annual_report_review.comment',
      objectType: 'annual_report_review',
      objectId: id,
      agencyId,
      summary: `${report.agency_name}${report.year}年度报告：${requiresCorrection ? '审阅意见（要求整改）' : '审阅意见'}`,
      after: { reportId, body, status },
    });
  });
  return id;
}

/** The report of a review comment (for redirects back to the report page), if the actor may read it. */
export async function reviewReportId(ctx: ServiceContext, actor: Actor, reviewId: string): Promise<string> {
  const found = await repo.findReviewAgencyId(ctx.db, reviewId);
  if (!found) throw new NotFoundError(REVIEW_NOT_FOUND);
  // Unreadable reports are reported as missing (no existence leak).
  await reportAgencyId(ctx, actor, found.report_id).catch(() => {
    throw new NotFoundError(REVIEW_NOT_FOUND);
  });
  return found.report_id;
}

const EVENT_ACTIONS: Readonly<Record<ReviewEvent, readonly Action[]>> = {
  // The agency answers for its own report: whoever drafts or approves it.
  answer: ['annual_report.edit', 'annual_report.approve'],
  accept: ['oversight.review'],
  reopen: ['oversight.review'],
};

/** answer (the agency, with its 整改情况), accept or reopen (the supervisor). */
export async function decideReview(ctx: ServiceContext, actor: Actor, reviewId: string, event: ReviewEvent, input: unknown): Promise<string> {
  const reportId = await reviewReportId(ctx, actor, reviewId);
  const found = (await repo.findReviewAgencyId(ctx.db, reviewId))!;
  const agencyId = found.agency_id;
  const ancestry = await findAncestryIds(ctx.db, agencyId);
  const allowed = EVENT_ACTIONS[event];
  if (!allowed.some((a) => can(actor, a, agencyId, ancestry))) authorize(actor, allowed[0]!, agencyId, ancestry);
  let answer: string | null = null;
  if (event === 'answer') {
    const parsed = reviewAnswerSchema.safeParse(input ?? {});
    if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
    answer = parsed.data.answer;
  }
  const name = await actorName(ctx, actor);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const review = await repo.findReview(trx, agencyId, reviewId);
    if (!review) throw new NotFoundError(REVIEW_NOT_FOUND);
    const to = nextReviewStatus(review.status, event);
    if (!to) throw new ConflictError(`这条意见${reviewStatusLabels[review.status]}，不能“${reviewEventLabels[event]}”。请刷新页面查看最新情况。`);
    const patch =
      event === 'answer'
        ? { status: to, answer, answered_by: actorAccountId(actor), answered_by_name: name, answered_at: at, updated_at: at }
        : event === 'accept'
          ? { status: to, accepted_at: at, updated_at: at }
          : { status: to, updated_at: at };
    if (!(await repo.updateReview(trx, agencyId, reviewId, review.status, patch))) {
      throw new ConflictError('这条意见刚被他人处理过，请刷新页面查看最新情况。');
    }
    await recordAudit(trx, ctx, actor, {
      action: `annual_report_review.${event}`,
      objectType: 'annual_report_review',
      objectId: reviewId,
      agencyId,
      summary: `${review.year}年度报告审阅意见：${reviewEventLabels[event]}（${reviewStatusLabels[review.status]} → ${reviewStatusLabels[to]}）`,
      before: { status: review.status, answer: review.answer },
      after: { status: to, ...(answer ? { answer } : {}) },
    });
  });
  return reportId;
}


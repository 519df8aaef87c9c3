// The 主动公开 panel of the staff home (工作台): what waits for this person in the agency's review before
// release — 保密审查 for the 审核, each level of the agency's approval chain for the role that signs it
// (条例第十七条), items 已退回 for the 经办 —, information past or near its 条例第二十六条 deadline (the same
// dates as /admin/catalogue/overdue: timingOf, 5 working days' warning) and public complaints not yet
// answered (条例第四十七条, 第五十一条; flagged after the product default of 15 working days).
import { localDateOfInstant } from '../../law/local-date.ts';
import type { WorkbenchEntry, WorkbenchLine, WorkbenchPanel } from '../../platform/workbench.ts';
import { can, type Action } from '../accounts/domain/policy.ts';
import { findAncestryIds } from '../agencies/agencies.repository.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import { loadSettings } from './catalogue-settings.service.ts';
import { createCatalogueDeps } from './catalogue.deps.ts';
import * as repo from './catalogue.repository.ts';
import { DUE_SOON_WORKING_DAYS, timingOf } from './catalogue.service.ts';
import { listComplaints } from './complaints.service.ts';
import { COMPLAINT_ANSWER_WORKING_DAYS } from './domain/complaint.ts';
import { requiredRole } from './domain/workflow.ts';
import { complaintsBase } from './views/ComplaintsPage.tsx';
import { staffBase, staffItem } from './views/paths.ts';

const ENTRIES_PER_LINE = 5;
/** Items read per list: an agency with more in review than this shows “500+”-sized counts as 500. */
const READ_LIMIT = 500;
const READERS: readonly Action[] = ['catalogue.draft', 'catalogue.review', 'catalogue.approve'];

function dateText(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

function entries(rows: readonly repo.ItemListRow[], detail: (r: repo.ItemListRow) => string): WorkbenchEntry[] {
  return rows.slice(0, ENTRIES_PER_LINE).map((r) => ({ label: r.title, href: staffItem(r.id), detail: detail(r) }));
}

export const catalogueWorkbenchPanel: WorkbenchPanel = {
  id: 'catalogue',
  order: 200,
  roles: ['clerk', 'reviewer', 'leader'],
  async load({ context: ctx, actor, agencyId, roles }) {
    const calendar = await calendarStoreFor(ctx.db).fresh();
    const day = localDateOfInstant(ctx.now());
    const horizon = calendar.addWorkingDays(day, DUE_SOON_WORKING_DAYS).date;
    // The reads go together with the permission check; nothing is shown unless it passes.
    const [ancestry, settings, inReview, due] = await Promise.all([
      findAncestryIds(ctx.db, agencyId),
      loadSettings(ctx.db, agencyId),
      repo.listInReview(ctx.db, agencyId, READ_LIMIT),
      repo.listUnpublishedDue(ctx.db, [agencyId], horizon, READ_LIMIT),
    ]);
    const may = (action: Action) => can(actor, action, agencyId, ancestry);
    if (!READERS.some(may)) return null;
    const answers = may('catalogue.draft');
    const complaints = answers ? (await listComplaints(ctx, calendar, actor, [agencyId], { open: READ_LIMIT, answered: 0 })).filter((c) => c.canAnswer) : [];

    const chain = settings.approvalChain;
    // Whose turn it is, by the same rule the item page uses to offer 保密审查通过 / 审批通过.
    const mine = (r: repo.ItemListRow, role: 'reviewer' | 'leader') =>
      r.status === 'approval' && requiredRole({ status: r.status, approvalLevel: r.approvalLevel }, 'approve', chain) === role && roles.has(role);
    const securityReview = roles.has('reviewer') && may('catalogue.review') ? inReview.filter((r) => r.status === 'security_review') : [];
    const approvals = inReview.filter((r) => (may('catalogue.review') && mine(r, 'reviewer')) || (may('catalogue.approve') && mine(r, 'leader')));
    const returned = roles.has('clerk') && may('catalogue.draft') ? inReview.filter((r) => r.status === 'returned') : [];
    const levelTitle = (r: repo.ItemListRow) => chain[r.approvalLevel]?.title ?? '审批';

    const deps = createCatalogueDeps('', () => calendar);
    const timed = due.map((r) => ({ row: r, timing: timingOf(deps, { ...r, changedOn: null }, day) }));
    const overdue = timed.filter((t) => t.timing.state === 'overdue').map((t) => t.row);
    const dueSoon = timed.filter((t) => t.timing.state === 'due_soon').map((t) => t.row);
    const dueDetail = (r: repo.ItemListRow) => `应于 ${dateText(r.publishDueOn)} 前公开`;

    const lines: WorkbenchLine[] = [
      { id: 'release-overdue', label: '超过条例第二十六条期限未公开的信息', count: overdue.length, urgency: 'overdue', href: `${staffBase}/overdue`, entries: entries(overdue, dueDetail) },
      { id: 'release-due-soon', label: `${DUE_SOON_WORKING_DAYS}个工作日内到期未公开的信息`, count: dueSoon.length, urgency: 'due_soon', href: `${staffBase}/overdue`, entries: entries(dueSoon, dueDetail) },
    ];
    if (roles.has('reviewer') && may('catalogue.review')) {
      lines.push({ id: 'security-review', label: '待我保密审查的信息', count: securityReview.length, urgency: 'waiting', href: `${staffBase}?status=security_review`, entries: entries(securityReview, dueDetail) });
    }
    if ((roles.has('reviewer') && may('catalogue.review')) || (roles.has('leader') && may('catalogue.approve'))) {
      lines.push({ id: 'approval', label: '待我审批的信息', count: approvals.length, urgency: 'waiting', href: `${staffBase}?status=approval`, entries: entries(approvals, (r) => `${levelTitle(r)}审批，${dueDetail(r)}`) });
    }
    if (roles.has('clerk') && may('catalogue.draft')) {
      lines.push({ id: 'returned', label: '被退回待修改的信息', count: returned.length, urgency: 'waiting', href: `${staffBase}?status=returned`, entries: entries(returned, dueDetail) });
    }
    if (answers) {
      const late = complaints.filter((c) => c.overdue);
      const waiting = complaints.filter((c) => !c.overdue);
      const complaintEntries = (list: typeof complaints) =>
        list.slice(0, ENTRIES_PER_LINE).map((c) => ({ label: c.target, href: `${complaintsBase}#c-${c.id}`, detail: `${dateText(c.answerDueOn)}前答复` }));
      lines.push(
        { id: 'complaints-late', label: `超过${COMPLAINT_ANSWER_WORKING_DAYS}个工作日未答复的公众意见`, count: late.length, urgency: 'overdue', href: complaintsBase, entries: complaintEntries(late) },
        { id: 'complaints', label: '待答复的公众意见', count: waiting.length, urgency: 'waiting', href: complaintsBase, entries: complaintEntries(waiting) },
      );
    }
    return { title: '主动公开', href: staffBase, lines };
  },
};

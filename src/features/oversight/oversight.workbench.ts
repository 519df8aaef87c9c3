// The oversight panels of the staff home (工作台). For the agency's own staff: the 要求整改 the 政务公开办
// left on their annual reports that still wait for an answer (条例第三条：主管部门监督). For the supervisor:
// a short summary of 监督汇总 — the same figures as /admin/oversight (dashboard()), linking there.
import type { WorkbenchLine, WorkbenchPanel } from '../../platform/workbench.ts';
import { can } from '../accounts/domain/policy.ts';
import { findAncestryIds } from '../agencies/agencies.repository.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import { COMPLAINT_ANSWER_WORKING_DAYS } from '../catalogue/domain/complaint.ts';
import { dashboard } from './dashboard.service.ts';
import { problemCount } from './domain/dashboard.ts';
import { listOpenCorrections } from './oversight.repository.ts';

const ENTRIES_PER_LINE = 5;
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** 要求整改 waiting for the agency's answer: whoever drafts or approves the annual report answers it. */
export const correctionsWorkbenchPanel: WorkbenchPanel = {
  id: 'report-corrections',
  order: 510,
  roles: ['clerk', 'reviewer', 'leader'],
  async load({ context: ctx, actor, agencyId }) {
    const [ancestry, open] = await Promise.all([findAncestryIds(ctx.db, agencyId), listOpenCorrections(ctx.db, agencyId, 100)]);
    if (!can(actor, 'annual_report.edit', agencyId, ancestry) && !can(actor, 'annual_report.approve', agencyId, ancestry)) return null;
    const line: WorkbenchLine = {
      id: 'corrections',
      label: '政务公开办要求整改、尚未答复的审阅意见',
      count: open.length,
      urgency: open.length > 0 ? 'due_soon' : 'waiting',
      href: '/admin/annual-reports',
      entries: open.slice(0, ENTRIES_PER_LINE).map((r) => ({ label: `${r.year}年度报告：${short(r.body)}`, href: `/admin/annual-reports/${r.report_id}#reviews` })),
    };
    return { title: '要求整改', href: '/admin/annual-reports', lines: [line] };
  },
};

/** The supervisor's summary of 监督汇总 (its whole subtree), each figure linking to the dashboard. */
export const oversightWorkbenchPanel: WorkbenchPanel = {
  id: 'oversight',
  order: 600,
  roles: ['supervisor'],
  async load({ context: ctx, actor }) {
    const calendar = await calendarStoreFor(ctx.db).fresh();
    const view = await dashboard({ ctx, applications: { ctx, calendar } }, actor);
    const t = view.totals;
    const href = '/admin/oversight';
    const withProblems = view.rows.filter((r) => problemCount(r) > 0);
    const lines: WorkbenchLine[] = [
      {
        id: 'agencies-with-problems',
        label: '有问题的单位',
        count: t.agenciesWithProblems,
        urgency: t.agenciesWithProblems > 0 ? 'overdue' : 'waiting',
        href,
        entries: withProblems.slice(0, ENTRIES_PER_LINE).map((r) => ({ label: r.agencyName, href: `/admin/applications?agency=${r.agencyId}` })),
      },
      { id: 'overdue-replies', label: '逾期未答复的申请（条例第三十三条）', count: t.overdueReplies, urgency: 'overdue', href, entries: [] },
      { id: 'overdue-release', label: '超过条例第二十六条期限未公开的信息', count: t.overdueCatalogue, urgency: 'overdue', href, entries: [] },
      { id: 'reports-overdue', label: `逾期未公布的${view.reportYear}年度报告（条例第四十九条）`, count: t.reportsOverdue, urgency: 'overdue', href, entries: [] },
      { id: 'due-soon-replies', label: '3个工作日内到期的申请', count: t.dueSoonReplies, urgency: 'due_soon', href, entries: [] },
      { id: 'open-corrections', label: '要求整改、单位尚未答复的审阅意见', count: t.openCorrections, urgency: 'waiting', href, entries: [] },
      { id: 'overdue-complaints', label: `超过${COMPLAINT_ANSWER_WORKING_DAYS}个工作日未答复的公众意见`, count: t.overdueComplaints, urgency: 'waiting', href, entries: [] },
    ];
    return { title: '监督汇总', href, note: `本县（区）${t.agencies} 个单位，截至${Number(view.today.slice(0, 4))}年${Number(view.today.slice(5, 7))}月${Number(view.today.slice(8, 10))}日。`, lines: lines.map((l) => (l.count === 0 ? { ...l, urgency: 'waiting' as const } : l)) };
  },
};

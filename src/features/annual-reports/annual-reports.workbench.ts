// The 年度报告 panel of the staff home (工作台): last year's report (due this year) and this year's, each
// with its 条例第四十九条 deadline and status as /admin/annual-reports shows them; for the 领导 the reports
// waiting for 审定 or 公布.
import type { WorkbenchLine, WorkbenchPanel, WorkbenchUrgency } from '../../platform/workbench.ts';
import { can } from '../accounts/domain/policy.ts';
import { reportStandings, type ReportStanding } from './annual-reports.service.ts';
import { statusLabels } from './domain/workflow.ts';

const base = '/admin/annual-reports';
/** A deadline this close (calendar days) is shown as due soon. */
const DUE_SOON_DAYS = 30;

const hrefOf = (r: ReportStanding) => (r.id ? `${base}/${r.id}` : base);
const statusText = (r: ReportStanding) => (r.status ? statusLabels[r.status] : '未开始');

function urgencyOf(r: ReportStanding): WorkbenchUrgency {
  if (r.deadline.state === 'late') return 'overdue';
  if (r.deadline.state === 'due_today' || (r.deadline.state === 'running' && r.deadline.days <= DUE_SOON_DAYS)) return 'due_soon';
  return 'waiting';
}

export const annualReportsWorkbenchPanel: WorkbenchPanel = {
  id: 'annual-reports',
  order: 500,
  roles: ['clerk', 'reviewer', 'leader'],
  async load({ context, actor, agencyId }) {
    if (!can(actor, 'annual_report.edit', agencyId, []) && !can(actor, 'annual_report.approve', agencyId, [])) return null;
    const year = Number(context.now().toISOString().slice(0, 4));
    const view = await reportStandings(context, actor, agencyId, [year - 1, year]);
    const unpublished = view.years.filter((r) => r.status !== 'published');
    const urgencies = unpublished.map(urgencyOf);
    const worst: WorkbenchUrgency = urgencies.includes('overdue') ? 'overdue' : urgencies.includes('due_soon') ? 'due_soon' : 'waiting';
    const lines: WorkbenchLine[] = [];
    if (view.canApprove) {
      const submitted = view.awaitingLeader.filter((r) => r.status === 'submitted');
      const approved = view.awaitingLeader.filter((r) => r.status === 'approved');
      const entry = (r: ReportStanding) => ({ label: `${r.year}年度报告`, href: hrefOf(r), detail: r.deadline.label });
      lines.push(
        { id: 'reports-to-approve', label: '待我审定的年度报告', count: submitted.length, urgency: submitted.some((r) => urgencyOf(r) === 'overdue') ? 'overdue' : 'due_soon', href: base, entries: submitted.map(entry) },
        { id: 'reports-to-publish', label: '已审定待公布的年度报告', count: approved.length, urgency: 'due_soon', href: base, entries: approved.map(entry) },
      );
    }
    lines.push({
      id: 'reports',
      label: '未公布的年度报告（条例第四十九条）',
      count: unpublished.length,
      urgency: worst,
      href: base,
      entries: view.years.map((r) => ({ label: `${r.year}年度报告（${statusText(r)}）`, href: hrefOf(r), detail: r.deadline.label })),
    });
    // A count of 0 with nothing waiting for the leader is not urgent, whatever the order above.
    return { title: '年度报告', href: base, lines: lines.map((l) => (l.count === 0 ? { ...l, urgency: 'waiting' as const } : l)) };
  },
};

// The appeals panel of the staff home (工作台): the 行政复议 written answers and 行政诉讼 defences of the current
// agency that are overdue or due within 3 working days (行政复议法第四十八条、第五十四条；行政诉讼法第六十七条), and
// the open cases, each linking to its page.
import type { WorkbenchLine, WorkbenchPanel } from '../../platform/workbench.ts';
import { can } from '../accounts/domain/policy.ts';
import { findAncestryIds } from '../agencies/agencies.repository.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import { appealsNeedingAnswer, openAppealCount } from './appeals.service.ts';
import { appealPath, appealsBase } from './views/paths.ts';

const ENTRIES_PER_LINE = 5;

export const appealsWorkbenchPanel: WorkbenchPanel = {
  id: 'appeals',
  order: 400,
  roles: ['clerk', 'reviewer', 'leader'],
  async load({ context: ctx, actor, agencyId }) {
    const calendar = await calendarStoreFor(ctx.db).fresh();
    const [ancestry, needing, open] = await Promise.all([findAncestryIds(ctx.db, agencyId), appealsNeedingAnswer(ctx, calendar, [agencyId]), openAppealCount(ctx.db, agencyId)]);
    if (!can(actor, 'appeal.read', agencyId, ancestry)) return null;
    const overdue = needing.filter((v) => v.deadline.kind === 'open' && v.deadline.overdueDays > 0);
    const dueSoon = needing.filter((v) => !overdue.includes(v));
    const entry = (v: (typeof needing)[number]) => ({ label: `${v.kindLabel}：${v.row.matter.length > 30 ? `${v.row.matter.slice(0, 30)}…` : v.row.matter}`, href: appealPath(v.id), detail: v.deadlineLabel });
    const lines: WorkbenchLine[] = [
      { id: 'appeal-answers-overdue', label: '逾期未提交的复议答复、应诉答辩', count: overdue.length, urgency: 'overdue', href: appealsBase, entries: overdue.slice(0, ENTRIES_PER_LINE).map(entry) },
      { id: 'appeal-answers-due-soon', label: '3个工作日内到期的复议答复、应诉答辩', count: dueSoon.length, urgency: 'due_soon', href: appealsBase, entries: dueSoon.slice(0, ENTRIES_PER_LINE).map(entry) },
      { id: 'appeals-open', label: '尚未审结的行政复议、行政诉讼', count: open, urgency: 'waiting', href: appealsBase, entries: [] },
    ];
    return { title: '行政复议和行政诉讼', href: appealsBase, lines };
  },
};

// The 依申请公开 panel of the staff home (工作台): the same open cases and the same reply clock as the
// list at /admin/applications (staffHome, 条例第三十三条), counted and linked — overdue first, due within
// 3 working days, waiting for 补正 (条例第三十条) and waiting for confirmation of receipt (条例第三十一条).
import type { WorkbenchEntry, WorkbenchLine, WorkbenchPanel } from '../../platform/workbench.ts';
import { can } from '../accounts/domain/policy.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import { staffHome, type HomeCase } from './queries.service.ts';
import { dateText, remainingDaysText } from './views/labels.ts';

/** Entries shown per line; the count and the link lead to the rest. */
const ENTRIES_PER_LINE = 5;

function short(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function entriesOf(cases: readonly HomeCase[], detail: (c: HomeCase) => string): WorkbenchEntry[] {
  return cases.slice(0, ENTRIES_PER_LINE).map((c) => ({
    label: `${c.application_number} ${short(c.description)}`,
    href: `/admin/applications/${c.id}`,
    detail: detail(c),
  }));
}

const dueText = (c: HomeCase) => `${c.dueOn ? `答复期限 ${dateText(c.dueOn)}，` : ''}${remainingDaysText(c)}`;

export const applicationsWorkbenchPanel: WorkbenchPanel = {
  id: 'applications',
  order: 300,
  roles: ['clerk', 'reviewer', 'leader'],
  async load({ context, actor, agencyId }) {
    if (!can(actor, 'agency.read', agencyId, [])) return null;
    const calendar = await calendarStoreFor(context.db).fresh();
    // staffHome: one query for the cases and their clock records, sent alongside the permission check.
    const home = await staffHome({ ctx: context, calendar }, actor, agencyId);
    const list = '/admin/applications';
    const lines: WorkbenchLine[] = [
      { id: 'overdue', label: '已逾期未答复的申请', count: home.overdue.length, urgency: 'overdue', href: `${list}#overdue`, entries: entriesOf(home.overdue, dueText) },
      { id: 'due-soon', label: '3个工作日内到期的申请', count: home.dueSoon.length, urgency: 'due_soon', href: `${list}#due-soon`, entries: entriesOf(home.dueSoon, dueText) },
      {
        id: 'awaiting-confirmation',
        label: '待确认收到的申请（请当日联系申请人确认）',
        count: home.awaitingConfirmation.length,
        // 条例第三十一条：the clock starts only once receipt is confirmed — a day's delay is the applicant's loss.
        urgency: home.awaitingConfirmation.length > 0 ? 'due_soon' : 'waiting',
        href: `${list}#awaiting-confirmation`,
        entries: entriesOf(home.awaitingConfirmation, (c) => `${dateText(c.arrived_on)}到达`),
      },
      {
        id: 'awaiting-correction',
        label: '等待申请人补正的申请',
        count: home.awaitingCorrection.length,
        urgency: 'waiting',
        href: `${list}#awaiting-correction`,
        entries: entriesOf(home.awaitingCorrection, () => '答复期限自收到补正之日起重新计算'),
      },
    ];
    return { title: '依申请公开', href: list, lines };
  },
};

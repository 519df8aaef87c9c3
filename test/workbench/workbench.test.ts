// The staff home (工作台) lists each demo role's work with counts, overdue first, on both databases.
// Expected values are worked out from how the demo dates its records relative to "today" (the harness
// clock, Monday 2026-03-02 10:00 in Beijing), never copied from the page:
//   依申请公开 (applications.demo.ts) — counted in working days, so holidays do not change the sums:
//     · 关前河河道采砂: received 23 working days ago, deadline the 20th → 已逾期 3 个工作日;
//     · the case carried over from 2025-12-18 with an unanswered third-party consultation (a pause of at
//       most 15 working days, 条例第三十二条) is past its deadline too → 2 overdue;
//     · 关前村道路硬化: received 18 working days ago → 剩余 2 个工作日, due soon (≤ 3);
//     · 征地补偿款: 19 working days ago but extended (条例第三十三条第二款) → neither;
//     · one 补正 pending, one portal submission awaiting confirmation.
//   主动公开 (catalogue-demo.ts): 低保资金 formed 60 calendar days ago and never released (20 working days
//     ≤ 28 calendar days + holidays, well under 60) → 1 past 条例第二十六条; the drafts formed 3 days ago
//     are due in about 25 working days, beyond the 5-day warning → 0 due soon; one item in 保密审查, one
//     at approval level 1 of the default chain (办公室负责人 = 审核), one 已退回.
//   年度报告: 2024 and 2025 published on 20 January of the next year; 2026 not started, due 2027-01-31:
//     from 2 March 2026, 304 days to 31 December (day 61 of 365) + 31 = 335 days left.
import { beforeAll, expect, it } from 'vitest';
import { signIn } from '../../src/features/accounts/accounts.service.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { listReports } from '../../src/features/annual-reports/annual-reports.service.ts';
import { createCatalogueDeps } from '../../src/features/catalogue/catalogue.deps.ts';
import { applyWorkflow, listForStaff } from '../../src/features/catalogue/catalogue.service.ts';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { addReview } from '../../src/features/oversight/review.service.ts';
import { workbenchFor, type ShownPanel } from '../../src/features/workbench/workbench.service.ts';
import type { NavigationRole } from '../../src/platform/navigation.ts';
import type { ServiceContext } from '../../src/platform/service-context.ts';
import { accountWith } from '../db/tree.ts';
import { describeEachDatabase } from '../support/db.ts';

type Lines = Record<string, { count: number; entries: Array<{ label: string; href: string; detail?: string }> }>;

function linesOf(panels: readonly ShownPanel[], panelId: string): Lines {
  const panel = panels.find((p) => p.id === panelId);
  if (!panel) throw new Error(`工作台没有“${panelId}”栏：${panels.map((p) => p.id).join(', ')}`);
  return Object.fromEntries(panel.lines.map((l) => [l.id, { count: l.count, entries: [...l.entries] }]));
}

describeEachDatabase('staff home (工作台) on the demo county', (under) => {
  let ctx: ServiceContext;
  const actors: Record<string, Actor> = {};
  let tumenguan = '';
  let caoba = '';
  let county = '';
  const home = (username: string, roles: NavigationRole[], agencyId = tumenguan) => workbenchFor(ctx, actors[username]!, agencyId, new Set(roles));

  beforeAll(async () => {
    ctx = under.context();
    const demo = await loadDemo(ctx);
    for (const c of demo.credentials) {
      const result = await signIn(ctx, { username: c.username, password: c.password });
      if (!result.ok) throw new Error(result.message);
      actors[c.username] = result.actor;
    }
    tumenguan = (await findAgencyByCode(ctx.db, '999000021'))!.id;
    caoba = (await findAgencyByCode(ctx.db, '999000022'))!.id;
    county = (await findAgencyByCode(ctx.db, '999000010'))!.id;
  }, 240_000);

  it('the clerk: 2 overdue and 1 due-soon application, the 补正 and the confirmation, 1 item past 条例第二十六条, the returned item, the reports', async () => {
    const panels = await home('tmg-clerk', ['clerk']);
    // Other features add panels of their own (appeals …); these four come in this order.
    expect(panels.map((p) => p.id).filter((id) => ['catalogue', 'applications', 'annual-reports', 'report-corrections'].includes(id))).toEqual([
      'catalogue',
      'applications',
      'annual-reports',
      'report-corrections',
    ]);
    const apps = linesOf(panels, 'applications');
    expect(apps['overdue']!.count).toBe(2);
    expect(apps['due-soon']!.count).toBe(1);
    expect(apps['awaiting-correction']!.count).toBe(1);
    expect(apps['awaiting-confirmation']!.count).toBe(1);
    const sand = apps['overdue']!.entries.find((e) => e.label.includes('关前河河道采砂'));
    expect(sand?.detail).toContain('已逾期 3 个工作日');
    expect(sand?.href).toMatch(/^\/admin\/applications\/[0-9a-f-]{36}$/);
    expect(apps['due-soon']!.entries[0]!.label).toContain('关前村道路硬化工程验收报告');
    expect(apps['due-soon']!.entries[0]!.detail).toContain('剩余 2 个工作日');
    // Overdue lines come first in the panel.
    expect(panels.find((p) => p.id === 'applications')!.lines[0]!.id).toBe('overdue');

    const cat = linesOf(panels, 'catalogue');
    expect(cat['release-overdue']!.count).toBe(1);
    expect(cat['release-overdue']!.entries[0]!.label).toBe('土门关乡2025年度农村低保资金发放情况');
    expect(cat['release-due-soon']!.count).toBe(0);
    expect(cat['returned']!.count).toBe(1);
    expect(cat['returned']!.entries[0]!.label).toBe('土门关乡安全生产大检查情况通报');
    // The clerk neither reviews nor approves.
    expect(cat['security-review']).toBeUndefined();
    expect(cat['approval']).toBeUndefined();

    const reports = linesOf(panels, 'annual-reports');
    expect(reports['reports']!.count).toBe(1);
    expect(reports['reports']!.entries.map((e) => e.label)).toEqual(['2025年度报告（已公布）', '2026年度报告（未开始）']);
    expect(reports['reports']!.entries[1]!.detail).toBe('距2027年1月31日的公布期限还有 335 天');
    expect(reports['reports-to-approve']).toBeUndefined();
    expect(linesOf(panels, 'report-corrections')['corrections']!.count).toBe(0);
  });

  it('the reviewer: the item in 保密审查 and the one at the 办公室负责人 level of the approval chain', async () => {
    const cat = linesOf(await home('tmg-reviewer', ['reviewer']), 'catalogue');
    expect(cat['security-review']!.count).toBe(1);
    expect(cat['security-review']!.entries[0]!.label).toBe('土门关乡关于做好冬春救助工作的通知');
    expect(cat['approval']!.count).toBe(1);
    expect(cat['approval']!.entries[0]!.label).toBe('土门关乡2026年农田水利设施维修项目公示');
    expect(cat['approval']!.entries[0]!.detail).toContain('办公室负责人审批');
    expect(cat['returned']).toBeUndefined();
  });

  it('the leader: 待我审批 once the item reaches the 分管领导 level; reports waiting for 审定', async () => {
    const before = linesOf(await home('tmg-leader', ['leader']), 'catalogue');
    expect(before['approval']!.count).toBe(0);
    // The reviewer signs level 1 (办公室负责人): the item moves to level 2, the leader's.
    const deps = createCatalogueDeps(under.database().dataDir);
    const list = await listForStaff(ctx, actors['tmg-reviewer']!, tumenguan, { status: 'approval' });
    const item = list.rows.find((r) => r.title === '土门关乡2026年农田水利设施维修项目公示')!;
    await applyWorkflow(ctx, deps, actors['tmg-reviewer']!, item.id, { event: 'approve' });
    const panels = await home('tmg-leader', ['leader']);
    const after = linesOf(panels, 'catalogue');
    expect(after['approval']!.count).toBe(1);
    expect(after['approval']!.entries[0]!.detail).toContain('分管领导审批');
    expect(after['approval']!.entries[0]!.href).toBe(`/admin/catalogue/items/${item.id}`);
    expect(linesOf(await home('tmg-reviewer', ['reviewer']), 'catalogue')['approval']!.count).toBe(0);
    const reports = linesOf(panels, 'annual-reports');
    expect(reports['reports-to-approve']!.count).toBe(0);
    expect(reports['reports-to-publish']!.count).toBe(0);
    // The leader sees the applications too (approves extensions), but answers no complaints.
    expect(linesOf(panels, 'applications')['overdue']!.count).toBe(2);
    expect(after['complaints']).toBeUndefined();
  });

  it('要求整改 by the 政务公开办 shows on the agency’s workbench until answered, linking to the report', async () => {
    const { reports } = await listReports(ctx, actors['tmg-clerk']!, tumenguan);
    const report2025 = reports.find((r) => r.year === 2025)!;
    await addReview(ctx, actors['gkb-supervisor']!, report2025.id, { body: '表三结转数与上年报告不一致，请核实并更正。', requiresCorrection: 'on' });
    const lines = linesOf(await home('tmg-clerk', ['clerk']), 'report-corrections');
    expect(lines['corrections']!.count).toBe(1);
    expect(lines['corrections']!.entries[0]!.href).toBe(`/admin/annual-reports/${report2025.id}#reviews`);
    expect(lines['corrections']!.entries[0]!.label).toContain('2025年度报告：表三结转数');
  });

  it('the supervisor: a summary of 监督汇总 over the county', async () => {
    const panels = await home('gkb-supervisor', ['supervisor'], county);
    expect(panels.map((p) => p.id)).toEqual(['oversight']);
    const lines = linesOf(panels, 'oversight');
    expect(lines['overdue-replies']!.count).toBe(2);
    expect(lines['due-soon-replies']!.count).toBe(1);
    expect(lines['overdue-release']!.count).toBe(1);
    expect(lines['agencies-with-problems']!.entries.map((e) => e.label)).toContain('土门关乡人民政府');
  });

  it('a clerk never sees another agency’s work: 草坝镇’s clerk asking for 土门关乡 gets no panel, and its own shows none of 土门关乡’s', async () => {
    const { actor } = await accountWith(ctx, (await findAgencyByCode(ctx.db, '999000022'))!, 'clerk', 'wb_caoba_clerk');
    const foreign = await workbenchFor(ctx, actor, tumenguan, new Set(['clerk']));
    expect(foreign).toEqual([]);
    const own = await workbenchFor(ctx, actor, caoba, new Set(['clerk']));
    const text = JSON.stringify(own);
    expect(text).not.toContain('土门关乡');
    expect(text).not.toContain('999000021-');
    expect(linesOf(own, 'applications')['overdue']!.count).toBe(0);
  });
});

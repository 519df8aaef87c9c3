import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { updateAgency } from '../../src/features/agencies/agencies.service.ts';
import { recordAudit, searchAudit } from '../../src/features/audit/audit.service.ts';
import { ForbiddenError, ValidationError } from '../../src/platform/errors.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, actorWith, buildTree } from './tree.ts';

describeEachDatabase('audit log', ({ context }) => {
  it('records who changed what, when and from where', async () => {
    const ctx = context(() => new Date('2026-05-06T01:02:03.004Z'));
    const tree = await buildTree(ctx, 'U1');
    const { actor, accountId } = await accountWith(ctx, tree.townA, 'admin', 'u1-admin');
    await updateAgency(ctx, { ...actor, ip: '203.0.113.7' }, tree.townA.id, { phone: '0838-7654321' });
    const [event] = (await searchAudit(ctx, SYSTEM_ACTOR, { objectId: tree.townA.id, action: 'agency.update' })).rows;
    expect(event).toMatchObject({
      occurredAt: '2026-05-06T01:02:03.004Z',
      accountId,
      accountUsername: 'u1-admin',
      agencyId: tree.townA.id,
      agencyName: 'U1甲镇人民政府',
      ip: '203.0.113.7',
      summary: '修改单位“U1甲镇人民政府”的信息',
    });
  });

  it('shows a township admin its own agency, a county supervisor the whole county, and refuses a clerk', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'U2');
    for (const agency of [tree.county, tree.townA, tree.townB, tree.department]) {
      await recordAudit(ctx.db, ctx, SYSTEM_ACTOR, { action: 'test.event', objectType: 'agency', objectId: agency.id, agencyId: agency.id, summary: `测试 ${agency.code}` });
    }
    const agenciesSeen = async (actor: Parameters<typeof searchAudit>[1]) =>
      (await searchAudit(ctx, actor, { action: 'test.event' })).rows.map((r) => r.summary).sort();
    expect(await agenciesSeen(actorWith('admin', tree.townA.id))).toEqual(['测试 U2-TA']);
    expect(await agenciesSeen(actorWith('leader', tree.townB.id))).toEqual(['测试 U2-TB']);
    expect(await agenciesSeen(actorWith('supervisor', tree.county.id))).toEqual(['测试 U2-C', '测试 U2-TA', '测试 U2-TB', '测试 U2-ZR']);
    await expect(searchAudit(ctx, actorWith('clerk', tree.townA.id), {})).rejects.toThrow(ForbiddenError);
    // Asking for another agency's log by id yields nothing rather than confirming it exists.
    expect((await searchAudit(ctx, actorWith('admin', tree.townA.id), { agencyId: tree.townB.id })).total).toBe(0);
  });

  it('filters by time range (from inclusive, to exclusive) and pages newest first', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'U3');
    for (let day = 1; day <= 5; day += 1) {
      const at = new Date(Date.UTC(2026, 3, day, 4));
      const dayCtx = { ...ctx, now: () => at };
      await recordAudit(ctx.db, dayCtx, SYSTEM_ACTOR, { action: 'test.daily', objectType: 'agency', objectId: null, agencyId: tree.townA.id, summary: `第${day}天` });
    }
    const range = await searchAudit(ctx, SYSTEM_ACTOR, { action: 'test.daily', agencyId: tree.townA.id, from: '2026-04-02T04:00:00Z', to: '2026-04-05T04:00:00Z' });
    expect(range.rows.map((r) => r.summary)).toEqual(['第4天', '第3天', '第2天']);
    // Keyset paging, two per page, newest first: [5,4] [3,2] [1].
    const filters = { action: 'test.daily', agencyId: tree.townA.id, pageSize: 2 };
    const summaries = (page: { rows: Array<{ summary: string }> }) => page.rows.map((r) => r.summary);
    const page1 = await searchAudit(ctx, SYSTEM_ACTOR, filters);
    expect(summaries(page1)).toEqual(['第5天', '第4天']);
    expect(page1).toMatchObject({ total: 5, pageSize: 2, newerCursor: null });
    const page2 = await searchAudit(ctx, SYSTEM_ACTOR, { ...filters, after: page1.olderCursor! });
    expect(summaries(page2)).toEqual(['第3天', '第2天']);
    expect(page2.total).toBe(5);
    const page3 = await searchAudit(ctx, SYSTEM_ACTOR, { ...filters, after: page2.olderCursor! });
    expect(summaries(page3)).toEqual(['第1天']);
    expect(page3.olderCursor).toBeNull();
    // 上一页 from the last page and from page 2 lead back exactly.
    const back2 = await searchAudit(ctx, SYSTEM_ACTOR, { ...filters, before: page3.newerCursor! });
    expect(summaries(back2)).toEqual(['第3天', '第2天']);
    expect(back2.olderCursor).toBe(page2.olderCursor);
    const back1 = await searchAudit(ctx, SYSTEM_ACTOR, { ...filters, before: back2.newerCursor! });
    expect(summaries(back1)).toEqual(['第5天', '第4天']);
    expect(back1.newerCursor).toBeNull();
  });

  it('pages events of the same instant by id, never skipping or repeating one', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'U5');
    const at = new Date(Date.UTC(2026, 5, 1, 4));
    const sameCtx = { ...ctx, now: () => at };
    for (let n = 1; n <= 5; n += 1) {
      await recordAudit(ctx.db, sameCtx, SYSTEM_ACTOR, { action: 'test.same', objectType: 'agency', objectId: null, agencyId: tree.townA.id, summary: `同刻${n}` });
    }
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 5; guard += 1) {
      const page = await searchAudit(ctx, SYSTEM_ACTOR, { action: 'test.same', agencyId: tree.townA.id, pageSize: 2, ...(after ? { after } : {}) });
      seen.push(...page.rows.map((r) => r.summary));
      if (!page.olderCursor) break;
      after = page.olderCursor;
    }
    expect(seen.toSorted()).toEqual(['同刻1', '同刻2', '同刻3', '同刻4', '同刻5']);
  });

  it('refuses a damaged paging cursor with a Chinese message', async () => {
    const ctx = context();
    await expect(searchAudit(ctx, SYSTEM_ACTOR, { after: '第100页' })).rejects.toThrow('翻页位置无效，请从第一页重新查看。');
  });

  it('rejects a malformed time with a Chinese message', async () => {
    const ctx = context();
    await expect(searchAudit(ctx, SYSTEM_ACTOR, { from: '昨天' })).rejects.toThrow(ValidationError);
    await expect(searchAudit(ctx, SYSTEM_ACTOR, { from: '昨天' })).rejects.toThrow('时间格式不正确');
  });
});

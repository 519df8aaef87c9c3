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
    const page2 = await searchAudit(ctx, SYSTEM_ACTOR, { action: 'test.daily', agencyId: tree.townA.id, page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.rows.map((r) => r.summary)).toEqual(['第3天', '第2天']);
  });

  it('rejects a malformed time with a Chinese message', async () => {
    const ctx = context();
    await expect(searchAudit(ctx, SYSTEM_ACTOR, { from: '昨天' })).rejects.toThrow(ValidationError);
    await expect(searchAudit(ctx, SYSTEM_ACTOR, { from: '昨天' })).rejects.toThrow('时间格式不正确');
  });
});

// 条例第二十三条: a published item may also go out through 政务新媒体, 公告栏 …; each such release is
// recorded with its date, shown on the item, and counted per channel per year for the annual report.
import { expect, it } from 'vitest';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { applyWorkflow, channelCounts, createChannel, createItem, getItemDetail, listChannels, recordPublication } from '../../src/features/catalogue/catalogue.service.ts';
import type { ServiceContext } from '../../src/platform/service-context.ts';
import { accountWith } from '../db/tree.ts';
import { describeEachDatabase } from '../support/db.ts';
import { catalogueWorld, lowIncomeNotice } from './support.ts';

type World = Awaited<ReturnType<typeof catalogueWorld>>;

async function publishedItem(ctx: ServiceContext, w: World, title: string, writtenOn = '2026-02-10') {
  const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title, writtenOn }));
  await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' });
  await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'pass_security_review' });
  await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'approve' });
  await applyWorkflow(ctx, w.deps, w.leader, item.id, { event: 'approve' });
  return item;
}

describeEachDatabase('catalogue release channels', (under) => {
  it('records releases on channels, shows them on the item and counts them per channel for the year', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CH');
    const wechat = await createChannel(ctx, w.clerk, w.tree.townA.id, { kind: 'new_media', name: '“甲镇发布”微信公众号' });
    const board = await createChannel(ctx, w.clerk, w.tree.townA.id, { kind: 'notice_board', name: '镇政府院内政务公开栏' });
    const screen = await createChannel(ctx, w.clerk, w.tree.townA.id, { kind: 'electronic_screen', name: '便民服务中心电子屏' });
    await expect(createChannel(ctx, w.clerk, w.tree.townA.id, { kind: 'carrier_pigeon', name: '飞鸽' })).rejects.toThrow(/请选择渠道类型/);

    // Not yet published: nothing to record.
    const draft = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title: '草稿' }));
    await expect(recordPublication(ctx, w.clerk, draft.id, { channelId: wechat, publishedOn: '2026-03-02' })).rejects.toThrow(/信息发布后才能登记/);

    const first = await publishedItem(ctx, w, '第一条');
    // Written in December 2025, published on the website on 2 March 2026 (the test clock).
    const second = await publishedItem(ctx, w, '第二条', '2025-12-29');
    await recordPublication(ctx, w.clerk, first.id, { channelId: wechat, publishedOn: '2026-03-02' });
    await recordPublication(ctx, w.clerk, first.id, { channelId: board, publishedOn: '2026-02-27' });
    await recordPublication(ctx, w.clerk, second.id, { channelId: wechat, publishedOn: '2026-01-05' });
    // Recording the same item on the same channel again corrects the date; it is still one release.
    await recordPublication(ctx, w.clerk, first.id, { channelId: board, publishedOn: '2026-03-01' });
    await expect(recordPublication(ctx, w.clerk, first.id, { channelId: wechat, publishedOn: '2026-02-30' })).rejects.toThrow(/2026年2月只有28天/);
    await expect(recordPublication(ctx, w.clerk, first.id, { channelId: '', publishedOn: '2026-03-02' })).rejects.toThrow(/请选择发布渠道/);
    // A release is recorded once it happened: not after today (2026-03-02), not before the 成文日期 (2026-02-10).
    await expect(recordPublication(ctx, w.clerk, first.id, { channelId: wechat, publishedOn: '2026-03-03' })).rejects.toThrow(/不能晚于今天/);
    await expect(recordPublication(ctx, w.clerk, first.id, { channelId: wechat, publishedOn: '2026-02-09' })).rejects.toThrow(/不能早于成文日期（2026-02-10）/);

    const detail = await getItemDetail(ctx, w.deps, w.clerk, first.id);
    expect(detail.publications.map((p) => [p.name, p.kind, p.publishedOn]).sort()).toEqual([
      ['“甲镇发布”微信公众号', 'new_media', '2026-03-02'],
      ['镇政府院内政务公开栏', 'notice_board', '2026-03-01'],
    ]);

    // Worked by hand: 微信 = first (3.2) + second (1.5) = 2; 公告栏 = first once (date corrected to 3.1) = 1; 电子屏 = 0.
    const counts = await channelCounts(ctx, w.clerk, w.tree.townA.id, 2026);
    expect(counts.map((c) => [c.channelId, c.kind, c.count]).sort()).toEqual(
      [
        [wechat, 'new_media', 2],
        [board, 'notice_board', 1],
        [screen, 'electronic_screen', 0],
      ].sort(),
    );
    // Another year counts nothing of 2026.
    expect((await channelCounts(ctx, w.clerk, w.tree.townA.id, 2025)).map((c) => c.count)).toEqual([0, 0, 0]);
    // A release dated 31 December belongs to that year, not the next.
    await recordPublication(ctx, w.clerk, second.id, { channelId: screen, publishedOn: '2025-12-31' });
    expect((await channelCounts(ctx, w.clerk, w.tree.townA.id, 2025)).find((c) => c.channelId === screen)?.count).toBe(1);
    expect((await channelCounts(ctx, w.clerk, w.tree.townA.id, 2026)).find((c) => c.channelId === screen)?.count).toBe(0);

    const audit = await ctx.db.selectFrom('audit_event').select('action').where('object_id', '=', first.id).where('action', '=', 'catalogue_item.channel_publish').execute();
    expect(audit).toHaveLength(3);
  });

  it('keeps channels to their agency: a clerk of another agency can neither record nor read counts, nor use another agency’s channel', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CI');
    const otherClerk: Actor = (await accountWith(ctx, w.tree.townB, 'clerk', 'ci_other_clerk')).actor;
    const wechat = await createChannel(ctx, w.clerk, w.tree.townA.id, { kind: 'new_media', name: '甲镇发布' });
    const item = await publishedItem(ctx, w, '甲镇信息');

    await expect(recordPublication(ctx, otherClerk, item.id, { channelId: wechat, publishedOn: '2026-03-02' })).rejects.toThrow(/找不到该信息/);
    await expect(createChannel(ctx, otherClerk, w.tree.townA.id, { kind: 'notice_board', name: '乙镇的公告栏' })).rejects.toThrow(/找不到该单位/);
    await expect(channelCounts(ctx, otherClerk, w.tree.townA.id, 2026)).rejects.toThrow(/找不到该单位/);
    await expect(listChannels(ctx, otherClerk, w.tree.townA.id)).rejects.toThrow(/找不到该单位/);
    // Nor can town A's clerk record town A's item on town B's channel.
    const bChannel = await createChannel(ctx, otherClerk, w.tree.townB.id, { kind: 'notice_board', name: '乙镇公告栏' });
    await expect(recordPublication(ctx, w.clerk, item.id, { channelId: bChannel, publishedOn: '2026-03-02' })).rejects.toThrow(/请选择本单位的发布渠道/);
    // A supervisor reads counts of its subtree (for the annual report) but does not record.
    expect((await channelCounts(ctx, w.supervisor, w.tree.townA.id, 2026)).map((c) => c.count)).toEqual([0]);
    await expect(recordPublication(ctx, w.supervisor, item.id, { channelId: wechat, publishedOn: '2026-03-02' })).rejects.toThrow(/起草主动公开信息/);
    expect(await ctx.db.selectFrom('catalogue_publication').select('id').where('item_id', '=', item.id).execute()).toEqual([]);
  });
});

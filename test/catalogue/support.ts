// Shared set-up for catalogue service tests: a tree of agencies and one account per role.
import type { ServiceContext } from '../../src/platform/service-context.ts';
import { createCatalogueDeps } from '../../src/features/catalogue/catalogue.deps.ts';
import type { ItemInput } from '../../src/features/catalogue/catalogue.schemas.ts';
import { accountWith, buildTree } from '../db/tree.ts';

export async function catalogueWorld(ctx: ServiceContext, dataDir: string, prefix: string) {
  const tree = await buildTree(ctx, prefix);
  const p = prefix.toLowerCase();
  const clerk = await accountWith(ctx, tree.townA, 'clerk', `${p}_clerk`);
  const reviewer = await accountWith(ctx, tree.townA, 'reviewer', `${p}_reviewer`);
  const leader = await accountWith(ctx, tree.townA, 'leader', `${p}_leader`);
  const otherLeader = await accountWith(ctx, tree.townB, 'leader', `${p}_other`);
  const supervisor = await accountWith(ctx, tree.county, 'supervisor', `${p}_super`);
  return { tree, clerk: clerk.actor, reviewer: reviewer.actor, leader: leader.actor, otherLeader: otherLeader.actor, supervisor: supervisor.actor, deps: createCatalogueDeps(dataDir) };
}

export function lowIncomeNotice(overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    title: '关于2026年第一季度城乡低保对象审批情况的公示',
    summary: '公示本镇2026年第一季度新增城乡最低生活保障对象名单及保障金额。',
    body: '根据《社会救助暂行办法》，经入户调查、民主评议和审核审批，现将新增低保对象公示如下：\n张某某，家庭人口3人，月保障金额1260元。\n公示期七天，监督电话0375-7012345。',
    publisher: '甲镇人民政府',
    writtenOn: '2026-02-10',
    topicCategory: '民政、扶贫、救灾-社会救助',
    category: 'social_assistance',
    genre: '公告',
    ...overrides,
  };
}

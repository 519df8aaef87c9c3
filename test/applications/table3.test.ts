import { beforeAll, expect, it } from 'vitest';
import * as service from '../../src/features/applications/applications.service.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm, depsFor, type MovableDeps } from './support.ts';

// Eight cases worked out by hand (2024 report year of 甲镇, 2025 next year):
//  #1 自然人   received 2023-12-20, granted 2024-01-10           → 上年结转 2024, 予以公开 2024
//  #2 自然人   received 2024-03-01, granted 2024-03-20           → 新收 2024, 予以公开 2024
//  #3 商业企业 received 2024-04-01, partially granted 2024-04-25 → 新收, 部分公开
//  #4 商业企业 received 2024-05-06, not held 2024-05-20          → 新收, 无法提供 1
//  #5 法律服务机构 received 2024-12-20, still open on 31 Dec     → 新收, 结转下年度; 2025 上年结转
//  #6 自然人   received 2024-12-30, replied 2025-01-06 (repeat)  → 新收, 结转下年度; 2025 不予处理 2
//  #7 自然人   online 2024-12-31, confirmed 2025-01-02           → not in 2024 at all; 2025 新收
//  #8 自然人   received 2024-06-03, withdrawn 2024-06-05         → 新收, 其他处理 3
// 2024: 新收 = 6 (自然人 3: #2 #6 #8; 商业企业 2; 法律服务 1); 上年结转 = 1; 结果 = 5; 结转 = 2. 6 + 1 = 5 + 2 ✓
// 2025: 新收 = 1 (#7); 上年结转 = 2 (#5 #6); 结果 = 1 (#6); 结转 = 2 (#5 #7). 1 + 2 = 1 + 2 ✓
describeEachDatabase('table 三 of a year is a query over the cases', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let key = 0;

  const register = async (form: Record<string, string>, received: string) => {
    deps.setToday(received);
    const r = await service.registerApplication(deps, clerk, tree.townA.id, {
      ...applicantForm({ submissionKey: `t3-key-${String(++key).padStart(12, '0')}`, ...form }),
      channel: 'in_person',
      arrivedOn: received,
    });
    return r.applicationId;
  };
  const reply = async (id: string, replyType: string, on: string, extra: Record<string, unknown> = {}) => {
    deps.setToday(on);
    await service.replyToApplication(deps, clerk, tree.townA.id, id, { replyType, decidedOn: on, reasons: '理由见正文', ...extra });
  };
  const company = { applicantType: 'commercial_enterprise', name: '某某建设有限公司', idDocumentType: 'credit_code', idNumber: '91350100M000100Y43' };

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'T3');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 't3_clerk')).actor;
    const c1 = await register({ description: '2023年度低保资金发放情况' }, '2023-12-20');
    await reply(c1, 'disclosed', '2024-01-10');
    const c2 = await register({ description: '2024年春耕补贴发放标准' }, '2024-03-01');
    await reply(c2, 'disclosed', '2024-03-20');
    const c3 = await register({ ...company, description: '某道路工程招标文件' }, '2024-04-01');
    await reply(c3, 'partially_disclosed', '2024-04-25', { provided: '招标公告及中标结果', grounds: [{ part: '投标人报价明细', ground: 'withheld_third_party', reason: '属于投标人的商业秘密' }] });
    const c4 = await register({ ...company, description: '某地块1998年征收档案' }, '2024-05-06');
    await reply(c4, 'not_exist', '2024-05-20');
    await register({ applicantType: 'legal_service_organization', name: '某某律师事务所', idDocumentType: 'credit_code', idNumber: '91350100M000100Y43', description: '某行政处罚决定书' }, '2024-12-20');
    const c6 = await register({ description: '2024年春耕补贴发放标准（再次申请）' }, '2024-12-30');
    await reply(c6, 'repeated', '2025-01-06');
    deps.setToday('2024-12-31');
    const c7 = await service.submitFromPortal(deps, tree.townA.code, applicantForm({ submissionKey: 't3-online-00000000007', description: '村道硬化项目验收资料' }));
    deps.setToday('2025-01-02');
    await service.confirmReceipt(deps, clerk, tree.townA.id, c7.applicationId, { confirmedOn: '2025-01-02', method: '电话确认' });
    const c8 = await register({ description: '镇卫生院建设资金' }, '2024-06-03');
    deps.setToday('2024-06-05');
    await service.withdrawApplication(deps, clerk, tree.townA.id, c8, { withdrawnOn: '2024-06-05' });
  });

  it('counts 2024: 新收 6, 上年结转 1, five outcomes by row and column, 结转下年度 2', async () => {
    const t = await service.table3ForYear(deps, clerk, tree.townA.id, 2024);
    expect(t['applications.new_received.natural_person']).toBe(3);
    expect(t['applications.new_received.commercial_enterprise']).toBe(2);
    expect(t['applications.new_received.legal_service_organization']).toBe(1);
    expect(t['applications.new_received.total']).toBe(6);
    expect(t['applications.carried_over_from_last_year.total']).toBe(1);
    expect(t['applications.outcomes.granted.natural_person']).toBe(2);
    expect(t['applications.outcomes.partially_granted.commercial_enterprise']).toBe(1);
    expect(t['applications.outcomes.unable_to_provide.not_held.commercial_enterprise']).toBe(1);
    expect(t['applications.outcomes.other_handling.other.natural_person']).toBe(1);
    expect(t['applications.outcomes.total.total']).toBe(5);
    expect(t['applications.carried_to_next_year.legal_service_organization']).toBe(1);
    expect(t['applications.carried_to_next_year.natural_person']).toBe(1);
    expect(t['applications.carried_to_next_year.total']).toBe(2);
    expect(t['applications.new_received.total']! + t['applications.carried_over_from_last_year.total']!).toBe(
      t['applications.outcomes.total.total']! + t['applications.carried_to_next_year.total']!,
    );
  });

  it("carries 2024's open cases into 2025 (computed, never typed) and counts the late confirmation in 2025", async () => {
    const t = await service.table3ForYear(deps, clerk, tree.townA.id, 2025);
    expect(t['applications.carried_over_from_last_year.total']).toBe(2);
    expect(t['applications.new_received.natural_person']).toBe(1);
    expect(t['applications.outcomes.not_processed.repeated_application.natural_person']).toBe(1);
    expect(t['applications.carried_to_next_year.total']).toBe(2);
  });

  it('has a zero for every cell of the gov_2021 table (25 rows × 7 columns) in a year before any case', async () => {
    const t = await service.table3ForYear(deps, clerk, tree.townA.id, 2022);
    expect(Object.keys(t)).toHaveLength(25 * 7);
    expect(Object.values(t).every((n) => n === 0)).toBe(true);
  });

  it('flags the 2024-12-30 request as a likely repeat of the answered 2024-03-01 one, for the clerk to decide', async () => {
    const list = await service.listCases(deps, clerk, tree.townA.id, { q: '再次申请', page: 1 });
    const row = list.rows[0]!;
    expect(row.repeat_of_id).not.toBeNull();
    const view = await service.getCase(deps, clerk, tree.townA.id, row.id);
    expect(view.repeatOf?.applicationNumber).toBe(`${tree.townA.code}-2024-0001`);
    expect(view.repeatOf!.score).toBeGreaterThanOrEqual(0.6);
  });
});

describeEachDatabase('staff home page: overdue and due soon are derived from the clock', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'HM');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'hm_clerk')).actor;
    const register = async (received: string, n: number) => {
      deps.setToday(received);
      await service.registerApplication(deps, clerk, tree.townA.id, {
        ...applicantForm({ submissionKey: `hm-key-${String(n).padStart(12, '0')}`, description: `第${n}件申请的内容` }),
        channel: 'in_person',
        arrivedOn: received,
      });
    };
    await register('2024-09-25', 1); // due 2024-10-28
    await register('2024-10-08', 2); // 20 WD from 10-09: due 2024-11-04
    deps.setToday('2024-10-23');
    await service.submitFromPortal(deps, tree.townA.code, applicantForm({ submissionKey: 'hm-online-0000000003' }));
  });

  it('on 2024-10-29 the case due 10-28 is overdue; on 10-23 it is due soon (24, 25, 28 remain)', async () => {
    deps.setToday('2024-10-29');
    const late = await service.staffHome(deps, clerk, tree.townA.id);
    expect(late.overdue.map((c) => c.dueOn)).toEqual(['2024-10-28']);
    // 10-30, 10-31, 11-01, 11-04 remain = 4 working days: not yet due soon
    expect(late.onTime.map((c) => c.dueOn)).toEqual(['2024-11-04']);
    deps.setToday('2024-10-30');
    expect((await service.staffHome(deps, clerk, tree.townA.id)).dueSoon.map((c) => c.dueOn)).toEqual(['2024-11-04']);
    expect(late.awaitingConfirmation).toHaveLength(1);
    deps.setToday('2024-10-23');
    const earlier = await service.staffHome(deps, clerk, tree.townA.id);
    expect(earlier.dueSoon.map((c) => c.dueOn)).toEqual(['2024-10-28']);
    expect(earlier.onTime.map((c) => c.dueOn)).toEqual(['2024-11-04']);
    expect(earlier.overdue).toEqual([]);
  });
});

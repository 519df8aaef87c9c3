import { beforeAll, expect, it } from 'vitest';
import * as service from '../../src/features/applications/applications.service.ts';
import { replyUrgencyByAgency } from '../../src/features/applications/queries.service.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { ForbiddenError } from '../../src/platform/errors.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm, depsFor, type MovableDeps } from './support.ts';

// The staff home page reads a case's 补正, consultations, extension and fee notice in one query with the
// case; these dates are worked out by hand on the official calendar (2024-11/12 have no holidays;
// 2025-01-01 元旦 is one day off, no 调休 before 01-26).
//
// Case X, handed in Monday 2024-11-04 (条例第三十一条第（一）项):
//   补正 requested 11-05 (within 7 working days, 条例第三十条), corrected Thursday 11-07 → day 0 is 11-07.
//   Consultation 1 (third party) dispatched Monday 11-11, reply Friday 11-15 → 11-12 … 11-15 not counted.
//   Consultation 2 (other organ) dispatched Wednesday 11-13, reply Wednesday 11-20 → 11-14 … 11-20 not
//   counted (条例第三十三条第三款); together 11-12 … 11-20 = 7 working days paused.
//   Fee notice sent Thursday 11-21, received 11-22, paid Tuesday 11-26 → 11-22, 11-25, 11-26 paused.
//   Counted days: 11-08 (1), 11-11 (2), 11-21 (3), 11-27 … 11-29 (4–6), 12-02 … 12-06 (7–11),
//   12-09 … 12-13 (12–16), 12-16 … 12-19 (17–20) → due Thursday 2024-12-19.
//   Extension approved 12-02 (条例第三十三条第二款, 20 working days): 12-20 (1), 12-23 … 12-27 (2–6),
//   12-30, 12-31 (7, 8), 01-01 off, 01-02, 01-03 (9, 10), 01-06 … 01-10 (11–15), 01-13 … 01-17 (16–20)
//   → final deadline Friday 2025-01-17.
// Case Y, handed in Friday 2024-12-20, nothing else: 12-23 … 12-27 (1–5), 12-30, 12-31 (6, 7),
//   01-02, 01-03 (8, 9), 01-06 … 01-10 (10–14), 01-13 … 01-17 (15–19), 01-20 (20) → due Monday 2025-01-20.
describeEachDatabase('staff home page: a case with 补正, two consultations, a fee notice and an extension', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let caseX = '';
  let caseY = '';

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'SH');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'sh_clerk')).actor;
    const leader = (await accountWith(deps.ctx, tree.townA, 'leader', 'sh_leader')).actor;
    const at = (date: string) => deps.setToday(date);
    const town = tree.townA.id;

    at('2024-11-04');
    caseX = (
      await service.registerApplication(deps, clerk, town, {
        ...applicantForm({ submissionKey: 'sh-key-000000000001', description: '镇区道路改造工程的招标文件和施工合同' }),
        channel: 'in_person',
        arrivedOn: '2024-11-04',
      })
    ).applicationId;
    at('2024-11-05');
    await service.requestCorrection(deps, clerk, town, caseX, { requestedOn: '2024-11-05', items: '请写明所需合同的签订年份', correctionDueOn: '2024-11-19' });
    at('2024-11-07');
    await service.receiveCorrection(deps, clerk, town, caseX, { correctedOn: '2024-11-07' });
    await service.startHandling(deps, clerk, town, caseX);
    at('2024-11-11');
    const first = await service.startConsultation(deps, clerk, town, caseX, {
      partyKind: 'third_party', partyName: '某某路桥建设有限公司', subject: '施工合同中的报价条款', dispatchedOn: '2024-11-11', partyReceivedOn: '2024-11-12',
    });
    at('2024-11-13');
    const second = await service.startConsultation(deps, clerk, town, caseX, {
      partyKind: 'other_organ', partyName: '县交通运输局', subject: '招标文件由县交通运输局制作', dispatchedOn: '2024-11-13', partyReceivedOn: '2024-11-13',
    });
    at('2024-11-15');
    await service.recordConsultationReply(deps, clerk, town, caseX, { consultationId: first, repliedOn: '2024-11-15', position: 'agrees', summary: '同意公开' });
    at('2024-11-20');
    await service.recordConsultationReply(deps, clerk, town, caseX, { consultationId: second, repliedOn: '2024-11-20', position: 'agrees', summary: '由本机关答复' });
    at('2024-11-21');
    await service.issueFeeNotice(deps, clerk, town, caseX, { method: 'per_volume', pages: '45', sentOn: '2024-11-21', receivedOn: '2024-11-22' });
    at('2024-11-26');
    await service.recordPayment(deps, clerk, town, caseX, { paidOn: '2024-11-26', receiptNo: 'SH-001' });
    at('2024-12-02');
    await service.approveExtension(deps, leader, town, caseX, { approvedOn: '2024-12-02', reason: '合同材料分散在多个部门，需要汇总' });

    at('2024-12-20');
    caseY = (
      await service.registerApplication(deps, clerk, town, {
        ...applicantForm({ submissionKey: 'sh-key-000000000002', description: '本镇2024年低保名单' }),
        channel: 'in_person',
        arrivedOn: '2024-12-20',
      })
    ).applicationId;
  });

  const home = async (date: string, actor: Actor = clerk) => {
    deps.setToday(date);
    return service.staffHome(deps, actor, tree.townA.id);
  };
  const ids = (cases: Array<{ id: string }>) => cases.map((c) => c.id);

  it('on Monday 2025-01-13 both run on time: X due 01-17 (4 working days left), Y due 01-20', async () => {
    const h = await home('2025-01-13');
    expect(ids(h.onTime)).toEqual([caseX, caseY]);
    expect(h.onTime.map((c) => c.dueOn)).toEqual(['2025-01-17', '2025-01-20']);
    expect(h.onTime.map((c) => c.workingDaysRemaining)).toEqual([4, 5]);
    expect([...h.overdue, ...h.dueSoon, ...h.awaitingConfirmation, ...h.awaitingCorrection]).toEqual([]);
  });

  it('on Tuesday 01-14 X is due soon (01-15, 01-16, 01-17 remain) and Y still on time (4 remain)', async () => {
    const h = await home('2025-01-14');
    expect(ids(h.dueSoon)).toEqual([caseX]);
    expect(h.dueSoon[0]!.dueOn).toBe('2025-01-17');
    expect(h.dueSoon[0]!.workingDaysRemaining).toBe(3);
    expect(ids(h.onTime)).toEqual([caseY]);
    expect(h.onTime[0]!.workingDaysRemaining).toBe(4);
  });

  it('on Monday 01-20 X is overdue and Y, due that day, is due soon; the case page agrees on 01-17', async () => {
    const h = await home('2025-01-20');
    expect(ids(h.overdue)).toEqual([caseX]);
    expect(h.overdue[0]!.dueOn).toBe('2025-01-17');
    expect(ids(h.dueSoon)).toEqual([caseY]);
    expect(h.dueSoon[0]!.dueOn).toBe('2025-01-20');
    expect((await service.getCase(deps, clerk, tree.townA.id, caseX)).clock.finalDueOn).toBe('2025-01-17');
  });

  it('a county supervisor reads the township home page; a clerk of another township is refused', async () => {
    const supervisor = (await accountWith(deps.ctx, tree.county, 'supervisor', 'sh_super')).actor;
    expect(ids((await home('2025-01-20', supervisor)).overdue)).toEqual([caseX]);
    const otherClerk = (await accountWith(deps.ctx, tree.townB, 'clerk', 'sh_clerk_b')).actor;
    await expect(home('2025-01-20', otherClerk)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('the case list’s 办理中 filter lists the two open cases, newest arrival first, and not a case already answered', async () => {
    deps.setToday('2025-01-06');
    const answered = await service.registerApplication(deps, clerk, tree.townA.id, {
      ...applicantForm({ submissionKey: 'sh-key-000000000003', description: '本镇2024年财政预算' }),
      channel: 'in_person',
      arrivedOn: '2025-01-06',
    });
    await service.replyToApplication(deps, clerk, tree.townA.id, answered.applicationId, { replyType: 'not_exist', decidedOn: '2025-01-06' });
    const open = await service.listCases(deps, clerk, tree.townA.id, { status: 'open', page: 1 });
    expect(ids(open.rows)).toEqual([caseY, caseX]);
    expect(open.total).toBe(2);
    const all = await service.listCases(deps, clerk, tree.townA.id, { page: 1 });
    expect(ids(all.rows)).toEqual([answered.applicationId, caseY, caseX]);
  });
});

// 条例第三十五条: with a later deadline fixed, the home page counts to it, as the case page does (spec §5.2
// A: handed in Wednesday 2024-09-25 → statutory deadline Monday 2024-10-28; on 10-15 the organ fixes
// 2024-11-29). On Wednesday 11-20: 11-21, 11-22, 11-25 … 11-29 remain = 7 working days → on time, not
// overdue although 10-28 has passed. On Tuesday 11-26: 11-27, 11-28, 11-29 remain = 3 → due soon.
describeEachDatabase('staff home page: a 条例第三十五条 later deadline', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let id = '';

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'SK');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'sk_clerk')).actor;
    deps.setToday('2024-09-25');
    id = (
      await service.registerApplication(deps, clerk, tree.townA.id, {
        ...applicantForm({ submissionKey: 'sk-key-000000000001', description: '近十年镇党委会议纪要' }),
        channel: 'in_person',
        arrivedOn: '2024-09-25',
      })
    ).applicationId;
    await service.startHandling(deps, clerk, tree.townA.id, id);
    deps.setToday('2024-10-15');
    await service.setCustomDeadline(deps, clerk, tree.townA.id, id, { setOn: '2024-10-15', dueOn: '2024-11-29', reason: '申请公开近十年全部会议纪要，需逐件审查' });
  });

  it('on 2024-11-20 the case runs on time to 11-29 (7 working days left); on 11-26 it is due soon', async () => {
    deps.setToday('2024-11-20');
    const h = await service.staffHome(deps, clerk, tree.townA.id);
    expect(h.overdue).toEqual([]);
    expect(h.onTime.map((c) => [c.id, c.dueOn, c.workingDaysRemaining])).toEqual([[id, '2024-11-29', 7]]);
    deps.setToday('2024-11-26');
    const later = await service.staffHome(deps, clerk, tree.townA.id);
    expect(later.dueSoon.map((c) => [c.id, c.dueOn, c.workingDaysRemaining])).toEqual([[id, '2024-11-29', 3]]);
  });

  it('the 政务公开办 dashboard counts to the same later deadline: on time on 11-20, due soon on 11-26', async () => {
    deps.setToday('2024-11-20');
    expect((await replyUrgencyByAgency(deps, [tree.townA.id])).get(tree.townA.id)).toEqual({ open: 1, overdue: 0, dueSoon: 0 });
    deps.setToday('2024-11-26');
    expect((await replyUrgencyByAgency(deps, [tree.townA.id])).get(tree.townA.id)).toEqual({ open: 1, overdue: 0, dueSoon: 1 });
  });
});

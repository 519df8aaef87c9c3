import { beforeAll, expect, it } from 'vitest';
import * as applications from '../../src/features/applications/applications.service.ts';
import { appealsWorkbenchPanel } from '../../src/features/appeals/appeals.workbench.ts';
import { appealsNeedingAnswer, getAppeal, listAppeals, recordAppeal, table4FromRecords, updateAppeal } from '../../src/features/appeals/appeals.service.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../src/platform/errors.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm, depsFor, type MovableDeps } from '../applications/support.ts';

// Dates worked by hand on the 2024 arrangement (国庆节 10-01…10-07 off; 09-29 and 10-12 调休上班):
//   a 复议 copy received Wednesday 2024-09-25, 普通程序 → the 10th working day after it is Monday 2024-10-14;
//   a 起诉状 received Friday 2024-11-01 → +15 days = Saturday 11-16 → Monday 2024-11-18.
describeEachDatabase('行政复议、行政诉讼 records', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let leader: Actor;
  let otherClerk: Actor;
  let supervisor: Actor;
  let applicationNumber = '';
  let reconsiderationId = '';
  let suitId = '';

  const base = (overrides: Record<string, string> = {}) => ({
    kind: 'administrative_reconsideration',
    procedure: 'ordinary',
    bodyName: '示范县人民政府',
    matter: '不服对征地补偿标准申请的不予公开答复',
    filedOn: '2024-09-20',
    ...overrides,
  });

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'AP');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'ap_clerk')).actor;
    leader = (await accountWith(deps.ctx, tree.townA, 'leader', 'ap_leader')).actor;
    otherClerk = (await accountWith(deps.ctx, tree.townB, 'clerk', 'ap_other')).actor;
    supervisor = (await accountWith(deps.ctx, tree.county, 'supervisor', 'ap_super')).actor;
    deps.setToday('2024-09-02');
    const registered = await applications.registerApplication(deps, clerk, tree.townA.id, {
      ...applicantForm({ submissionKey: 'ap-key-000000000001' }),
      channel: 'in_person',
      arrivedOn: '2024-09-02',
    });
    applicationNumber = registered.applicationNumber;
  });

  it('records a 复议 linked to an application and computes the answer deadline of 行政复议法第四十八条', async () => {
    deps.setToday('2024-09-26');
    reconsiderationId = await recordAppeal(deps.ctx, clerk, tree.townA.id, base({ receivedOn: '2024-09-25', applicationNumber, caseNumber: '示府复〔2024〕3号' }));
    const view = await getAppeal(deps.ctx, deps.calendar, clerk, reconsiderationId);
    expect(view.applicationNumber).toBe(applicationNumber);
    expect(view.deadline).toMatchObject({ kind: 'open', overdueDays: 0, deadline: { dueOn: '2024-10-14' } });
    expect(view.deadlineLabel).toBe('书面答复期限：2024-10-14');
  });

  it('flags the answer as due soon, then overdue by calendar days, on the workbench list', async () => {
    deps.setToday('2024-10-10'); // 10-11, 10-12 (调休), 10-14: three working days left
    let due = await appealsNeedingAnswer(deps.ctx, deps.calendar, [tree.townA.id]);
    expect(due.map((d) => d.id)).toEqual([reconsiderationId]);
    expect(due[0]!.deadlineLabel).toBe('书面答复即将到期：2024-10-14');
    deps.setToday('2024-10-16');
    due = await appealsNeedingAnswer(deps.ctx, deps.calendar, [tree.townA.id]);
    expect(due[0]!.deadlineLabel).toBe('书面答复已逾期 2 天（期限 2024-10-14）');
    expect(await appealsNeedingAnswer(deps.ctx, deps.calendar, [tree.townB.id])).toEqual([]);
    // The clerk's 工作台 lists it under the overdue line, linking to the case.
    const panel = await appealsWorkbenchPanel.load({ context: deps.ctx, actor: clerk, agencyId: tree.townA.id, roles: new Set(['clerk']) });
    const overdue = panel!.lines.find((l) => l.id === 'appeal-answers-overdue')!;
    expect(overdue.count).toBe(1);
    expect(overdue.entries[0]).toMatchObject({ href: `/admin/appeals/${reconsiderationId}`, detail: '书面答复已逾期 2 天（期限 2024-10-14）' });
    expect(panel!.lines.find((l) => l.id === 'appeals-open')!.count).toBe(1);
    expect(await appealsWorkbenchPanel.load({ context: deps.ctx, actor: otherClerk, agencyId: tree.townA.id, roles: new Set(['clerk']) })).toBeNull();
  });

  it('records the answer and then the decision, which ends the reminder', async () => {
    deps.setToday('2024-12-10');
    await updateAppeal(deps.ctx, clerk, reconsiderationId, base({ receivedOn: '2024-09-25', answeredOn: '2024-10-12', applicationNumber, caseNumber: '示府复〔2024〕3号', concludedOn: '2024-12-09', result: 'upheld' }));
    const view = await getAppeal(deps.ctx, deps.calendar, clerk, reconsiderationId);
    expect(view.deadline).toMatchObject({ kind: 'answered', late: false });
    expect(await appealsNeedingAnswer(deps.ctx, deps.calendar, [tree.townA.id])).toEqual([]);
  });

  it('records a 复议后起诉 linked to its 复议, with the defence deadline of 行政诉讼法第六十七条', async () => {
    deps.setToday('2024-12-20');
    suitId = await recordAppeal(deps.ctx, clerk, tree.townA.id, {
      kind: 'litigation_after_reconsideration',
      bodyName: '示范县人民法院',
      matter: '不服复议决定，起诉要求公开征地补偿标准',
      filedOn: '2024-12-18',
      receivedOn: '2024-12-20',
      reconsiderationId,
    });
    const view = await getAppeal(deps.ctx, deps.calendar, clerk, suitId);
    // 12-20 + 15 = Saturday 2025-01-04 → Monday 2025-01-06.
    expect(view.deadline).toMatchObject({ kind: 'open', deadline: { dueOn: '2025-01-06' } });
    expect(view.reconsiderationLabel).toContain('示府复〔2024〕3号');
    expect(view.row.procedure).toBeNull();
  });

  it('counts table 四 from the records: the suit open at 31 December is 尚未审结 in 2024 and counted with its result in 2025', async () => {
    const y2024 = await table4FromRecords(deps.ctx.db, tree.townA.id, 2024);
    expect(y2024['review_litigation.administrative_reconsideration.upheld']).toBe(1);
    expect(y2024['review_litigation.administrative_reconsideration.total']).toBe(1);
    expect(y2024['review_litigation.litigation_after_reconsideration.pending']).toBe(1);
    expect(y2024['review_litigation.litigation_direct.total']).toBe(0);
    deps.setToday('2025-03-01');
    await updateAppeal(deps.ctx, clerk, suitId, {
      kind: 'litigation_after_reconsideration',
      bodyName: '示范县人民法院',
      matter: '不服复议决定，起诉要求公开征地补偿标准',
      filedOn: '2024-12-18',
      receivedOn: '2024-12-20',
      answeredOn: '2025-01-03',
      concludedOn: '2025-02-20',
      result: 'other_result',
      reconsiderationId,
    });
    const y2025 = await table4FromRecords(deps.ctx.db, tree.townA.id, 2025);
    expect(y2025['review_litigation.litigation_after_reconsideration.other_result']).toBe(1);
    expect(y2025['review_litigation.litigation_after_reconsideration.total']).toBe(1);
    expect(y2025['review_litigation.administrative_reconsideration.total']).toBe(0);
    expect((await table4FromRecords(deps.ctx.db, tree.townB.id, 2024))['review_litigation.administrative_reconsideration.total']).toBe(0);
  });

  it('refuses a result without a date, a date in the future and an application of another agency, in Chinese', async () => {
    deps.setToday('2025-03-01');
    await expect(recordAppeal(deps.ctx, clerk, tree.townA.id, base({ result: 'upheld' }))).rejects.toMatchObject({ fields: { concludedOn: expect.stringContaining('审结日期') } });
    await expect(recordAppeal(deps.ctx, clerk, tree.townA.id, base({ filedOn: '2025-03-02' }))).rejects.toMatchObject({ fields: { filedOn: expect.stringContaining('还没有到') } });
    await expect(recordAppeal(deps.ctx, otherClerk, tree.townB.id, base({ applicationNumber }))).rejects.toBeInstanceOf(ValidationError);
    await expect(recordAppeal(deps.ctx, clerk, tree.townA.id, base({ procedure: '' }))).rejects.toMatchObject({ fields: { procedure: expect.stringContaining('简易程序') } });
  });

  it('lets the leader and the 政务公开办 read but not record, and hides the case from another township', async () => {
    expect((await listAppeals(deps.ctx, deps.calendar, leader, tree.townA.id)).canRecord).toBe(false);
    await expect(recordAppeal(deps.ctx, leader, tree.townA.id, base())).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getAppeal(deps.ctx, deps.calendar, supervisor, suitId)).canRecord).toBe(false);
    await expect(getAppeal(deps.ctx, deps.calendar, otherClerk, suitId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAppeal(deps.ctx, otherClerk, suitId, base())).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAppeals(deps.ctx, deps.calendar, otherClerk, tree.townA.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('audits every change', async () => {
    const events = await deps.ctx.db.selectFrom('audit_event').select(['action', 'summary']).where('object_id', 'in', [reconsiderationId, suitId]).orderBy('occurred_at').orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['appeal.record', 'appeal.conclude', 'appeal.record', 'appeal.conclude']);
    expect(events[1]!.summary).toContain('结果维持');
  });
});

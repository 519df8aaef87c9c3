import { beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor } from '../../src/features/accounts/domain/policy.ts';
import { setSetting } from '../../src/features/agencies/settings.service.ts';
import * as reports from '../../src/features/annual-reports/annual-reports.service.ts';
import { manualCellKeys } from '../../src/features/annual-reports/domain/cells.ts';
import * as applications from '../../src/features/applications/applications.service.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm, depsFor, type MovableDeps } from '../applications/support.ts';

// Cases of the 县自然资源局 (a county department: deadline 31 January, 条例第四十九条), worked out by hand
// with the reply period of 条例第三十三条 (20 working days from the day after receipt):
//  L1 received 2024-09-25 → due 2024-10-28 (National Day 10-01…10-07 off, 09-29 and 10-12 worked, spec
//     application-procedure.md §5.2); answered 2024-10-29 → late.
//  L2 received 2024-11-01 → Nov 4–8, 11–15, 18–22, 25–29 → due 2024-11-29; still open on 31 December → late.
//  L3 received 2024-06-03, answered 2024-06-10 → on time.
// 2024: 新收 3, 办结 2, 结转下年度 1; overdue replies 2. 2025 (as of 2025-03-03): L2 still open and late → 1.
describeEachDatabase('annual report: late replies, the publication deadline and the drafted texts', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let key = 0;

  const register = async (description: string, received: string) => {
    deps.setToday(received);
    const r = await applications.registerApplication(deps, clerk, tree.department.id, {
      ...applicantForm({ submissionKey: `od-key-${String(++key).padStart(12, '0')}`, description }),
      channel: 'in_person',
      arrivedOn: received,
    });
    return r.applicationId;
  };
  const reply = async (id: string, on: string) => {
    deps.setToday(on);
    await applications.replyToApplication(deps, clerk, tree.department.id, id, { replyType: 'disclosed', decidedOn: on, reasons: '理由见正文' });
  };
  const textOf = (view: reports.ReportView, id: string) => view.report.sections.find((s) => s.id === id)?.text ?? '';

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'OD');
    clerk = (await accountWith(deps.ctx, tree.department, 'clerk', 'od_clerk')).actor;
    const l1 = await register('2024年国土空间规划公示材料', '2024-09-25');
    await reply(l1, '2024-10-29');
    await register('某地块土地出让合同', '2024-11-01');
    const l3 = await register('2023年度耕地保护责任目标考核结果', '2024-06-03');
    await reply(l3, '2024-06-10');
    deps.setToday('2025-01-15');
  });

  it('counts late replies with the reply clock and hands them to the checks', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.department.id, 2024);
    let view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    expect(view.report.cells['applications.new_received.total']?.value).toBe(3);
    expect(view.overdueReplies).toBe(2);
    // The draft says so instead of claiming every reply was on time.
    expect(textOf(view, 'general_situation')).toContain('（二）依申请公开。2024年，本机关收到政府信息公开申请3件，上年结转0件；办结2件，结转下年度继续办理1件。其中2件未在法定期限内答复。');
    expect(textOf(view, 'problems_and_improvements')).toContain('本年度有2件政府信息公开申请未在法定期限内答复。');
    // A text claiming 100% on time is contradicted by the records (R_NARRATIVE_COUNTS, 条例第三十三条).
    await reports.saveDraft(deps.ctx, clerk, tree.department.id, id, { version: String(view.version), 'text.general_situation': '本局依申请公开按时办结率100%。' });
    view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    const claim = view.findings.find((f) => f.rule === 'R_NARRATIVE_COUNTS' && f.message.includes('逾期答复'));
    expect(claim?.message).toContain('本系统记录本年度有 2 件申请逾期答复');
  });

  it('counts a case still open and late at the end of the year again in the next year', async () => {
    deps.setToday('2025-03-03');
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.department.id, 2025);
    const view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    expect(view.report.cells['applications.carried_over_from_last_year.total']?.value).toBe(1);
    expect(view.overdueReplies).toBe(1);
    deps.setToday('2025-01-15');
  });

  it('shows the days left until 31 January, then how late the report is', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.department.id, 2024);
    let view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    // 2025-01-15 → 2025-01-31: 16 days.
    expect(view.deadline).toMatchObject({ dueOn: '2025-01-31', state: 'running', days: 16 });
    deps.setToday('2025-02-03');
    view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    expect(view.deadline).toMatchObject({ state: 'late', days: 3, label: '已超过2025年1月31日的公布期限 3 天，尚未公布' });
    const list = await reports.listReports(deps.ctx, clerk, tree.department.id);
    expect(list.reports.find((r) => r.year === 2024)?.deadline.state).toBe('late');
    deps.setToday('2025-01-15');
  });

  it('uses the township deadline the county set (spec §7: the county 主管部门 decides)', async () => {
    await setSetting(deps.ctx, SYSTEM_ACTOR, tree.county.id, reports.TOWNSHIP_DEADLINE_SETTING, '02-15');
    const townClerk = (await accountWith(deps.ctx, tree.townB, 'clerk', 'od_clerk_b')).actor;
    const { id } = await reports.generateDraft(deps.ctx, townClerk, tree.townB.id, 2024);
    const view = await reports.getReport(deps.ctx, townClerk, tree.townB.id, id);
    // 2025-01-15 → 2025-02-15: 16 + 15 = 31 days.
    expect(view.deadline).toMatchObject({ dueOn: '2025-02-15', days: 31 });
  });

  it('blocks submission while a 【请补充…】 mark is left, and offers texts without overwriting what staff wrote', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.department.id, 2024);
    let view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    const zeros = Object.fromEntries(manualCellKeys('gov_2021').map((k) => [`cell.${k}`, '0']));
    await reports.saveDraft(deps.ctx, clerk, tree.department.id, id, {
      version: String(view.version),
      ...zeros,
      'cell.review_litigation.administrative_reconsideration.upheld': '1',
      'cell.review_litigation.administrative_reconsideration.total': '1',
      'text.problems_and_improvements': '【请补充本年度存在的问题】',
    });
    view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    expect(view.findings.filter((f) => f.rule === 'DRAFT_UNFINISHED').map((f) => f.severity)).toEqual(['error']);
    await expect(reports.transition(deps.ctx, clerk, tree.department.id, id, 'submit', { version: view.version })).rejects.toThrow(/待补充的内容【请补充本年度存在的问题】/);
    // Table 四 as entered: 1 reconsideration, no lawsuit — the suggested section 四 says so.
    expect(view.suggestions.review_litigation).toBe('本年度，本机关因政府信息公开工作被申请行政复议1件，被提起行政诉讼0件。具体情况见下表。');
    // What staff wrote is kept when the draft is regenerated; the suggestion stays on offer.
    await reports.generateDraft(deps.ctx, clerk, tree.department.id, 2024);
    view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    expect(textOf(view, 'general_situation')).toBe('本局依申请公开按时办结率100%。');
    expect(view.suggestions.general_situation).toContain('其中2件未在法定期限内答复。');
    await reports.saveDraft(deps.ctx, clerk, tree.department.id, id, {
      version: String(view.version),
      'text.general_situation': '本局依法做好政府信息公开工作，全年有2件申请逾期答复。',
      'text.problems_and_improvements': '存在的问题：2件申请逾期答复。改进措施：建立到期提醒。',
    });
    view = await reports.getReport(deps.ctx, clerk, tree.department.id, id);
    expect(view.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(await reports.transition(deps.ctx, clerk, tree.department.id, id, 'submit', { version: view.version })).toBe('submitted');
  });
});

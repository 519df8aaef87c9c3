import { beforeAll, expect, it } from 'vitest';
import * as applications from '../../src/features/applications/applications.service.ts';
import * as reports from '../../src/features/annual-reports/annual-reports.service.ts';
import { manualCellKeys } from '../../src/features/annual-reports/domain/cells.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, actorWith, buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm, depsFor, type MovableDeps } from '../applications/support.ts';

// Three cases of 甲镇, worked out by hand for report year 2024 (and 2023):
//  #1 自然人   received 2023-12-20, disclosed 2024-01-10 → 2023: 新收 1, 结转下年度 1; 2024: 上年结转 1, 予以公开 1
//  #2 商业企业 received 2024-03-01, disclosed 2024-03-20 → 2024: 新收 1, 予以公开 1
//  #3 自然人   received 2024-12-20, still open            → 2024: 新收 1, 结转下年度 1
// 2024: 新收 2 + 上年结转 1 = 办结 2 + 结转 1 ✓.
// Fee notices (国办函〔2020〕109号): on #2 per volume, 35 pages → (35 − 30) × 10元 = 50元, sent 2024-03-05,
// paid 2024-03-08; on #3 per application, the applicant's 11th of the month → 100元, sent 2024-12-25, unpaid.
// Section 六: 2 notices, 150元 demanded, 1 paid, 50元 collected.
describeEachDatabase('the annual report is generated from the records', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let leader: Actor;
  let key = 0;

  const register = async (form: Record<string, string>, received: string) => {
    deps.setToday(received);
    const r = await applications.registerApplication(deps, clerk, tree.townA.id, {
      ...applicantForm({ submissionKey: `ar-key-${String(++key).padStart(12, '0')}`, ...form }),
      channel: 'in_person',
      arrivedOn: received,
    });
    return r.applicationId;
  };
  const reply = async (id: string, on: string) => {
    deps.setToday(on);
    await applications.replyToApplication(deps, clerk, tree.townA.id, id, { replyType: 'disclosed', decidedOn: on, reasons: '理由见正文' });
  };
  const company = { applicantType: 'commercial_enterprise', name: '某某建设有限公司', idDocumentType: 'credit_code', idNumber: '91350100M000100Y43' };
  // Table 二/四 all 0, and sections 一 and 五 written out (the draft's 【请补充…】 marks block submission).
  const zeroManualCells = () => ({
    ...Object.fromEntries(manualCellKeys('gov_2021').map((k) => [`cell.${k}`, '0'])),
    'text.general_situation': '本机关依照《条例》做好主动公开、依申请公开和政府信息管理工作。',
    'text.problems_and_improvements': '存在的问题：专栏更新不够及时。改进措施：每月检查一次。',
  });

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'AR');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'ar_clerk')).actor;
    leader = (await accountWith(deps.ctx, tree.townA, 'leader', 'ar_leader')).actor;
    const c1 = await register({ description: '2023年度低保资金发放情况' }, '2023-12-20');
    await reply(c1, '2024-01-10');
    const c2 = await register({ ...company, description: '某道路工程招标文件' }, '2024-03-01');
    deps.setToday('2024-03-05');
    await applications.startHandling(deps, clerk, tree.townA.id, c2);
    await applications.issueFeeNotice(deps, clerk, tree.townA.id, c2, { method: 'per_volume', pages: '35', sentOn: '2024-03-05' });
    deps.setToday('2024-03-08');
    await applications.recordPayment(deps, clerk, tree.townA.id, c2, { paidOn: '2024-03-08', receiptNo: 'NO.0001' });
    await reply(c2, '2024-03-20');
    const c3 = await register({ description: '村道硬化项目验收资料' }, '2024-12-20');
    deps.setToday('2024-12-25');
    await applications.startHandling(deps, clerk, tree.townA.id, c3);
    await applications.issueFeeNotice(deps, clerk, tree.townA.id, c3, { method: 'per_application', monthOrdinal: '11', sentOn: '2024-12-25' });
    deps.setToday('2025-01-15');
  });

  it('counts table 三 from the cases, with the carry-over computed', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.townA.id, '2024');
    const view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    const v = (k: string) => view.report.cells[`applications.${k}`]?.value;
    expect(view.format).toBe('gov_2021');
    expect(view.report.agency).toBe('AR甲镇人民政府');
    expect(v('new_received.natural_person')).toBe(1);
    expect(v('new_received.commercial_enterprise')).toBe(1);
    expect(v('new_received.total')).toBe(2);
    expect(v('carried_over_from_last_year.natural_person')).toBe(1);
    expect(v('carried_over_from_last_year.total')).toBe(1);
    expect(v('outcomes.granted.natural_person')).toBe(1);
    expect(v('outcomes.granted.commercial_enterprise')).toBe(1);
    expect(v('outcomes.total.total')).toBe(2);
    expect(v('carried_to_next_year.natural_person')).toBe(1);
    expect(v('carried_to_next_year.total')).toBe(1);
  });

  it('drafts section 三 from the same counts and section 六 from the fee notices', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.townA.id, 2024);
    const view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    const text = (s: string) => view.report.sections.find((x) => x.id === s)?.text;
    expect(text('applications')).toBe('2024年，本机关收到政府信息公开申请2件，上年结转1件；办结2件，其中予以公开2件，部分公开0件，其他结果见下表；结转下年度继续办理1件。');
    expect(text('other_matters')).toBe(
      '2024年度，本机关依照《政府信息公开信息处理费管理办法》发出信息处理费收费通知2件，通知收费金额合计150元；申请人按通知缴费1件，实际收取信息处理费50元。',
    );
  });

  it('keeps staff-entered cells and texts when the draft is regenerated, and leaves computed cells untyped', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.townA.id, 2024);
    let view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    await reports.saveDraft(deps.ctx, clerk, tree.townA.id, id, {
      version: String(view.version),
      'text.problems_and_improvements': '存在的问题：专栏更新不够及时。改进措施：每月检查一次。',
      'cell.review_litigation.administrative_reconsideration.upheld': '1',
      'cell.applications.new_received.total': '99',
    });
    const again = await reports.generateDraft(deps.ctx, clerk, tree.townA.id, 2024);
    expect(again).toEqual({ id, created: false });
    view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    expect(view.report.cells['review_litigation.administrative_reconsideration.upheld']).toEqual({ kind: 'number', value: 1 });
    expect(view.report.cells['applications.new_received.total']?.value).toBe(2);
    expect(view.report.sections.find((s) => s.id === 'problems_and_improvements')?.text).toBe('存在的问题：专栏更新不够及时。改进措施：每月检查一次。');
  });

  it('refuses a bad cell with a Chinese message for that cell and saves nothing', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.townA.id, 2024);
    const view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    const attempt = reports.saveDraft(deps.ctx, clerk, tree.townA.id, id, {
      version: String(view.version),
      'cell.review_litigation.litigation_direct.upheld': '三',
      'cell.active_disclosure.art20_item8.administrative_fees.fee_amount_this_year': '1.5',
      'text.general_situation': '不应保存',
    });
    await expect(attempt).rejects.toMatchObject({ name: 'ValidationError', fields: { 'cell.review_litigation.litigation_direct.upheld': '请填写 0 或正整数（件数）；不适用填“/”' } });
    const after = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    expect(after.version).toBe(view.version);
    expect(after.report.sections.find((s) => s.id === 'general_situation')?.text).not.toBe('不应保存');
  });

  it('refuses to generate the report of a year that has not begun', async () => {
    // "Today" is 2025-01-15 (set at the end of beforeAll).
    await expect(reports.generateDraft(deps.ctx, clerk, tree.townA.id, 2026)).rejects.toMatchObject({ name: 'ValidationError', fields: { year: '2026年尚未开始，只能生成2025年及以前年度的报告。' } });
  });

  it('refuses a save from a stale form instead of overwriting a newer one', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.townA.id, 2024);
    const view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    await reports.saveDraft(deps.ctx, clerk, tree.townA.id, id, { version: String(view.version), 'text.other_matters': view.report.sections[5]!.text });
    await expect(reports.saveDraft(deps.ctx, clerk, tree.townA.id, id, { version: String(view.version) })).rejects.toMatchObject({ name: 'ConflictError' });
  });

  it('lets the clerk draft and submit, only the leader approve and publish, and a supervisor only read', async () => {
    const { id } = await reports.generateDraft(deps.ctx, clerk, tree.townA.id, 2024);
    let view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    await reports.saveDraft(deps.ctx, clerk, tree.townA.id, id, { version: String(view.version), ...zeroManualCells(), 'cell.review_litigation.administrative_reconsideration.upheld': '0' });
    view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    expect(view.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(view.actions).toEqual(['submit']);
    await expect(reports.transition(deps.ctx, leader, tree.townA.id, id, 'submit', { version: view.version })).rejects.toMatchObject({ name: 'ForbiddenError' });
    expect(await reports.transition(deps.ctx, clerk, tree.townA.id, id, 'submit', { version: view.version })).toBe('submitted');
    view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    await expect(reports.transition(deps.ctx, clerk, tree.townA.id, id, 'approve', { version: view.version })).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(reports.saveDraft(deps.ctx, clerk, tree.townA.id, id, { version: String(view.version) })).rejects.toMatchObject({ name: 'ConflictError' });
    await expect(reports.transition(deps.ctx, leader, tree.townA.id, id, 'return', { version: view.version })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await reports.transition(deps.ctx, leader, tree.townA.id, id, 'return', { version: view.version, comment: '第五部分请写具体' })).toBe('draft');
    view = await reports.getReport(deps.ctx, clerk, tree.townA.id, id);
    expect(view.returnComment).toBe('第五部分请写具体');
    await reports.transition(deps.ctx, clerk, tree.townA.id, id, 'submit', { version: view.version });
    view = await reports.getReport(deps.ctx, leader, tree.townA.id, id);
    await reports.transition(deps.ctx, leader, tree.townA.id, id, 'approve', { version: view.version });
    view = await reports.getReport(deps.ctx, leader, tree.townA.id, id);
    expect(await reports.transition(deps.ctx, leader, tree.townA.id, id, 'publish', { version: view.version })).toBe('published');

    const supervisor = actorWith('supervisor', tree.county.id);
    const seen = await reports.getReport(deps.ctx, supervisor, tree.townA.id, id);
    expect(seen.status).toBe('published');
    expect(seen.publishedOn).toBe('2025-01-15');
    expect(seen.actions).toEqual([]);
    await expect(reports.generateDraft(deps.ctx, supervisor, tree.townA.id, 2025)).rejects.toMatchObject({ name: 'ForbiddenError' });
    // Another township's clerk learns nothing about 甲镇's report.
    await expect(reports.getReport(deps.ctx, actorWith('clerk', tree.townB.id), tree.townA.id, id)).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(seen.events.map((e) => e.event)).toEqual(['submit', 'return', 'submit', 'approve', 'publish']);

    const listed = await reports.listPublishedReports(deps.ctx, tree.townA.id);
    expect(listed).toEqual([{ year: 2024, publishedOn: '2025-01-15' }]);
    const pub = await reports.publishedReport(deps.ctx, tree.townA.code, 2024);
    expect(pub.report.cells['applications.new_received.total']?.value).toBe(2);
    await expect(reports.generateDraft(deps.ctx, clerk, tree.townA.id, 2024)).rejects.toMatchObject({ name: 'ConflictError' });
  });

  it('blocks submission while a HARD rule fails: 上年结转 must equal last year’s published 结转下年度', async () => {
    // Publish a 2023 report of 乙乡 saying 3 cases were carried to 2024, but 乙乡 has no cases: its 2024
    // 上年结转 is 0, so T3_PRIOR_CARRYOVER (HARD when both years were produced here) fails.
    const clerkB = (await accountWith(deps.ctx, tree.townB, 'clerk', 'ar_clerk_b')).actor;
    const leaderB = (await accountWith(deps.ctx, tree.townB, 'leader', 'ar_leader_b')).actor;
    const r2023 = await reports.generateDraft(deps.ctx, clerkB, tree.townB.id, 2023);
    let view = await reports.getReport(deps.ctx, clerkB, tree.townB.id, r2023.id);
    await reports.saveDraft(deps.ctx, clerkB, tree.townB.id, r2023.id, { version: String(view.version), ...zeroManualCells() });
    for (const [actor, event] of [[clerkB, 'submit'], [leaderB, 'approve'], [leaderB, 'publish']] as const) {
      view = await reports.getReport(deps.ctx, actor, tree.townB.id, r2023.id);
      await reports.transition(deps.ctx, actor, tree.townB.id, r2023.id, event, { version: view.version });
    }
    // The published 2023 report is edited in the database only to build the mismatch under test.
    const row = await deps.ctx.db.selectFrom('annual_report').select('published_report').where('id', '=', r2023.id).executeTakeFirstOrThrow();
    const published = JSON.parse(String(row.published_report));
    published.cells['applications.carried_to_next_year.total'] = { kind: 'number', value: 3 };
    published.cells['applications.carried_to_next_year.natural_person'] = { kind: 'number', value: 3 };
    await deps.ctx.db.updateTable('annual_report').set({ published_report: JSON.stringify(published) }).where('id', '=', r2023.id).execute();

    const r2024 = await reports.generateDraft(deps.ctx, clerkB, tree.townB.id, 2024);
    view = await reports.getReport(deps.ctx, clerkB, tree.townB.id, r2024.id);
    await reports.saveDraft(deps.ctx, clerkB, tree.townB.id, r2024.id, { version: String(view.version), ...zeroManualCells() });
    view = await reports.getReport(deps.ctx, clerkB, tree.townB.id, r2024.id);
    expect(view.findings.some((f) => f.rule === 'T3_PRIOR_CARRYOVER' && f.severity === 'error')).toBe(true);
    await expect(reports.transition(deps.ctx, clerkB, tree.townB.id, r2024.id, 'submit', { version: view.version })).rejects.toMatchObject({ name: 'ConflictError' });
  });
});

// The 政务公开办 dashboard on both databases: figures per agency worked out by hand from the dates
// (2024 calendar: 国庆 10月1日–7日, 调休 9月29日 and 10月12日 are working days), the same overdue / due-soon
// counts as each agency's own staff home, problems first, totals, CSV, and refusal for non-supervisors.
import { beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor } from '../../src/features/accounts/domain/policy.ts';
import { generateDraft, saveDraft, transition } from '../../src/features/annual-reports/annual-reports.service.ts';
import * as applications from '../../src/features/applications/applications.service.ts';
import { createCatalogueDeps } from '../../src/features/catalogue/catalogue.deps.ts';
import { createItem, importPublishedItems } from '../../src/features/catalogue/catalogue.service.ts';
import { answerComplaint, fileComplaint } from '../../src/features/catalogue/complaints.service.ts';
import { dashboard, dashboardExport } from '../../src/features/oversight/dashboard.service.ts';
import type { OversightDeps } from '../../src/features/oversight/oversight.deps.ts';
import { ForbiddenError } from '../../src/platform/errors.ts';
import { applicantForm, depsFor, type MovableDeps } from '../applications/support.ts';
import { lowIncomeNotice } from '../catalogue/support.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';

describeEachDatabase('oversight dashboard', (under) => {
  let deps: MovableDeps;
  let oversight: OversightDeps;
  let tree: TestTree;
  let supervisor: Actor;
  let clerkA: Actor;

  beforeAll(async () => {
    deps = depsFor(under);
    oversight = { ctx: deps.ctx, applications: deps, dataDir: deps.dataDir };
    tree = await buildTree(deps.ctx, 'OD');
    supervisor = (await accountWith(deps.ctx, tree.county, 'supervisor', 'od_super')).actor;
    clerkA = (await accountWith(deps.ctx, tree.townA, 'clerk', 'od_clerk_a')).actor;
    const clerkB = (await accountWith(deps.ctx, tree.townB, 'clerk', 'od_clerk_b')).actor;
    let n = 0;
    const register = async (clerk: Actor, agencyId: string, arrivedOn: string) => {
      deps.setToday(arrivedOn);
      n += 1;
      await applications.registerApplication(deps, clerk, agencyId, {
        ...applicantForm({ submissionKey: `od-key-${String(n).padStart(12, '0')}`, description: `请公开第${n}号文件` }),
        channel: 'in_person',
        arrivedOn,
      });
    };
    // 甲镇: 9月24日 → due 10月25日 (overdue on 11月20日); 10月25日 → due 11月22日 (2 working days left on
    // 11月20日: due soon); 11月18日 → due 12月16日 (on time).
    await register(clerkA, tree.townA.id, '2024-09-24');
    await register(clerkA, tree.townA.id, '2024-10-25');
    await register(clerkA, tree.townA.id, '2024-11-18');
    // 乙乡: 11月1日 → due 11月29日 (7 working days left on 11月20日: on time, though older than 14 days).
    await register(clerkB, tree.townB.id, '2024-11-01');

    deps.setToday('2024-11-20');
    const catalogue = createCatalogueDeps(deps.dataDir);
    // 条例第二十六条: formed 10月8日 → 20 working days → 11月5日; unpublished on 11月20日 → overdue (乙乡).
    await createItem(deps.ctx, catalogue, SYSTEM_ACTOR, tree.townB.id, lowIncomeNotice({ publisher: tree.townB.name, writtenOn: '2024-10-08' }));
    // Formed 11月15日 → due 12月13日: not yet overdue (乙乡).
    await createItem(deps.ctx, catalogue, SYSTEM_ACTOR, tree.townB.id, lowIncomeNotice({ publisher: tree.townB.name, writtenOn: '2024-11-15', title: '关于11月低保公示' }));
    // 甲镇 published two items in 2024 and one in 2023.
    await importPublishedItems(deps.ctx, catalogue, SYSTEM_ACTOR, tree.townA.id, [
      { ...lowIncomeNotice({ publisher: tree.townA.name, writtenOn: '2024-03-01', title: '三月公示' }), publishedOn: '2024-03-05' },
      { ...lowIncomeNotice({ publisher: tree.townA.name, writtenOn: '2024-06-01', title: '六月公示' }), publishedOn: '2024-06-03' },
      { ...lowIncomeNotice({ publisher: tree.townA.name, writtenOn: '2023-06-01', title: '去年公示' }), publishedOn: '2023-06-02' },
    ]);
    // 2023 annual reports: 甲镇 published on 11月20日 (after the township default 2024-01-31: late);
    // 乙乡 a draft (overdue, unpublished); the others not started.
    const a = await generateDraft(deps.ctx, SYSTEM_ACTOR, tree.townA.id, 2023);
    // The drafted texts leave 【请补充…】 places for facts only staff know; fill them so it can be submitted.
    const drafted = await deps.ctx.db.selectFrom('annual_report').select(['texts', 'version']).where('id', '=', a.id).executeTakeFirstOrThrow();
    const texts = JSON.parse(drafted.texts) as Record<string, string>;
    const form: Record<string, string> = { version: String(drafted.version) };
    for (const [section, body] of Object.entries(texts)) form[`text.${section}`] = body.replace(/【[^】]*】/g, '本年度按制度执行。');
    await saveDraft(deps.ctx, SYSTEM_ACTOR, tree.townA.id, a.id, form);
    for (const event of ['submit', 'approve', 'publish'] as const) {
      const version = (await deps.ctx.db.selectFrom('annual_report').select('version').where('id', '=', a.id).executeTakeFirstOrThrow()).version;
      await transition(deps.ctx, SYSTEM_ACTOR, tree.townA.id, a.id, event, { version: String(version) });
    }
    await generateDraft(deps.ctx, SYSTEM_ACTOR, tree.townB.id, 2023);

    // Public complaints (条例第四十七条第二款), flagged after 15 working days unanswered (product default):
    // 甲镇 9月30日 → 15th working day after it 10月25日 (国庆 1–7日 off, 12日 调休上班): overdue on 11月20日;
    // one more of 9月30日 answered: not counted. 乙乡 10月29日 → 11月19日: overdue; 10月30日 → 11月20日: not yet.
    const complain = async (agencyId: string, filedOn: string) => {
      deps.setToday(filedOn);
      return fileComplaint(deps.ctx, agencyId, { kind: 'not_disclosed', body: `${filedOn}：本单位的低保名单没有公开。` });
    };
    await complain(tree.townA.id, '2024-09-30');
    const answered = await complain(tree.townA.id, '2024-09-30');
    await answerComplaint(deps.ctx, clerkA, answered.id, { outcome: 'published', answer: '已于10月9日补充公开。' });
    await complain(tree.townB.id, '2024-10-29');
    await complain(tree.townB.id, '2024-10-30');
    deps.setToday('2024-11-20');
  }, 60_000);

  it('counts each agency’s figures as worked out by hand', async () => {
    deps.setToday('2024-11-20');
    const view = await dashboard(oversight, supervisor);
    expect(view.reportYear).toBe(2023);
    const row = (id: string) => view.rows.find((r) => r.agencyId === id)!;
    expect(row(tree.townA.id)).toMatchObject({ openApplications: 3, overdueReplies: 1, dueSoonReplies: 1, overdueCatalogue: 0, overdueComplaints: 1, publishedThisYear: 2 });
    expect(row(tree.townB.id)).toMatchObject({ openApplications: 1, overdueReplies: 0, dueSoonReplies: 0, overdueCatalogue: 1, overdueComplaints: 1, publishedThisYear: 0 });
    expect(row(tree.county.id).overdueComplaints).toBe(0);
    expect(row(tree.townA.id).report).toMatchObject({ state: 'published', publishedOn: '2024-11-20', deadline: '2024-01-31', timeliness: 'late' });
    expect(row(tree.townB.id).report).toMatchObject({ state: 'draft', publishedOn: null, timeliness: 'overdue' });
    // 条例第四十九条第二款: the county government's own report is due by 3月31日.
    expect(row(tree.county.id).report).toMatchObject({ state: 'not_started', deadline: '2024-03-31', timeliness: 'overdue' });
    expect(row(tree.department.id).report).toMatchObject({ state: 'not_started', deadline: '2024-01-31' });
  });

  it('gives the same overdue and due-soon counts as each agency’s staff home', async () => {
    deps.setToday('2024-11-20');
    const view = await dashboard(oversight, supervisor);
    for (const agency of [tree.townA, tree.townB]) {
      const home = await applications.staffHome(deps, supervisor, agency.id);
      const row = view.rows.find((r) => r.agencyId === agency.id)!;
      expect([agency.name, row.overdueReplies, row.dueSoonReplies]).toEqual([agency.name, home.overdue.length, home.dueSoon.length]);
    }
  });

  it('puts the agencies with problems first and totals every column', async () => {
    deps.setToday('2024-11-20');
    const view = await dashboard(oversight, supervisor);
    expect(view.rows).toHaveLength(5);
    // 乙乡: 1 overdue item + overdue report + its draft still has 【请补充】 places (HARD errors) = 3 problems;
    // 甲镇: 1 overdue reply + late report = 2; the rest: an overdue report each (1), in tree order.
    expect(view.rows.find((r) => r.agencyId === tree.townB.id)!.report.errors).toBeGreaterThan(0);
    expect(view.rows.find((r) => r.agencyId === tree.townA.id)!.report.errors).toBe(0);
    expect(view.rows.map((r) => r.agencyId)).toEqual([tree.townB.id, tree.townA.id, tree.county.id, tree.office.id, tree.department.id]);
    expect(view.totals).toMatchObject({ agencies: 5, openApplications: 4, overdueReplies: 1, dueSoonReplies: 1, overdueCatalogue: 1, overdueComplaints: 2, publishedThisYear: 2, reportsLate: 1, reportsOverdue: 4 });
    expect(view.totals.reportStates).toEqual({ not_started: 3, draft: 1, submitted: 0, published: 1 });
  });

  it('exports the same table as CSV with a byte-order mark, the totals last', async () => {
    deps.setToday('2024-11-20');
    const file = await dashboardExport(oversight, supervisor);
    expect(file.body.startsWith('\ufeff单位,单位代码,办理中的申请')).toBe(true);
    const lines = file.body.trim().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]!.split(',')[6]).toBe('超过15个工作日未答复的公众意见');
    expect(lines[2]).toBe(`${tree.townA.name},OD-TA,3,1,1,0,1,2,2023,已发布,2024-11-20,2024-01-31,逾期发布,0,${lines[2]!.split(',')[14]},0`);
    expect(lines[6]!.startsWith('合计（5个单位）,,4,1,1,1,2,2,')).toBe(true);
  });

  it('refuses a township clerk with a Chinese message', async () => {
    await expect(dashboard(oversight, clerkA)).rejects.toThrow(ForbiddenError);
    await expect(dashboard(oversight, clerkA)).rejects.toThrow('政务公开办');
  });
});

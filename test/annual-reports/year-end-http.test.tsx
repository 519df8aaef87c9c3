import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import * as reports from '../../src/features/annual-reports/annual-reports.service.ts';
import { manualCellKeys } from '../../src/features/annual-reports/domain/cells.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';

// 条例第四十九条：年度报告报告上一年度 — the 2026 report was submitted, approved and published on 2026-12-07
// (issue 11.2). Its statistics year ends 2026-12-31, so before 2027-01-01 (Beijing) it stays a draft.
for (const dialect of testDialects()) {
  describe(`a report cannot leave the draft before its year is over [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    let clerk: TestBrowser;
    let leader: TestBrowser;
    let path = '';
    let now = new Date('2026-12-07T02:00:00Z');

    /** Posts the form of `action` found on the report's page, with its CSRF token and version field. */
    const form = async (browser: TestBrowser, action: string, fields: Record<string, string>) => {
      const page = await browser.get(path);
      const version = page.$()(`form[action="${action}"] input[name="version"]`).attr('value') ?? '';
      return browser.post(action, { version, ...fields, _csrf: csrfTokenFrom(page.body, action) });
    };
    const status = async () => (await clerk.get(path)).$()('strong.report-status').text();

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      tree = await buildTree(t.app.context, 'YE');
      clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'ye_clerk', roles: ['clerk'] });
      leader = await signedInAs(t, { agencyId: tree.townA.id, username: 'ye_leader', roles: ['leader'] });
    });
    afterAll(async () => {
      await t.close();
    });

    it('starts the generate form at last year', async () => {
      expect((await clerk.get('/admin/annual-reports')).$()('#field-year').attr('value')).toBe('2025');
    });

    it('drafts the 2026 report on 2026-12-07 but explains, instead of offering, 提交审定', async () => {
      const generated = await clerk.submit('/admin/annual-reports', { year: '2026' });
      expect(generated.status).toBe(303);
      path = generated.location ?? '';
      const zeros = {
        ...Object.fromEntries(manualCellKeys('gov_2021').map((k) => [`cell.${k}`, '0'])),
        'text.general_situation': '本机关依照《条例》做好主动公开、依申请公开和政府信息管理工作。',
        'text.problems_and_improvements': '存在的问题：专栏更新不够及时。改进措施：每月检查一次。',
      };
      expect((await form(clerk, path, zeros)).status).toBe(303);
      const $ = (await clerk.get(path)).$();
      expect($(`form[action="${path}/submit"]`).length).toBe(0);
      expect($('.workflow-not-yet button').attr('disabled')).toBeDefined();
      expect($('.workflow-not-yet').text()).toBe('提交审定 2026年度的统计期到2026年12月31日才结束，年度报告2027年1月1日起才能提交审定。');
    });

    it('refuses a forged submission with the date from when it can be submitted', async () => {
      const page = await clerk.get(path);
      const version = page.$()(`form[action="${path}"] input[name="version"]`).attr('value') ?? '';
      const forged = await clerk.post(`${path}/submit`, { version, _csrf: csrfTokenFrom(page.body) });
      expect(forged.status).toBe(303);
      expect((await clerk.get(path)).$()('[role="alert"], .notice-error').text()).toContain('2027年1月1日起才能提交审定');
      expect(await status()).toBe('草稿');
    });

    it('still refuses at 23:59 on 31 December in Beijing (15:59 UTC), in the service too', async () => {
      now = new Date('2026-12-31T15:59:00Z');
      const agencyId = tree.townA.id;
      const id = path.split('/').pop() ?? '';
      const view = await reports.getReport(t.app.context, SYSTEM_ACTOR, agencyId, id);
      await expect(reports.transition(t.app.context, SYSTEM_ACTOR, agencyId, id, 'submit', { version: view.version })).rejects.toMatchObject({
        name: 'ConflictError',
        message: '2026年度的统计期到2026年12月31日才结束，年度报告2027年1月1日起才能提交审定。',
      });
    });

    it('allows submission, approval and publication from 2027-01-01 (Beijing)', async () => {
      // The service with the clock as an argument (the test app's sessions live on the real clock).
      now = new Date('2026-12-31T16:00:00Z'); // 2027-01-01 00:00 in Beijing
      const agencyId = tree.townA.id;
      const id = path.split('/').pop() ?? '';
      for (const event of ['submit', 'approve', 'publish'] as const) {
        const { version } = await reports.getReport(t.app.context, SYSTEM_ACTOR, agencyId, id);
        await reports.transition(t.app.context, SYSTEM_ACTOR, agencyId, id, event, { version });
      }
      const view = await reports.getReport(t.app.context, SYSTEM_ACTOR, agencyId, id);
      expect(view.status).toBe('published');
      expect(view.publishedOn).toBe('2027-01-01');
      expect(view.deadline).toMatchObject({ state: 'published_on_time', label: '已于2027年1月1日公布，在2027年1月31日的公布期限内' });
      expect(view.findings.map((f) => f.rule)).not.toContain('R_REPORT_DATE');
      now = new Date('2026-12-07T02:00:00Z');
    });

    it('asks the leader to confirm 退回修改, keeping the comment typed when the box was not ticked', async () => {
      // Last year's report, whose year is over: submitted by the clerk, then returned by the leader.
      const generated = await clerk.submit('/admin/annual-reports', { year: '2025' });
      path = generated.location ?? '';
      const zeros = {
        ...Object.fromEntries(manualCellKeys('gov_2021').map((k) => [`cell.${k}`, '0'])),
        'text.general_situation': '本机关依照《条例》做好主动公开、依申请公开和政府信息管理工作。',
        'text.problems_and_improvements': '存在的问题：专栏更新不够及时。改进措施：每月检查一次。',
      };
      expect((await form(clerk, path, zeros)).status).toBe(303);
      expect((await form(clerk, `${path}/submit`, {})).status).toBe(303);
      expect(await status()).toBe('已提交待审定');
      const unconfirmed = await form(leader, `${path}/return`, { comment: '第五部分请写具体' });
      expect(unconfirmed.status).toBe(400);
      expect(unconfirmed.$()(`form[action="${path}/return"] input[name="comment"]`).attr('value')).toBe('第五部分请写具体');
      expect(unconfirmed.$()('#confirm-return-error').text()).toBe('错误：请勾选确认后再退回修改。');
      expect(await status()).toBe('已提交待审定');
      expect((await form(leader, `${path}/return`, { comment: '第五部分请写具体', confirm: 'yes' })).status).toBe(303);
      expect(await status()).toBe('草稿');
    });
  });
}

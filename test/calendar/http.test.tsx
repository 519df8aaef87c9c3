// The working-day calendar administrators edit (issue 4 items 2 and 3), over HTTP on both databases: the
// county admin enters a year's arrangement at /admin/calendar, a real case's reply deadline moves with it,
// the loud warning shows on the staff home and the case page until the year is loaded, bad input is
// refused in Chinese with what was typed kept, and every change is in the audit log.
// (How the entered 2027 arrangement moves a 2027 deadline is in test/cli/calendar-cli.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm } from '../applications/support.ts';

// A made-up 2027 arrangement in the shape of a 国务院办公厅 notice (the real 2027 notice is not published in
// this test's world): 春节 2月5日（周五）至13日（周六）放假共9天，1月31日（周日）、2月20日（周六）上班.
const DOCUMENT = '国办发明电〔2026〕测试号';
function arrangementForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    document: DOCUMENT,
    holiday0Name: '元旦', holiday0From: '2027-01-01', holiday0To: '2027-01-03', holiday0Makeup: '',
    holiday1Name: '春节', holiday1From: '2027-02-05', holiday1To: '2027-02-13', holiday1Makeup: '2027-01-31、2027-02-20',
    ...overrides,
  };
}

for (const dialect of testDialects()) {
  describe(`working-day calendar over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    // 2026-11-25 10:00 in Shanghai. (Sessions expire by the real clock, so the test's "today" cannot lie
    // far in the future.) The coming 60 days reach 2027, whose arrangement is not bundled.
    const now = new Date('2026-11-25T02:00:00.000Z');
    let countyAdmin: TestBrowser;
    let office: TestBrowser;
    let townAdmin: TestBrowser;
    let clerk: TestBrowser;
    let caseId = '';
    // A POST with the session's token but from a page without that form (the form is not offered to them).
    const postWithoutForm = async (browser: TestBrowser, action: string, fields: Record<string, string>) =>
      browser.post(action, { ...fields, _csrf: csrfTokenFrom((await browser.get('/admin/calendar')).body, '/logout') });
    const dueOn = async () => (await clerk.get(`/admin/applications/${caseId}`)).$()('#due-on').text();

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      tree = await buildTree(t.app.context, 'CAL');
      countyAdmin = await signedInAs(t, { agencyId: tree.county.id, username: 'cal-county-admin', roles: ['admin'] });
      office = await signedInAs(t, { agencyId: tree.county.id, username: 'cal-office', roles: ['supervisor'] });
      townAdmin = await signedInAs(t, { agencyId: tree.townA.id, username: 'cal-town-admin', roles: ['admin'] });
      clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'cal-clerk', roles: ['clerk'] });
      const res = await clerk.submit('/admin/applications', { ...applicantForm({ submissionKey: 'cal-key-0000000000001' }), channel: 'in_person', arrivedOn: '2026-11-25' }, '/admin/applications/new');
      expect(res.status).toBe(303);
      caseId = res.location!.split('/').pop()!;
    });
    afterAll(async () => t?.close());

    it('before 2027 is loaded: the case page and the staff home warn loudly', async () => {
      const page = await clerk.get(`/admin/applications/${caseId}`);
      expect(page.status).toBe(200);
      // Received Wednesday 2026-11-25 in person; no holiday in the rest of 2026 (国务院办公厅 2025年11月通知):
      // 11-26, 27 (1–2), 11-30..12-04 (3–7), 12-07..11 (8–12), 12-14..18 (13–17), 12-21, 22, 23 (18–20).
      expect(page.$()('#due-on').text()).toBe('2026年12月23日');
      // The latest extended deadline (20 more working days) falls in January 2027, which is not loaded.
      expect(page.$()('.calendar-warning').text()).toContain('2027年的节假日安排尚未公布或未载入');
      const home = await clerk.get('/admin/applications');
      // 60 days from 2026-11-25 reach 2027-01-24.
      expect(home.$()('.calendar-warning').text()).toContain('未来60天内（自2027年1月1日起）');
      const overview = await clerk.get('/admin/calendar');
      expect(overview.status).toBe(200);
      expect(overview.$()('#calendar-years tr:contains("2027年")').text()).toContain('未载入');
      expect(overview.$()('#calendar-years tr:contains("2026年")').text()).toContain('国务院办公厅通知（随软件提供）');
    });

    it('refuses a bad arrangement in Chinese, next to each field, keeping everything typed', async () => {
      const res = await countyAdmin.submit(
        '/admin/calendar/2027/arrangement',
        arrangementForm({ document: '', holiday1Makeup: '2027-02-01、2027-02-20', holiday0To: '2028-01-02', holiday2Name: '春节', holiday2From: '2027-02-10', holiday2To: '2027-02-11' }),
        '/admin/calendar/2027',
      );
      expect(res.status).toBe(400);
      const $ = res.$();
      expect($('#field-document-error').text()).toContain('请填写通知文号');
      // 2027-02-01 is a Monday.
      expect($('#field-holiday1Makeup-error').text()).toContain('调休上班日必须是星期六或星期日，2027年2月1日不是');
      expect($('#field-holiday0To-error').text()).toContain('不在2027年内');
      expect($('#field-holiday2Name-error').text()).toContain('节日“春节”填写了两次');
      expect($('#field-holiday1Makeup').val()).toBe('2027-02-01、2027-02-20');
      expect($('#field-holiday1From').val()).toBe('2027-02-05');
      // Nothing was saved.
      expect((await clerk.get('/admin/calendar/2027')).$()('#calendar-year-status').text()).toBe('未载入。');
    });

    it('refuses overlapping ranges and a 调休上班日 inside a holiday', async () => {
      const res = await countyAdmin.submit(
        '/admin/calendar/2027/arrangement',
        arrangementForm({ holiday1Makeup: '2027-02-06', holiday2Name: '清明节', holiday2From: '2027-02-13', holiday2To: '2027-02-14' }),
        '/admin/calendar/2027',
      );
      expect(res.status).toBe(400);
      // 2月6日 is a Saturday, but already a day off of 春节; 2月13日 is the last day of 春节.
      expect(res.$()('#field-holiday1Makeup-error').text()).toContain('2月6日已是“春节”的放假日');
      expect(res.$()('#field-holiday2From-error').text()).toContain('2月13日已是“春节”的放假日，放假日期不能重叠');
    });

    it('only the top government’s admin or 政务公开办 may change it; a township admin and a clerk are refused', async () => {
      const refused = await postWithoutForm(townAdmin, '/admin/calendar/2027/arrangement', arrangementForm());
      expect(refused.status).toBe(403);
      expect(refused.body).toContain('只有县级（或本平台最上级）人民政府的管理员、政务公开办可以修改节假日安排');
      expect((await postWithoutForm(clerk, '/admin/calendar/2027/days', { date: '2027-03-01', kind: 'rest_day', note: '', document: '' })).status).toBe(403);
      // They see the page without the forms.
      const page = await clerk.get('/admin/calendar/2027');
      expect(page.$()('form[action="/admin/calendar/2027/arrangement"]')).toHaveLength(0);
      expect(page.body).toContain('由县（或本平台最上级）人民政府的管理员、政务公开办录入');
    });

    it('the county admin enters 2027: the year is loaded and the warnings go', async () => {
      const saved = await countyAdmin.submit('/admin/calendar/2027/arrangement', arrangementForm(), '/admin/calendar/2027');
      expect(saved.status).toBe(303);
      const year = await countyAdmin.get('/admin/calendar/2027');
      expect(year.$()('#calendar-year-status').text()).toBe(`已载入：本平台录入（${DOCUMENT}）。`);
      expect(year.$()('#calendar-days-table').text()).toContain('2027-01-31');
      const page = await clerk.get(`/admin/applications/${caseId}`);
      expect(page.$()('.calendar-warning')).toHaveLength(0);
      expect(page.$()('#due-on').text()).toBe('2026年12月23日');
      expect((await clerk.get('/admin/applications')).$()('.calendar-warning')).toHaveLength(0);
      const overview = await clerk.get('/admin/calendar');
      expect(overview.$()('#calendar-years').text()).toContain(`本平台录入（${DOCUMENT}）`);
    });

    it('days set and removed at /admin/calendar move the real case’s deadline at once; a weekday 调休 is refused', async () => {
      // A local day off on Monday 2026-12-07: …12-04 (7), [12-07 off], 12-08..11 (8–11), 12-14..18 (12–16),
      // 12-21..24 (17–20).
      const restDay = await office.submit('/admin/calendar/2026/days', { date: '2026-12-07', kind: 'rest_day', note: '本县放假', document: '' }, '/admin/calendar/2026');
      expect(restDay.status).toBe(303);
      expect(await dueOn()).toBe('2026年12月24日');

      // 2026-12-14 is a Monday.
      const weekday = await office.submit('/admin/calendar/2026/days', { date: '2026-12-14', kind: 'makeup_workday', note: '', document: '' }, '/admin/calendar/2026');
      expect(weekday.status).toBe(400);
      expect(weekday.$()('#field-kind-error').text()).toContain('调休上班日必须是星期六或星期日，2026年12月14日不是');
      expect(weekday.$()('#field-date').val()).toBe('2026-12-14');

      // Saturday 2026-12-12 worked: …12-08..11 (8–11), 12-12 (12), 12-14..18 (13–17), 12-21..23 (18–20).
      expect((await office.submit('/admin/calendar/2026/days', { date: '2026-12-12', kind: 'makeup_workday', note: '本县调休', document: '' }, '/admin/calendar/2026')).status).toBe(303);
      expect(await dueOn()).toBe('2026年12月23日');

      // Removing the day off of 12-07: 12-07..11 (8–12), 12-12 (13), 12-14..18 (14–18), 12-21, 22 (19–20).
      const year = await office.get('/admin/calendar/2026');
      const removeAction = year.$()('form[aria-label="删除2026-12-07的设置"]').attr('action')!;
      expect((await office.submit(removeAction, {}, '/admin/calendar/2026')).status).toBe(303);
      expect(await dueOn()).toBe('2026年12月22日');
      // Removed twice: the second time there is nothing to remove.
      expect((await postWithoutForm(office, removeAction, {})).status).toBe(404);
    });

    it('records every change in the audit log of the county', async () => {
      const log = await countyAdmin.get('/admin/audit');
      const text = log.$()('body').text();
      expect(text).toContain(`录入2027年节假日安排（${DOCUMENT}）：放假12天，调休上班2天。`);
      expect(text).toContain('节假日安排：2026年12月7日设为休息日（本县放假）');
      expect(text).toContain('节假日安排：2026年12月12日设为调休上班日（本县调休）');
      expect(text).toContain('节假日安排：删除2026年12月7日的设置（休息日，本县放假）');
    });
  });
}

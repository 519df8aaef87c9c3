// The case page shows the actions the status allows, one open at a time (issue 11 item 8): `?action=`
// opens another one without JavaScript; 登记撤回 needs its confirmation ticked, else nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`case page actions [${dialect}]`, () => {
    let t: TestApp;
    let clerk: TestBrowser;
    let caseId = '';
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      await loadDemo(t.app.context);
      const town = (await findAgencyByCode(t.app.context.db, '999000021'))!;
      clerk = await signedInAs(t, { agencyId: town.id, username: 'ca-clerk', roles: ['clerk'] });
      // The demo's 关前河河道采砂 case: 办理中, received 23 working days ago (deadline the 20th).
      const row = await t.app.context.db.selectFrom('application').select('id').where('agency_id', '=', town.id).where('description', 'like', '关前河河道采砂%').executeTakeFirstOrThrow();
      caseId = row.id;
    }, 240_000);
    afterAll(async () => t?.close());

    it('lists the allowed actions with one form open, and says 已逾期 N 个工作日', async () => {
      const page = await clerk.get(`/admin/applications/${caseId}`);
      const $ = page.$();
      const labels = $('details.case-action-item > summary').map((_, el) => $(el).text()).get();
      expect(labels).toContain('作出答复');
      expect(labels).not.toContain('确认收到');
      expect(labels).not.toContain('登记缴费');
      expect(labels.at(-1)).toBe('登记撤回');
      expect($('details.case-action-item[open] > summary').text()).toBe('作出答复');
      expect($('#days-remaining').text()).toBe('已逾期 3 个工作日');
      expect(page.body).not.toContain('剩余工作日 0');
      // One 不予公开 row shown, the others each behind 再添加一项.
      expect($('#withheld-rows > .withheld-row').length).toBe(1);
      expect($('#withheld-rows > details.withheld-more > summary').text()).toBe('再添加一项不予公开的内容');
      const chosen = (await clerk.get(`/admin/applications/${caseId}?action=consultation`)).$();
      expect(chosen('details.case-action-item[open] > summary').text()).toBe('征求意见');
    });

    it('登记撤回 without the confirmation is refused in Chinese and changes nothing', async () => {
      const formPage = `/admin/applications/${caseId}`;
      const refused = await clerk.submit(`${formPage}/withdraw`, { withdrawnOn: '2026-03-02', note: '电话撤回' }, formPage);
      expect(refused.status).toBe(400);
      const $ = refused.$();
      expect($('#field-confirm-error').text()).toContain('请勾选');
      expect($('details.case-action-item[open] > summary').text()).toBe('登记撤回');
      expect($('#case-status').text()).toBe('办理中');
      const done = await clerk.submit(`${formPage}/withdraw`, { withdrawnOn: '2026-03-02', note: '电话撤回', confirm: 'on' }, formPage);
      expect(done.status).toBe(303);
      expect((await clerk.get(formPage)).$()('#case-status').text()).toBe('已撤回');
    });
  });
}

// 行政复议、行政诉讼 over HTTP on both databases: the clerk records a case from the form, a mistake is refused in
// Chinese next to its field with everything typed kept, the case page shows the deadline step by step, and the
// leader reads it without the form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';

for (const dialect of testDialects()) {
  describe(`appeals over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    // 2026-11-25 10:00 in Shanghai (sessions expire by the real clock, so "today" stays near it).
    const now = new Date('2026-11-25T02:00:00.000Z');
    let clerk: TestBrowser;
    let leader: TestBrowser;
    let caseUrl = '';

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      tree = await buildTree(t.app.context, 'APH');
      clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'aph-clerk', roles: ['clerk'] });
      leader = await signedInAs(t, { agencyId: tree.townA.id, username: 'aph-leader', roles: ['leader'] });
    });
    afterAll(async () => t?.close());

    const form = {
      kind: 'administrative_reconsideration',
      procedure: 'ordinary',
      bodyName: 'APH县人民政府',
      caseNumber: 'APH府复〔2026〕7号',
      matter: '不服对村级财务公开申请的答复',
      filedOn: '2026-11-16',
      receivedOn: '2026-11-20',
    };

    it('keeps what was typed and says in Chinese what is wrong', async () => {
      const res = await clerk.submit('/admin/appeals', { ...form, result: 'upheld' }, '/admin/appeals/new');
      expect(res.status).toBe(400);
      const $ = res.$();
      expect($('.error-summary').text()).toContain('已审结的案件请同时填写审结日期和审理结果');
      expect($('input[name=caseNumber]').val()).toBe('APH府复〔2026〕7号');
      expect($('textarea[name=matter]').text()).toBe('不服对村级财务公开申请的答复');
    });

    it('records the case and shows its answer deadline (10 working days after Friday 2026-11-20: Friday 12-04)', async () => {
      const res = await clerk.submit('/admin/appeals', form, '/admin/appeals/new');
      expect(res.status).toBe(303);
      caseUrl = res.location!;
      const page = (await clerk.get(caseUrl)).$();
      expect(page('h1').text()).toContain('APH府复〔2026〕7号');
      expect(page('.status-tag').first().text()).toBe('书面答复期限：2026-12-04');
      expect(page('.deadline-steps').text()).toContain('第四十八条');
      expect(page('form.appeal-form').length).toBe(1);
      const list = (await clerk.get('/admin/appeals')).$();
      expect(list('.appeals-table').text()).toContain('不服对村级财务公开申请的答复');
    });

    it('shows the leader the case without the form', async () => {
      const page = (await leader.get(caseUrl)).$();
      expect(page('h1').text()).toContain('行政复议');
      expect(page('form.appeal-form').length).toBe(0);
      expect((await leader.get('/admin/appeals')).$()('a.button').length).toBe(0);
    });
  });
}

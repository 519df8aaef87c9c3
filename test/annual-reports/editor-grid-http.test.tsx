import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTree, type TestTree } from '../db/tree.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';

// Issue 11.7: tables 二 and 四 are edited as grids in the official layout (annual-report-format.md §2, §4),
// table 四's 总计 is computed (结果维持 + 结果纠正 + 其他结果 + 尚未审结), never typed; nothing typed is lost on a
// refused save; the leader reviews the report in the layout it is published in, paragraphs as written.
for (const dialect of testDialects()) {
  describe(`the annual report editor's grids [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    let clerk: TestBrowser;
    let leader: TestBrowser;
    let path = '';

    const post = async (browser: TestBrowser, action: string, fields: Record<string, string>, version?: string) => {
      const page = await browser.get(path);
      const v = version ?? page.$()(`form[action="${action}"] input[name="version"]`).attr('value') ?? '';
      return browser.post(action, { version: v, ...fields, _csrf: csrfTokenFrom(page.body, action) });
    };
    const zeros = (overrides: Record<string, string> = {}) => {
      const fields: Record<string, string> = {};
      for (const key of ['art20_item5.administrative_licensing', 'art20_item6.administrative_penalty', 'art20_item6.administrative_coercion']) fields[`cell.active_disclosure.${key}.decisions_this_year`] = '0';
      fields['cell.active_disclosure.art20_item8.administrative_fees.fee_amount_this_year'] = '0';
      for (const block of ['administrative_reconsideration', 'litigation_direct', 'litigation_after_reconsideration']) {
        for (const c of ['upheld', 'corrected', 'other_result', 'pending']) fields[`cell.review_litigation.${block}.${c}`] = '0';
      }
      return { ...fields, ...overrides };
    };

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2025-01-15T02:00:00Z') });
      tree = await buildTree(t.app.context, 'EG');
      clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'eg_clerk', roles: ['clerk'] });
      leader = await signedInAs(t, { agencyId: tree.townA.id, username: 'eg_leader', roles: ['leader'] });
      path = (await clerk.submit('/admin/annual-reports', { year: '2024' })).location ?? '';
    });
    afterAll(async () => {
      await t.close();
    });

    it('shows tables 二, 三 and 四 as grids with the statutory headers, boxes only where staff enter numbers', async () => {
      const $ = (await clerk.get(path)).$();
      // gov_2021: table 二 许可、处罚、强制、收费 (4) and table 四's 3 blocks × 4 result columns (12); no box for 总计.
      expect($('form[aria-label="年度报告内容"] input[name^="cell."]').length).toBe(16);
      expect($('input[name="cell.review_litigation.administrative_reconsideration.total"]').length).toBe(0);
      const four = $('.report-grid[data-table="review_litigation"]');
      expect(four.find('thead tr').first().find('th').map((_, th) => $(th).text()).get()).toEqual(['行政复议', '行政诉讼']);
      expect(four.find('thead tr').eq(1).find('th').map((_, th) => $(th).text()).get()).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']);
      expect(four.find('output[data-sum-of]').length).toBe(3);
      const two = $('.report-grid[data-table="active_disclosure"]');
      expect(two.find('tbody th').map((_, th) => $(th).text()).get().slice(0, 3)).toEqual(['第二十条第（一）项', '信息内容', '本年制发件数']);
      // Table 二 item 1 and table 三 are from the records: read-only cells, no box.
      expect(two.find('td[data-cell="active_disclosure.art20_item1.normative_documents.issued_this_year"] input').length).toBe(0);
      const three = $('.report-grid[data-table="applications"]');
      expect(three.find('input').length).toBe(0);
      expect(three.find('td[data-cell="applications.new_received.total"]').text()).toBe('0');
    });

    it('computes 总计 on save, ignoring a typed one', async () => {
      // 维持 2 + 纠正 0 + 其他 0 + 尚未审结 1 = 3; a forged 总计 of 99 is not taken.
      const saved = await post(clerk, path, zeros({ 'cell.review_litigation.administrative_reconsideration.upheld': '2', 'cell.review_litigation.administrative_reconsideration.pending': '1', 'cell.review_litigation.administrative_reconsideration.total': '99' }));
      expect(saved.status).toBe(303);
      const $ = (await clerk.get(path)).$();
      expect($('output[id="total-review_litigation.administrative_reconsideration.total"]').text()).toBe('3');
      expect($('output[id="total-review_litigation.litigation_direct.total"]').text()).toBe('0');
      expect($('li[data-rule="T4_REVIEW_TOTAL"]').length).toBe(0);
      expect($('li[data-rule="BLANK_CELL"]').length).toBe(0);
    });

    it('keeps every typed box on a refused save, with the error inside the cell', async () => {
      const refused = await post(clerk, path, zeros({ 'cell.review_litigation.litigation_direct.upheld': '三件', 'cell.review_litigation.litigation_direct.pending': '4', 'text.general_situation': '第一段，尚未保存。\n第二段。' }));
      expect(refused.status).toBe(400);
      const $ = refused.$();
      const cell = $('td[data-cell="review_litigation.litigation_direct.upheld"]');
      expect(cell.find('input').attr('value')).toBe('三件');
      expect(cell.find('.cell-error').text()).toBe('请填写 0 或正整数（件数）；不适用填“/”');
      expect($('input[name="cell.review_litigation.litigation_direct.pending"]').attr('value')).toBe('4');
      expect($('textarea[name="text.general_situation"]').text()).toBe('第一段，尚未保存。\n第二段。');
      // The total as typed so far (the bad box counts 0): 0 + 0 + 0 + 4.
      expect($('output[id="total-review_litigation.litigation_direct.total"]').text()).toBe('4');
    });

    it('keeps what was typed when someone else saved first (a stale form)', async () => {
      const page = await clerk.get(path);
      const stale = page.$()(`form[action="${path}"] input[name="version"]`).attr('value') ?? '';
      expect((await post(clerk, path, { 'text.other_matters': '另一位同事保存的文字。' })).status).toBe(303);
      const refused = await post(clerk, path, { 'text.other_matters': '我刚写的文字。' }, stale);
      expect(refused.status).toBe(409);
      expect(refused.$()('.error-summary').text()).toContain('您填写的内容仍在下面，尚未保存');
      expect(refused.$()('textarea[name="text.other_matters"]').text()).toBe('我刚写的文字。');
    });

    it('lets the leader review the submitted report in its published layout, paragraphs as written', async () => {
      expect((await post(clerk, path, zeros({ 'cell.review_litigation.administrative_reconsideration.upheld': '2', 'cell.review_litigation.administrative_reconsideration.pending': '1', 'text.general_situation': '第一段：本机关依照《条例》做好各项工作。\n\n第二段：全年工作平稳有序。', 'text.problems_and_improvements': '存在的问题：专栏更新不够及时。\n改进措施：每月检查一次。' }))).status).toBe(303);
      expect((await post(clerk, `${path}/submit`, {})).status).toBe(303);
      const $ = (await leader.get(path)).$();
      expect($('strong.report-status').text()).toBe('已提交待审定');
      expect($('textarea, input[name^="cell."]').length).toBe(0);
      const article = $('article.report-view');
      expect(article.find('section[data-section="general_situation"] p').map((_, p) => $(p).text()).get()).toEqual(['第一段：本机关依照《条例》做好各项工作。', '第二段：全年工作平稳有序。']);
      expect(article.find('section[data-section="problems_and_improvements"] p').length).toBe(2);
      expect(article.find('td[data-cell="review_litigation.administrative_reconsideration.total"]').text()).toBe('3');
      expect(article.find('table.review-litigation thead th').first().text()).toBe('行政复议');
      expect($(`form[action="${path}/approve"] input[name="confirm"]`).length).toBe(1);
    });
  });
}

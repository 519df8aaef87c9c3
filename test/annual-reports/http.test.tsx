import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualCellKeys } from '../../src/features/annual-reports/domain/cells.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`annual reports over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    let clerk: TestBrowser;
    let leader: TestBrowser;
    let reportPath = '';

    // Fills and posts the form of `action` found on `page`, with its CSRF token and version field.
    const post = async (browser: TestBrowser, page: string, action: string, fields: Record<string, string>) => {
      const html = (await browser.get(page)).body;
      const $ = (await browser.get(page)).$();
      const version = $(`form[action="${action}"] input[name="version"]`).attr('value') ?? '';
      return browser.post(action, { version, ...fields, _csrf: csrfTokenFrom(html, action) });
    };

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2025-01-15T02:00:00Z') });
      tree = await buildTree(t.app.context, 'HR');
      clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'hr_clerk', roles: ['clerk'] });
      leader = await signedInAs(t, { agencyId: tree.townA.id, username: 'hr_leader', roles: ['leader'] });
    });
    afterAll(async () => {
      await t.close();
    });

    it('generates the draft of a year from the list page and opens the editor', async () => {
      const list = await clerk.get('/admin/annual-reports');
      expect(list.status).toBe(200);
      expect(list.$()('h2#generate-heading').text()).toBe('生成年报草稿');
      const bad = await clerk.submit('/admin/annual-reports', { year: '二〇二四' });
      expect(bad.status).toBe(400);
      const generated = await clerk.submit('/admin/annual-reports', { year: '2024' });
      expect(generated.status).toBe(303);
      reportPath = generated.location ?? '';
      expect(reportPath).toMatch(/^\/admin\/annual-reports\/[0-9a-f-]+$/);
      const editor = await clerk.get(reportPath);
      expect(editor.status).toBe(200);
      expect(editor.$()('h1').text()).toBe('HR甲镇人民政府2024年度政府信息公开工作年度报告');
      expect(editor.$()('textarea[name="text.other_matters"]').text()).toBe('2024年度，本机关未发出信息处理费收费通知，未收取信息处理费。');
      // "Today" is 2025-01-15: 16 days to the 31 January deadline of a township (条例第四十九条, spec §7).
      expect(editor.$()('.deadline-label').text()).toBe('距2025年1月31日的公布期限还有 16 天');
      expect(editor.$()('p.overdue-replies strong').text()).toBe('0');
      // The draft's own texts are still the suggestions; the page says regenerating keeps what staff wrote.
      expect(editor.$()('#suggestions-heading').length).toBe(1);
      expect(editor.$()('.suggestions').text()).toContain('不会改动您已填写的正文');
    });

    it('keeps what was typed and shows the message next to a bad cell', async () => {
      const response = await post(clerk, reportPath, reportPath, { 'cell.review_litigation.litigation_direct.upheld': '三件' });
      expect(response.status).toBe(400);
      const $ = response.$();
      expect($('input[name="cell.review_litigation.litigation_direct.upheld"]').attr('value')).toBe('三件');
      expect($('#field-cell\\.review_litigation\\.litigation_direct\\.upheld-error').text()).toContain('请填写 0 或正整数（件数）');
      // Fields not in the post keep the saved draft (the section 六 text drafted from the fee notices).
      expect($('textarea[name="text.other_matters"]').text()).toBe('2024年度，本机关未发出信息处理费收费通知，未收取信息处理费。');
    });

    it('采用参考文字 saves what was typed in the other boxes together with the adopted section', async () => {
      // Staff replace the drafted section 六 with their own words: the page then offers the drafted text back.
      expect((await post(clerk, reportPath, reportPath, { 'text.other_matters': '本机关未收取信息处理费。' })).status).toBe(303);
      const $ = (await clerk.get(reportPath)).$();
      const offered = $('input[type="hidden"][name="suggestion.other_matters"]');
      expect(offered.attr('form')).toBe('report-editor');
      expect($('button[name="adopt"][value="other_matters"]').attr('form')).toBe('report-editor');
      // The button submits the editor form: a section typed but not yet saved travels with it.
      const adopted = await post(clerk, reportPath, reportPath, {
        'text.general_situation': '本机关认真贯彻《条例》，本年度尚未保存的一段文字。',
        'text.other_matters': '本机关未收取信息处理费。',
        'suggestion.other_matters': offered.attr('value') ?? '',
        adopt: 'other_matters',
      });
      expect(adopted.status).toBe(303);
      const after = (await clerk.get(reportPath)).$();
      expect(after('textarea[name="text.general_situation"]').text()).toBe('本机关认真贯彻《条例》，本年度尚未保存的一段文字。');
      expect(after('textarea[name="text.other_matters"]').text()).toBe('2024年度，本机关未发出信息处理费收费通知，未收取信息处理费。');
    });

    it('goes generate → edit → submit → approve → publish, then shows the report in the 专栏 with a Word download', async () => {
      const zeros = {
        ...Object.fromEntries(manualCellKeys('gov_2021').map((k) => [`cell.${k}`, '0'])),
        'text.general_situation': '本机关依照《条例》做好主动公开、依申请公开和政府信息管理工作。',
        'text.problems_and_improvements': '存在的问题：专栏更新不够及时。改进措施：每月检查一次。',
      };
      expect((await post(clerk, reportPath, reportPath, zeros)).status).toBe(303);
      expect((await t.browser().get('/gk/HR-TA/annual-reports/2024')).status).toBe(404);
      expect((await post(clerk, reportPath, `${reportPath}/submit`, {})).status).toBe(303);
      // The clerk's page no longer offers the leader's buttons; the leader's does.
      expect((await clerk.get(reportPath)).$()(`form[action="${reportPath}/approve"]`).length).toBe(0);
      // 审定通过 and 公布 ask for a ticked confirmation: without it the page comes back with the message.
      const unconfirmed = await post(leader, reportPath, `${reportPath}/approve`, {});
      expect(unconfirmed.status).toBe(400);
      expect(unconfirmed.$()('#confirm-approve-error').text()).toBe('错误：请勾选确认后再审定通过。');
      expect((await leader.get(reportPath)).$()('strong.report-status').text()).toBe('已提交待审定');
      expect((await post(leader, reportPath, `${reportPath}/approve`, { confirm: 'yes' })).status).toBe(303);
      expect((await post(leader, reportPath, `${reportPath}/publish`, { confirm: 'yes' })).status).toBe(303);
      expect((await leader.get(reportPath)).$()('strong.report-status').text()).toBe('已公布');

      const visitor = t.browser();
      const column = await visitor.get('/gk/HR-TA/annual-reports');
      expect(column.status).toBe(200);
      expect(column.$()('a[href="/gk/HR-TA/annual-reports/2024"]').text()).toBe('HR甲镇人民政府2024年政府信息公开工作年度报告');
      const page = await visitor.get('/gk/HR-TA/annual-reports/2024');
      expect(page.status).toBe(200);
      const $page = page.$();
      // Inside the portal shell, with the 专栏's column tabs and the path back, like every 专栏 page.
      expect($page('header.site-header').length).toBe(1);
      expect($page('nav[aria-label="专栏栏目"] a[aria-current="page"]').text()).toBe('政府信息公开年报');
      expect($page('nav.breadcrumbs a').last().attr('href')).toBe('/gk/HR-TA/annual-reports/');
      expect($page('article.report-view h1').text()).toBe('HR甲镇人民政府2024年政府信息公开工作年度报告');
      expect($page('article.report-view td[data-cell="applications.new_received.total"]').text()).toBe('0');
      expect($page('a[href="/gk/HR-TA/annual-reports/2024/print"]').length).toBe(1);
      expect($page('a[href="/gk/HR-TA/annual-reports/2024/word"]').length).toBe(1);
      const print = await visitor.get('/gk/HR-TA/annual-reports/2024/print');
      expect(print.status).toBe(200);
      expect(print.body.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(print.body).toContain('@page { size: A4;');
      expect((await visitor.get('/gk/HR-TA/annual-reports/2023')).status).toBe(404);
      const word = await visitor.request({ method: 'GET', url: '/gk/HR-TA/annual-reports/2024/word' });
      expect(word.status).toBe(200);
      expect(word.headers['content-type']).toContain('wordprocessingml');
      // The same report as an Excel workbook in the official layout (issue 12 §6), read back with exceljs.
      expect($page('a[href="/gk/HR-TA/annual-reports/2024/excel"]').length).toBe(1);
      const excel = await visitor.app.inject({ method: 'GET', url: '/gk/HR-TA/annual-reports/2024/excel' });
      expect(excel.statusCode).toBe(200);
      expect(excel.headers['content-type']).toContain('spreadsheetml');
      expect(String(excel.headers['content-disposition'])).toContain(encodeURIComponent('HR甲镇人民政府2024年政府信息公开工作年度报告.xlsx'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(excel.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['正文', '二、主动公开', '三、依申请公开', '四、复议诉讼']);
      expect(workbook.getWorksheet('正文')!.getCell('A1').value).toBe('HR甲镇人民政府2024年政府信息公开工作年度报告');
    });

    it('lets the county supervisor choose a township and read its reports, without the generate form', async () => {
      const supervisor = await signedInAs(t, { agencyId: tree.county.id, username: 'hr_supervisor', roles: ['supervisor'] });
      const list = await supervisor.get(`/admin/annual-reports?agency=${tree.townA.id}`);
      expect(list.status).toBe(200);
      const $ = list.$();
      expect($('#filter-agency option[selected]').text()).toBe('HR甲镇人民政府');
      expect($('h2#generate-heading').length).toBe(0);
      expect($('table.data-table tbody tr').first().find('td').eq(1).find('.report-status').text()).toBe('已公布');
      // Published 2025-01-15, before the 31 January deadline (条例第四十九条; a township defaults to 1月31日).
      expect($('table.data-table tbody tr').first().find('td').eq(1).text()).toBe('已公布（按期公布）');
      const page = await supervisor.get(reportPath);
      expect(page.status).toBe(200);
      // The supervisor edits nothing of the report (its only form there is its own 审阅意见, src/features/oversight).
      expect(page.$()('textarea:not([name="body"])').length).toBe(0);
      expect(page.$()('form[action$="/publish"], form[action$="/return"]').length).toBe(0);
    });

    it('refuses approval from the clerk, even when the approve form is posted directly', async () => {
      const other = await clerk.submit('/admin/annual-reports', { year: '2023' });
      const path = other.location ?? '';
      const refused = await post(clerk, path, `${path}/submit`, {});
      expect(refused.status).toBe(303);
      // Whatever the submission did, the clerk is never offered the approve button and a forged post is refused.
      const page = await clerk.get(path);
      expect(page.$()(`form[action="${path}/approve"]`).length).toBe(0);
      const html = (await clerk.get(path)).body;
      const forced = await clerk.post(`${path}/approve`, { version: '2', _csrf: csrfTokenFrom(html) });
      expect(forced.status).toBe(403);
    });
  });
}

// 汇总数据 over HTTP on both databases, on the demo county (its six agencies with a report of their own have
// published last year's): the supervisor sees all six counted and none missing, a figure's make-up adds up to
// the figure, the Excel file reads back in the official layout, and a township clerk is refused.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`county roll-up over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let supervisor: TestBrowser;
    let clerk: TestBrowser;
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) - 1;

    beforeAll(async () => {
      t = await openTestApp({ dialect });
      await loadDemo(t.app.context);
      const agencies = await t.app.context.db.selectFrom('agency').select(['id', 'code']).execute();
      const id = (code: string) => agencies.find((a) => a.code === code)!.id;
      supervisor = await signedInAs(t, { agencyId: id('999000010'), username: 'rollup-supervisor', roles: ['supervisor'] });
      clerk = await signedInAs(t, { agencyId: id('999000021'), username: 'rollup-clerk', roles: ['clerk'] });
    }, 180_000);
    afterAll(async () => t?.close());

    it('counts the six published reports and names nobody as missing', async () => {
      const page = await supervisor.get(`/admin/oversight/rollup?year=${year}`);
      expect(page.status).toBe(200);
      const $ = page.$();
      expect($('h1').first().text()).toBe(`${year}年度报告汇总数据`);
      expect($('main').text()).toContain(`由 6 个单位已公布的${year}年度报告`);
      expect($('main').text()).toContain('监督范围内应公布年报的单位均已公布');
      expect($('article.report-view h1').text()).toBe(`示范县人民政府${year}年政府信息公开工作年度报告汇总（6个单位）`);
    });

    it('shows which agencies make up a figure, adding up to it', async () => {
      const key = 'applications.new_received.total';
      const $ = (await supervisor.get(`/admin/oversight/rollup?year=${year}&cell=${key}`)).$();
      const total = Number($(`article.report-view td[data-cell="${key}"]`).text());
      const parts = $('caption:contains("本年新收") ~ tbody td').map((_i, el) => Number($(el).text())).get();
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.reduce((x, y) => x + y, 0)).toBe(total);
    });

    it('downloads the sum as Excel with the three table sheets', async () => {
      const res = await supervisor.app.inject({ method: 'GET', url: `/admin/oversight/rollup/${year}.xlsx`, headers: { cookie: supervisor.cookieHeader() ?? '' } });
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['正文', '二、主动公开', '三、依申请公开', '四、复议诉讼']);
    });

    it('refuses a township clerk in Chinese', async () => {
      const res = await clerk.get(`/admin/oversight/rollup?year=${year}`);
      expect(res.status).toBe(403);
      expect(res.body).toContain('政务公开办');
    });
  });
}

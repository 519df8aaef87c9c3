// The 公开事项标准目录 and the public's complaints over HTTP: CSV import through the upload form (a bad
// row reported with its line number, nothing imported), the export for Excel, the page in the 专栏 with
// counts and its link in the 专栏 navigation; a complaint filed on an item page (CSRF, Chinese errors
// with what was typed kept, rate limit), answered by the clerk, seen masked by the county's supervisor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { createCatalogueDeps } from '../../src/features/catalogue/catalogue.deps.ts';
import { importPublishedItems } from '../../src/features/catalogue/catalogue.service.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { multipart } from './files.ts';
import { lowIncomeNotice } from './support.ts';

const HEADER = '序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级';
const line = (seq: number, l1: string, l2: string) => `${seq},${l1},${l2},"办事指南, 审批结果",《社会救助暂行办法》,信息形成或变更之日起20个工作日内,岭南镇人民政府,政府网站、公开栏,全社会,主动,乡级、村级`;

for (const dialect of testDialects()) {
  describe(`standard catalogue and complaints pages [${dialect}]`, () => {
    let t: TestApp;
    let townId = '';
    let countyId = '';
    let itemId = '';
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'sc-county', name: '和县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'sc-town', name: '岭南镇人民政府', level: 'township' });
      countyId = county.id;
      townId = town.id;
      itemId = (await importPublishedItems(t.app.context, createCatalogueDeps(t.database.dataDir), SYSTEM_ACTOR, townId, [{ ...lowIncomeNotice({ publisher: '岭南镇人民政府' }), publishedOn: '2026-02-12' }]))[0]!;
    });
    afterAll(async () => t?.close());

    async function upload(browser: TestBrowser, csv: string) {
      const page = await browser.get('/admin/catalogue/standard');
      const form = multipart({ _csrf: csrfTokenFrom(page.body, '/admin/catalogue/standard/import') }, { name: 'file', filename: '标准目录.csv', data: Buffer.from(csv, 'utf8'), type: 'text/csv' });
      return browser.request({ method: 'POST', url: '/admin/catalogue/standard/import', payload: form.payload, headers: { 'content-type': form.contentType } });
    }

    it('imports the standard catalogue from CSV, exports it for Excel and shows it in the 专栏 with counts', async () => {
      const clerk = await signedInAs(t, { agencyId: townId, username: `sc_clerk_${dialect}`, roles: ['clerk'] });
      const bad = await upload(clerk, [HEADER, line(1, '社会救助', '最低生活保障'), `2,社会救助,临时救助,要素,依据,20个工作日内,岭南镇人民政府,公开栏,全社会,公示,村级`].join('\r\n'));
      expect(bad.status).toBe(400);
      expect(bad.$()('#field-file-error').text()).toContain('第 3 行“公开方式”：公开方式应为“主动”或“依申请公开”。');
      expect(bad.$()('table.standard-catalogue').length).toBe(0);

      const good = await upload(clerk, `\uFEFF${[HEADER, line(1, '社会救助', '最低生活保障'), line(2, '宅基地审批', '农村宅基地审批')].join('\r\n')}\r\n`);
      expect(good.status).toBe(303);
      const table = await clerk.get('/admin/catalogue/standard');
      expect(table.$()('table.standard-catalogue tbody tr').length).toBe(2);

      const exported = await clerk.get('/admin/catalogue/standard.csv');
      expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(exported.body.startsWith(`\uFEFF${HEADER}\r\n1,社会救助,最低生活保障,"办事指南, 审批结果",`)).toBe(true);

      // File the published item under 最低生活保障 from its page.
      const rowId = table.$()('table.standard-catalogue tbody tr td a').first().attr('href')!.split('/').at(-1)!;
      const filed = await clerk.submit(`/admin/catalogue/items/${itemId}/standard-row`, { rowId }, `/admin/catalogue/items/${itemId}`);
      expect(filed.status).toBe(303);

      const visitor = t.browser();
      const home = await visitor.get('/gk/sc-town/');
      expect(home.$()('a[href="/gk/sc-town/standard-catalogue"]').text()).toBe('公开事项标准目录');
      const column = await visitor.get('/gk/sc-town/statutory-content/');
      expect(column.$()('.column-pages a').attr('href')).toBe('/gk/sc-town/standard-catalogue');
      const page = await visitor.get('/gk/sc-town/standard-catalogue');
      expect(page.status).toBe(200);
      const cells = page.$()('table.standard-catalogue tbody tr').first().find('td').map((_i, el) => page.$()(el).text()).get();
      expect(cells).toEqual(['1', '社会救助', '最低生活保障', '办事指南, 审批结果', '《社会救助暂行办法》', '信息形成或变更之日起20个工作日内', '岭南镇人民政府', '政府网站、公开栏', '全社会', '主动', '乡级（镇级）、村级', '1 条']);
      // The staff table shows the same ten columns (one row component, views/StandardCatalogueTable.tsx), its 序号
      // linked to the edit page, and counts every filed item next to the published ones.
      const staffTable = (await clerk.get('/admin/catalogue/standard')).$();
      const headers = (doc: typeof staffTable) => doc('table.standard-catalogue thead th').map((_i, el) => doc(el).text()).get();
      const columns = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'];
      expect(headers(page.$())).toEqual([...columns, '已公开']);
      expect(headers(staffTable)).toEqual([...columns, '已归入信息']);
      const staffCells = staffTable('table.standard-catalogue tbody tr').first().find('td').map((_i, el) => staffTable(el).text()).get();
      expect(staffCells).toEqual([...cells.slice(0, 11), '1（已公开 1）']);
      expect(staffTable('table.standard-catalogue tbody tr').first().find('td').first().find('a').attr('href')).toBe(`/admin/catalogue/standard/${rowId}`);
    });

    it('takes a complaint on an item page, keeps what was typed on an error, and lets the clerk answer it', async () => {
      const visitor = t.browser();
      const itemPage = await visitor.get(`/gk/sc-town/items/${itemId}`);
      const link = itemPage.$()('.feedback-link a').attr('href')!;
      expect(link).toBe(`/gk/sc-town/complaint?item=${itemId}`);
      const form = await visitor.get(link);
      expect(form.$()('h1').text()).toBe('对信息“关于2026年第一季度城乡低保对象审批情况的公示”的意见');

      // Without a CSRF token: refused.
      expect((await visitor.post('/gk/sc-town/complaint', { item: itemId, kind: 'inaccurate', body: '公示中的保障金额与文件不一致。' })).status).toBe(403);
      const short = await visitor.submit('/gk/sc-town/complaint', { item: itemId, kind: 'inaccurate', body: '有错', contact: '13812345678' }, link);
      expect(short.status).toBe(400);
      expect(short.$()('#field-body-error').text()).toContain('至少 10 个字');
      expect(short.$()('#field-contact').attr('value')).toBe('13812345678');
      const sent = await visitor.submit('/gk/sc-town/complaint', { item: itemId, kind: 'inaccurate', body: '公示中张某某的保障金额与县民政局批复不一致。', contact: '13812345678' }, link);
      expect(sent.status).toBe(200);
      expect(sent.$()('h1').text()).toBe('意见已提交');

      const clerk = await signedInAs(t, { agencyId: townId, username: `sc_answer_${dialect}`, roles: ['clerk'] });
      const list = await clerk.get('/admin/catalogue/complaints');
      expect(list.body).toContain('内容有误：');
      expect(list.body).toContain('联系方式：13812345678');
      const action = list.$()('form[aria-label="答复意见"]').attr('action')!;
      const empty = await clerk.submit(action, { answer: '' }, '/admin/catalogue/complaints');
      expect(empty.status).toBe(400);
      const answered = await clerk.submit(action, { outcome: 'corrected', answer: '经核实，已于3月3日更正保障金额并重新公示。' }, '/admin/catalogue/complaints');
      expect(answered.status).toBe(303);

      // The county's 政务公开办 sees it in its subtree, with the contact masked, and cannot answer.
      const supervisor = await signedInAs(t, { agencyId: countyId, username: `sc_super_${dialect}`, roles: ['supervisor'] });
      const overseen = await supervisor.get('/admin/catalogue/complaints');
      expect(overseen.body).toContain('联系方式：138****5678');
      expect(overseen.body).not.toContain('13812345678');
      expect(overseen.body).toContain('已于3月3日更正保障金额');
      expect(overseen.$()('form[aria-label="答复意见"]').length).toBe(0);
    });

    it('limits how fast one address can file complaints', async () => {
      const visitor = t.browser();
      const link = '/gk/sc-town/complaint?category=social_assistance';
      // 10 a minute per address (publicFormRateLimit); the earlier test's posts from the same address count too.
      const statuses: number[] = [];
      let refused = '';
      for (let i = 0; i < 11; i++) {
        const r = await visitor.submit('/gk/sc-town/complaint', { category: 'social_assistance', kind: 'not_disclosed', body: `第${i}次：本镇2025年第四季度低保名单没有公开。` }, link);
        statuses.push(r.status);
        if (r.status === 429) refused = r.body;
      }
      const first429 = statuses.indexOf(429);
      expect(first429).toBeGreaterThan(0);
      expect(statuses.slice(0, first429).every((s) => s === 200)).toBe(true);
      expect(refused).toContain('秒后再试');
    });
  });
}

// The 公开事项标准目录 page in the 专栏 (/gk/<code>/standard-catalogue) is a cached public page
// (src/platform/page-cache): a visitor who loaded it before a change sees the change on the very next
// request — a CSV import, a row added or edited by form, a row deleted, a public item filed under a row —
// because each of those commands bumps the publication generation in its own transaction. Filing a draft,
// which the page does not count, leaves the cached page alone. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { createCatalogueDeps } from '../../src/features/catalogue/catalogue.deps.ts';
import { createItem, importPublishedItems } from '../../src/features/catalogue/catalogue.service.ts';
import { readPublicationGeneration } from '../../src/platform/page-cache/publication-generation.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type PageResponse, type TestApp, type TestBrowser } from '../support/app.ts';
import { multipart } from './files.ts';
import { lowIncomeNotice } from './support.ts';

const PAGE = '/gk/scc-town/standard-catalogue';
const HEADER = '序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级';
const line = (seq: number, l1: string, l2: string) => `${seq},${l1},${l2},办事指南；审批结果,《社会救助暂行办法》,信息形成或变更之日起20个工作日内,岭南镇人民政府,政府网站、公开栏,全社会,主动,乡级、村级`;

/** 序号, 二级事项 and the 已公开 count of each row of the public table. */
const rowsOf = (page: PageResponse) =>
  page
    .$()('table.standard-catalogue tbody tr')
    .map((_i, tr) => {
      const cells = page.$()(tr).find('td');
      return [cells.eq(0).text(), cells.eq(2).text(), cells.last().text()].join(' ');
    })
    .get();

for (const dialect of testDialects()) {
  describe(`standard catalogue page in the public page cache [${dialect}]`, () => {
    let t: TestApp;
    let townId = '';
    let publishedId = '';
    let clerk: TestBrowser;

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'scc-county', name: '和县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'scc-town', name: '岭南镇人民政府', level: 'township' });
      townId = town.id;
      publishedId = (await importPublishedItems(t.app.context, createCatalogueDeps(t.database.dataDir), SYSTEM_ACTOR, townId, [{ ...lowIncomeNotice({ publisher: '岭南镇人民政府' }), publishedOn: '2026-02-12' }]))[0]!;
      clerk = await signedInAs(t, { agencyId: townId, username: `scc_clerk_${dialect}`, roles: ['clerk'] });
    });
    afterAll(async () => t?.close());

    /** Loads the page twice as a visitor: the second answer must come from the cache (same ETag, one more hit). */
    async function cachedPage(): Promise<PageResponse> {
      const visitor = t.browser();
      const first = await visitor.get(PAGE);
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('public, no-cache');
      const hits = t.app.pageCache.stats().hits;
      const second = await visitor.get(PAGE);
      expect(second.headers['etag']).toBe(first.headers['etag']);
      expect(t.app.pageCache.stats().hits).toBe(hits + 1);
      return second;
    }

    async function upload(csv: string) {
      const page = await clerk.get('/admin/catalogue/standard');
      const form = multipart({ _csrf: csrfTokenFrom(page.body, '/admin/catalogue/standard/import') }, { name: 'file', filename: '标准目录.csv', data: Buffer.from(csv, 'utf8'), type: 'text/csv' });
      return clerk.request({ method: 'POST', url: '/admin/catalogue/standard/import', payload: form.payload, headers: { 'content-type': form.contentType } });
    }

    async function rowIdOf(level2: string): Promise<string> {
      const table = await clerk.get('/admin/catalogue/standard');
      const tr = table.$()('table.standard-catalogue tbody tr').filter((_i, el) => table.$()(el).find('td').eq(2).text() === level2);
      return tr.find('td a').first().attr('href')!.split('/').at(-1)!;
    }

    it('shows an import, a new row, an edit and a deletion on the next request after the page was cached', async () => {
      const empty = await cachedPage();
      expect(empty.body).toContain('岭南镇人民政府尚未公布公开事项标准目录。');

      expect((await upload([HEADER, line(1, '社会救助', '最低生活保障'), line(2, '社会救助', '临时救助')].join('\r\n'))).status).toBe(303);
      const imported = await cachedPage();
      expect(rowsOf(imported)).toEqual(['1 最低生活保障 0 条', '2 临时救助 0 条']);

      const added = await clerk.submit(
        '/admin/catalogue/standard',
        { seq: '3', item_level1: '就业', item_level2: '就业援助', content_elements: '援助对象认定结果', basis: '《就业促进法》', time_limit: '20个工作日内', responsible_body: '岭南镇人民政府', channels: '公开栏', audience: '特定群众', mode: '主动', level: '乡级' },
      );
      expect(added.status).toBe(303);
      expect(rowsOf(await cachedPage())).toEqual(['1 最低生活保障 0 条', '2 临时救助 0 条', '3 就业援助 0 条']);

      const helpId = await rowIdOf('就业援助');
      const edited = await clerk.submit(
        `/admin/catalogue/standard/${helpId}`,
        { seq: '3', item_level1: '就业', item_level2: '就业困难人员认定', content_elements: '认定结果', basis: '《就业促进法》', time_limit: '20个工作日内', responsible_body: '岭南镇人民政府', channels: '公开栏', audience: '特定群众', mode: '主动', level: '乡级' },
      );
      expect(edited.status).toBe(303);
      const afterEdit = await cachedPage();
      expect(rowsOf(afterEdit)).toEqual(['1 最低生活保障 0 条', '2 临时救助 0 条', '3 就业困难人员认定 0 条']);
      expect(afterEdit.body).not.toContain('就业援助');

      const deleted = await clerk.submit(`/admin/catalogue/standard/${helpId}/delete`, {}, `/admin/catalogue/standard/${helpId}`);
      expect(deleted.status).toBe(303);
      expect(rowsOf(await cachedPage())).toEqual(['1 最低生活保障 0 条', '2 临时救助 0 条']);
    });

    it('counts a public item filed under a row on the next request; filing a draft leaves the page as it was', async () => {
      const before = await cachedPage();
      const lowIncome = await rowIdOf('最低生活保障');
      const filed = await clerk.submit(`/admin/catalogue/items/${publishedId}/standard-row`, { rowId: lowIncome }, `/admin/catalogue/items/${publishedId}`);
      expect(filed.status).toBe(303);
      const counted = await cachedPage();
      expect(counted.headers['etag']).not.toBe(before.headers['etag']);
      expect(rowsOf(counted)).toEqual(['1 最低生活保障 1 条', '2 临时救助 0 条']);

      // A draft is not counted on the public page: filing it changes nothing the public sees.
      const draft = await createItem(t.app.context, createCatalogueDeps(t.database.dataDir), SYSTEM_ACTOR, townId, lowIncomeNotice({ title: '低保公示草稿' }));
      const generation = (await readPublicationGeneration(t.app.context.db)).generation;
      expect((await clerk.submit(`/admin/catalogue/items/${draft.id}/standard-row`, { rowId: lowIncome }, `/admin/catalogue/items/${draft.id}`)).status).toBe(303);
      expect((await readPublicationGeneration(t.app.context.db)).generation).toBe(generation);
      expect((await t.browser().get(PAGE)).headers['etag']).toBe(counted.headers['etag']);

      // Moving the public item to another row moves its count at once.
      const temporary = await rowIdOf('临时救助');
      expect((await clerk.submit(`/admin/catalogue/items/${publishedId}/standard-row`, { rowId: temporary }, `/admin/catalogue/items/${publishedId}`)).status).toBe(303);
      expect(rowsOf(await cachedPage())).toEqual(['1 最低生活保障 0 条', '2 临时救助 1 条']);
    });
  });
}

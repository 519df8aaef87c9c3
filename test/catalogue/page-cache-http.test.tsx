// The public-page cache over HTTP: a publication shows on the 专栏 and in search on the very next
// request even when the pages were cached; a withdrawal removes it; browsers revalidate with ETag /
// Last-Modified and get 304; staff sessions and GONGKAI_PAGE_CACHE=0 always get a fresh page; a second
// app on the same database (another process) sees the change too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency, updateAgency } from '../../src/features/agencies/agencies.service.ts';
import { PostForm } from '../../src/platform/views/Form.tsx';
import { PublicShell } from '../../src/platform/views/PublicShell.tsx';
import { openTestApp, signedInAs, TEST_SECRET, testDialects, TestBrowser, type TestApp } from '../support/app.ts';

const NOW = new Date('2026-03-02T02:00:00.000Z');

for (const dialect of testDialects()) {
  describe(`public page cache [${dialect}]`, () => {
    let t: TestApp;
    let townId = '';
    const renders = { slow: 0, cookie: 0 };
    beforeAll(async () => {
      t = await openTestApp({
        dialect,
        now: () => NOW,
        beforeReady: (app) => {
          // A slow public page that counts its renderings, and one that can never be stored (sets a cookie).
          app.get('/test/slow-page', { config: { publicPage: true } }, async (_request, reply) => {
            renders.slow++;
            await new Promise((resolve) => setTimeout(resolve, 100));
            return reply.page(<PublicShell title="慢页面">第{renders.slow}次生成</PublicShell>);
          });
          app.get('/test/slow-cookie-page', { config: { publicPage: true } }, async (_request, reply) => {
            renders.cookie++;
            await new Promise((resolve) => setTimeout(resolve, 50));
            return reply.header('set-cookie', 'visit=1; Path=/').page(<PublicShell title="带Cookie的页面">第{renders.cookie}次生成</PublicShell>);
          });
          app.get('/test/public-form', { config: { publicPage: true } }, async (_request, reply) =>
            reply.page(
              <PublicShell title="测试表单">
                <PostForm action="/test/public-form">
                  <button type="submit">提交</button>
                </PostForm>
              </PublicShell>,
            ),
          );
        },
      });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'pc-county', name: '和县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'pc-town', name: '岭南镇人民政府', level: 'township' });
      townId = town.id;
    });
    afterAll(async () => t?.close());

    let accounts = 0;
    async function publish(title: string, documentNo: string) {
      const clerk = await signedInAs(t, { agencyId: townId, username: `pc_clerk_${++accounts}`, roles: ['clerk', 'reviewer', 'leader'] });
      const created = await clerk.submit('/admin/catalogue/new', {
        title,
        summary: `${title}。`,
        body: '一、收支总体情况\n收入预算1200万元，支出预算1200万元。',
        publisher: '岭南镇人民政府',
        writtenOn: '2026-02-26',
        topicCategory: '财政、金融、审计-预算',
        category: 'budgets',
        documentNo,
      });
      expect(created.status).toBe(303);
      const itemUrl = created.location!;
      // One account holding all three roles walks the default chain (保密审查, then approval).
      for (const event of ['submit', 'pass_security_review', 'approve', 'approve']) {
        const step = await clerk.submit(`${itemUrl}/workflow`, { event, comment: event === 'approve' ? '同意' : '' }, itemUrl);
        if (step.status !== 303) break;
      }
      const detail = await clerk.get(itemUrl);
      expect(detail.body).toContain('已发布');
      return { clerk, itemUrl, itemId: itemUrl.split('/').at(-1)! };
    }

    it('shows a publication on the cached 专栏 list and search at once, and drops it on withdrawal', async () => {
      const visitor = t.browser();
      // Fill the cache first: the list page and a search for the word, both without the item.
      const listBefore = await visitor.get('/gk/pc-town/statutory-content/');
      expect(listBefore.status).toBe(200);
      expect(listBefore.body).not.toContain('岭南镇2026年部门预算公开');
      expect(listBefore.headers['etag']).toBeDefined();
      const searchBefore = await visitor.get('/search?q=%E9%A2%84%E7%AE%97');
      expect(searchBefore.body).toContain('没有找到与“预算”相关的信息');
      // The second request is served from the cache: the same bytes, the same validator.
      const again = await visitor.get('/gk/pc-town/statutory-content/');
      expect(again.headers['etag']).toBe(listBefore.headers['etag']);

      const { clerk, itemUrl, itemId } = await publish('岭南镇2026年部门预算公开', '岭政发〔2026〕3号');

      const listAfter = await visitor.get('/gk/pc-town/statutory-content/');
      expect(listAfter.body).toContain('岭南镇2026年部门预算公开');
      expect(listAfter.headers['etag']).not.toBe(listBefore.headers['etag']);
      // Query parameters in another order are the same page.
      const searchAfter = await visitor.get('/search?agency=&q=%E9%A2%84%E7%AE%97');
      expect(searchAfter.$()('ol.search-results li').length).toBe(1);
      expect(searchAfter.$()('ol.search-results a').attr('href')).toBe(`/gk/pc-town/items/${itemId}`);
      const item = await visitor.get(`/gk/pc-town/items/${itemId}`);
      expect(item.status).toBe(200);

      const withdrawn = await clerk.submit(`${itemUrl}/workflow`, { event: 'withdraw', comment: '内容有误，重新核对后发布' }, itemUrl);
      expect(withdrawn.status).toBe(303);
      expect((await visitor.get('/gk/pc-town/statutory-content/')).body).not.toContain('岭南镇2026年部门预算公开');
      expect((await visitor.get('/search?q=%E9%A2%84%E7%AE%97')).body).toContain('没有找到与“预算”相关的信息');
      expect((await visitor.get(`/gk/pc-town/items/${itemId}`)).status).toBe(404);
    });

    it('answers a revalidation with 304 until the next publication, and says how it may be cached', async () => {
      const visitor = t.browser();
      const first = await visitor.get('/gk/pc-town/statutory-content/');
      expect(first.headers['cache-control']).toBe('public, no-cache');
      expect(first.headers['vary']).toBe('Cookie');
      const etag = String(first.headers['etag']);
      const lastModified = String(first.headers['last-modified']);
      expect(Date.parse(lastModified)).toBeLessThanOrEqual(NOW.getTime());

      const byTag = await t.app.inject({ method: 'GET', url: '/gk/pc-town/statutory-content/', headers: { 'if-none-match': etag } });
      expect(byTag.statusCode).toBe(304);
      expect(byTag.body).toBe('');
      expect(byTag.headers['etag']).toBe(etag);
      const byDate = await t.app.inject({ method: 'GET', url: '/gk/pc-town/statutory-content/', headers: { 'if-modified-since': lastModified } });
      expect(byDate.statusCode).toBe(304);
      const otherTag = await t.app.inject({ method: 'GET', url: '/gk/pc-town/statutory-content/', headers: { 'if-none-match': '"stale"' } });
      expect(otherTag.statusCode).toBe(200);

      await publish('岭南镇2026年政府采购意向公开', '岭政发〔2026〕4号');
      const after = await t.app.inject({ method: 'GET', url: '/gk/pc-town/statutory-content/', headers: { 'if-none-match': etag } });
      expect(after.statusCode).toBe(200);
      expect(after.body).toContain('岭南镇2026年政府采购意向公开');
    });

    it('renders a page once when many visitors ask for it at the same moment, and all get it', async () => {
      const before = t.app.pageCache.stats();
      const answers = await Promise.all(Array.from({ length: 6 }, () => t.browser().get('/test/slow-page')));
      expect(renders.slow).toBe(1);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(answers[0]!.body).toContain('第1次生成');
      const after = t.app.pageCache.stats();
      expect(after.misses - before.misses).toBe(1);
      expect(after.shared - before.shared).toBe(5);
    });

    it('lets waiting visitors render a page themselves when the first rendering cannot be kept', async () => {
      const answers = await Promise.all(Array.from({ length: 3 }, () => t.browser().get('/test/slow-cookie-page')));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(renders.cookie).toBe(3);
      // The same for a page with a form: each visitor gets a page with a CSRF token of their own.
      const forms = await Promise.all(Array.from({ length: 3 }, () => t.browser().get('/test/public-form')));
      expect(forms.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(forms.every((a) => a.headers['set-cookie'] !== undefined)).toBe(true);
    });

    it('never stores the empty answer to a HEAD request as the page', async () => {
      const head = await t.app.inject({ method: 'HEAD', url: '/gk/pc-town/guide/' });
      expect(head.statusCode).toBe(200);
      const page = await t.browser().get('/gk/pc-town/guide/');
      expect(page.body).toContain('政府信息公开指南');
      const again = await t.app.inject({ method: 'HEAD', url: '/gk/pc-town/guide/' });
      expect(again.statusCode).toBe(200);
      expect(again.body).toBe('');
    });

    it('never keeps a page that carries a visitor’s CSRF token', async () => {
      // A test-only public page with a form: the token belongs to the visitor whose cookie made it.
      const withCookie = t.browser();
      const first = await withCookie.get('/test/public-form');
      const second = await withCookie.get('/test/public-form');
      expect(first.headers['etag']).toBeUndefined();
      expect(second.headers['etag']).toBeUndefined();
      expect(t.app.pageCache.stats().pages).toBeGreaterThan(0);
      const other = await t.browser().get('/test/public-form');
      expect(other.headers['set-cookie']).toBeDefined();
    });

    it('keeps the large-text page apart, and never caches a page for a signed-in staff member', async () => {
      const plain = await t.browser().get('/gk/pc-town/statutory-content/');
      const large = await t.app.inject({ method: 'GET', url: '/gk/pc-town/statutory-content/', cookies: { gk_large_text: '1' } });
      expect(large.body).toContain('标准字号');
      expect(plain.body).toContain('大字模式');
      expect(large.headers['etag']).not.toBe(plain.headers['etag']);

      const staff = await signedInAs(t, { agencyId: townId, username: `pc_staff_${dialect}`, roles: ['clerk'] });
      const page = await staff.get('/gk/pc-town/statutory-content/');
      expect(page.body).toContain('进入工作台');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['etag']).toBeUndefined();
      // …and the visitor after them still gets the visitor's page.
      expect((await t.browser().get('/gk/pc-town/statutory-content/')).body).toContain('工作人员登录');
    });

    it('shows an agency rename on the directory and the 专栏 at once', async () => {
      const visitor = t.browser();
      expect((await visitor.get('/')).body).toContain('岭南镇人民政府');
      await updateAgency(t.app.context, SYSTEM_ACTOR, townId, { name: '岭南街道办事处' });
      expect((await visitor.get('/')).body).toContain('岭南街道办事处');
      expect((await visitor.get('/gk/pc-town/statutory-content/')).body).toContain('岭南街道办事处');
      await updateAgency(t.app.context, SYSTEM_ACTOR, townId, { name: '岭南镇人民政府' });
    });

    it('lets a second process on the same database see a publication on its next request', async () => {
      const second = await buildApp({ database: t.database, secret: TEST_SECRET, logger: false, now: () => NOW });
      await second.ready();
      try {
        const visitor = new TestBrowser(second);
        expect((await visitor.get('/gk/pc-town/statutory-content/')).body).not.toContain('岭南镇2026年村级公益事业一事一议筹资方案');
        await publish('岭南镇2026年村级公益事业一事一议筹资方案', '岭政发〔2026〕5号');
        expect((await visitor.get('/gk/pc-town/statutory-content/')).body).toContain('岭南镇2026年村级公益事业一事一议筹资方案');
      } finally {
        await second.close();
      }
    });

    it('renders every request afresh with the cache switched off (GONGKAI_PAGE_CACHE=0)', async () => {
      const off = await buildApp({ database: t.database, secret: TEST_SECRET, logger: false, now: () => NOW, pageCache: { enabled: false } });
      await off.ready();
      try {
        const page = await new TestBrowser(off).get('/gk/pc-town/statutory-content/');
        expect(page.status).toBe(200);
        expect(page.headers['cache-control']).toBe('no-store');
        expect(page.headers['etag']).toBeUndefined();
        expect(off.pageCache.stats().pages).toBe(0);
      } finally {
        await off.close();
      }
    });
  });
}

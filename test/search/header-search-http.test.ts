// Every public page has the search box in its header (issue 11 item 3): the portal home, each 专栏
// page, item and report pages, the applicant's forms. It is a plain GET form to /search with a label,
// role=search, working without JavaScript; the search page itself keeps only its own form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { openTestApp, testDialects, type TestApp } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`the portal header's search box [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      await loadDemo(t.app.context);
    }, 240_000);
    afterAll(async () => t?.close());

    it('is on the portal home, every 专栏 page, item and report pages and the public forms', async () => {
      const browser = t.browser();
      const statutory = await browser.get('/gk/999000021/statutory-content/');
      const item = statutory.$()('a[href^="/gk/999000021/items/"]').first().attr('href');
      expect(item).toBeDefined();
      const paths = [
        '/',
        '/gk/999000021/',
        '/gk/999000021/guide/',
        '/gk/999000021/rules/',
        '/gk/999000021/statutory-content/',
        '/gk/999000021/standard-catalogue',
        '/gk/999000021/annual-reports/',
        '/gk/999000021/annual-reports/2025',
        item!,
        '/gk/999000021/apply',
        '/apply/track',
        '/login',
      ];
      for (const path of paths) {
        const page = await browser.get(path);
        expect(page.status, path).toBe(200);
        const $ = page.$();
        const form = $('header form[role="search"]');
        expect(form.length, path).toBe(1);
        expect(form.attr('action'), path).toBe('/search');
        expect(form.attr('method'), path).toBe('get');
        const input = form.find('input[name="q"]');
        expect($(`label[for="${input.attr('id')}"]`).text(), path).toBe('检索政府信息');
      }
    });

    it('leads to the results; the search page has no second box in its header', async () => {
      const page = await t.browser().get(`/search?q=${encodeURIComponent('年报')}`);
      const $ = page.$();
      expect($('header form[role="search"]').length).toBe(0);
      expect($('main form[role="search"]').length).toBe(1);
      const hints = $('.search-results .hint').map((_, el) => $(el).text()).get();
      expect(hints.some((h) => h.includes('政府信息公开年报'))).toBe(true);
      expect($('main').text()).not.toContain('annual_report');
    });
  });
}

// Feed and sitemap links (issue 13 item 9): built from GONGKAI_PUBLIC_URL when it is set, never from
// what a client writes in its Host header; without it, from a Host header that is a plain host name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { openTestApp, testDialects, type TestApp } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`the public address in feeds and the sitemap [${dialect}]`, () => {
    let configured: TestApp;
    let unset: TestApp;
    beforeAll(async () => {
      configured = await openTestApp({ dialect, appOptions: { publicUrl: 'https://gk.example.gov.cn' } });
      unset = await openTestApp({ dialect });
      for (const t of [configured, unset]) {
        await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'po-county', name: '示范县人民政府', level: 'county_government' });
      }
    });
    afterAll(async () => {
      await configured?.close();
      await unset?.close();
    });

    it('uses GONGKAI_PUBLIC_URL whatever the Host header says', async () => {
      const sitemap = await configured.app.inject({ method: 'GET', url: '/sitemap.xml', headers: { host: 'evil.example' } });
      expect(sitemap.statusCode).toBe(200);
      expect(sitemap.body).toContain('<loc>https://gk.example.gov.cn/</loc>');
      expect(sitemap.body).not.toContain('evil.example');
      const feed = await configured.app.inject({ method: 'GET', url: '/gk/po-county/feed.xml', headers: { host: 'evil.example' } });
      expect(feed.body).toContain('https://gk.example.gov.cn/gk/po-county/feed.xml');
      expect(feed.body).not.toContain('evil.example');
    });

    it('without it, takes a plain Host header, and falls back to localhost for anything else', async () => {
      const plain = await unset.app.inject({ method: 'GET', url: '/sitemap.xml', headers: { host: '192.168.1.20:3000' } });
      expect(plain.body).toContain('<loc>http://192.168.1.20:3000/</loc>');
      const odd = await unset.app.inject({ method: 'GET', url: '/sitemap.xml', headers: { host: 'evil.example/x?<y>' } });
      expect(odd.body).toContain('<loc>http://localhost/</loc>');
      expect(odd.body).not.toContain('evil.example');
    });
  });
}

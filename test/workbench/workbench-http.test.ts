// GET /admin as each role: the page shows the panels with their counts and links; a clerk of another
// township sees none of 土门关乡's cases. Counts are those worked out in workbench.test.ts (demo data on
// the harness clock, Monday 2026-03-02).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`GET /admin lists the work [${dialect}]`, () => {
    let t: TestApp;
    let tumenguan = '';
    let caoba = '';
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      await loadDemo(t.app.context);
      tumenguan = (await findAgencyByCode(t.app.context.db, '999000021'))!.id;
      caoba = (await findAgencyByCode(t.app.context.db, '999000022'))!.id;
    }, 240_000);
    afterAll(async () => t?.close());

    it('the clerk’s workbench: overdue first, counts, links to the cases and items', async () => {
      const clerk = await signedInAs(t, { agencyId: tumenguan, username: 'wb-http-clerk', roles: ['clerk'] });
      const page = await clerk.get('/admin');
      expect(page.status).toBe(200);
      const $ = page.$();
      expect($('.notice').text()).toContain('有 3 项工作已逾期');
      const overdue = $('#work-applications-overdue');
      expect(overdue.find('.work-count').text()).toBe('2');
      expect(overdue.find('.work-entries a[href^="/admin/applications/"]').length).toBe(2);
      expect(overdue.text()).toContain('已逾期 3 个工作日');
      expect($('#work-applications-due-soon .work-count').text()).toBe('1');
      expect($('#work-catalogue-release-overdue .work-count').text()).toBe('1');
      expect($('#work-catalogue-release-overdue a[href^="/admin/catalogue/items/"]').text()).toBe('土门关乡2025年度农村低保资金发放情况');
      // Within a panel the overdue line is first.
      expect($('section[aria-labelledby="work-applications"] .work-line').first().attr('id')).toBe('work-applications-overdue');
      expect(page.body).not.toContain('剩余 0');
    });

    it('a clerk of 草坝镇 sees none of 土门关乡’s cases or items', async () => {
      const other = await signedInAs(t, { agencyId: caoba, username: 'wb-http-caoba', roles: ['clerk'] });
      const page = await other.get('/admin');
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('999000021-');
      expect(page.body).not.toContain('土门关乡2025年度农村低保资金发放情况');
      expect(page.$()('#work-applications-overdue .work-count').text()).toBe('0');
    });

    it('an administrator without casework gets the menu and no panels', async () => {
      const admin = await signedInAs(t, { agencyId: tumenguan, username: 'wb-http-admin', roles: ['admin'] });
      const page = await admin.get('/admin');
      expect(page.status).toBe(200);
      expect(page.$()('.work-panel').length).toBe(0);
      expect(page.$()('nav[aria-label="常用功能"] a').length).toBeGreaterThan(0);
    });
  });
}

// The public portal: the home page lists every live agency's 专栏; each 专栏 has the four standard
// sub-columns of 国办公开办函〔2019〕61号 with clear empty states and the office's contact details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { archiveAgency, createAgency } from '../../src/features/agencies/agencies.service.ts';
import { openTestApp, testDialects, type TestApp } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`public portal [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp({ dialect });
      const ctx = t.app.context;
      const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'county-1', name: '示范县人民政府', level: 'county_government' });
      await createAgency(ctx, SYSTEM_ACTOR, {
        parentId: county.id,
        code: 'town-a',
        name: '青石镇人民政府',
        level: 'township',
        address: '青石镇青石街 1 号',
        phone: '0391-1234567',
        officeHours: '工作日 8:30—12:00，14:30—17:30',
      });
      await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: 'dept-edu', name: '示范县教育局', level: 'county_department' });
      const gone = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: 'town-gone', name: '已撤并乡人民政府', level: 'township' });
      await archiveAgency(ctx, SYSTEM_ACTOR, gone.id);
    });
    afterAll(async () => {
      await t.close();
    });

    it('lists the live agencies on the home page, grouped, under the county’s name', async () => {
      const page = await t.browser().get('/');
      expect(page.status).toBe(200);
      const $ = page.$();
      expect($('h1').text()).toBe('示范县人民政府政府信息公开');
      const groups = $('.agency-group')
        .toArray()
        .map((group) => [$(group).find('h2').text(), $(group).find('li a').toArray().map((a) => $(a).text())]);
      expect(groups).toEqual([
        ['人民政府', ['示范县人民政府']],
        ['政府部门', ['示范县教育局']],
        ['乡镇（街道）', ['青石镇人民政府']],
      ]);
      expect($('a[href="/gk/town-a/"]').text()).toBe('青石镇人民政府');
      expect(page.body).not.toContain('已撤并乡人民政府');
    });

    it('shows an agency’s 专栏 with the four standard sub-columns and its contact details', async () => {
      const page = await t.browser().get('/gk/town-a/');
      expect(page.status).toBe(200);
      const $ = page.$();
      expect($('.columns li > a').toArray().map((a) => $(a).text())).toEqual([
        '政府信息公开指南',
        '政府信息公开制度',
        '法定主动公开内容',
        '政府信息公开年报',
      ]);
      expect($('.contact').text()).toContain('青石镇青石街 1 号');
      expect($('.contact').text()).toContain('0391-1234567');
      // No postal code was given: the page says so instead of leaving a blank.
      expect($('.contact dt:contains("邮政编码") + dd').text()).toBe('暂未公布');
    });

    it('links an agency’s 专栏 to the application form and to case tracking (条例第二十七条)', async () => {
      const page = await t.browser().get('/gk/town-a/');
      const $ = page.$();
      expect($('.apply-links a').toArray().map((a) => [$(a).attr('href'), $(a).text()])).toEqual([
        ['/gk/town-a/apply', '在线提交政府信息公开申请'],
        ['/apply/track', '查询申请办理进度、下载答复'],
      ]);
    });

    it('shows “暂无内容” in a sub-column nothing has been published to', async () => {
      const page = await t.browser().get('/gk/town-a/annual-reports/');
      expect(page.status).toBe(200);
      const $ = page.$();
      expect($('h1').text()).toBe('政府信息公开年报');
      expect($('.empty-state').text()).toContain('暂无内容');
      expect($('.column-tabs a[aria-current="page"]').text()).toBe('政府信息公开年报');
      expect($('.breadcrumbs a[href="/gk/town-a/"]').text()).toBe('青石镇人民政府');
    });

    it('answers 404 in Chinese for an unknown agency, an archived one and an unknown sub-column', async () => {
      for (const url of ['/gk/nobody/', '/gk/town-gone/', '/gk/town-a/no-such-column/']) {
        const page = await t.browser().get(url);
        expect(page.status, url).toBe(404);
        expect(page.body, url).toMatch(/不存在|没有找到/);
      }
    });
  });
}

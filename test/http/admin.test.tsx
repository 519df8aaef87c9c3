// Admin pages: creating a user shows the one-time password once; roles are granted and revoked per
// agency; an agency's contact details are edited with errors next to the fields; the audit log is
// searched and paged on the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { recordAudit } from '../../src/features/audit/audit.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`admin pages [${dialect}]`, () => {
    let t: TestApp;
    let countyId: string;
    let townId: string;
    let admin: TestBrowser;
    beforeAll(async () => {
      t = await openTestApp({ dialect });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'c1', name: '示范县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 't1', name: '青石镇人民政府', level: 'township' });
      countyId = county.id;
      townId = town.id;
      admin = await signedInAs(t, { agencyId: countyId, username: 'county.admin', roles: ['admin'] });
    });
    afterAll(async () => {
      await t.close();
    });

    it('creates a user and shows its one-time password once, which then signs in', async () => {
      const form = await admin.get('/admin/accounts/new');
      expect(form.$()('#field-agencyId option').toArray().map((o) => form.$()(o).text())).toEqual(['请选择', '示范县人民政府', '　青石镇人民政府']);
      const created = await admin.submit('/admin/accounts', { agencyId: townId, username: 'Zhou.Clerk', displayName: '周经办', roles: ['clerk', 'reviewer'] }, '/admin/accounts/new');
      expect(created.status).toBe(201);
      const password = created.$()('#one-time-password').text();
      expect(password).toHaveLength(14);
      expect(created.body).toContain('只显示这一次');
      // The list shows the new user (username stored in lower case) with both roles, not the password.
      const list = await admin.get('/admin/accounts');
      const row = list.$()('tr:contains("周经办")');
      expect(row.find('td').eq(1).text()).toBe('zhou.clerk');
      expect(row.find('td').eq(3).text()).toBe('青石镇人民政府·经办；青石镇人民政府·审核');
      expect(row.find('td').eq(4).text()).toBe('待修改初始密码');
      expect(list.body).not.toContain(password);
      const person = t.browser();
      await person.signIn('zhou.clerk', password);
      expect((await person.get('/admin')).$()('h1').text()).toBe('您好，周经办');
    });

    it('shows markup typed into a name as text on every page that lists it', async () => {
      const name = '<img src=x onerror=alert(1)>';
      const created = await admin.submit('/admin/accounts', { agencyId: townId, username: 'xss.test', displayName: name, roles: 'clerk' }, '/admin/accounts/new');
      expect(created.status).toBe(201);
      for (const url of ['/admin/accounts', '/admin/audit']) {
        const page = await admin.get(url);
        expect(page.body, url).not.toContain('<img src=x');
        expect(page.body, url).toContain('&lt;img src=x onerror=alert(1)>');
      }
    });

    it('keeps what was typed and names the problem when a username is invalid', async () => {
      const response = await admin.submit('/admin/accounts', { agencyId: townId, username: '张三', displayName: '张三', roles: 'clerk' }, '/admin/accounts/new');
      expect(response.status).toBe(400);
      const $ = response.$();
      expect($('#field-username-error').text()).toContain('用户名须为 3–32 位小写字母');
      expect($('#field-displayName').attr('value')).toBe('张三');
      expect($('#field-agencyId option[selected]').text()).toBe('　青石镇人民政府');
      expect($('input[name="roles"][value="clerk"]').attr('checked')).toBeDefined();
      expect($('input[name="roles"][value="reviewer"]').attr('checked')).toBeUndefined();
    });

    it('grants a role on another agency and revokes it', async () => {
      const created = await admin.submit('/admin/accounts', { agencyId: townId, username: 'wu.leader', displayName: '吴领导', roles: [] }, '/admin/accounts/new');
      const detailUrl = created.$()('a:contains("查看用户详情")').attr('href')!;
      const granted = await admin.submit(`${detailUrl}/grants`, { agencyId: townId, role: 'leader' }, detailUrl);
      expect(granted.status).toBe(303);
      const detail = await admin.get(detailUrl);
      expect(detail.$()('.notice-success').text()).toContain('角色已授予');
      expect(detail.$()('tbody tr td').eq(1).text()).toBe('领导');
      // A supervisor role only goes on a government: the service's message is shown next to the field.
      const wrong = await admin.submit(`${detailUrl}/grants`, { agencyId: townId, role: 'supervisor' }, detailUrl);
      expect(wrong.status).toBe(400);
      expect(wrong.$()('#field-role-error').text()).toContain('“监督”角色只能授予在某一级人民政府上');
      const revokeAction = detail.$()('form[action*="/revoke"]').attr('action')!;
      const revoked = await admin.submit(revokeAction, {}, detailUrl);
      expect(revoked.status).toBe(303);
      expect((await admin.get(detailUrl)).body).toContain('尚未授予任何角色');
    });

    it('edits an agency’s contact details and shows the public 专栏 with them', async () => {
      const invalid = await admin.submit(`/admin/agencies/${townId}`, { name: '青石镇人民政府', postalCode: '4500', phone: '0391-7654321' });
      expect(invalid.status).toBe(400);
      expect(invalid.$()('#field-postalCode-error').text()).toContain('邮政编码须为 6 位数字');
      expect(invalid.$()('#field-phone').attr('value')).toBe('0391-7654321');
      const saved = await admin.submit(`/admin/agencies/${townId}`, { name: '青石镇人民政府', postalCode: '454000', phone: '0391-7654321', address: '青石街 8 号' });
      expect(saved.status).toBe(303);
      const portal = await t.browser().get('/gk/t1/');
      expect(portal.$()('.contact').text()).toContain('0391-7654321');
      expect(portal.$()('.contact').text()).toContain('454000');
    });

    it('creates a department under the county, refusing a duplicate code and a misplaced level', async () => {
      const created = await admin.submit(
        '/admin/agencies',
        { parentId: countyId, level: 'county_department', name: '示范县民政局', code: 'dept-mz', phone: '0391-3333333' },
        '/admin/agencies/new',
      );
      expect(created.status).toBe(303);
      const page = await admin.get(created.location!);
      expect(page.$()('.notice-success').text()).toContain('已新建“示范县民政局”');
      expect((await t.browser().get('/gk/dept-mz/')).status).toBe(200);

      const duplicate = await admin.submit(
        '/admin/agencies',
        { parentId: countyId, level: 'county_department', name: '示范县另一局', code: 'dept-mz' },
        '/admin/agencies/new',
      );
      expect(duplicate.status).toBe(409);
      expect(duplicate.$()('.error-summary').text()).toContain('单位代码“dept-mz”已被其他单位使用');
      expect(duplicate.$()('#field-name').attr('value')).toBe('示范县另一局');

      const misplaced = await admin.submit(
        '/admin/agencies',
        { parentId: townId, level: 'township', name: '镇下之镇人民政府', code: 'bad-town' },
        '/admin/agencies/new',
      );
      expect(misplaced.status).toBe(400);
      expect(misplaced.$()('#field-level-error').text().length).toBeGreaterThan(3);
    });

    it('shows the agency tree with the township nested under the county', async () => {
      const page = await admin.get('/admin/agencies');
      expect(page.$()('.tree > li > a').first().text()).toBe('示范县人民政府');
      const children = page.$()('.tree > li > ul.tree > li > a').toArray().map((a) => page.$()(a).text());
      expect(children).toContain('青石镇人民政府');
    });

    it('searches the audit log by action and by date, paged on the server', async () => {
      const all = await admin.get('/admin/audit');
      expect(all.status).toBe(200);
      expect(all.body).toContain('新建账号“周经办”');
      const logins = await admin.get('/admin/audit?action=account.create');
      const actions = logins.$()('tbody td code').toArray().map((c) => logins.$()(c).text());
      expect(actions.length).toBeGreaterThan(0);
      expect(new Set(actions)).toEqual(new Set(['account.create']));
      const future = await admin.get('/admin/audit?from=2099-01-01');
      expect(future.$()('.empty-state').text()).toContain('没有符合条件的日志');
      const bad = await admin.get('/admin/audit?from=2026-13-45');
      expect(bad.status).toBe(400);
      expect(bad.$()('#field-from-error').text()).toContain('日期格式应为');
    });

    it('pages the audit log with 上一页/下一页 links that keep the filters (keyset cursor)', async () => {
      // 60 events of one action on the town, one minute apart, plus the other events of this test file.
      for (let n = 1; n <= 60; n += 1) {
        const at = new Date(Date.UTC(2026, 0, 10, 1, n));
        await recordAudit(t.app.context.db, { ...t.app.context, now: () => at }, SYSTEM_ACTOR, { action: 'test.paging', objectType: 'agency', objectId: null, agencyId: townId, summary: `翻页事件${n}` });
      }
      const first = await admin.get(`/admin/audit?action=test.paging&agencyId=${townId}`);
      const summaries = (page: typeof first) => page.$()('tbody tr td:last-child').toArray().map((c) => page.$()(c).text());
      expect(summaries(first)).toHaveLength(50);
      expect(summaries(first)[0]).toBe('翻页事件60');
      expect(first.$()('.pagination a:contains("上一页")')).toHaveLength(0);
      const next = first.$()('.pagination a:contains("下一页")').attr('href')!;
      const nextUrl = new URL(next, 'http://x');
      expect(nextUrl.searchParams.get('action')).toBe('test.paging');
      expect(nextUrl.searchParams.get('agencyId')).toBe(townId);
      const second = await admin.get(next);
      // 60 − 50 = 10 left, oldest last.
      expect(summaries(second)).toEqual(['翻页事件10', '翻页事件9', '翻页事件8', '翻页事件7', '翻页事件6', '翻页事件5', '翻页事件4', '翻页事件3', '翻页事件2', '翻页事件1']);
      expect(second.$()('caption').text()).toContain('共 60 条');
      expect(second.$()('.pagination a:contains("下一页")')).toHaveLength(0);
      const back = await admin.get(second.$()('.pagination a:contains("上一页")').attr('href')!);
      expect(summaries(back)).toEqual(summaries(first));
      const damaged = await admin.get('/admin/audit?action=test.paging&after=xyz');
      expect(damaged.status).toBe(400);
      expect(damaged.body).toContain('翻页位置无效，请从第一页重新查看。');
      // 每页条数: all 60 on one page of 100, the choice shown selected; more than 200 is refused in Chinese.
      const wide = await admin.get(`/admin/audit?action=test.paging&agencyId=${townId}&pageSize=100`);
      expect(summaries(wide)).toHaveLength(60);
      expect(wide.$()('#field-pageSize option[selected]').text()).toBe('100 条');
      const wideNext = (await admin.get(`/admin/audit?action=test.paging&agencyId=${townId}&pageSize=100`)).$()('.pagination a:contains("下一页")');
      expect(wideNext).toHaveLength(0);
      const tooMany = await admin.get('/admin/audit?action=test.paging&pageSize=500');
      expect(tooMany.status).toBe(400);
      expect(tooMany.body).toContain('每页最多 200 条');
    });

    it('lets a user with roles on two agencies switch the current agency, which changes the menu', async () => {
      const both = await signedInAs(t, {
        agencyId: townId,
        username: 'zheng.both',
        roles: ['clerk'],
        extraGrants: [{ agencyId: countyId, role: 'admin' }],
      });
      const home = await both.get('/admin');
      const options = home.$()('#agency-switcher-select option').toArray().map((o) => home.$()(o).text());
      expect(options.sort()).toEqual(['示范县人民政府', '青石镇人民政府'].sort());
      expect(home.$()('#agency-switcher-select option[selected]').text()).toBe('青石镇人民政府');
      expect(home.$()('.staff-nav').text()).not.toContain('用户与授权');
      const switched = await both.submit('/admin/current-agency', { agencyId: countyId }, '/admin');
      expect(switched.status).toBe(303);
      const after = await both.get('/admin');
      expect(after.$()('.notice-info').text()).toContain('已切换到“示范县人民政府”');
      expect(after.$()('#agency-switcher-select option[selected]').text()).toBe('示范县人民政府');
      expect(after.$()('.staff-nav').text()).toContain('用户与授权');
      // An agency without a grant cannot be chosen, even by a forged form.
      const county2 = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'c2', name: '别县人民政府', level: 'county_government' });
      await both.submit('/admin/current-agency', { agencyId: county2.id }, '/admin');
      const refused = await both.get('/admin');
      expect(refused.$()('.notice-error').text()).toContain('无法切换到该机关');
      expect(refused.$()('#agency-switcher-select option[selected]').text()).toBe('示范县人民政府');
    });

    it('refuses the accounts pages to a clerk with a Chinese 403 page', async () => {
      const clerk = await signedInAs(t, { agencyId: townId, username: 'qian.clerk', roles: ['clerk'] });
      const page = await clerk.get('/admin/accounts');
      expect(page.status).toBe(403);
      expect(page.body).toContain('只有管理员可以管理用户和授权');
      const menu = (await clerk.get('/admin')).$()('.staff-nav a').toArray().map((a) => (a.children[0] as { data?: string }).data);
      // Other features add their own entries; the admin-only ones must not be among them.
      expect(menu).toEqual(expect.arrayContaining(['工作台', '修改密码']));
      for (const adminOnly of ['用户与授权', '机关管理', '操作日志']) expect(menu).not.toContain(adminOnly);
    });
  });
}

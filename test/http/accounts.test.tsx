// Signing in and out, the forced change of a one-time password, the strength rule's messages,
// lockout after wrong passwords, and the staff area's guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { createStaff, openTestApp, testDialects, type TestApp } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`signing in and passwords [${dialect}]`, () => {
    let t: TestApp;
    let townId: string;
    // The clock of the app: tests move it forward to let a lockout expire.
    let now = new Date('2026-03-02T02:00:00.000Z');
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'c1', name: '示范县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 't1', name: '青石镇人民政府', level: 'township' });
      townId = town.id;
    });
    afterAll(async () => {
      await t.close();
    });

    it('sends a visitor who opens the staff area to the login page and back afterwards', async () => {
      const browser = t.browser();
      const response = await browser.get('/admin/audit?page=2');
      expect(response.status).toBe(303);
      expect(response.location).toBe('/login?next=%2Fadmin%2Faudit%3Fpage%3D2');
      const login = await browser.get(response.location!);
      expect(login.$()('input[name="next"]').attr('value')).toBe('/admin/audit?page=2');
    });

    it('never sends a signed-in person to another site after sign-in, whatever next= says', async () => {
      // The browser strips the tab of `/\t/other.host/` and would follow `//other.host/`.
      for (const next of ['/%09/other.host/', '//other.host/', '/%5Cother.host/', 'https://other.host/']) {
        const login = await t.browser().get(`/login?next=${next}`);
        expect(login.$()('input[name="next"]').attr('value')).toBe('/admin');
      }
      const { oneTimePassword } = await createStaff(t.app, { agencyId: townId, username: 'sun.next', roles: ['clerk'] });
      const browser = t.browser();
      const password = await browser.signIn('sun.next', oneTimePassword);
      expect(password).not.toBe(oneTimePassword);
      const already = await browser.get('/login?next=/%09/other.host/');
      expect(already.status).toBe(303);
      expect(already.location).toBe('/admin');
      await browser.signOut();
      const posted = await browser.submit('/login', { username: 'sun.next', password, next: '/\t/other.host/' });
      expect(posted.status).toBe(303);
      expect(posted.location).toBe('/admin');
    });

    it('makes a new account choose its own password before anything else, with the rule in Chinese', async () => {
      const { oneTimePassword } = await createStaff(t.app, { agencyId: townId, username: 'li.clerk', displayName: '李经办', roles: ['clerk'] });
      const browser = t.browser();
      const signedIn = await browser.submit('/login', { username: 'li.clerk', password: oneTimePassword });
      expect(signedIn.status).toBe(303);
      expect(signedIn.location).toBe('/account/password');
      // Every other staff page sends it back to the password page.
      const elsewhere = await browser.get('/admin');
      expect(elsewhere.location).toBe('/account/password');

      const weak = await browser.submit('/account/password', {
        currentPassword: oneTimePassword,
        newPassword: 'abc12345',
        confirmPassword: 'abc12345',
      });
      expect(weak.status).toBe(400);
      const error = weak.$()('#field-newPassword-error').text();
      expect(error).toContain('密码至少需要 10 个字符（当前 8 个）');
      expect(error).toContain('至少三类');
      // A password is never echoed back into the page.
      expect(weak.body).not.toContain('abc12345');
      expect(weak.body).not.toContain(oneTimePassword);

      const mismatch = await browser.submit('/account/password', {
        currentPassword: oneTimePassword,
        newPassword: 'Qingshi-2026-春',
        confirmPassword: 'Qingshi-2026-夏',
      });
      expect(mismatch.$()('#field-confirmPassword-error').text()).toContain('两次输入的新密码不一致');

      const done = await browser.submit('/account/password', {
        currentPassword: oneTimePassword,
        newPassword: 'Qingshi-2026-春',
        confirmPassword: 'Qingshi-2026-春',
      });
      expect(done.status).toBe(303);
      expect(done.location).toBe('/admin');
      const workbench = await browser.get('/admin');
      expect(workbench.status).toBe(200);
      expect(workbench.$()('.notice-success').text()).toContain('密码已修改');
      expect(workbench.$()('h1').text()).toBe('您好，李经办');
      expect(workbench.body).toContain('青石镇人民政府');

      // The one-time password no longer works; the new one does.
      const old = await t.browser().submit('/login', { username: 'li.clerk', password: oneTimePassword });
      expect(old.status).toBe(401);
      const fresh = await t.browser().submit('/login', { username: 'li.clerk', password: 'Qingshi-2026-春' });
      expect(fresh.location).toBe('/admin');
    });

    it('says “用户名或密码不正确” for an unknown user and keeps the username typed', async () => {
      const response = await t.browser().submit('/login', { username: 'nobody', password: 'whatever-123' });
      expect(response.status).toBe(401);
      expect(response.$()('.error-summary').text()).toContain('用户名或密码不正确');
      expect(response.$()('#field-username').attr('value')).toBe('nobody');
      expect(response.$()('#field-password').attr('value')).toBeUndefined();
    });

    it('pauses a user name at one address after five wrong passwords, says when to retry in Beijing time, and answers a name nobody has the same way', async () => {
      const { oneTimePassword } = await createStaff(t.app, { agencyId: townId, username: 'wang.locked', roles: ['clerk'] });
      const browser = t.browser();
      const stranger = t.browser();
      const texts = async (page: { $: () => import('cheerio').CheerioAPI; status: number }) => [page.status, page.$()('.error-summary').text()];
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        const wrong = await browser.submit('/login', { username: 'wang.locked', password: `wrong-${attempt}` });
        expect(wrong.status).toBe(401);
        expect(wrong.body).toContain(`再输错 ${5 - attempt} 次`);
        // The same words for a name nobody has: the page does not tell which accounts exist. (Only for the
        // first try: sign-in posts from one address are rate-limited to twenty a minute.)
        if (attempt === 1) expect(await texts(await stranger.submit('/login', { username: 'wang.nobody', password: 'wrong-1' }))).toEqual(await texts(wrong));
      }
      const fifth = await browser.submit('/login', { username: 'wang.locked', password: 'wrong-5' });
      // 02:00 UTC + 15 minutes = 10:15 Beijing time on 2 March 2026.
      expect(fifth.$()('.error-summary').text()).toContain('请于 2026年3月2日 10:15（北京时间）后再试');
      // While paused even the right password is refused from here.
      const right = await browser.submit('/login', { username: 'wang.locked', password: oneTimePassword });
      expect(right.status).toBe(401);
      expect(right.body).toContain('已暂停登录');
      now = new Date('2026-03-02T02:16:00.000Z');
      const later = await browser.submit('/login', { username: 'wang.locked', password: oneTimePassword });
      expect(later.status).toBe(303);
      expect(later.location).toBe('/account/password');
    });

    it('signs out only with a POST that carries the CSRF token', async () => {
      const { oneTimePassword } = await createStaff(t.app, { agencyId: townId, username: 'zhao.out', roles: ['clerk'] });
      const browser = t.browser();
      const password = await browser.signIn('zhao.out', oneTimePassword);
      expect(password).not.toBe(oneTimePassword);
      const forged = await browser.post('/logout', {});
      expect(forged.status).toBe(403);
      expect((await browser.get('/admin')).status).toBe(200);
      const out = await browser.signOut();
      expect(out.location).toBe('/login?out=1');
      const after = await browser.get('/admin');
      expect(after.status).toBe(303);
      expect(after.location).toContain('/login');
    });

    it('binds a signed-in person’s form token to their session: a planted gk_csrf cookie with its token is refused', async () => {
      const { oneTimePassword } = await createStaff(t.app, { agencyId: townId, username: 'qian.victim', roles: ['clerk'] });
      const victim = t.browser();
      await victim.signIn('qian.victim', oneTimePassword);
      // Mallory fetches a form of her own (signed in or not) and keeps its gk_csrf cookie and token …
      const { oneTimePassword: malloryPassword } = await createStaff(t.app, { agencyId: townId, username: 'qian.mallory', roles: ['clerk'] });
      const mallory = t.browser();
      await mallory.signIn('qian.mallory', malloryPassword);
      for (const formPage of ['/login', '/admin']) {
        const source = formPage === '/login' ? t.browser() : mallory;
        const page = await source.get(formPage);
        const token = page.$()('input[name="_csrf"]').first().attr('value')!;
        const planted = /gk_csrf=([^;]+)/.exec(source.cookieHeader() ?? '')![1]!;
        // … and plants both in the victim's browser: the victim's session, Mallory's CSRF secret and token.
        const cookie = (victim.cookieHeader() ?? '').replace(/gk_csrf=[^;]+/, `gk_csrf=${planted}`);
        expect(cookie).toContain(`gk_csrf=${planted}`);
        const forged = await t.app.inject({
          method: 'POST',
          url: '/logout',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ _csrf: token }).toString(),
        });
        expect(forged.statusCode).toBe(403);
        expect(forged.body).toContain('页面已过期');
      }
      // The victim is still signed in, and the victim's own page's token works.
      expect((await victim.get('/admin')).status).toBe(200);
      expect((await victim.signOut()).location).toBe('/login?out=1');
    });

    it('rate-limits sign-in attempts from one address to twenty a minute', async () => {
      const browser = t.browser();
      const token = (await browser.get('/login')).$()('input[name="_csrf"]').attr('value')!;
      const statuses: number[] = [];
      for (let i = 0; i < 21; i += 1) {
        const response = await browser.request({
          method: 'POST',
          url: '/login',
          remoteAddress: '198.51.100.7',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ username: 'nobody-here', password: `guess-${i}`, _csrf: token }).toString(),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
    });

    it('gives a new session id at sign-in (no session fixation)', async () => {
      const { oneTimePassword } = await createStaff(t.app, { agencyId: townId, username: 'sun.fix', roles: ['clerk'] });
      const browser = t.browser();
      const loginPage = await browser.get('/login');
      const token = loginPage.$()('input[name="_csrf"]').attr('value')!;
      const before = browser.cookieHeader();
      await browser.post('/login', { username: 'sun.fix', password: oneTimePassword, _csrf: token });
      expect(browser.cookieHeader()).not.toBe(before);
    });
  });
}

// The platform's web behaviour, through app.inject on a fresh database: health, security headers,
// CSRF, error pages, the large-text mode and escaping of what users type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from '../../src/platform/form.ts';
import { PostForm, TextField, ErrorSummary } from '../../src/platform/views/Form.tsx';
import { PublicShell } from '../../src/platform/views/PublicShell.tsx';
import { ConflictError, ForbiddenError, NotFoundError } from '../../src/platform/errors.ts';
import { publicFormRateLimit } from '../../src/platform/rate-limits.ts';
import { uploadLimits } from '../../src/app.ts';
import { csrfTokenFrom, openTestApp, testDialects, type TestApp } from '../support/app.ts';

function multipart(boundary: string, parts: Array<{ name: string; value: string | Buffer; filename?: string }>): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const type = part.filename ? 'Content-Type: application/pdf\r\n' : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const echoSchema = z.object({ title: z.string().trim().min(1, '请填写标题').max(20) });

for (const dialect of testDialects()) {
  describe(`platform web layer [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp({
        dialect,
        beforeReady: (app) => {
          // Test-only routes that use the platform the way a feature does.
          app.get('/test/form', async (_request, reply) =>
            reply.page(
              <PublicShell title="测试表单">
                <PostForm action="/test/form">
                  <TextField name="title" label="标题" state={{ values: {}, errors: {} }} />
                </PostForm>
              </PublicShell>,
            ),
          );
          app.post('/test/form', async (request, reply) => {
            const result = parseForm(echoSchema, request.body);
            const state = result.ok ? { values: { title: result.data.title }, errors: {} } : result.state;
            return reply.page(
              <PublicShell title="测试表单">
                <ErrorSummary state={state} />
                <p id="saved">{result.ok ? `已保存：${result.data.title}` : ''}</p>
                <PostForm action="/test/form">
                  <TextField name="title" label="标题" state={state} />
                </PostForm>
              </PublicShell>,
              result.ok ? 200 : 400,
            );
          });
          app.post('/test/upload', async (request) => {
            // With attachFieldsToBody, fields arrive as { value } and files as parts already read.
            const body = request.body as Record<string, { value?: string; filename?: string; toBuffer?: () => Promise<Buffer> }>;
            const file = body.doc;
            return { title: body.title?.value, filename: file?.filename, bytes: file?.toBuffer ? (await file.toBuffer()).length : 0 };
          });
          app.post('/test/limited', { config: { rateLimit: publicFormRateLimit } }, async () => ({ ok: true }));
          app.get('/test/boom', async () => {
            throw new Error('secret internal detail at /srv/gongkai/db.ts:42');
          });
          app.get('/test/forbidden', async () => {
            throw new ForbiddenError();
          });
          app.get('/test/missing', async () => {
            throw new NotFoundError();
          });
          app.get('/test/conflict', async () => {
            throw new ConflictError('该用户名已被使用，请换一个用户名。');
          });
        },
      });
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers /healthz with ok and the database kind after a real query', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ ok: true, db: dialect });
    });

    it('sends a Content-Security-Policy that allows only this site', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/test/form' });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
    });

    it('accepts a form post that carries the token of the page it came from', async () => {
      const browser = t.browser();
      const response = await browser.submit('/test/form', { title: '村务公开' });
      expect(response.status).toBe(200);
      expect(response.$()('#saved').text()).toBe('已保存：村务公开');
    });

    it('rejects a form post without a CSRF token with a Chinese 403 page', async () => {
      const browser = t.browser();
      await browser.get('/test/form');
      const response = await browser.post('/test/form', { title: '村务公开' });
      expect(response.status).toBe(403);
      expect(response.$()('h1').text()).toBe('页面已过期');
      expect(response.body).toContain('请返回上一页，刷新后重新提交');
      expect(response.body).not.toContain('已保存');
    });

    it('rejects a token taken from another visitor’s session', async () => {
      const alice = t.browser();
      const page = await alice.get('/test/form');
      const token = page.$()('input[name="_csrf"]').attr('value') ?? '';
      const mallory = t.browser();
      await mallory.get('/test/form');
      const response = await mallory.post('/test/form', { title: 'x', _csrf: token });
      expect(response.status).toBe(403);
    });

    it('gives a visitor who only reads pages, even pages with forms, no session (and no session row)', async () => {
      const browser = t.browser();
      const before = await t.database.db.selectFrom('web_session').select('id').execute();
      await browser.get('/healthz');
      await browser.get('/no-such-page');
      await browser.get('/test/form');
      await browser.get('/login');
      expect(browser.hasCookie('gk_session')).toBe(false);
      // The CSRF secret of the forms lives in its own signed cookie instead.
      expect(browser.hasCookie('gk_csrf')).toBe(true);
      const after = await t.database.db.selectFrom('web_session').select('id').execute();
      expect(after.length).toBe(before.length);
    });

    it('shows the error next to the field and keeps what was typed', async () => {
      const browser = t.browser();
      const response = await browser.submit('/test/form', { title: '一二三四五六七八九十一二三四五六七八九十超' });
      expect(response.status).toBe(400);
      const $ = response.$();
      expect($('#field-title-error').text()).toBe('错误：最多填写 20 个字');
      expect($('#field-title').attr('value')).toBe('一二三四五六七八九十一二三四五六七八九十超');
      expect($('#field-title').attr('aria-invalid')).toBe('true');
      expect($('.error-summary a[href="#field-title"]').text()).toBe('最多填写 20 个字');
    });

    it('uses the schema’s own Chinese message for a required field left empty', async () => {
      const browser = t.browser();
      const response = await browser.submit('/test/form', { title: '   ' });
      expect(response.$()('#field-title-error').text()).toBe('错误：请填写标题');
    });

    it('escapes markup typed by a user instead of running it', async () => {
      const browser = t.browser();
      const response = await browser.submit('/test/form', { title: '<script>x</script>' });
      expect(response.body).not.toContain('<script>x</script>');
      expect(response.body).toContain('已保存：&lt;script>x&lt;/script>');
    });

    it('answers an unknown address with a Chinese 404 page that says what to do', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/gk-nothing-here' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('页面不存在');
      expect(response.body).toContain('请检查网址是否输入正确');
    });

    it('shows a 500 page with a reference number and no internal detail', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/test/boom' });
      expect(response.statusCode).toBe(500);
      expect(response.body).toContain('系统出现问题');
      expect(response.body).toContain('问题编号');
      expect(response.body).not.toContain('secret internal detail');
      expect(response.body).not.toContain('db.ts');
      expect(response.body).not.toMatch(/at .*\(.*:\d+:\d+\)/);
    });

    it('maps the services’ typed errors to 403, 404 and 409 pages with their messages', async () => {
      const forbidden = await t.app.inject({ method: 'GET', url: '/test/forbidden' });
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.body).toContain('没有权限');
      const missing = await t.app.inject({ method: 'GET', url: '/test/missing' });
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('要找的记录不存在');
      const conflict = await t.app.inject({ method: 'GET', url: '/test/conflict' });
      expect(conflict.statusCode).toBe(409);
      expect(conflict.body).toContain('该用户名已被使用，请换一个用户名。');
    });

    it('turns large-text mode on with a cookie, without JavaScript, and back off', async () => {
      const browser = t.browser();
      const before = await browser.get('/test/form');
      expect(before.$()('html').attr('class')).toBeUndefined();
      const toggle = before.$()('a.large-text-toggle');
      expect(toggle.text()).toBe('大字模式');
      const on = await browser.get(toggle.attr('href') ?? '');
      expect(on.status).toBe(303);
      expect(on.location).toBe('/test/form');
      const after = await browser.get('/test/form');
      expect(after.$()('html').attr('class')).toBe('large-text');
      expect(after.$()('a.large-text-toggle').text()).toBe('标准字号');
      await browser.get(after.$()('a.large-text-toggle').attr('href') ?? '');
      const back = await browser.get('/test/form');
      expect(back.$()('html').attr('class')).toBeUndefined();
    });

    it('never redirects the large-text switch to another site', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/display/large-text?set=on&return=//evil.example/' });
      expect(response.headers.location).toBe('/');
      // A tab (or newline) the browser strips would turn `/\t/other.host/` into `//other.host/`.
      for (const trick of ['/%09/other.host/', '/%0a/other.host/', '%09//other.host/', '/%5Cother.host/']) {
        const tricked = await t.app.inject({ method: 'GET', url: `/display/large-text?set=on&return=${trick}` });
        expect(tricked.headers.location).toBe('/');
      }
    });

    it('accepts an upload whose multipart form carries the CSRF token, and refuses one without it', async () => {
      const browser = t.browser();
      const token = csrfTokenFrom((await browser.get('/test/form')).body);
      const boundary = 'gongkai-test-boundary';
      const withToken = await browser.request({
        method: 'POST',
        url: '/test/upload',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: multipart(boundary, [
          { name: '_csrf', value: token },
          { name: 'title', value: '申请材料' },
          { name: 'doc', value: Buffer.alloc(1234, 1), filename: '身份证明.pdf' },
        ]),
      });
      expect(withToken.status).toBe(200);
      expect(JSON.parse(withToken.body)).toEqual({ title: '申请材料', filename: '身份证明.pdf', bytes: 1234 });
      const withoutToken = await browser.request({
        method: 'POST',
        url: '/test/upload',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: multipart(boundary, [{ name: 'title', value: '申请材料' }]),
      });
      expect(withoutToken.status).toBe(403);
    });

    it('refuses a file larger than the upload limit with a Chinese 413 page', async () => {
      const browser = t.browser();
      const token = csrfTokenFrom((await browser.get('/test/form')).body);
      const boundary = 'gongkai-big-boundary';
      const response = await browser.request({
        method: 'POST',
        url: '/test/upload',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: multipart(boundary, [
          { name: '_csrf', value: token },
          { name: 'doc', value: Buffer.alloc(uploadLimits.fileSize + 1, 1), filename: 'big.pdf' },
        ]),
      });
      expect(response.status).toBe(413);
      expect(response.body).toContain('上传内容太大');
    });

    it('limits a public form to ten posts a minute per address and says so in Chinese', async () => {
      const statuses: number[] = [];
      let last = '';
      for (let i = 0; i < 11; i += 1) {
        const response = await t.app.inject({ method: 'POST', url: '/test/limited', remoteAddress: '203.0.113.9' });
        statuses.push(response.statusCode);
        last = response.body;
      }
      // The first ten reach the route (and fail CSRF: no session); the eleventh is stopped before it.
      expect(statuses.slice(0, 10).every((status) => status === 403)).toBe(true);
      expect(statuses[10]).toBe(429);
      expect(last).toContain('操作太频繁');
      expect(last).toMatch(/请在 \d+ 秒后再试/);
      // Another address is not affected.
      const other = await t.app.inject({ method: 'POST', url: '/test/limited', remoteAddress: '203.0.113.10' });
      expect(other.statusCode).toBe(403);
    });

    it('serves the stylesheet from /static', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/static/css/gongkai.css' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('html.large-text');
    });
  });
}

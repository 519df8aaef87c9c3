// Every error a person can meet is a Chinese page (issue 13 item 8): the attack pass found a multipart
// body with the wrong boundary answered 500, and a bad URL, a too-long path segment (414) and too-large
// headers (431) answered Fastify's English JSON.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testDialects, type TestApp } from '../support/app.ts';

/** Sends raw bytes to a listening server and returns everything it answers until it closes. */
function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(error)));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.write(request);
  });
}

for (const dialect of testDialects()) {
  describe(`error pages before and around the routes [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp({ dialect });
    });
    afterAll(async () => t?.close());

    it('answers a URL that is not valid percent-encoding with a Chinese 400 page', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/gk/%ff%fe/' });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<h1 id="error-title">网址有误</h1>');
      expect(response.body).toContain('您访问的网址中含有无法识别的字符。');
      expect(response.body).not.toContain('FST_');
    });

    it('answers a path segment longer than the router takes with a Chinese 414 page', async () => {
      const response = await t.app.inject({ method: 'GET', url: `/gk/${'a'.repeat(5000)}/items/1` });
      expect(response.statusCode).toBe(414);
      expect(response.body).toContain('<h1 id="error-title">网址太长</h1>');
      expect(response.body).not.toContain('exceeding');
    });

    it('answers a multipart body whose boundary does not match its header with a Chinese 400 page, not 500', async () => {
      for (const [contentType, body] of [
        ['multipart/form-data; boundary=abc', '--xyz\r\nContent-Disposition: form-data; name="title"\r\n\r\n申请\r\n--xyz--\r\n'],
        ['multipart/form-data', '--xyz\r\n'],
        ['multipart/form-data; boundary=abc', '--abc\r\nContent-Disposition: form-data; name="title"\r\n\r\n申请'],
      ] as const) {
        const response = await t.app.inject({ method: 'POST', url: '/apply/track', headers: { 'content-type': contentType }, payload: body });
        expect(response.statusCode).toBe(400);
        expect(response.body).toContain('<h1 id="error-title">请求无法处理</h1>');
        expect(response.body).toContain('提交的表单或文件没有完整送达');
      }
    });

    it('answers headers larger than Node’s limit with a Chinese 431 page (the HTTP parser’s refusal)', async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const address = t.app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const answer = await rawRequest(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: big=${'x'.repeat(20_000)}\r\n\r\n`);
      expect(answer.startsWith('HTTP/1.1 431 ')).toBe(true);
      expect(answer).toContain('Content-Type: text/html; charset=utf-8');
      expect(answer).toContain('<h1>请求头太大</h1>');
      const garbage = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
      expect(garbage.startsWith('HTTP/1.1 400 ')).toBe(true);
      expect(garbage).toContain('<h1>请求无法处理</h1>');
    });
  });
}

// Uploading to the bulk audit as a browser does (multipart with the form's CSRF token) and waiting
// for the checker, shared by the bulk-audit HTTP tests.
import type { TestBrowser } from '../support/app.ts';
import { csrfTokenFrom } from '../support/app.ts';

export interface Upload {
  name: string;
  data: Buffer;
}

export function multipartFiles(csrf: string, files: readonly Upload[], fields: Readonly<Record<string, string>> = {}) {
  const boundary = '----gongkai-oversight-boundary';
  const parts: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`)];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(f.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function upload(browser: TestBrowser, files: readonly Upload[], fields: Readonly<Record<string, string>> = {}) {
  const page = await browser.get('/admin/oversight/report-audit');
  const form = multipartFiles(csrfTokenFrom(page.body, '/admin/oversight/report-audit'), files, fields);
  return browser.request({ method: 'POST', url: '/admin/oversight/report-audit', payload: form.payload, headers: { 'content-type': form.contentType } });
}

export async function waitUntilDone(browser: TestBrowser, url: string) {
  for (let i = 0; i < 240; i += 1) {
    const page = await browser.get(url);
    if (page.body.includes('核查完成')) return page;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('批量核查在 120 秒内没有完成');
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/features/accounts/accounts.tables.ts';
import { openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm } from './support.ts';

const minimalPdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

function multipart(fields: Record<string, string>, files: Array<{ name: string; filename: string; data: Buffer; type: string }>) {
  const boundary = '----gongkai-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`, 'utf8'));
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`, 'utf8'));
    parts.push(f.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

for (const dialect of testDialects()) {
  describe(`applications over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    let now = new Date('2024-09-24T02:00:00.000Z');

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      tree = await buildTree(t.app.context, 'HT');
    });
    afterAll(async () => t?.close());

    const applyPath = () => `/gk/${tree.townA.code}/apply`;
    const tokenOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

    it('shows the application form in Chinese with a submission key', async () => {
      const page = await t.browser().get(applyPath());
      expect(page.status).toBe(200);
      expect(page.body).toContain('申请公开政府信息');
      expect(page.$()('input[name="submissionKey"]').val()).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    });

    it('puts a Chinese message next to each wrong field and keeps what was typed', async () => {
      const browser = t.browser();
      const res = await browser.submit(applyPath(), applicantForm({ phone: '12345', idNumber: '123', description: '土地', submissionKey: 'http-key-invalid-0001' }));
      expect(res.status).toBe(400);
      const $ = res.$();
      expect($('#field-phone-error').text()).toContain('联系电话格式不正确');
      expect($('#field-idNumber-error').text()).toContain('身份证号码不正确');
      expect($('#field-name').val()).toBe('张三');
      expect($('input[name="submissionKey"]').val()).toBe('http-key-invalid-0001');
    });

    it('a double submission returns the same receipt, never a second case', async () => {
      const browser = t.browser();
      const form = applicantForm({ submissionKey: 'http-key-double-00001' });
      const first = await browser.submit(applyPath(), form);
      expect(first.status).toBe(201);
      const number = first.$()('#application-number').text();
      expect(number).toBe(`${tree.townA.code}-2024-0001`);
      const again = await browser.submit(applyPath(), form);
      expect(again.status).toBe(200);
      expect(again.$()('#application-number').text()).toBe(number);
      expect(again.body).toContain('无需重复提交');
      expect(again.$()('#query-code').text()).toBe(first.$()('#query-code').text());
    });

    it('accepts a PDF attachment and refuses a file that only pretends to be one', async () => {
      const browser = t.browser();
      const page = await browser.get(applyPath());
      const token = tokenOf(page.body);
      const ok = multipart({ ...applicantForm({ submissionKey: 'http-key-attach-00001' }), _csrf: token }, [{ name: 'attachments', filename: '身份证.pdf', data: minimalPdf, type: 'application/pdf' }]);
      const res = await browser.request({ method: 'POST', url: applyPath(), payload: ok.payload, headers: { 'content-type': ok.contentType } });
      expect(res.status).toBe(201);
      const bad = multipart({ ...applicantForm({ submissionKey: 'http-key-attach-00002' }), _csrf: token }, [{ name: 'attachments', filename: 'virus.pdf', data: Buffer.from('MZ\x90\x00 not a pdf'), type: 'application/pdf' }]);
      const refused = await browser.request({ method: 'POST', url: applyPath(), payload: bad.payload, headers: { 'content-type': bad.contentType } });
      expect(refused.status).toBe(400);
      expect(refused.body).toContain('类型不支持');
    });

    it('audits every staff download of a file the applicant uploaded (personal data), naming the case and the file', async () => {
      const caseRow = await t.app.context.db.selectFrom('application').select(['id', 'application_number']).where('submission_key', '=', 'http-key-attach-00001').executeTakeFirstOrThrow();
      const clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'ht-download-clerk', roles: ['clerk'] });
      const casePage = await clerk.get(`/admin/applications/${caseRow.id}`);
      const href = casePage.$()(`a[href^="/admin/applications/${caseRow.id}/attachments/"]`).attr('href');
      expect(href).toBeDefined();
      const download = await clerk.get(href!);
      expect(download.status).toBe(200);
      expect(download.body).toBe(minimalPdf.toString('latin1'));
      const audits = await t.app.context.db
        .selectFrom('audit_event')
        .select(['summary'])
        .where('action', '=', 'application.attachment_download')
        .where('object_id', '=', caseRow.id)
        .execute();
      expect(audits.map((a) => a.summary)).toEqual([`${caseRow.application_number}：下载申请人提交的材料“身份证.pdf”`]);
    });

    it('a file over the upload limit brings the form back with everything typed and the limit named, and files nothing', async () => {
      const browser = t.browser();
      const page = await browser.get(applyPath());
      // One byte over the platform's multipart limit (platform/uploads.ts: 20 × 1024 × 1024 bytes).
      const big = Buffer.concat([minimalPdf, Buffer.alloc(20 * 1024 * 1024 + 1 - minimalPdf.length, 0x20)]);
      const form = multipart(
        { ...applicantForm({ submissionKey: 'http-key-oversize-0001', description: '请公开本镇2024年道路维修工程的预算和结算文件' }), _csrf: tokenOf(page.body) },
        [{ name: 'attachments', filename: '扫描件.pdf', data: big, type: 'application/pdf' }],
      );
      const before = await t.app.context.db.selectFrom('application').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const res = await browser.request({ method: 'POST', url: applyPath(), payload: form.payload, headers: { 'content-type': form.contentType } });
      expect(res.status).toBe(413);
      const $ = res.$();
      // The applications' own per-file limit (10 MB) is the one the form states, so the message names it.
      expect($('#field-attachments-error').text()).toBe('文件“扫描件.pdf”超过 10 MB 的上限，未能上传。请压缩或拆分后重新选择文件；您填写的其他内容已保留。');
      expect($('#field-name').val()).toBe('张三');
      expect($('#field-description').text()).toBe('请公开本镇2024年道路维修工程的预算和结算文件');
      expect($('input[name="submissionKey"]').val()).toBe('http-key-oversize-0001');
      const after = await t.app.context.db.selectFrom('application').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('follows the case with number + query code, and says the same thing for a wrong number or code', async () => {
      const browser = t.browser();
      const receipt = await browser.submit(applyPath(), applicantForm({ submissionKey: 'http-key-track-000001' }));
      const number = receipt.$()('#application-number').text();
      const code = receipt.$()('#query-code').text();
      const ok = await browser.submit('/apply/track', { applicationNumber: number, queryCode: code });
      expect(ok.status).toBe(200);
      expect(ok.$()('#track-status').text()).toBe('待确认收到');
      const wrong = await browser.submit('/apply/track', { applicationNumber: number, queryCode: 'ZZZZZZZZZZ' });
      const unknown = await browser.submit('/apply/track', { applicationNumber: 'NOPE-2024-0001', queryCode: code });
      expect(wrong.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(wrong.$()('.error-summary').text()).toBe(unknown.$()('.error-summary').text());
    });

    describe('authorization matrix: role × action on 甲镇 cases and applicants’ personal data', () => {
      const browsers = new Map<string, TestBrowser>();
      let caseId = '';
      const who: Array<[string, Role, 'townA' | 'townB' | 'county']> = [
        ['clerk', 'clerk', 'townA'],
        ['reviewer', 'reviewer', 'townA'],
        ['leader', 'leader', 'townA'],
        ['admin', 'admin', 'townA'],
        ['supervisor', 'supervisor', 'county'],
        ['other_clerk', 'clerk', 'townB'],
      ];

      beforeAll(async () => {
        for (const [name, role, where] of who) {
          browsers.set(name, await signedInAs(t, { agencyId: tree[where].id, username: `ht_${name}`, roles: [role] }));
        }
        // The supervisor's grant on the county reaches 甲镇 (subtree): it reads the case but acts on nothing.
        const res = await browsers.get('clerk')!.submit('/admin/applications', {
          ...applicantForm({ submissionKey: 'http-key-matrix-000001' }),
          channel: 'in_person', arrivedOn: '2024-09-24',
        }, '/admin/applications/new');
        expect(res.status).toBe(303);
        caseId = res.location!.split('/').pop()!;
      });

      // expected: [clerk, reviewer, leader, admin, supervisor(own county), other township clerk]
      const rows: Array<[string, (b: TestBrowser) => Promise<number>, number[]]> = [
        ['open the case page', async (b) => (await b.get(`/admin/applications/${caseId}`)).status, [200, 200, 200, 200, 200, 403]],
        ['unmask the applicant', async (b) => (await b.submit(`/admin/applications/${caseId}/reveal`, {}, `/admin/applications/${caseId}`).catch(() => ({ status: 403 }))).status, [200, 200, 200, 403, 403, 403]],
        ['add an internal note', async (b) => (await b.submit(`/admin/applications/${caseId}/notes`, { body: '已电话联系' }, `/admin/applications/${caseId}`).catch(() => ({ status: 403 }))).status, [303, 303, 403, 403, 403, 403]],
      ];
      for (const [action, run, expected] of rows) {
        it(`${action}: clerk ${expected[0]}, reviewer ${expected[1]}, leader ${expected[2]}, admin ${expected[3]}, supervisor ${expected[4]}, other township ${expected[5]}`, async () => {
          const got: number[] = [];
          for (const [name] of who) got.push(await run(browsers.get(name)!));
          expect(got).toEqual(expected);
        });
      }

      it('never shows the unmasked ID number on the case page without an audited reveal', async () => {
        const page = await browsers.get('leader')!.get(`/admin/applications/${caseId}`);
        expect(page.body).not.toContain('11010519491231002X');
        expect(page.$()('#applicant-id').text()).toBe('110105********002X');
        const revealed = await browsers.get('clerk')!.submit(`/admin/applications/${caseId}/reveal`, {}, `/admin/applications/${caseId}`);
        expect(revealed.$()('#applicant-id').text()).toBe('11010519491231002X');
      });

      it('the supervisor lists 甲镇 cases of its subtree; another township cannot list them by changing the address', async () => {
        const supervisorList = await browsers.get('supervisor')!.get(`/admin/applications?agency=${tree.townA.id}`);
        expect(supervisorList.status).toBe(200);
        expect(supervisorList.$()(`a[href="/admin/applications/${caseId}"]`).length).toBeGreaterThan(0);
        expect(supervisorList.$()('a[href="/admin/applications/new"]').length).toBe(0);
        const other = await browsers.get('other_clerk')!.get(`/admin/applications?agency=${tree.townA.id}`);
        expect(other.status).toBe(200);
        expect(other.$()(`a[href="/admin/applications/${caseId}"]`).length).toBe(0);
      });

      it('staff print the reply letter as HTML and download it as Word', async () => {
        const clerk = browsers.get('clerk')!;
        const replied = await clerk.submit(`/admin/applications/${caseId}/reply`, { replyType: 'disclosed', decidedOn: '2024-09-30', provided: '征地补偿标准文件（附件）' }, `/admin/applications/${caseId}`);
        expect(replied.status).toBe(303);
        const html = await clerk.get(`/admin/applications/${caseId}/letters/reply`);
        expect(html.status).toBe(200);
        expect(html.$()('.notice-letter h1').text()).toBe(`${tree.townA.name}政府信息公开申请答复书`);
        const docx = await clerk.get(`/admin/applications/${caseId}/letters/reply.docx`);
        expect(docx.status).toBe(200);
        expect(docx.headers['content-type']).toContain('wordprocessingml');
        const missing = await clerk.get(`/admin/applications/${caseId}/letters/extension`);
        expect(missing.status).toBe(404);
      });

      it('only the leader may approve an extension', async () => {
        now = new Date('2024-10-08T02:00:00.000Z');
        const clerk = await browsers.get('clerk')!.request({ method: 'POST', url: `/admin/applications/${caseId}/extension`, payload: 'approvedOn=2024-10-08&reason=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        expect(clerk.status).toBe(403);
      });
    });
  });
}

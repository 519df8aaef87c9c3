// Over HTTP, on SQLite and PostgreSQL: the reply (答复) carries the files of the information provided
// (条例第三十六条第（一）（二）项、第四十条). A refused or oversize file re-renders the reply form with the
// typed values kept and a Chinese message, nothing stored; the files are listed on the case page and in the
// 答复书 as 附件, downloaded by staff with an audit event; 转为主动公开 (条例第四十四条) copies them as the
// draft's attachments, where the personal-data scan finds the ID number in the Word file and the draft
// waits for its 保密审查 — nothing is published.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyFilesDir } from '../../src/features/applications/reply-files.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { minimalPdf, smallDocx, VALID_ID, VALID_ID_MASKED } from '../catalogue/files.ts';
import { applicantForm } from './support.ts';

interface FilePart {
  readonly filename: string;
  readonly data: Buffer;
  readonly type: string;
}

/** A multipart body with text fields and any number of files under `replyFiles`. */
function multipartReply(fields: Record<string, string>, files: readonly FilePart[]) {
  const boundary = '----gongkai-reply-files-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`, 'utf8'));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="replyFiles"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`, 'utf8'));
    parts.push(f.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

for (const dialect of testDialects()) {
  describe(`applications: files of the information provided with the reply [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    let clerk: TestBrowser;
    let now = new Date('2024-10-08T02:00:00.000Z');
    let n = 0;
    const at = (date: string) => {
      now = new Date(`${date}T02:00:00.000Z`);
    };
    const byId = (id: string) => `[id="${id}"]`;

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      tree = await buildTree(t.app.context, 'RF');
      clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'rf_clerk', roles: ['clerk'] });
    });
    afterAll(async () => t?.close());

    const registerCase = async (on: string) => {
      at(on);
      const res = await clerk.submit('/admin/applications', {
        ...applicantForm({ submissionKey: `http-rf-${String(++n).padStart(14, '0')}` }),
        channel: 'in_person',
        arrivedOn: on,
      }, '/admin/applications/new');
      expect(res.status).toBe(303);
      return res.location!.split('/').pop()!;
    };

    /** Posts the reply form as the browser would (multipart), with the CSRF token of the case page. */
    const reply = async (id: string, fields: Record<string, string>, files: readonly FilePart[]) => {
      const page = await clerk.get(`/admin/applications/${id}`);
      expect(page.$()('#form-reply form').attr('enctype')).toBe('multipart/form-data');
      const form = multipartReply({ ...fields, _csrf: csrfTokenFrom(page.body, `/admin/applications/${id}/reply`) }, files);
      return clerk.request({ method: 'POST', url: `/admin/applications/${id}/reply`, payload: form.payload, headers: { 'content-type': form.contentType } });
    };
    const storedReplyFiles = () => {
      try {
        return readdirSync(replyFilesDir(t.database.dataDir));
      } catch {
        return [];
      }
    };

    it('lets the applicant download the reply’s files with the number and query code (条例第四十条), audited; a wrong code gets nothing', async () => {
      const id = await registerCase('2024-10-08');
      const page = `/admin/applications/${id}`;
      // The number and query code the clerk hands the applicant, from the notice after registration.
      const notice = (await clerk.get(page)).$()('.notices').text();
      const [, applicationNumber, queryCode] = /申请编号 (\S+)，查询码 (\S+)（/.exec(notice) ?? [];
      expect(queryCode).toBeDefined();
      const visitor = t.browser();
      const before = await visitor.submit('/apply/track', { applicationNumber: applicationNumber!, queryCode: queryCode! });
      expect(before.$()('.track-reply-files')).toHaveLength(0);

      at('2024-10-11');
      const pdf = minimalPdf(['Village road repair plan 2024']);
      expect((await reply(id, { replyType: 'disclosed', decidedOn: '2024-10-11', provided: '村道维修计划，见附件' }, [{ filename: '村道维修计划.pdf', data: pdf, type: PDF }])).status).toBe(303);

      const tracked = await visitor.submit('/apply/track', { applicationNumber: applicationNumber!, queryCode: queryCode! });
      const item = tracked.$()('.track-reply-files li');
      expect(item.text()).toContain('村道维修计划.pdf（1 KB）');
      const fileId = item.find('input[name="fileId"]').val() as string;
      const download = (fields: Record<string, string>) =>
        t.app.inject({
          method: 'POST',
          url: '/apply/track/files',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: visitor.cookieHeader()! },
          payload: new URLSearchParams({ ...fields, fileId, _csrf: csrfTokenFrom(tracked.body, '/apply/track/files') }).toString(),
        });
      const got = await download({ applicationNumber: applicationNumber!, queryCode: queryCode! });
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-type']).toBe(PDF);
      expect(got.headers['content-disposition']).toContain(encodeURIComponent('村道维修计划.pdf'));
      expect(Buffer.from(got.rawPayload).equals(pdf)).toBe(true);
      const audits = await t.app.context.db.selectFrom('audit_event').select('summary').where('action', '=', 'application.reply_file_download_by_applicant').where('object_id', '=', id).execute();
      expect(audits.map((a) => a.summary)).toEqual([`${applicationNumber}：申请人凭查询码下载答复提供的文件“村道维修计划.pdf”`]);
      const wrong = await download({ applicationNumber: applicationNumber!, queryCode: 'ZZZZZZZZZZ' });
      expect(wrong.statusCode).toBe(404);
      expect(Buffer.from(wrong.rawPayload).includes(Buffer.from('%PDF'))).toBe(false);
    });

    it('keeps what was typed when a file is refused or too large, and stores nothing', async () => {
      const id = await registerCase('2024-10-08');
      at('2024-10-10');
      const typed = { replyType: 'disclosed', decidedOn: '2024-10-10', provided: '2024年农村公路养护资金分配方案（电子版）' };
      const before = storedReplyFiles().length;

      const text = await reply(id, typed, [{ filename: '分配方案.txt', data: Buffer.from('不是PDF', 'utf8'), type: 'text/plain' }]);
      expect(text.status).toBe(400);
      expect(text.$()(byId('field-replyFiles-error')).text()).toBe('“分配方案.txt”：只能上传 PDF、Word（.docx）或图片（PNG、JPEG）文件。旧版 .doc 请另存为 .docx 后上传。');
      expect(text.$()(byId('field-provided')).text()).toBe('2024年农村公路养护资金分配方案（电子版）');
      expect(text.$()(byId('field-decidedOn')).val()).toBe('2024-10-10');
      expect(text.$()(`${byId('field-replyType')} option[selected]`).val()).toBe('disclosed');

      // A PDF called .docx would not open in Word: refused by the catalogue's own rule.
      const misnamed = await reply(id, typed, [{ filename: '分配方案.docx', data: minimalPdf(['x']), type: DOCX }]);
      expect(misnamed.status).toBe(400);
      expect(misnamed.$()(byId('field-replyFiles-error')).text()).toBe('“分配方案.docx”：文件内容是 PDF，与文件名“.docx”不符，请确认文件后重新上传。');

      const pdf = minimalPdf(['Road maintenance fund 2024']);
      const big = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 + 1 - pdf.byteLength, 0x20)]);
      const oversize = await reply(id, typed, [{ filename: '分配方案扫描件.pdf', data: big, type: PDF }]);
      expect(oversize.status).toBe(413);
      expect(oversize.$()(byId('field-replyFiles-error')).text()).toBe('文件“分配方案扫描件.pdf”超过 20 MB 的上限，未能上传。请压缩或拆分后重新选择文件；您填写的其他内容已保留。');
      expect(oversize.$()(byId('field-provided')).text()).toBe('2024年农村公路养护资金分配方案（电子版）');

      // A reply that provides nothing carries no files (条例第三十六条第（四）项 信息不存在).
      const notExist = await reply(id, { replyType: 'not_exist', decidedOn: '2024-10-10' }, [{ filename: '说明.pdf', data: pdf, type: PDF }]);
      expect(notExist.status).toBe(400);
      expect(notExist.$()(byId('field-replyFiles-error')).text()).toContain('不能附上文件；只有予以公开或部分公开的答复才附上所提供信息的文件。');

      expect(storedReplyFiles()).toHaveLength(before);
      expect((await clerk.get(`/admin/applications/${id}`)).$()('#form-reply').length).toBe(1);
    });

    it('lists the files on the case page and in the 答复书, audits each download, and copies them to the 主动公开 draft for review', async () => {
      const id = await registerCase('2024-10-08');
      const page = `/admin/applications/${id}`;
      at('2024-10-11');
      const pdf = minimalPdf(['Road maintenance fund allocation 2024', 'Total 1,200,000 yuan']);
      const docx = await smallDocx(['农村公路养护资金分配表', `联系人身份证号码 ${VALID_ID}`]);
      const answered = await reply(id, { replyType: 'disclosed', decidedOn: '2024-10-11', provided: '资金分配方案全文，见附件' }, [
        { filename: '资金分配方案.pdf', data: pdf, type: PDF },
        { filename: '分配明细表.docx', data: docx, type: DOCX },
      ]);
      expect(answered.status).toBe(303);

      const casePage = await clerk.get(page);
      const links = casePage.$()('#reply-files a').map((_i, a) => [[casePage.$()(a).text(), casePage.$()(a).attr('href')]]).get();
      expect(links.map(([name]) => name)).toEqual(['资金分配方案.pdf', '分配明细表.docx']);
      expect(casePage.$()('#publish-files').text()).toContain('答复时提供的 2 个文件（“资金分配方案.pdf”、“分配明细表.docx”）将复制为草稿的附件');

      // The 答复书 names them as its 附件, in the order given.
      const letter = (await clerk.get(`${page}/letters/reply`)).$()('.notice-letter').text();
      expect(letter).toContain('附件：1. 资金分配方案.pdf；2. 分配明细表.docx');

      // Staff download: the same bytes, and an audit event naming the file.
      const download = await t.app.inject({ method: 'GET', url: links[0]![1]!, headers: { cookie: clerk.cookieHeader()! } });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe(PDF);
      expect(download.headers['content-disposition']).toContain(encodeURIComponent('资金分配方案.pdf'));
      expect(Buffer.from(download.rawPayload).equals(pdf)).toBe(true);
      const audits = await t.app.context.db.selectFrom('audit_event').select(['summary']).where('action', '=', 'application.reply_file_download').where('object_id', '=', id).execute();
      expect(audits.map((a) => a.summary)).toEqual([expect.stringContaining('下载答复提供的文件“资金分配方案.pdf”')]);
      // Another town's clerk cannot fetch it.
      const other = await signedInAs(t, { agencyId: tree.townB.id, username: 'rf_other_clerk', roles: ['clerk'] });
      expect((await other.get(links[0]![1]!)).status).toBe(403);

      // 条例第四十四条: the draft gets copies of both files; the ID number in the Word file is found by the scan.
      const form = await clerk.get(page);
      const category = form.$()(`${byId('field-category')} option`).eq(1).val() as string;
      const published = await clerk.submit(`${page}/publish`, { category, title: '甲镇2024年农村公路养护资金分配方案', summary: '概述', body: '资金分配方案全文', topicCategory: '交通运输', writtenOn: '2024-10-11' }, page);
      expect(published.status).toBe(303);
      const href = (await clerk.get(page)).$()('#publication-link a').attr('href')!;
      const itemId = href.split('/').pop()!;
      const db = t.app.context.db;
      const item = await db.selectFrom('catalogue_item').select(['status', 'published_version']).where('id', '=', itemId).executeTakeFirstOrThrow();
      expect(item).toEqual({ status: 'draft', published_version: null });
      const copies = await db.selectFrom('catalogue_attachment').select(['id', 'file_name', 'sha256', 'size_bytes', 'extracted_text']).where('item_id', '=', itemId).orderBy('created_at').orderBy('file_name', 'desc').execute();
      expect(copies.map((c) => [c.file_name, Number(c.size_bytes)])).toEqual([
        ['资金分配方案.pdf', pdf.byteLength],
        ['分配明细表.docx', docx.byteLength],
      ]);
      expect(copies[0]!.extracted_text).toContain('Road maintenance fund allocation 2024');
      // The audit log says where the draft's files came from, not that someone uploaded them.
      const attachAudits = await db.selectFrom('audit_event').select('summary').where('action', '=', 'catalogue_item.attach').where('object_id', '=', itemId).execute();
      const { application_number: number } = await db.selectFrom('application').select('application_number').where('id', '=', id).executeTakeFirstOrThrow();
      expect(attachAudits.map((a) => a.summary.replace(/（\d+ KB）$/, '')).sort()).toEqual([`从申请 ${number} 的答复复制附件“资金分配方案.pdf”`, `从申请 ${number} 的答复复制附件“分配明细表.docx”`].sort());
      const hits = await db.selectFrom('catalogue_scan_hit').select(['location', 'kind', 'masked', 'resolution']).where('item_id', '=', itemId).execute();
      const docxCopy = copies.find((c) => c.file_name === '分配明细表.docx')!;
      expect(hits.filter((h) => h.location === `attachment:${docxCopy.id}`).map((h) => [h.masked, h.resolution])).toEqual([[VALID_ID_MASKED, 'open']]);
      // The copy is its own file in the catalogue's folder, downloadable from the draft with the same bytes.
      const draftPage = await clerk.get(href);
      const attachmentHref = draftPage.$()(`a[href$="/attachments/${copies[0]!.id}"]`).attr('href')!;
      const copied = await t.app.inject({ method: 'GET', url: attachmentHref, headers: { cookie: clerk.cookieHeader()! } });
      expect(Buffer.from(copied.rawPayload).equals(pdf)).toBe(true);
      // Nothing is public before the draft's review.
      expect((await t.browser().get(`/gk/${tree.townA.code}/items/${itemId}`)).status).toBe(404);
    });
  });
}

// Attachments and release channels through the staff pages and the public item page: upload (multipart,
// with the CSRF field), refusals shown in Chinese, download of the same bytes, channel counts per year.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { minimalPdf, multipart, smallDocx } from './files.ts';

for (const dialect of testDialects()) {
  describe(`catalogue attachments and channels over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let townId = '';
    let otherTownId = '';
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'fj-county', name: '富江县人民政府', level: 'county_government' });
      townId = (await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'fj-town', name: '桥头镇人民政府', level: 'township' })).id;
      otherTownId = (await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'fj-other', name: '河口镇人民政府', level: 'township' })).id;
    });
    afterAll(async () => t?.close());

    const filesDir = () => join(t.database.dataDir, 'files', 'catalogue');
    const storedFiles = () => (existsSync(filesDir()) ? readdirSync(filesDir()).sort() : []);

    async function upload(browser: TestBrowser, itemUrl: string, filename: string, data: Buffer, type: string) {
      const page = await browser.get(itemUrl);
      const form = multipart({ _csrf: csrfTokenFrom(page.body, `${itemUrl}/attachments`) }, { name: 'file', filename, data, type });
      return browser.request({ method: 'POST', url: `${itemUrl}/attachments`, payload: form.payload, headers: { 'content-type': form.contentType } });
    }

    it('uploads a PDF and a .docx, refuses a disguised file and an oversize one, and offers the same bytes on the public page', async () => {
      const clerk = await signedInAs(t, { agencyId: townId, username: `att_clerk_${dialect}`, roles: ['clerk'] });
      const reviewer = await signedInAs(t, { agencyId: townId, username: `att_reviewer_${dialect}`, roles: ['reviewer'] });
      const leader = await signedInAs(t, { agencyId: townId, username: `att_leader_${dialect}`, roles: ['leader'] });
      const created = await clerk.submit('/admin/catalogue/new', {
        title: '桥头镇2026年自来水价格调整听证公告',
        summary: '桥头镇召开自来水价格调整听证会的公告。',
        body: '定于2026年3月20日召开听证会。',
        publisher: '桥头镇人民政府',
        writtenOn: '2026-02-26',
        topicCategory: '综合政务',
        category: 'other_statutory',
      });
      expect(created.status).toBe(303);
      const itemUrl = created.location!;
      const itemId = itemUrl.split('/').at(-1)!;

      const pdf = minimalPdf(['Qiaotou waterworks tariff hearing', 'Agenda and seating plan']);
      const docx = await smallDocx(['桥头镇自来水价格调整方案说明', '居民阶梯水价第一档每立方米3.20元。']);
      const before = storedFiles();
      const okPdf = await upload(clerk, itemUrl, '听证议程.pdf', pdf, 'application/pdf');
      expect(okPdf.status).toBe(303);
      expect(okPdf.location).toBe(`${itemUrl}#h-attachments`);
      expect((await upload(clerk, itemUrl, '调价方案.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).status).toBe(303);
      const added = storedFiles().filter((f) => !before.includes(f));
      expect(added).toHaveLength(2);
      for (const name of added) expect(name).toMatch(/^[0-9a-f-]{36}\.(pdf|docx)$/);
      // Stored in the data folder, not in the folder the web server serves.
      expect(filesDir().split(/[\\/]/)).not.toContain('public');
      for (const name of added) {
        for (const url of [`/${name}`, `/static/${name}`, `/files/catalogue/${name}`]) expect((await t.browser().get(url)).status, url).toBe(404);
      }

      // A Word file renamed .pdf (a ZIP), and a PDF one byte over 20 MB (20 × 1024 × 1024 = 20 971 520).
      const disguised = await upload(clerk, itemUrl, '听证议程2.pdf', docx, 'application/pdf');
      expect(disguised.status).toBe(400);
      expect(disguised.body).toContain('只能上传 PDF、Word（.docx）或图片（PNG、JPEG）文件。');
      const big = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 + 1 - pdf.byteLength, 0x20)]);
      const oversize = await upload(clerk, itemUrl, '大文件.pdf', big, 'application/pdf');
      // Over the multipart limit (platform/uploads.ts uploadLimits.fileSize = 20 MB): the item page comes
      // back (413) with the limit named, and nothing is stored.
      expect(oversize.status).toBe(413);
      expect(oversize.$()('h1').text()).toBe('桥头镇2026年自来水价格调整听证公告');
      expect(oversize.body).toContain('文件“大文件.pdf”超过 20 MB 的上限，未能上传。请压缩或拆分后重新选择文件');
      expect(storedFiles()).toHaveLength(before.length + 2);
      const staffPage = (await clerk.get(itemUrl)).$();
      expect(staffPage('#h-attachments').parent().find('li > a').map((_, a) => staffPage(a).text()).get()).toEqual(['听证议程.pdf', '调价方案.docx']);

      await clerk.submit(`${itemUrl}/workflow`, { event: 'submit', comment: '' }, itemUrl);
      await reviewer.submit(`${itemUrl}/workflow`, { event: 'pass_security_review', comment: '不涉密' }, itemUrl);
      await reviewer.submit(`${itemUrl}/workflow`, { event: 'approve', comment: '同意' }, itemUrl);
      expect((await leader.submit(`${itemUrl}/workflow`, { event: 'approve', comment: '同意发布' }, itemUrl)).status).toBe(303);

      const visitor = t.browser();
      const page = await visitor.get(`/gk/fj-town/items/${itemId}`);
      expect(page.status).toBe(200);
      const links = page.$()('#h-att').parent().find('a');
      expect(links.map((_, a) => page.$()(a).text().trim()).get()).toEqual(['听证议程.pdf', '调价方案.docx']);
      const download = await visitor.request({ method: 'GET', url: links.first().attr('href')! });
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('听证议程.pdf')}`);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      const raw = await t.app.inject({ method: 'GET', url: links.first().attr('href')! });
      expect(raw.rawPayload.equals(pdf)).toBe(true);
      const rawDocx = await t.app.inject({ method: 'GET', url: links.last().attr('href')! });
      expect(rawDocx.rawPayload.equals(docx)).toBe(true);

      // Words found only in the attachments lead the public search to the item.
      for (const q of ['阶梯水价', 'waterworks']) {
        const search = await visitor.get(`/search?q=${encodeURIComponent(q)}`);
        expect(search.$()('.search-results li h3 a').map((_, a) => search.$()(a).attr('href')).get(), q).toEqual([`/gk/fj-town/items/${itemId}`]);
      }
    });

    it('records a release on a channel from the item page and counts it on the channels page; another agency’s clerk cannot', async () => {
      const clerk = await signedInAs(t, { agencyId: townId, username: `ch_clerk_${dialect}`, roles: ['clerk'] });
      const reviewer = await signedInAs(t, { agencyId: townId, username: `ch_reviewer_${dialect}`, roles: ['reviewer'] });
      const leader = await signedInAs(t, { agencyId: townId, username: `ch_leader_${dialect}`, roles: ['leader'] });
      const outsider = await signedInAs(t, { agencyId: otherTownId, username: `ch_outsider_${dialect}`, roles: ['clerk'] });

      expect((await clerk.submit('/admin/catalogue/channels', { kind: 'new_media', name: '“桥头发布”微信公众号' })).status).toBe(303);
      expect((await clerk.submit('/admin/catalogue/channels', { kind: 'notice_board', name: '桥头镇政务公开栏' })).status).toBe(303);
      const noName = await clerk.submit('/admin/catalogue/channels', { kind: 'notice_board', name: '' });
      expect(noName.status).toBe(400);

      const created = await clerk.submit('/admin/catalogue/new', {
        title: '桥头镇2026年春季防汛工作安排',
        summary: '防汛工作安排。',
        body: '各村（社区）做好汛前检查。',
        publisher: '桥头镇人民政府',
        writtenOn: '2026-02-27',
        topicCategory: '综合政务',
        category: 'other_statutory',
      });
      const itemUrl = created.location!;
      await clerk.submit(`${itemUrl}/workflow`, { event: 'submit', comment: '' }, itemUrl);
      await reviewer.submit(`${itemUrl}/workflow`, { event: 'pass_security_review', comment: '不涉密' }, itemUrl);
      await reviewer.submit(`${itemUrl}/workflow`, { event: 'approve', comment: '同意' }, itemUrl);
      await leader.submit(`${itemUrl}/workflow`, { event: 'approve', comment: '同意发布' }, itemUrl);

      const itemPage = await clerk.get(itemUrl);
      const options = itemPage.$()('#field-channelId option');
      const wechatId = options.filter((_, o) => itemPage.$()(o).text() === '“桥头发布”微信公众号').attr('value')!;
      expect(wechatId).toBeTruthy();
      const recorded = await clerk.submit(`${itemUrl}/publications`, { channelId: wechatId, publishedOn: '2026-03-01' }, itemUrl);
      expect(recorded.status).toBe(303);
      const future = await clerk.submit(`${itemUrl}/publications`, { channelId: wechatId, publishedOn: '2026-03-09' }, itemUrl);
      expect(future.status).toBe(400);
      expect(future.body).toContain('发布日期不能晚于今天。');
      const after = (await clerk.get(itemUrl)).$();
      expect(after('#h-channels').parent().find('ul li').map((_, li) => after(li).text().trim()).get()).toEqual(['“桥头发布”微信公众号（政务新媒体）：2026-03-01']);

      // Counts for 2026 (the test clock's year): 微信 1, 公告栏 0.
      const channels = (await clerk.get('/admin/catalogue/channels')).$();
      expect(channels('caption').text()).toBe('2026 年各渠道发布信息数');
      expect(channels('tbody tr').map((_, tr) => [channels(tr).find('td').map((__, td) => channels(td).text()).get()]).get()).toEqual([
        ['“桥头发布”微信公众号', '政务新媒体', '1'],
        ['桥头镇政务公开栏', '信息公告栏', '0'],
      ]);

      // The clerk of 河口镇 has a valid session and token, but the item is not theirs: 404, nothing recorded.
      const token = csrfTokenFrom((await outsider.get('/admin/catalogue/channels')).body, '/admin/catalogue/channels');
      const refused = await outsider.post(`${itemUrl}/publications`, { channelId: wechatId, publishedOn: '2026-03-02', _csrf: token });
      expect(refused.status).toBe(404);
      expect((await outsider.get(itemUrl)).status).toBe(404);
      // Their own channels page shows none of 桥头镇's channels.
      expect((await outsider.get('/admin/catalogue/channels')).$()('tbody tr')).toHaveLength(0);
      const again = (await clerk.get('/admin/catalogue/channels')).$();
      expect(again('tbody tr td:last-child').map((_, td) => again(td).text()).get()).toEqual(['1', '0']);
    });
  });
}

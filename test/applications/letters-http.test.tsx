// Issue 11 item 1 over HTTP: the reply button says what is missing and links to where it is filled in, the
// preview in a new tab is the letter that will go out, the server refuses an incomplete letter whatever the
// page showed, and a held letter is neither printed, downloaded nor shown on /apply/track.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsDeps } from '../../src/features/applications/applications.deps.ts';
import * as service from '../../src/features/applications/applications.service.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { upsertSetting } from '../../src/features/agencies/settings.repository.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm } from './support.ts';

for (const dialect of testDialects()) {
  describe(`letters cannot go out incomplete, over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    let clerk: TestBrowser;
    let caseId = '';
    const now = new Date('2024-10-08T02:00:00.000Z');
    const reply = { replyType: 'not_exist', decidedOn: '2024-10-08', reasons: '经检索，本机关未制作该信息。' };

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      // No 救济途径设置 anywhere: the state of a new installation.
      tree = await buildTree(t.app.context, 'LH', { remedy: false });
      clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'lh_clerk', roles: ['clerk'] });
      const deps = await applicationsDeps(t.app.context, t.app.database);
      const r = await service.registerApplication(deps, SYSTEM_ACTOR, tree.townA.id, { ...applicantForm({ submissionKey: 'lh-key-000000000001' }), channel: 'in_person', arrivedOn: '2024-09-25' });
      caseId = r.applicationId;
      await service.startHandling(deps, SYSTEM_ACTOR, tree.townA.id, caseId);
    });
    afterAll(async () => t?.close());

    const casePath = () => `/admin/applications/${caseId}`;
    const post = async (path: string, fields: Record<string, string>) => {
      const page = await clerk.get(casePath());
      return clerk.post(path, { ...fields, _csrf: csrfTokenFrom(page.body, `${casePath()}/reply`) });
    };

    it('the case page disables 作出答复 and lists the missing 行政复议机关 and court with a link to 救济途径设置', async () => {
      const $ = (await clerk.get(casePath())).$();
      const issue = $('#form-reply button.button');
      expect(issue.text()).toBe('作出答复并发出答复书');
      expect(issue.attr('disabled')).toBeDefined();
      const items = $('#reply-blockers li');
      expect(items).toHaveLength(2);
      expect(items.eq(0).text()).toMatch(/^“行政复议机关”尚未填写.*到“救济途径设置”填写$/u);
      expect(items.eq(1).text()).toMatch(/^“人民法院”尚未填写/u);
      expect(items.eq(0).find('a').attr('href')).toBe(`/admin/applications/remedy-settings?agency=${tree.townA.id}`);
      const preview = $('#form-reply button.button-secondary');
      expect(preview.attr('formaction')).toBe(`${casePath()}/reply/preview`);
      expect(preview.attr('formtarget')).toBe('_blank');
    });

    it('the preview shows the letter with its blanks and what is missing; posting the reply anyway is refused and nothing is issued', async () => {
      const preview = await post(`${casePath()}/reply/preview`, reply);
      expect(preview.status).toBe(200);
      const $ = preview.$();
      expect($('#letter-banner').text()).toContain('答复书预览（尚未发出）');
      expect($('#letter-banner li')).toHaveLength(2);
      expect($('.notice-letter').text()).toContain('＿＿＿＿（行政复议机关');
      expect($('body').hasClass('letter-not-printable')).toBe(true);

      const refused = await post(`${casePath()}/reply`, reply);
      expect(refused.status).toBe(400);
      expect(refused.$()('.error-summary').text()).toContain('答复书还有未完成的内容，未作出答复');
      expect(refused.$()('#reply-blockers li')).toHaveLength(2);
      expect(refused.$()('#case-status').text()).toBe('办理中');
      expect(refused.$()('#form-reply [name="reasons"]').text()).toBe(reply.reasons);
    });

    it('once the names are set: the button is enabled, the preview passes and is exactly the letter issued, printed and downloaded', async () => {
      await upsertSetting(t.app.context.db, { id: t.app.context.newId(), scope: tree.county.id, key: 'applications.remedy', value: { below: { reconsiderationBody: tree.county.name, court: 'LH县人民法院' } }, updatedAt: now.toISOString(), updatedBy: null });
      const $page = (await clerk.get(casePath())).$();
      expect($page('#form-reply button.button').attr('disabled')).toBeUndefined();
      expect($page('#reply-blockers')).toHaveLength(0);

      const preview = await post(`${casePath()}/reply/preview`, reply);
      expect(preview.$()('#letter-banner').text()).toContain('检查通过');
      const previewed = preview.$()('.notice-letter').text();
      expect(previewed).toContain(`六十日内向${tree.county.name}申请行政复议`);

      const issued = await post(`${casePath()}/reply`, reply);
      expect(issued.status).toBe(303);
      const printed = await clerk.get(`${casePath()}/letters/reply`);
      expect(printed.status).toBe(200);
      expect(printed.$()('.notice-letter').text()).toBe(previewed);
      const word = await clerk.get(`${casePath()}/letters/reply.docx`);
      expect(word.status).toBe(200);
      expect(word.headers['content-type']).toContain('wordprocessingml');
      expect((await clerk.get(casePath())).$()('#case-letters li[data-letter="reply"] a').map((_, a) => a.attribs.href).get()).toEqual([`${casePath()}/letters/reply`, `${casePath()}/letters/reply.docx`]);
    });

    it('a letter stored with a blank is held: 409 for print and Word, no links on the case page, nothing on /apply/track', async () => {
      {
        const deps = await applicationsDeps(t.app.context, t.app.database);
        const portal = await service.submitFromPortal(deps, tree.townA.code, applicantForm({ submissionKey: 'lh-portal-0000000001' }));
        await service.confirmReceipt(deps, SYSTEM_ACTOR, tree.townA.id, portal.applicationId, { confirmedOn: '2024-10-08', method: '电话确认' });
        await service.startHandling(deps, SYSTEM_ACTOR, tree.townA.id, portal.applicationId);
        await service.replyToApplication(deps, SYSTEM_ACTOR, tree.townA.id, portal.applicationId, reply);
        // As a letter issued before the check existed reads.
        await t.app.context.db.updateTable('application_reply').set({ letter_body: '张三：\n\n见附件。。\n\n可以向＿＿＿＿（行政复议机关，请在“救济途径设置”中填写）申请行政复议。' }).where('application_id', '=', portal.applicationId).execute();
        const held = `/admin/applications/${portal.applicationId}`;
        for (const path of [`${held}/letters/reply`, `${held}/letters/reply.docx`]) {
          const res = await clerk.get(path);
          expect(res.status, path).toBe(409);
          expect(res.headers['content-type']).toContain('text/html');
          expect(res.$()('#letter-banner').text()).toContain('本告知书暂不能打印或下载');
          expect(res.$()('#letter-banner li').length).toBeGreaterThanOrEqual(2);
        }
        const $case = (await clerk.get(held)).$();
        expect($case('#case-letters li[data-letter="reply"] a[href$="/letters/reply"]')).toHaveLength(0);
        expect($case('#case-letters li[data-letter="reply"]').text()).toContain('暂不能打印或下载');

        const applicant = t.browser();
        const track = await applicant.submit('/apply/track', { applicationNumber: portal.applicationNumber, queryCode: portal.queryCode });
        expect(track.status).toBe(200);
        expect(track.$()('#reply-letter-held').text()).toContain('答复书内容尚待本机关补全');
        expect(track.$()('form[action="/apply/track/letter"]')).toHaveLength(0);
        // Asked directly (an old bookmark, a crafted form): still nothing.
        const letter = await applicant.post('/apply/track/letter', { applicationNumber: portal.applicationNumber, queryCode: portal.queryCode, format: 'docx', _csrf: csrfTokenFrom(track.body) });
        expect(letter.status).toBe(404);
        expect(letter.body).not.toContain('＿＿');
      }
    });
  });
}

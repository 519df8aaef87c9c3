// Over HTTP: the 条例第三十五条 form, the reply form's withheld rows, 转为主动公开 and the 救济途径设置 page —
// Chinese messages next to the fields, typed values kept, letters printable and downloadable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm } from './support.ts';

for (const dialect of testDialects()) {
  describe(`applications: later deadline, withheld parts, 主动公开, remedy settings over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    let clerk: TestBrowser;
    let countyAdmin: TestBrowser;
    let now = new Date('2024-09-25T02:00:00.000Z');
    let n = 0;
    const at = (date: string) => {
      now = new Date(`${date}T02:00:00.000Z`);
    };
    const registerCase = async (on: string, extra: Record<string, string> = {}) => {
      at(on);
      const res = await clerk.submit('/admin/applications', {
        ...applicantForm({ submissionKey: `http-dgp-${String(++n).padStart(12, '0')}` }),
        channel: 'in_person',
        arrivedOn: on,
        ...extra,
      }, '/admin/applications/new');
      expect(res.status).toBe(303);
      return res.location!.split('/').pop()!;
    };
    const byId = (id: string) => `[id="${id}"]`;

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      tree = await buildTree(t.app.context, 'HD');
      clerk = await signedInAs(t, { agencyId: tree.townA.id, username: 'hd_clerk', roles: ['clerk'] });
      countyAdmin = await signedInAs(t, { agencyId: tree.county.id, username: 'hd_county_admin', roles: ['admin'] });
    });
    afterAll(async () => t?.close());

    it('条例第三十五条 form: a wrong date is explained next to the field with what was typed kept; a right one moves the deadline and makes the letter', async () => {
      const id = await registerCase('2024-09-25');
      const page = `/admin/applications/${id}`;
      at('2024-10-15');
      const bad = await clerk.submit(`${page}/custom-deadline`, { setOn: '2024-10-15', dueOn: '2024-10-25', reason: '申请人一次申请近十年会议纪要三百余件', legalBasis: '《中华人民共和国政府信息公开条例》第三十五条' }, page);
      expect(bad.status).toBe(400);
      expect(bad.$()(byId('field-dueOn-error')).text()).toContain('延迟答复期限应晚于法定答复期限（2024年10月28日）');
      expect(bad.$()(byId('field-reason')).text()).toBe('申请人一次申请近十年会议纪要三百余件');
      const ok = await clerk.submit(`${page}/custom-deadline`, { setOn: '2024-10-15', dueOn: '2024-11-29', reason: '申请人一次申请近十年会议纪要三百余件', legalBasis: '《中华人民共和国政府信息公开条例》第三十五条' }, page);
      expect(ok.status).toBe(303);
      const after = await clerk.get(page);
      expect(after.$()('#due-on').text()).toBe('2024年11月29日');
      expect(after.$()('#custom-deadline').text()).toContain('法定期限 2024年10月28日');
      expect(after.$()('#clock-explanation').text()).toContain('10月15日依条例第三十五条确定延迟答复期限至11月29日（周五）');
      expect(after.$()('#form-custom-deadline').length).toBe(0);
      const html = await clerk.get(`${page}/letters/custom_deadline`);
      expect(html.status).toBe(200);
      expect(html.$()('.notice-letter h1').text()).toBe(`${tree.townA.name}政府信息公开申请延迟答复告知书`);
      const docx = await clerk.get(`${page}/letters/custom_deadline.docx`);
      expect(docx.status).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      expect(html.$()('.notice-letter').text()).toContain('2024年11月29日前作出答复');
    });

    it('条例第三十五条 on the applicant’s tracking page: a dated step with the new deadline and the reason the letter gives, escaped, and no staff name', async () => {
      const id = await registerCase('2024-09-25');
      const page = `/admin/applications/${id}`;
      // The number and query code the clerk hands the applicant, from the notice after registration.
      const notice = (await clerk.get(page)).$()('.notices').text();
      const [, applicationNumber, queryCode] = /申请编号 (\S+)，查询码 (\S+)（/.exec(notice) ?? [];
      expect(queryCode).toBeDefined();
      at('2024-10-15');
      const reason = '申请人一次申请近十年会议纪要<共312件>，需逐件审查';
      expect((await clerk.submit(`${page}/custom-deadline`, { setOn: '2024-10-15', dueOn: '2024-11-29', reason, legalBasis: '《中华人民共和国政府信息公开条例》第三十五条' }, page)).status).toBe(303);

      at('2024-10-16');
      const tracked = await t.browser().submit('/apply/track', { applicationNumber: applicationNumber!, queryCode: queryCode! });
      expect(tracked.status).toBe(200);
      const $ = tracked.$();
      expect($('#track-due-on').text()).toBe('2024年11月29日（依条例第三十五条确定的延迟答复期限）');
      const steps = $('section[aria-labelledby="track-result"] ol > li');
      // Registered 2024-09-25 10:00 Beijing time, the later deadline recorded 2024-10-15 10:00.
      expect(steps.first().text()).toBe('2024年9月25日 10:00 登记申请');
      const step = steps.last();
      expect(step.contents().first().text()).toBe('2024年10月15日 10:00 确定延迟答复期限（条例第三十五条）');
      expect(step.find('.track-step-detail p').map((_i, el) => $(el).text()).get()).toEqual([
        '2024年10月15日，本机关依照《中华人民共和国政府信息公开条例》第三十五条确定延迟答复期限：2024年11月29日前作出答复（原答复期限为2024年10月28日）。',
        `理由：${reason}`,
      ]);
      // The reason is text, never markup; who recorded it is not shown to the applicant.
      expect(tracked.body).not.toContain('<共312件>');
      expect(tracked.body).toContain('&lt;共312件>');
      expect(tracked.body).not.toContain('hd_clerk');
    });

    it('reply form: a withheld row without its reason is refused next to that row, every typed row kept; the complete reply prints each part', async () => {
      const id = await registerCase('2024-09-25');
      const page = `/admin/applications/${id}`;
      at('2024-10-08');
      const rows = {
        replyType: 'partially_disclosed',
        decidedOn: '2024-10-08',
        provided: '征地补偿标准文件正文',
        'grounds.0.part': '附件3中的身份证号码',
        'grounds.0.ground': 'withheld_third_party',
        'grounds.0.reason': '属于个人隐私',
        'grounds.1.part': '附件5讨论记录',
        'grounds.1.ground': 'withheld_process_info',
      };
      const bad = await clerk.submit(`${page}/reply`, rows, page);
      expect(bad.status).toBe(400);
      const $ = bad.$();
      expect($(byId('field-grounds.1.reason-error')).text()).toContain('请说明不予公开的理由');
      expect($(byId('field-grounds.0.part')).val()).toBe('附件3中的身份证号码');
      expect($(byId('field-grounds.1.part')).val()).toBe('附件5讨论记录');
      expect($(`${byId('field-grounds.1.ground')} option[selected]`).val()).toBe('withheld_process_info');
      const ok = await clerk.submit(`${page}/reply`, { ...rows, 'grounds.1.reason': '属于过程性信息' }, page);
      expect(ok.status).toBe(303);
      const casePage = await clerk.get(page);
      expect(casePage.$()('#withheld-parts li').length).toBe(2);
      const letter = (await clerk.get(`${page}/letters/reply`)).$()('.notice-letter').text();
      expect(letter).toContain('附件3中的身份证号码：涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，依据《中华人民共和国政府信息公开条例》第十五条不予公开，理由：属于个人隐私');
      expect(letter).toContain('附件5讨论记录：属于讨论记录、过程稿、磋商信函、请示报告等过程性信息，依据《中华人民共和国政府信息公开条例》第十六条第二款不予公开，理由：属于过程性信息');
    });

    it('条例第四十四条: the case shows “已有N件相似申请”; 转为主动公开 makes a catalogue draft the case links to', async () => {
      const description = '请公开甲镇2024年农村公路养护资金分配方案';
      const id = await registerCase('2024-10-08', { description });
      await registerCase('2024-10-09', { description, name: '李四', idNumber: '110105194912310011', phone: '13900001111' });
      await registerCase('2024-10-09', { description, name: '王五', idNumber: '110105194912310038', phone: '13900002222' });
      const page = `/admin/applications/${id}`;
      expect((await clerk.get(page)).$()('#similar-requests').text()).toContain('已有2件相似申请');
      at('2024-10-10');
      expect((await clerk.submit(`${page}/reply`, { replyType: 'disclosed', decidedOn: '2024-10-10', provided: '资金分配方案全文' }, page)).status).toBe(303);
      const answered = await clerk.get(page);
      const $ = answered.$();
      expect($('#form-publish').length).toBe(1);
      expect($(byId('field-body')).text()).toBe('资金分配方案全文');
      const category = $(`${byId('field-category')} option`).eq(1).val() as string;
      const empty = await clerk.submit(`${page}/publish`, { category, title: '', summary: '概述', body: '资金分配方案全文', topicCategory: '交通运输', writtenOn: '2024-10-10' }, page);
      expect(empty.status).toBe(400);
      expect(empty.$()(byId('field-title-error')).text()).toContain('标题');
      expect(empty.$()(byId('field-topicCategory')).val()).toBe('交通运输');
      const ok = await clerk.submit(`${page}/publish`, { category, title: '甲镇2024年农村公路养护资金分配方案', summary: '概述', body: '资金分配方案全文', topicCategory: '交通运输', writtenOn: '2024-10-10' }, page);
      expect(ok.status).toBe(303);
      const linked = await clerk.get(page);
      const href = linked.$()('#publication-link a').attr('href')!;
      expect(href).toMatch(/^\/admin\/catalogue\/items\/[0-9a-f-]+$/);
      expect(linked.$()('#form-publish').length).toBe(0);
      const item = await clerk.get(href);
      expect(item.status).toBe(200);
      expect(item.body).toContain('甲镇2024年农村公路养护资金分配方案');
    });

    it('救济途径设置: the county administrator sets the county default; a wrong period is refused in Chinese with the values kept; the township letter prints it', async () => {
      const settings = `/admin/applications/remedy-settings?agency=${tree.county.id}`;
      const form = await countyAdmin.get(settings);
      expect(form.status).toBe(200);
      expect(form.$()(byId('field-below.reconsiderationBody')).length).toBe(1);
      const bad = await countyAdmin.submit('/admin/applications/remedy-settings', { agency: tree.county.id, 'self.reconsiderationBody': '某某市人民政府', 'below.reconsiderationBody': tree.county.name, 'below.court': 'HD县人民法院', 'below.reconsiderationDays': '30' }, settings);
      expect(bad.status).toBe(400);
      expect(bad.$()(byId('field-below.reconsiderationDays-error')).text()).toContain('不得少于六十日');
      expect(bad.$()(byId('field-below.court')).val()).toBe('HD县人民法院');
      const ok = await countyAdmin.submit('/admin/applications/remedy-settings', { agency: tree.county.id, 'self.reconsiderationBody': '某某市人民政府', 'below.reconsiderationBody': tree.county.name, 'below.court': 'HD县人民法院' }, settings);
      expect(ok.status).toBe(303);
      const townView = await clerk.get('/admin/applications/remedy-settings');
      expect(townView.$()('#effective-remedy').text()).toContain(`${tree.county.name}——沿用${tree.county.name}为下级单位设置的默认值`);
      // A township clerk reads the settings but is not offered the form.
      expect(townView.$()('form[method="post"] [id="field-self.court"]').length).toBe(0);
      const id = await registerCase('2024-10-08');
      at('2024-10-09');
      await clerk.submit(`/admin/applications/${id}/reply`, { replyType: 'not_exist', decidedOn: '2024-10-09' }, `/admin/applications/${id}`);
      const letter = (await clerk.get(`/admin/applications/${id}/letters/reply`)).$()('.notice-letter').text();
      expect(letter).toContain(`可以自收到本答复之日起六十日内向${tree.county.name}申请行政复议，或者自收到本答复之日起六个月内向HD县人民法院提起行政诉讼。`);
    });
  });
}

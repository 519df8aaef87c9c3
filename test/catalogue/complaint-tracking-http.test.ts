// The answer goes back to the complainant (条例第四十七条第二款、第五十一条): a 查询码 shown once on filing, the
// public lookup page (CSRF, Chinese messages, one message for any wrong code, contact masked), the staff
// answer with its outcome and the notice that the complainant will see it, audit events, and complaints
// unanswered for more than 15 working days (product default) flagged for the county's 政务公开办 on the
// complaints list and counted on the oversight dashboard and its CSV. Dates worked out by hand on the
// official 2026 calendar: November and early December 2026 have no holidays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { createCatalogueDeps } from '../../src/features/catalogue/catalogue.deps.ts';
import { importPublishedItems } from '../../src/features/catalogue/catalogue.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp } from '../support/app.ts';
import { lowIncomeNotice } from './support.ts';

const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/;
const UNKNOWN = '查询码不正确，请核对提交意见后页面上显示的查询码（12 位字母和数字）。';

for (const dialect of testDialects()) {
  describe(`complaint 查询码 and the answer going back to the complainant [${dialect}]`, () => {
    let t: TestApp;
    // Mon 2 Nov 2026, 10:00 Beijing time.
    let now = new Date('2026-11-02T02:00:00.000Z');
    let townId = '';
    let countyId = '';
    let itemId = '';
    let code = '';
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => now });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'ct-county', name: '和县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'ct-town', name: '岭南镇人民政府', level: 'township' });
      countyId = county.id;
      townId = town.id;
      itemId = (await importPublishedItems(t.app.context, createCatalogueDeps(t.database.dataDir), SYSTEM_ACTOR, townId, [{ ...lowIncomeNotice({ publisher: '岭南镇人民政府' }), publishedOn: '2026-10-12' }]))[0]!;
    });
    afterAll(async () => t?.close());

    it('shows the 查询码 once on filing, with what it is for, and keeps only its hash', async () => {
      const visitor = t.browser();
      const link = `/gk/ct-town/complaint?item=${itemId}`;
      const itemPage = await visitor.get(`/gk/ct-town/items/${itemId}`);
      expect(itemPage.$()('.feedback-link a[href="/complaint/track"]').text()).toBe('凭查询码查看意见处理结果');
      const form = await visitor.get(link);
      expect(form.$()('a[href="/complaint/track"]').length).toBe(1);
      const sent = await visitor.submit('/gk/ct-town/complaint', { item: itemId, kind: 'inaccurate', body: '公示中张某某的保障金额与县民政局批复不一致。', contact: '13812345678' }, link);
      expect(sent.status).toBe(200);
      code = sent.$()('#complaint-query-code').text();
      expect(code).toMatch(CODE);
      expect(sent.body).toContain('它只在本页显示这一次，丢失后无法找回');
      expect(sent.$()('a[href="/complaint/track"]').length).toBeGreaterThan(0);

      const row = await t.app.context.db.selectFrom('catalogue_complaint').selectAll().where('agency_id', '=', townId).executeTakeFirstOrThrow();
      expect(row.query_code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(code.replaceAll('-', ''));
      const events = await t.app.context.db.selectFrom('audit_event').selectAll().where('object_id', '=', row.id).execute();
      expect(events.map((e) => e.action)).toEqual(['catalogue.complaint_create']);
      expect(JSON.stringify(events)).not.toContain(code.replaceAll('-', ''));
      expect(JSON.stringify(events)).not.toContain('13812345678');
    });

    it('lets the complainant look the complaint up with the code alone, and tells a wrong code nothing', async () => {
      const visitor = t.browser();
      expect((await visitor.get('/complaint/track')).status).toBe(200);
      expect((await visitor.post('/complaint/track', { queryCode: code })).status).toBe(403);

      const empty = await visitor.submit('/complaint/track', { queryCode: '' });
      expect(empty.status).toBe(400);
      expect(empty.$()('#field-queryCode-error').text()).toContain('请填写查询码。');

      // Never issued, and not even the right length: the same message, and what was typed stays.
      const wrong = await visitor.submit('/complaint/track', { queryCode: '2345-6789-ABCD' });
      expect(wrong.status).toBe(404);
      expect(wrong.$()('#field-queryCode-error').text()).toContain(UNKNOWN);
      expect(wrong.$()('#field-queryCode').attr('value')).toBe('2345-6789-ABCD');
      const short = await visitor.submit('/complaint/track', { queryCode: 'abc' });
      expect(short.status).toBe(404);
      expect(short.$()('#field-queryCode-error').text()).toContain(UNKNOWN);

      // Typed in lower case without the hyphens.
      const found = await visitor.submit('/complaint/track', { queryCode: code.replaceAll('-', '').toLowerCase() });
      expect(found.status).toBe(200);
      const $ = found.$();
      expect($('#complaint-result').text()).toBe('对岭南镇人民政府信息“关于2026年第一季度城乡低保对象审批情况的公示”的意见');
      expect($('#complaint-status').text()).toBe('待处理');
      expect(found.body).toContain('内容有误');
      expect(found.body).toContain('公示中张某某的保障金额与县民政局批复不一致。');
      expect(found.body).toContain('2026-11-02 10:00:00');
      expect(found.body).toContain('138****5678');
      expect(found.body).not.toContain('13812345678');
      expect(found.body).toContain('正在核实处理，答复后会显示在本页');
      expect($('#complaint-answer').length).toBe(0);
    });

    it('tells the clerk the complainant will read the answer, asks for the outcome, and shows both back', async () => {
      const clerk = await signedInAs(t, { agencyId: townId, username: `ct_clerk_${dialect}`, roles: ['clerk'] });
      const list = await clerk.get('/admin/catalogue/complaints');
      expect(list.$()('.answer-visibility').text()).toContain('答复内容和处理结果将对反映人公开');
      // Filed Mon 2 Nov: working days 3–6, 9–13, 16–20, 23 Nov → the 15th is Mon 23 Nov.
      expect(list.body).toContain('答复期限 2026-11-23');
      const action = list.$()('form[aria-label="答复意见"]').attr('action')!;

      const noOutcome = await clerk.submit(action, { answer: '经核实，已更正保障金额并重新公示。' }, '/admin/catalogue/complaints');
      expect(noOutcome.status).toBe(400);
      expect(noOutcome.$()('#field-outcome-error').text()).toContain('请选择处理结果。');
      expect(noOutcome.$()('#field-answer').text()).toBe('经核实，已更正保障金额并重新公示。');

      const answered = await clerk.submit(action, { outcome: 'corrected', answer: '经核实，已更正保障金额并重新公示。' }, '/admin/catalogue/complaints');
      expect(answered.status).toBe(303);
      const row = await t.app.context.db.selectFrom('catalogue_complaint').select(['id', 'status', 'outcome']).where('agency_id', '=', townId).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'answered', outcome: 'corrected' });
      const events = await t.app.context.db.selectFrom('audit_event').selectAll().where('object_id', '=', row.id).where('action', '=', 'catalogue.complaint_answer').execute();
      expect(events).toHaveLength(1);
      expect(events[0]!.summary).toBe('答复公众意见（内容有误）：已更正');

      const found = await t.browser().submit('/complaint/track', { queryCode: code });
      expect(found.$()('#complaint-status').text()).toBe('已答复');
      expect(found.$()('#complaint-outcome').text()).toBe('已更正');
      expect(found.$()('#complaint-answer').text()).toBe('经核实，已更正保障金额并重新公示。');
      expect(found.body).toContain('对答复仍有异议的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报');
    });

    it('flags for the 政务公开办 what is unanswered past 15 working days, on the list and the dashboard', async () => {
      const visitor = t.browser();
      const link = '/gk/ct-town/complaint?category=social_assistance';
      // Still Mon 2 Nov: due Mon 23 Nov, so overdue from Tue 24 Nov.
      const old = await visitor.submit('/gk/ct-town/complaint', { category: 'social_assistance', kind: 'not_disclosed', body: '本镇2026年第三季度临时救助名单没有公开。' }, link);
      expect(old.status).toBe(200);
      now = new Date('2026-11-24T02:00:00.000Z');
      // Tue 24 Nov: 25–27 Nov, 30 Nov–4 Dec, 7–11 Dec, 14–15 Dec → due Tue 15 Dec.
      const recent = await visitor.submit('/gk/ct-town/complaint', { category: 'social_assistance', kind: 'not_disclosed', body: '本镇2026年10月低保新增名单没有公开。' }, link);
      expect(recent.status).toBe(200);
      // A complaint from before 查询码 were issued: the clerk is told its answer cannot be read online.
      await t.app.context.db
        .insertInto('catalogue_complaint')
        .values({
          id: t.app.context.newId(),
          agency_id: townId,
          item_id: null,
          category: 'statutory_content',
          kind: 'not_disclosed',
          body: '旧意见：财政预算没有公开。',
          contact: null,
          status: 'open',
          answer: null,
          answered_by: null,
          answered_at: null,
          created_at: '2026-11-20T02:00:00.000Z',
          query_code_hash: null,
          outcome: null,
        })
        .execute();

      const supervisor = await signedInAs(t, { agencyId: countyId, username: `ct_super_${dialect}`, roles: ['supervisor'] });
      const list = await supervisor.get('/admin/catalogue/complaints');
      expect(list.$()('#complaints-overdue').text()).toBe('有 1 条意见超过 15 个工作日未答复。');
      // Open ones longest waiting first (2 Nov, 20 Nov, 24 Nov), then the answered one.
      // Each item: the line with agency, time and status, then the complainant's text.
      const order = list.$()('ol.complaints > li').map((_i, el) => list.$()(el).children('p').eq(1).text()).get();
      expect(order).toEqual(['本镇2026年第三季度临时救助名单没有公开。', '旧意见：财政预算没有公开。', '本镇2026年10月低保新增名单没有公开。', '公示中张某某的保障金额与县民政局批复不一致。']);
      const item = (text: string) => list.$()('ol.complaints > li').filter((_i, el) => list.$()(el).text().includes(text));
      expect(item('临时救助名单').find('.complaint-overdue').text()).toBe('超过 15 个工作日未答复（答复期限 2026-11-23）');
      expect(item('低保新增名单').find('.complaint-overdue').length).toBe(0);
      expect(item('低保新增名单').text()).toContain('答复期限 2026-12-15');
      // Answered ones carry no flag.
      expect(item('保障金额').find('.status-tag').length).toBe(0);

      const clerk = await signedInAs(t, { agencyId: townId, username: `ct_clerk2_${dialect}`, roles: ['clerk'] });
      const own = await clerk.get('/admin/catalogue/complaints');
      const legacy = own.$()('ol.complaints > li').filter((_i, el) => own.$()(el).text().includes('旧意见'));
      expect(legacy.find('.answer-visibility').text()).toContain('尚未发放查询码');

      const dashboard = await supervisor.get('/admin/oversight');
      expect(dashboard.$()('table.oversight-table thead th').eq(5).text()).toBe('公众意见超15个工作日未答复');
      expect(dashboard.$()('tr[data-agency="ct-town"] td').eq(4).text()).toBe('1');
      expect(dashboard.$()('tr[data-agency="ct-county"] td').eq(4).text()).toBe('0');
      expect(dashboard.$()('tr.totals-row td').eq(4).text()).toBe('1');
      const csv = await supervisor.get('/admin/oversight/export.csv');
      const lines = csv.body.trim().split('\r\n');
      expect(lines[0]!.split(',')[6]).toBe('超过15个工作日未答复的公众意见');
      expect(lines.find((l) => l.startsWith('岭南镇人民政府,ct-town,'))!.split(',')[6]).toBe('1');
      expect(lines.at(-1)!.split(',')[6]).toBe('1');
    });
  });
}

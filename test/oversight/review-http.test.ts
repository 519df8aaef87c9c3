// 审阅意见 through the staff pages, on both databases: a county supervisor comments on a submitted report of
// a township, requiring correction; the township sees it on its report page and answers; the supervisor
// accepts. Empty forms come back with a Chinese message and what was typed; every change is audited;
// another township sees nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { generateDraft, saveDraft, transition } from '../../src/features/annual-reports/annual-reports.service.ts';
import type { ServiceContext } from '../../src/platform/service-context.ts';
import { openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';

/** A township's report of `year`, drafted, its 【请补充】 places filled, and (unless `draft`) submitted. */
async function submittedReport(ctx: ServiceContext, agencyId: string, year: number, draft = false): Promise<string> {
  const { id } = await generateDraft(ctx, SYSTEM_ACTOR, agencyId, year);
  const row = await ctx.db.selectFrom('annual_report').select(['texts', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
  const form: Record<string, string> = { version: String(row.version) };
  for (const [section, body] of Object.entries(JSON.parse(row.texts) as Record<string, string>)) form[`text.${section}`] = body.replace(/【[^】]*】/g, '已按制度执行。');
  await saveDraft(ctx, SYSTEM_ACTOR, agencyId, id, form);
  if (!draft) {
    const version = (await ctx.db.selectFrom('annual_report').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
    await transition(ctx, SYSTEM_ACTOR, agencyId, id, 'submit', { version: String(version) });
  }
  return id;
}

for (const dialect of testDialects()) {
  describe(`report review comments over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let supervisor: TestBrowser;
    let clerk: TestBrowser;
    let otherClerk: TestBrowser;
    let reportUrl = '';
    let draftUrl = '';

    beforeAll(async () => {
      t = await openTestApp({ dialect });
      const ctx = t.app.context;
      const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'rv-county', name: '审阅县人民政府', level: 'county_government' });
      const town = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: 'rv-town', name: '审阅镇人民政府', level: 'township' });
      const other = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: 'rv-other', name: '邻乡人民政府', level: 'township' });
      supervisor = await signedInAs(t, { agencyId: county.id, username: `rv_super_${dialect}`, roles: ['supervisor'] });
      clerk = await signedInAs(t, { agencyId: town.id, username: `rv_clerk_${dialect}`, roles: ['clerk'] });
      otherClerk = await signedInAs(t, { agencyId: other.id, username: `rv_other_${dialect}`, roles: ['clerk'] });
      reportUrl = `/admin/annual-reports/${await submittedReport(ctx, town.id, 2024)}`;
      draftUrl = `/admin/annual-reports/${await submittedReport(ctx, town.id, 2023, true)}`;
    }, 60_000);
    afterAll(async () => t?.close());

    it('keeps what the supervisor typed when the comment is empty, and refuses a comment on a draft', async () => {
      const empty = await supervisor.submit(`${reportUrl}/reviews`, { body: '   ', requiresCorrection: 'on' }, reportUrl);
      expect(empty.status).toBe(400);
      expect(empty.body).toContain('请填写审阅意见。');
      expect(empty.$()('#field-requiresCorrection').attr('checked')).toBeDefined();
      const draft = await supervisor.get(draftUrl);
      expect(draft.body).toContain('该报告还是草稿，提交审定后才能审阅。');
      expect(draft.$()(`form[action="${draftUrl}/reviews"]`).length).toBe(0);
    });

    it('a 要求整改 is seen by the township on its report page, answered, and accepted by the supervisor; each step audited', async () => {
      const posted = await supervisor.submit(`${reportUrl}/reviews`, { body: '第六部分未说明信息处理费情况，请补充说明。', requiresCorrection: 'on' }, reportUrl);
      expect(posted.status).toBe(303);
      const seen = await clerk.get(reportUrl);
      expect(seen.body).toContain('第六部分未说明信息处理费情况，请补充说明。');
      expect(seen.body).toContain('要求整改（待答复）');
      const action = seen.$()('form[aria-label="整改答复"]').attr('action')!;
      expect(action).toMatch(/^\/admin\/oversight\/reviews\/[0-9a-f-]{36}\/answer$/);

      const blank = await clerk.submit(action, { answer: '' }, reportUrl);
      expect(blank.status).toBe(400);
      expect(blank.body).toContain('请填写整改情况。');
      const answered = await clerk.submit(action, { answer: '已在政府信息公开专栏发布更正说明，补充信息处理费情况。' }, reportUrl);
      expect(answered.status).toBe(303);

      const supervisorView = await supervisor.get(reportUrl);
      expect(supervisorView.body).toContain('已答复（待确认）');
      expect(supervisorView.body).toContain('已在政府信息公开专栏发布更正说明');
      const reviewId = action.split('/')[4]!;
      expect((await supervisor.submit(`/admin/oversight/reviews/${reviewId}/accept`, {}, reportUrl)).status).toBe(303);
      expect((await clerk.get(reportUrl)).body).toContain('整改已确认');

      const events = await t.app.context.db.selectFrom('audit_event').select('action').where('object_id', '=', reviewId).orderBy('occurred_at').orderBy('id').execute();
      expect(events.map((e) => e.action)).toEqual(['annual_report_review.require_correction', 'annual_report_review.answer', 'annual_report_review.accept']);
    });

    it('another township neither reads the report nor answers its comments; the township cannot comment', async () => {
      expect((await otherClerk.get(reportUrl)).status).toBe(404);
      const review = await t.app.context.db.selectFrom('annual_report_review').select('id').executeTakeFirstOrThrow();
      const token = (await otherClerk.get('/admin')).$()('form[action="/logout"] input[name="_csrf"]').attr('value')!;
      expect((await otherClerk.post(`/admin/oversight/reviews/${review.id}/answer`, { answer: '越权', _csrf: token })).status).toBe(404);
      const own = await clerk.get(reportUrl);
      expect(own.$()(`form[action="${reportUrl}/reviews"]`).length).toBe(0);
      const clerkToken = own.$()('form[action="/logout"] input[name="_csrf"]').attr('value')!;
      expect((await clerk.post(`${reportUrl}/reviews`, { body: '自己审自己', _csrf: clerkToken })).status).toBe(403);
    });
  });
}

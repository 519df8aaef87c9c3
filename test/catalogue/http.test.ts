// The catalogue over HTTP: a clerk drafts through the form, the review chain signs off, and the item
// appears in the 专栏, on its public page, in search, in the feeds and in the sitemap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`catalogue pages [${dialect}]`, () => {
    let t: TestApp;
    let townId = '';
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'hx-county', name: '和县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'hx-town', name: '岭南镇人民政府', level: 'township' });
      townId = town.id;
    });
    afterAll(async () => t?.close());

    it('takes an item from the draft form through the review chain to the public page, the 专栏, search, feeds and sitemap', async () => {
      const clerk = await signedInAs(t, { agencyId: townId, username: `clerk_${dialect}`, roles: ['clerk'] });
      const reviewer = await signedInAs(t, { agencyId: townId, username: `reviewer_${dialect}`, roles: ['reviewer'] });
      const leader = await signedInAs(t, { agencyId: townId, username: `leader_${dialect}`, roles: ['leader'] });

      // A form with a mistake comes back with the message next to the field and what was typed kept.
      const bad = await clerk.submit('/admin/catalogue/new', { title: '岭南镇2026年部门预算公开', summary: '', body: '正文', publisher: '岭南镇人民政府', writtenOn: '2026-02-30', topicCategory: '财政', category: 'budgets' });
      expect(bad.status).toBe(400);
      expect(bad.$()('#field-writtenOn-error').text()).toContain('2026年2月只有28天');
      expect(bad.$()('#field-title').attr('value')).toBe('岭南镇2026年部门预算公开');

      const created = await clerk.submit('/admin/catalogue/new', {
        title: '岭南镇2026年部门预算公开',
        summary: '岭南镇人民政府2026年部门预算及说明。',
        body: '一、收支总体情况\n2026年收入预算1200万元，支出预算1200万元。\n二、“三公”经费预算情况说明',
        publisher: '岭南镇人民政府',
        writtenOn: '2026-02-26',
        topicCategory: '财政、金融、审计-预算',
        category: 'budgets',
        documentNo: '岭政发〔2026〕3号',
      });
      expect(created.status).toBe(303);
      const itemUrl = created.location!;
      const itemId = itemUrl.split('/').at(-1)!;

      await clerk.submit(`${itemUrl}/workflow`, { event: 'submit', comment: '' }, itemUrl);
      await reviewer.submit(`${itemUrl}/workflow`, { event: 'pass_security_review', comment: '不涉密' }, itemUrl);
      // The returned page explains why in Chinese when the comment is missing.
      const noReason = await reviewer.submit(`${itemUrl}/workflow`, { event: 'return', comment: '' }, itemUrl);
      expect(noReason.status).toBe(400);
      expect(noReason.body).toContain('退回时请填写修改意见。');
      await reviewer.submit(`${itemUrl}/workflow`, { event: 'approve', comment: '同意' }, itemUrl);
      const published = await leader.submit(`${itemUrl}/workflow`, { event: 'approve', comment: '同意发布' }, itemUrl);
      expect(published.status).toBe(303);
      const detail = await leader.get(itemUrl);
      expect(detail.body).toContain('hx-town/2026-00001');

      const visitor = t.browser();
      const page = await visitor.get(`/gk/hx-town/items/${itemId}`);
      expect(page.status).toBe(200);
      const meta = page.$()('table.metadata').text();
      expect(meta).toContain('hx-town/2026-00001');
      expect(meta).toContain('岭政发〔2026〕3号');
      expect(meta).toContain('2026-02-26');

      const column = await visitor.get('/gk/hx-town/statutory-content/?category=budgets');
      expect(column.$()('tbody a').first().text()).toBe('岭南镇2026年部门预算公开');

      const search = await visitor.get(`/search?q=${encodeURIComponent('预算')}`);
      expect(search.$()('.search-results li h3 a').attr('href')).toBe(`/gk/hx-town/items/${itemId}`);
      expect(search.$()('.search-results mark').first().text()).toBe('预算');

      const feed = await visitor.get('/gk/hx-town/feed.xml');
      expect(feed.headers['content-type']).toContain('application/atom+xml');
      expect(feed.body).toContain('<title>岭南镇2026年部门预算公开</title>');
      expect((await visitor.get('/feed.xml')).body).toContain(`/gk/hx-town/items/${itemId}`);
      expect((await visitor.get('/sitemap.xml')).body).toContain(`/gk/hx-town/items/${itemId}</loc>`);
    });

    it('never shows a draft to the public', async () => {
      const clerk = await signedInAs(t, { agencyId: townId, username: `clerk2_${dialect}`, roles: ['clerk'] });
      const created = await clerk.submit('/admin/catalogue/new', {
        title: '尚未审核的草稿',
        summary: '草稿',
        body: '草稿正文',
        publisher: '岭南镇人民政府',
        writtenOn: '2026-02-26',
        topicCategory: '综合政务',
        category: 'other_statutory',
      });
      const id = created.location!.split('/').at(-1)!;
      const visitor = t.browser();
      expect((await visitor.get(`/gk/hx-town/items/${id}`)).status).toBe(404);
      expect((await visitor.get(`/search?q=${encodeURIComponent('草稿')}`)).body).not.toContain('尚未审核的草稿');
    });
  });
}

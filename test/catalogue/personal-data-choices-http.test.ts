// The item page over HTTP offers each role the choices about a personal-data hit its role may take (条例第十五条):
// the clerk deletes or asks to keep with a reason, the reviewer keeps (or returns the item); submitting with a
// hit unanswered is refused with a Chinese message; the notices say what was done; the reviewer's 修改意见
// stands at the top of the returned item for the clerk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp } from '../support/app.ts';

for (const dialect of testDialects()) {
  describe(`personal-data choices by role on the item page [${dialect}]`, () => {
    let t: TestApp;
    let townId = '';
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'pd-county', name: '和县人民政府', level: 'county_government' });
      townId = (await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'pd-town', name: '岭南镇人民政府', level: 'township' })).id;
    });
    afterAll(async () => t?.close());

    it('clerk: 删除 or 申请保留, submission refused until answered; reviewer: 同意保留 or return; the return comment on top', async () => {
      const clerk = await signedInAs(t, { agencyId: townId, username: `pd_clerk_${dialect}`, roles: ['clerk'] });
      const reviewer = await signedInAs(t, { agencyId: townId, username: `pd_reviewer_${dialect}`, roles: ['reviewer'] });
      const created = await clerk.submit('/admin/catalogue/new', {
        title: '岭南镇2026年3月临时救助公示',
        summary: '公示本月临时救助对象。',
        body: '王某某，因病致贫，救助金额3000元。\n监督电话：13812345678。',
        publisher: '岭南镇人民政府',
        writtenOn: '2026-02-26',
        topicCategory: '民政、扶贫、救灾-社会救助',
        category: 'social_assistance',
      });
      expect(created.status).toBe(303);
      const itemUrl = created.location!;

      // The clerk sees both of the clerk's choices and not the reviewer's.
      let $ = (await clerk.get(itemUrl)).$();
      const hitCell = () => $('#h-hits').parent().find('tbody tr td').last();
      expect(hitCell().find('button').toArray().map((b) => $(b).text().trim())).toEqual(['删除（遮盖为 138****5678）', '申请保留（由审核人决定）']);
      expect(hitCell().find('input[name=action]').toArray().map((i) => $(i).attr('value'))).toEqual(['redact', 'propose_keep']);
      expect($('.notice-warning').text()).toContain('还有 1 处疑似个人信息未处理');

      // Submitting now is refused by the service, in Chinese, and nothing moves.
      const refused = await clerk.submit(`${itemUrl}/workflow`, { event: 'submit', comment: '' }, itemUrl);
      expect(refused.status).toBe(400);
      expect(refused.$()('.error-summary').text()).toContain('还有 1 处疑似个人信息未处理：请逐条删除，或写明理由申请保留（由审核人决定）后再提交审查。');
      expect((await clerk.get(itemUrl)).$()('.status-tag').first().text()).toBe('草稿');

      const proposed = await clerk.submit(`${itemUrl}/hits/${hitCell().find('form').first().attr('action')!.split('/').at(-1)}`, { action: 'propose_keep', reason: '镇民政办公开的监督电话' }, itemUrl);
      expect(proposed.status).toBe(303);
      const submitted = await clerk.submit(`${itemUrl}/workflow`, { event: 'submit', comment: '' }, itemUrl);
      expect(submitted.status).toBe(303);
      $ = (await clerk.get(itemUrl)).$();
      expect($('.notice-success').text()).toContain('已提交审查，等待保密审查。');
      expect($('body').text()).not.toContain('操作已完成');

      // The reviewer sees the clerk's request with its reason, may keep it, and is told how to refuse.
      $ = (await reviewer.get(itemUrl)).$();
      expect(hitCell().find('.hit-proposal').text()).toBe('经办人申请保留，理由：镇民政办公开的监督电话');
      expect(hitCell().find('button').toArray().map((b) => $(b).text().trim())).toEqual(['同意保留']);
      expect(hitCell().find('input[name=reason]').attr('value')).toBe('镇民政办公开的监督电话');
      expect(hitCell().text()).toContain('不同意保留：请在下方“退回修改”，由经办人删除。');

      const returned = await reviewer.submit(`${itemUrl}/workflow`, { event: 'return', comment: '监督电话请改为办公室座机后再报' }, itemUrl);
      expect(returned.status).toBe(303);
      expect((await reviewer.get(itemUrl)).$()('.notice-success').text()).toContain('已退回经办人修改');

      // The clerk finds the comment at the top of the item, before the metadata.
      $ = (await clerk.get(itemUrl)).$();
      const top = $('main .return-comment');
      expect(top.text()).toContain('退回修改');
      expect(top.text()).toContain('监督电话请改为办公室座机后再报');
      expect($('main').children().index(top)).toBeLessThan($('main').children().index($('main dl.details-list')));
    });
  });
}

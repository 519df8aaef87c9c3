// The catalogue settings page over HTTP: a township 管理员 sees what it inherits from the county, a bad
// template comes back with the Chinese reason next to the field and what was typed, the live example
// answers as JSON, and a column holding items cannot be deleted (the page says why).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { createCatalogueDeps } from '../../src/features/catalogue/catalogue.deps.ts';
import { createItem } from '../../src/features/catalogue/catalogue.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp } from '../support/app.ts';
import { lowIncomeNotice } from './support.ts';

const SETTINGS = '/admin/catalogue/settings';

for (const dialect of testDialects()) {
  describe(`catalogue settings page [${dialect}]`, () => {
    let t: TestApp;
    let countyId = '';
    let townId = '';
    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2026-03-02T02:00:00.000Z') });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'sp-county', name: '和县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'sp-town', name: '岭南镇人民政府', level: 'township' });
      countyId = county.id;
      townId = town.id;
    });
    afterAll(async () => t?.close());

    it('lets the county set defaults the township inherits, and the township override them', async () => {
      const countyAdmin = await signedInAs(t, { agencyId: countyId, username: `sp_cadmin_${dialect}`, roles: ['admin'] });
      const townAdmin = await signedInAs(t, { agencyId: townId, username: `sp_tadmin_${dialect}`, roles: ['admin'] });

      const saved = await countyAdmin.submit(`${SETTINGS}/chain`, { level1Title: '办公室负责人', level1Role: 'reviewer', level2Title: '主要领导', level2Role: 'leader' }, SETTINGS);
      expect(saved.status).toBe(303);
      const townPage = await townAdmin.get(SETTINGS);
      expect(townPage.status).toBe(200);
      expect(townPage.$()('#h-chain').parent().text()).toContain('经办人提交 → 保密审查 → 办公室负责人（审核人员） → 主要领导（领导） → 发布（沿用和县人民政府的设置）');
      expect(townPage.$()('#field-chain-inherit').attr('checked')).toBeDefined();

      // A template without a sequence number is refused next to the field, with what was typed kept.
      const bad = await townAdmin.submit(`${SETTINGS}/index`, { indexPattern: '{agencyCode}/{yyyy}', seqReset: 'yearly', regionCode: '411082' }, SETTINGS);
      expect(bad.status).toBe(400);
      expect(bad.$()('#field-indexPattern-error').text()).toContain('索引号模板必须包含且只包含一个流水号 {seq:N}');
      expect(bad.$()('#field-indexPattern').attr('value')).toBe('{agencyCode}/{yyyy}');
      expect(bad.$()('#field-regionCode').attr('value')).toBe('411082');

      // The live example, computed by the domain function publication uses.
      const example = await townAdmin.get(`${SETTINGS}/index-example?indexPattern=${encodeURIComponent('{region_code}-{yyyy}-{seq:4}')}&seqReset=yearly&regionCode=411082`);
      expect(JSON.parse(example.body)).toEqual({ example: '411082-2026-0001', problem: null });
      const missing = await townAdmin.get(`${SETTINGS}/index-example?indexPattern=${encodeURIComponent('{org_code}-{seq:4}')}&seqReset=never`);
      expect(JSON.parse(missing.body)).toEqual({ example: null, problem: '索引号模板需要组织机构代码，请先在机关设置中填写。' });

      const good = await townAdmin.submit(`${SETTINGS}/index`, { indexPattern: '{region_code}-{yyyy}-{seq:4}', seqReset: 'yearly', regionCode: '411082' }, SETTINGS);
      expect(good.status).toBe(303);
      const after = await townAdmin.get(SETTINGS);
      expect(after.$()('#index-example').text()).toBe('今天发布的下一条信息的索引号将是：411082-2026-0001');
      expect(after.body).toContain('已发布信息的索引号永不改变');
      // Ticking “沿用上级” previews the county's template — here the built-in one, with the agency code
      // standing in for the missing 统一社会信用代码.
      const inherited = await townAdmin.get(`${SETTINGS}/index-example?inherit=on&indexPattern=&seqReset=yearly&regionCode=411082`);
      expect(JSON.parse(inherited.body)).toEqual({ example: 'sp-town/2026-00001', problem: null });

      // Sensitive words: duplicates and blanks removed.
      await townAdmin.submit(`${SETTINGS}/words`, { words: '内部资料\n\n内部资料\n绝密' }, SETTINGS);
      expect((await townAdmin.get(SETTINGS)).$()('#field-words').text()).toBe('内部资料\n绝密');
    });

    it('refuses to delete a column that holds items and explains why in Chinese', async () => {
      const townAdmin = await signedInAs(t, { agencyId: townId, username: `sp_cols_${dialect}`, roles: ['admin'] });
      expect((await townAdmin.submit(`${SETTINGS}/columns`, { action: 'add', label: '村务公开' }, SETTINGS)).status).toBe(303);
      const page = await townAdmin.get(SETTINGS);
      const columnId = page.$()('input[name="id"]').first().attr('value')!;
      await createItem(t.app.context, createCatalogueDeps(t.database.dataDir), SYSTEM_ACTOR, townId, lowIncomeNotice({ category: columnId, publisher: '岭南镇人民政府' }));
      // The delete button is gone once the column holds an item; a forged request is still refused.
      expect((await townAdmin.get(SETTINGS)).$()('button:contains("删除")').length).toBe(0);
      const refused = await townAdmin.submit(`${SETTINGS}/columns`, { action: 'delete', id: columnId }, SETTINGS);
      expect(refused.status).toBe(409);
      expect(refused.body).toContain('栏目“村务公开”下有 1 条信息（含草稿），不能删除');
      expect(refused.body).toContain('请改为“隐藏”');
      const hidden = await townAdmin.submit(`${SETTINGS}/columns`, { action: 'hide', id: columnId }, SETTINGS);
      expect(hidden.status).toBe(303);
      expect((await townAdmin.get(SETTINGS)).$()('tbody tr td').eq(1).text()).toBe('已隐藏');
    });
  });
}

// Search quality on a hand-written set: which documents a person expects for each query — on SQLite
// with and without the read threads the server searches on, and on PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { indexTexts, searchPublished } from '../../src/features/search/search.service.ts';
import { describeEachDatabase } from '../support/db.ts';
import { DOCS } from './documents.ts';

describeEachDatabase('search quality (条例第二十四条 检索)', (under) => {
  const ids = new Map<string, string>();
  const codes = { town: 'sq-town', bureau: 'sq-bureau' } as const;
  const agencyIds: Record<string, string> = {};

  beforeAll(async () => {
    const ctx = under.context();
    const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'sq-county', name: '和县人民政府', level: 'county_government' });
    agencyIds.town = (await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: codes.town, name: '岭南镇人民政府', level: 'township' })).id;
    agencyIds.bureau = (await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: codes.bureau, name: '和县自然资源局', level: 'county_department' })).id;
    await ctx.db.transaction().execute(async (trx) => {
      await indexTexts(
        trx,
        ctx,
        DOCS.map((d) => {
          const id = ctx.newId();
          ids.set(d.key, id);
          return {
            id,
            objectType: 'catalogue_item',
            agencyId: agencyIds[d.agency]!,
            category: d.category,
            publishedOn: d.publishedOn,
            documentNo: d.documentNo,
            title: d.title,
            path: `/gk/${codes[d.agency]}/items/${id}`,
            body: d.body,
            attachmentText: d.attachment ?? '',
          };
        }),
      );
    });
  });

  const keysOf = async (q: Record<string, string>) => {
    const ctx = under.context();
    const page = await searchPublished(ctx, q, async (code) => (code === codes.town ? agencyIds.town! : code === codes.bureau ? agencyIds.bureau! : null));
    const byId = new Map([...ids].map(([k, v]) => [v, k]));
    return page.results.map((r) => byId.get(r.id));
  };

  it('finds every text with the two-character word 预算, titles first', async () => {
    const keys = await keysOf({ q: '预算' });
    expect(new Set(keys)).toEqual(new Set(['budget2024', 'final2023', 'budgetNotice', 'bureauBudget']));
    // Documents with 预算 in the title outrank the 决算 text that mentions 预算 once in its body.
    expect(keys.at(-1)).toBe('final2023');
  });

  it('finds the notices with 通知, whether in the title or only in the body', async () => {
    expect(new Set(await keysOf({ q: '通知' }))).toEqual(new Set(['budgetNotice', 'fireNotice', 'escape']));
  });

  it('matches 部门预算 as a phrase word and through its parts 部门 and 预算', async () => {
    expect(new Set(await keysOf({ q: '部门预算' }))).toEqual(new Set(['budget2024', 'bureauBudget', 'final2023']));
  });

  it('needs every word of a two-word query', async () => {
    expect(await keysOf({ q: '森林 防火' })).toEqual(['fireNotice']);
    expect(await keysOf({ q: '低保 公示' })).toEqual(['dibao']);
  });

  it('finds words that appear only in an attachment', async () => {
    expect(await keysOf({ q: '用地面积' })).toEqual(['homestead']);
  });

  it('knows the agency name from the user dictionary: 岭南镇 finds the town texts and the bureau notice about the town', async () => {
    expect(new Set(await keysOf({ q: '岭南镇' }))).toEqual(new Set(['budget2024', 'final2023', 'budgetNotice', 'fireNotice', 'homestead', 'guideline', 'bureauLand']));
  });

  it('filters by agency, category, year and 文号', async () => {
    expect(await keysOf({ q: '预算', agency: codes.bureau })).toEqual(['bureauBudget']);
    expect(new Set(await keysOf({ q: '预算', category: 'budgets', agency: codes.town }))).toEqual(new Set(['budget2024', 'final2023']));
    expect(new Set(await keysOf({ q: '通知', year: '2024', documentNo: '岭政发' }))).toEqual(new Set(['budgetNotice', 'fireNotice']));
    expect(await keysOf({ q: '通知', documentNo: '〔2024〕11号' })).toEqual(['fireNotice']);
    expect(await keysOf({ q: '预算', agency: 'no-such-agency' })).toEqual([]);
  });

  it('returns nothing, without error, for punctuation or text found nowhere', async () => {
    expect(await keysOf({ q: '，。！？' })).toEqual([]);
    expect(await keysOf({ q: '航天飞机' })).toEqual([]);
    expect(await keysOf({ q: "' OR 1=1 --" })).toEqual([]);
    // Filters are stored as facet words (yr2024, ag…, cat…) beside the text: typing one finds nothing.
    expect(await keysOf({ q: 'yr2024' })).toEqual([]);
    expect(await keysOf({ q: 'catbudgets' })).toEqual([]);
  });

  it('marks the matched word in the snippet and keeps markup in the text as plain text', async () => {
    const ctx = under.context();
    const page = await searchPublished(ctx, { q: '系统升级' }, async () => null);
    const segs = page.results[0]!.snippet;
    expect(segs.filter((s) => s.mark).map((s) => s.text).join('')).toContain('系统');
    expect(segs.map((s) => s.text).join('')).toContain('<script>alert(1)</script>');
  });
}, { readThreads: 1 });

// Snippets of long documents: the database returns only an excerpt around the first query word
// (search.repository.ts), and the snippet must still show that word with … where text was cut.
import { beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { snippetHtml } from '../../src/features/search/domain/snippet.ts';
import { indexTexts, searchPublished } from '../../src/features/search/search.service.ts';
import { describeEachDatabase } from '../support/db.ts';

// 3,000 characters of filler: far longer than the 1,000-character excerpt and the 120-character snippet.
const FILLER = '为进一步做好本镇各项工作，现将有关事项说明如下。'.repeat(125);

const DOCS = [
  { key: 'deep', title: '关于岭南镇年度工作情况的说明', body: `${FILLER}秸秆禁烧期间各村须落实巡查责任。${FILLER}` },
  { key: 'latin', title: '岭南镇疫情防控工作安排', body: `${FILLER}做好COVID-19疫苗接种登记工作。${FILLER}` },
  { key: 'titleOnly', title: '岭南镇河长制工作方案', body: FILLER },
] as const;

describeEachDatabase(
  'search snippets of long documents',
  (under) => {
    const ids = new Map<string, string>();
    beforeAll(async () => {
      const ctx = under.context();
      const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'ex-county', name: '和县人民政府', level: 'county_government' });
      const town = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: 'ex-town', name: '岭南镇人民政府', level: 'township' });
      await ctx.db.transaction().execute(async (trx) => {
        await indexTexts(
          trx,
          ctx,
          DOCS.map((d) => {
            const id = ctx.newId();
            ids.set(d.key, id);
            return { id, objectType: 'catalogue_item', agencyId: town.id, category: 'work_updates', publishedOn: '2025-06-01', documentNo: null, title: d.title, path: `/gk/ex-town/items/${id}`, body: d.body, attachmentText: '' };
          }),
        );
      });
    });

    const snippetFor = async (q: string, key: string) => {
      const page = await searchPublished(under.context(), { q }, async () => null);
      const hit = page.results.find((r) => r.id === ids.get(key));
      if (!hit) throw new Error(`${q}: ${key} not found`);
      return snippetHtml(hit.snippet);
    };

    it('shows the word from the middle of a 6,000-character text, cut on both sides', async () => {
      const html = await snippetFor('秸秆禁烧', 'deep');
      expect(html.replace(/<\/?mark>/g, '')).toContain('秸秆禁烧期间各村须落实巡查责任');
      expect(html).toMatch(/<mark>秸秆/);
      expect(html.startsWith('…')).toBe(true);
      expect(html.endsWith('…')).toBe(true);
    });

    it('finds a Latin word written in capitals when the query is in lower case', async () => {
      const html = await snippetFor('covid', 'latin');
      expect(html).toContain('做好<mark>COVID</mark>-19疫苗接种登记工作');
    });

    it('starts at the beginning of the text when the word is only in the title', async () => {
      const html = await snippetFor('河长制', 'titleOnly');
      expect(html.startsWith('为进一步做好本镇各项工作')).toBe(true);
      expect(html.endsWith('…')).toBe(true);
    });
  },
  { readThreads: 1 },
);

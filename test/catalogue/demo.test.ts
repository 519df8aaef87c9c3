import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { normativeDocumentCells } from '../../src/features/catalogue/catalogue.service.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { searchPublished } from '../../src/features/search/search.service.ts';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('catalogue demo data', (under) => {
  it('gives every agency of the demo county a living catalogue, searchable, with normative documents, 解读 and live reviews', async () => {
    const ctx = under.context(() => new Date('2026-11-20T02:00:00.000Z'));
    await loadDemo(ctx);
    const town = (await findAgencyByCode(ctx.db, '999000021'))!;
    const perAgency = await ctx.db.selectFrom('catalogue_item').select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('agency_id').execute();
    expect(perAgency.length).toBe(6);
    for (const row of perAgency) expect(Number(row.n)).toBeGreaterThanOrEqual(240);
    const statuses = await ctx.db.selectFrom('catalogue_item').select('status').distinct().where('agency_id', '=', town.id).execute();
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['published', 'draft', 'security_review', 'approval', 'returned']));
    const links = await sql<{ n: number }>`select count(*) as n from catalogue_link`.execute(ctx.db);
    expect(Number(links.rows[0]!.n)).toBe(12);
    // Four normative documents per agency, published 2022-03-10, 2023-03-11, 2024-03-12, 2025-03-13; the
    // first abolished 2025-12-20, the second expired 2025-03-11. For 2025: 1 issued, 2 abolished, 2 valid.
    const cells = await normativeDocumentCells(ctx, SYSTEM_ACTOR, town.id, 2025);
    expect(cells['active_disclosure.art20_item1.normative_documents.issued_this_year']).toBe(1);
    expect(cells['active_disclosure.art20_item1.normative_documents.abolished_this_year']).toBe(2);
    expect(cells['active_disclosure.art20_item1.normative_documents.currently_valid']).toBe(2);
    const found = await searchPublished(ctx, { q: '低保', agency: '999000021' }, async () => town.id);
    expect(found.total).toBeGreaterThan(0);
    // Every township keeps a 公开事项标准目录 (国办发〔2019〕54号) of 18 items; 最低生活保障 gathers the
    // town's published 社会救助 items.
    const standard = await ctx.db.selectFrom('catalogue_standard_row').select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('agency_id').execute();
    expect(standard.map((r) => Number(r.n))).toEqual([18, 18, 18]);
    const assistance = await ctx.db.selectFrom('catalogue_item').select((eb) => eb.fn.countAll<number>().as('n')).where('agency_id', '=', town.id).where('category', '=', 'social_assistance').where('status', '=', 'published').executeTakeFirstOrThrow();
    const filed = await ctx.db
      .selectFrom('catalogue_item_standard_row as f')
      .innerJoin('catalogue_standard_row as r', 'r.id', 'f.standard_row_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('r.agency_id', '=', town.id)
      .where('r.item_level2', '=', '最低生活保障')
      .executeTakeFirstOrThrow();
    expect(Number(assistance.n)).toBeGreaterThan(0);
    expect(Number(filed.n)).toBe(Number(assistance.n));
    // Loading ~1,500 items on a machine shared by eight engineers can take longer than the default 30 s.
  }, 180_000);
});

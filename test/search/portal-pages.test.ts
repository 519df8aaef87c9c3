// Published annual reports and the 指南 / 制度 pages are searchable (issue 11 item 3, 条例第二十四条),
// on both databases. The demo publishes each agency's reports of the two years before "today" (the
// harness clock, 2026-03-02) — for 土门关乡 the 2024 and 2025 reports — and saves a 指南 and a 制度 page
// for every agency; nothing else in the demo is titled 年度报告.
import { beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { indexPublishedReportsMissing } from '../../src/features/annual-reports/annual-reports.search.ts';
import { indexPagesMissing } from '../../src/features/catalogue/catalogue.page-search.ts';
import { savePage } from '../../src/features/catalogue/catalogue.service.ts';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { removeFromSearch, searchPublished } from '../../src/features/search/search.service.ts';
import type { ServiceContext } from '../../src/platform/service-context.ts';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('search finds published annual reports, 指南 and 制度', (under) => {
  let ctx: ServiceContext;
  let tumenguan = '';
  const byCode = async (code: string) => (await findAgencyByCode(ctx.db, code))?.id ?? null;
  const search = (q: string, extra: Record<string, string> = {}) => searchPublished(ctx, { q, ...extra }, byCode);
  const paths = async (q: string, extra: Record<string, string> = {}) => (await search(q, extra)).results.map((r) => r.path);

  beforeAll(async () => {
    ctx = under.context();
    await loadDemo(ctx);
    tumenguan = (await byCode('999000021'))!;
  }, 240_000);

  it('年度报告, 年报 and 土门关乡 + 年报 find the published reports', async () => {
    const reports = (await search('年度报告')).results.filter((r) => r.category === 'annual_report');
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(await paths('年报')).toEqual(expect.arrayContaining(['/gk/999000021/annual-reports/2025', '/gk/999000021/annual-reports/2024']));
    // The agency's name narrows to its own two reports, newest first.
    expect(await paths('土门关乡年报')).toEqual(['/gk/999000021/annual-reports/2025', '/gk/999000021/annual-reports/2024']);
    expect(await paths('土门关乡 年报')).toEqual(['/gk/999000021/annual-reports/2025', '/gk/999000021/annual-reports/2024']);
    const first = (await search('土门关乡年报')).results[0]!;
    expect(first.title.map((s) => s.text).join('')).toBe('土门关乡人民政府2025年政府信息公开工作年度报告');
    expect(first.publishedOn).toBe('2026-01-20');
    // The category filter of the search page (政府信息公开年报).
    expect((await search('报告', { category: 'annual_report', agency: '999000021' })).total).toBe(2);
  });

  it('指南 finds the 政府信息公开指南 of each agency, first; 制度 the 制度 page', async () => {
    const guide = await paths('指南', { agency: '999000021' });
    expect(guide[0]).toBe('/gk/999000021/guide/');
    expect(await paths('政府信息公开制度', { agency: '999000021' })).toContain('/gk/999000021/rules/');
    expect(await paths('土门关乡 指南')).toContain('/gk/999000021/guide/');
  });

  it('a saved 指南 is re-indexed with what it says now', async () => {
    const marker = '测绘成果查询窗口';
    expect((await search(marker)).total).toBe(0);
    await savePage(ctx, SYSTEM_ACTOR, tumenguan, { kind: 'guide', title: '土门关乡人民政府政府信息公开指南', body: `申请查阅测绘成果的，请到${marker}办理。` });
    expect(await paths(marker)).toEqual(['/gk/999000021/guide/']);
    await savePage(ctx, SYSTEM_ACTOR, tumenguan, { kind: 'guide', title: '土门关乡人民政府政府信息公开指南', body: '本指南说明如何向本机关申请政府信息公开。' });
    expect((await search(marker)).total).toBe(0);
    // Still one document for the page, not one per save.
    const rows = await ctx.db.selectFrom('search_document').select('id').where('agency_id', '=', tumenguan).where('category', '=', 'guide').execute();
    expect(rows).toHaveLength(1);
  });

  it('reports and pages published before they were searchable are indexed once at start', async () => {
    const before = (await search('年报')).total;
    // As an installation upgraded from before: the reports and pages are not in the index.
    const indexed = await ctx.db.selectFrom('search_document').select('id').where('object_type', 'in', ['annual_report', 'catalogue_page']).execute();
    for (const { id } of indexed) await removeFromSearch(ctx.db, ctx, id);
    expect((await search('土门关乡年报')).total).toBe(0);
    expect(await indexPublishedReportsMissing(ctx)).toBe(before);
    expect(await indexPagesMissing(ctx)).toBeGreaterThanOrEqual(2);
    expect((await search('年报')).total).toBe(before);
    expect(await paths('土门关乡年报')).toEqual(['/gk/999000021/annual-reports/2025', '/gk/999000021/annual-reports/2024']);
    // A second start finds nothing missing.
    expect(await indexPublishedReportsMissing(ctx)).toBe(0);
    expect(await indexPagesMissing(ctx)).toBe(0);
  });
});

// The 专栏's 年报 column and a published report's pages are public pages of the page cache
// (src/platform/page-cache): a visitor who loaded the column before a publication sees the report on the
// very next request (publishing bumps the publication generation in its own transaction, 条例第四十九条
// 向社会公布), while drafting, submitting and approving — which the public does not see — leave the cached
// pages alone. The report page, its print view and its Word file are answered from memory with the same
// bytes, the Word file keeping its name, and revalidated with 304. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import * as reports from '../../src/features/annual-reports/annual-reports.service.ts';
import { manualCellKeys } from '../../src/features/annual-reports/domain/cells.ts';
import { readPublicationGeneration } from '../../src/platform/page-cache/publication-generation.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { openTestApp, testDialects, type PageResponse, type TestApp } from '../support/app.ts';

const COLUMN = '/gk/PG-TA/annual-reports/';

for (const dialect of testDialects()) {
  describe(`annual reports in the public page cache [${dialect}]`, () => {
    let t: TestApp;
    let tree: TestTree;
    let clerk: Actor;
    let leader: Actor;

    beforeAll(async () => {
      t = await openTestApp({ dialect, now: () => new Date('2025-01-15T02:00:00Z') });
      tree = await buildTree(t.app.context, 'PG');
      clerk = (await accountWith(t.app.context, tree.townA, 'clerk', 'pg_clerk')).actor;
      leader = (await accountWith(t.app.context, tree.townA, 'leader', 'pg_leader')).actor;
    });
    afterAll(async () => t?.close());

    /** Generates the year's report and fills it in (table 二/四 all 0, sections 一 and 五 written), up to approval. */
    async function approvedReport(year: number): Promise<{ id: string; version: number }> {
      const ctx = t.app.context;
      const { id } = await reports.generateDraft(ctx, clerk, tree.townA.id, year);
      const draft = await reports.getReport(ctx, clerk, tree.townA.id, id);
      await reports.saveDraft(ctx, clerk, tree.townA.id, id, {
        version: String(draft.version),
        ...Object.fromEntries(manualCellKeys(draft.format).map((k) => [`cell.${k}`, '0'])),
        'text.general_situation': '本机关依照《条例》做好主动公开、依申请公开和政府信息管理工作。',
        'text.problems_and_improvements': '存在的问题：专栏更新不够及时。改进措施：每月检查一次。',
      });
      await reports.transition(ctx, clerk, tree.townA.id, id, 'submit', { version: String(draft.version + 1) });
      await reports.transition(ctx, leader, tree.townA.id, id, 'approve', { version: String(draft.version + 2) });
      return { id, version: draft.version + 3 };
    }

    const linksOf = (page: PageResponse) => page.$()('ul.report-list li > a:first-child').map((_i, el) => page.$()(el).attr('href')).get();

    it('keeps the column page until a report is published, then shows it on the next request', async () => {
      const visitor = t.browser();
      const before = await visitor.get(COLUMN);
      expect(before.status).toBe(200);
      expect(before.$()('ul.report-list').length).toBe(0);
      const etag = before.headers['etag'];
      expect(etag).toBeDefined();
      expect(before.headers['cache-control']).toBe('public, no-cache');
      const hits = t.app.pageCache.stats().hits;
      expect((await visitor.get(COLUMN)).headers['etag']).toBe(etag);
      expect(t.app.pageCache.stats().hits).toBe(hits + 1);
      expect((await visitor.get('/gk/PG-TA/annual-reports/2024')).status).toBe(404);

      // Drafting, submitting and approving change nothing the public sees: the generation stays, the page too.
      const generation = (await readPublicationGeneration(t.app.context.db)).generation;
      const report = await approvedReport(2024);
      expect((await readPublicationGeneration(t.app.context.db)).generation).toBe(generation);
      expect((await visitor.get(COLUMN)).headers['etag']).toBe(etag);

      await reports.transition(t.app.context, leader, tree.townA.id, report.id, 'publish', { version: String(report.version) });
      expect((await readPublicationGeneration(t.app.context.db)).generation).toBe(generation + 1);
      const after = await visitor.get(COLUMN);
      expect(after.headers['etag']).not.toBe(etag);
      expect(linksOf(after)).toEqual(['/gk/PG-TA/annual-reports/2024']);
      expect(after.$()('ul.report-list li .meta').text()).toBe('（2025-01-15公布）');
      // A revalidation with the old validator gets the new page, not a 304.
      const revalidated = await t.app.inject({ method: 'GET', url: COLUMN, headers: { 'if-none-match': String(etag) } });
      expect(revalidated.statusCode).toBe(200);
      expect(revalidated.body).toContain('PG甲镇人民政府2024年政府信息公开工作年度报告');
    });

    it('serves the report page, the print view and the Word file from memory, the Word file under its name, with 304 on revalidation', async () => {
      for (const [path, type] of [
        ['/gk/PG-TA/annual-reports/2024', 'text/html; charset=utf-8'],
        ['/gk/PG-TA/annual-reports/2024/print', 'text/html; charset=utf-8'],
        ['/gk/PG-TA/annual-reports/2024/word', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ] as const) {
        const first = await t.app.inject({ method: 'GET', url: path });
        expect(first.statusCode).toBe(200);
        expect(first.headers['content-type']).toBe(type);
        expect(first.headers['cache-control']).toBe('public, no-cache');
        const hits = t.app.pageCache.stats().hits;
        const second = await t.app.inject({ method: 'GET', url: path });
        expect(t.app.pageCache.stats().hits).toBe(hits + 1);
        expect(second.headers['etag']).toBe(first.headers['etag']);
        expect(second.headers['content-type']).toBe(type);
        expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
        expect(second.headers['content-disposition']).toBe(first.headers['content-disposition']);
        const notModified = await t.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': String(first.headers['etag']) } });
        expect(notModified.statusCode).toBe(304);
        expect(notModified.body).toBe('');
      }
      const word = await t.app.inject({ method: 'GET', url: '/gk/PG-TA/annual-reports/2024/word' });
      expect(word.headers['content-disposition']).toBe(
        // The ASCII fallback keeps the extension, for a client that ignores filename*.
        `attachment; filename="annual-report.docx"; filename*=UTF-8''${encodeURIComponent('PG甲镇人民政府2024年政府信息公开工作年度报告.docx')}`,
      );
      // A .docx is a zip file: its first bytes are "PK\x03\x04".
      expect(word.rawPayload.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    });

    it('shows a later publication (the year before) on the cached column at once, newest year first', async () => {
      const visitor = t.browser();
      const cached = await visitor.get(COLUMN);
      expect(linksOf(cached)).toEqual(['/gk/PG-TA/annual-reports/2024']);
      expect((await visitor.get(COLUMN)).headers['etag']).toBe(cached.headers['etag']);
      const report = await approvedReport(2023);
      await reports.transition(t.app.context, leader, tree.townA.id, report.id, 'publish', { version: String(report.version) });
      expect(linksOf(await visitor.get(COLUMN))).toEqual(['/gk/PG-TA/annual-reports/2024', '/gk/PG-TA/annual-reports/2023']);
      expect((await visitor.get('/gk/PG-TA/annual-reports/2023')).status).toBe(200);
    });
  });
}

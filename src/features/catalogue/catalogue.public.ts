// What the public sees: only information published at least once and not withdrawn; an item under
// revision keeps showing its published version until the new one is approved (条例第十七条).
import { z } from 'zod';
import { uncachedReads, type PublicReads } from '../../platform/page-cache/generation-memo.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { findAgencyById } from '../agencies/agencies.repository.ts';
import * as repo from './catalogue.repository.ts';
import { PORTAL_PAGE_SIZE, agencyLevelForCatalogue, loadSettings, releasedAttachments } from './catalogue.service.ts';
import { categoriesFor, CATEGORY_ID_PATTERN } from './domain/categories.ts';
import type { CatalogueItem } from './domain/item.ts';
import { NotFoundError } from '../../platform/errors.ts';

export const portalListQuerySchema = z.object({
  category: z
    .string()
    .optional()
    .transform((v) => (v && CATEGORY_ID_PATTERN.test(v) ? v : null)),
  year: z
    .string()
    .optional()
    .transform((v) => (v && /^\d{4}$/.test(v) ? Number(v) : null)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

async function overlayPublished<T extends { id: string; status: string; publishedVersion: number | null; title: string }>(ctx: ServiceContext, rows: T[]): Promise<T[]> {
  const revising = rows.filter((r) => r.status !== 'published' && r.publishedVersion !== null);
  if (revising.length === 0) return rows;
  const snaps = await repo.findPublishedSnapshots(ctx.db, revising.map((r) => ({ id: r.id, version: r.publishedVersion! })));
  // Every listed field the published version has, not only the title: the revision is not public yet.
  return rows.map((r) => {
    const snap = snaps.get(r.id);
    if (!snap) return r;
    const { title, documentNo, writtenOn, validity, category } = snap;
    return { ...r, title, documentNo, writtenOn, validity, category };
  });
}

/**
 * An agency's public list page. The agency, its settings and its per-column counts change only with a
 * publication, withdrawal or settings change, which bump the publication generation: `reads` keeps them
 * for that generation, so a list page costs one query (the page of rows) when they are warm.
 */
export async function publicCatalogue(ctx: ServiceContext, agencyId: string, query: Record<string, string | undefined>, reads: PublicReads = uncachedReads) {
  const q = portalListQuerySchema.parse(query);
  const [agency, settings, counts, list] = await Promise.all([
    reads.memo(`agency:id:${agencyId}`, async () => (await findAgencyById(ctx.db, agencyId)) ?? null),
    reads.memo(`catalogue:settings:${agencyId}`, () => loadSettings(ctx.db, agencyId)),
    // Without a year filter the per-category counts (needed for the column menu anyway) give the total.
    reads.memo(`catalogue:counts:${agencyId}`, () => repo.countPublishedByCategory(ctx.db, agencyId)),
    repo.listPublishedItems(ctx.db, { agencyId, category: q.category, year: q.year, limit: PORTAL_PAGE_SIZE, offset: (q.page - 1) * PORTAL_PAGE_SIZE, withCount: q.year !== null }),
  ]);
  if (!agency) throw new NotFoundError('找不到该单位。');
  const total = list.total ?? (q.category ? (counts[q.category] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0));
  return {
    rows: await overlayPublished(ctx, list.rows),
    total,
    page: q.page,
    pageSize: PORTAL_PAGE_SIZE,
    filters: q,
    categories: categoriesFor(agencyLevelForCatalogue(agency.level), settings.columns).map((c) => ({ ...c, count: counts[c.id] ?? 0 })),
  };
}

export async function publicItem(ctx: ServiceContext, agencyId: string, itemId: string, reads: PublicReads = uncachedReads) {
  const row = await repo.findPublishedItem(ctx.db, agencyId, itemId);
  if (!row) throw new NotFoundError('该信息不存在或已撤回。');
  let item: CatalogueItem = row;
  if (row.status !== 'published' && row.publishedVersion !== null) {
    const snap = (await repo.findPublishedSnapshots(ctx.db, [{ id: row.id, version: row.publishedVersion }])).get(row.id);
    if (snap) {
      const { attachmentIds: _released, ...fields } = snap;
      item = { ...row, ...fields };
    }
  }
  const [attachments, links, settings] = await Promise.all([releasedAttachments(ctx.db, row), repo.listLinks(ctx.db, itemId), reads.memo(`catalogue:settings:${agencyId}`, () => loadSettings(ctx.db, agencyId))]);
  return {
    item,
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, sizeBytes: a.size_bytes, mediaType: a.media_type })),
    links: links.filter((l) => l.published),
    columns: settings.columns,
  };
}

export async function latestPublished(ctx: ServiceContext, agencyId: string | null, limit: number) {
  return repo.listLatestPublished(ctx.db, agencyId, limit);
}

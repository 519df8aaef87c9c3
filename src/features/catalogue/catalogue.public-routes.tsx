// Public pages of 主动公开: item pages and attachment downloads (条例第二十四条 查阅、下载), the Atom
// feeds of new information and the sitemap. The 专栏 columns are in catalogue.columns.tsx.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { findAgencyById } from '../agencies/agencies.repository.ts';
import { publicReadsOf } from '../../platform/page-cache/page-cache.ts';
import { publicOrigin } from '../../platform/public-origin.ts';
import { loadPublicAgency } from '../portal/portal.service.ts';
import { catalogueDepsFor } from './catalogue.routes.tsx';
import { latestPublished, publicItem } from './catalogue.public.ts';
import { readAttachment } from './catalogue.service.ts';
import { SITEMAP_LIMIT, atomFeed, sitemapXml, type FeedEntry } from './domain/feeds.ts';
import { publicItem as itemPath } from './views/paths.ts';
import { PublicItemPage } from './views/portal/PublicItemPage.tsx';
import { contentDisposition } from '../../platform/content-disposition.ts';

const itemParams = z.object({ code: z.string().trim().min(1).max(40), id: z.string().trim().min(1).max(64) });
const attParams = itemParams.extend({ attachmentId: z.string().trim().min(1).max(64) });
const codeParams = z.object({ code: z.string().trim().min(1).max(40) });

export const FEED_SIZE = 50;

export async function cataloguePublicRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.context;
  const deps = catalogueDepsFor(app);

  // A public page (platform/page-cache): the same for every visitor until the next publication.
  app.get('/gk/:code/items/:id', { config: { publicPage: true } }, async (request, reply) => {
    const params = itemParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const reads = publicReadsOf(request);
    const agency = await loadPublicAgency(ctx, params.data.code, reads);
    const data = await publicItem(ctx, agency.id, params.data.id, reads);
    return reply.page(<PublicItemPage agency={agency} data={data} />);
  });

  app.get('/gk/:code/items/:id/attachments/:attachmentId', async (request, reply) => {
    const params = attParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const agency = await loadPublicAgency(ctx, params.data.code);
    await publicItem(ctx, agency.id, params.data.id);
    const f = await readAttachment(ctx, deps, null, params.data.id, params.data.attachmentId);
    return reply
      .header('content-type', f.mediaType)
      .header('content-disposition', contentDisposition(f.fileName))
      .header('x-content-type-options', 'nosniff')
      .send(f.data);
  });

  const feedEntries = async (request: FastifyRequest, agencyId: string | null): Promise<FeedEntry[]> =>
    (await latestPublished(ctx, agencyId, FEED_SIZE)).map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      url: publicOrigin(request) + itemPath(r.agencyCode, r.id),
      publishedOn: r.publishedOn,
      updatedAt: r.updatedAt,
      author: r.agencyName,
    }));

  app.get('/gk/:code/feed.xml', async (request, reply) => {
    const params = codeParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const agency = await loadPublicAgency(ctx, params.data.code);
    const entries = await feedEntries(request, agency.id);
    const base = `${publicOrigin(request)}/gk/${encodeURIComponent(agency.code)}/`;
    const xml = atomFeed({ title: `${agency.name} 政府信息公开`, selfUrl: `${base}feed.xml`, siteUrl: base, updatedAt: entries[0]?.updatedAt ?? ctx.now().toISOString(), entries });
    return reply.header('content-type', 'application/atom+xml; charset=utf-8').send(xml);
  });

  app.get('/feed.xml', async (request, reply) => {
    const entries = await feedEntries(request, null);
    const xml = atomFeed({ title: '政府信息公开 最新信息', selfUrl: `${publicOrigin(request)}/feed.xml`, siteUrl: `${publicOrigin(request)}/`, updatedAt: entries[0]?.updatedAt ?? ctx.now().toISOString(), entries });
    return reply.header('content-type', 'application/atom+xml; charset=utf-8').send(xml);
  });

  app.get('/sitemap.xml', async (request, reply) => {
    const rows = await latestPublished(ctx, null, SITEMAP_LIMIT - 1000);
    const agencyIds = [...new Set(rows.map((r) => r.agencyId))];
    const agencies = (await Promise.all(agencyIds.map((id) => findAgencyById(ctx.db, id)))).filter((a) => a !== undefined);
    const urls = [
      { loc: `${publicOrigin(request)}/` },
      ...agencies.map((a) => ({ loc: `${publicOrigin(request)}/gk/${encodeURIComponent(a.code)}/` })),
      ...rows.map((r) => ({ loc: publicOrigin(request) + itemPath(r.agencyCode, r.id), lastmod: r.updatedAt.slice(0, 10) })),
    ];
    return reply.header('content-type', 'application/xml; charset=utf-8').send(sitemapXml(urls));
  });
}

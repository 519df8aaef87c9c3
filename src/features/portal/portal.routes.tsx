// Public portal routes: the home page with the agency directory, each agency's 政府信息公开专栏 and its
// sub-columns. Features fill a sub-column by setting `render` on its entry in platform/navigation.ts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { portalColumnBySlug, portalColumns } from '../../platform/navigation.ts';
import { keepOutOfPageCache, publicReadsOf } from '../../platform/page-cache/page-cache.ts';
import { loadDirectory, loadPublicAgency } from './portal.service.ts';
import { AgencyColumns } from './views/AgencyColumns.tsx';
import { ColumnPage } from './views/ColumnPage.tsx';
import { PortalHome } from './views/PortalHome.tsx';

const agencyParams = z.object({ code: z.string().trim().min(1).max(40) });
const columnParams = agencyParams.extend({ column: z.string().trim().min(1).max(40) });

export async function portalRoutes(app: FastifyInstance): Promise<void> {
  // Public pages (platform/page-cache): the same for every visitor until the next publication.
  app.get('/', { config: { publicPage: true } }, async (request, reply) => {
    const directory = await loadDirectory(app.context, publicReadsOf(request));
    return reply.page(<PortalHome heading={directory.heading} groups={directory.groups} />);
  });

  app.get('/gk/:code', { config: { publicPage: true } }, async (request, reply) => {
    const params = agencyParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const agency = await loadPublicAgency(app.context, params.data.code, publicReadsOf(request));
    return reply.page(<AgencyColumns agency={agency} columns={portalColumns} />);
  });

  app.get('/gk/:code/:column', { config: { publicPage: true } }, async (request, reply) => {
    const params = columnParams.safeParse(request.params);
    const column = params.success ? portalColumnBySlug(params.data.column) : undefined;
    if (!params.success || !column) return reply.callNotFound();
    // A column whose owner does not bump the publication generation is rendered fresh every time.
    if (!column.cachedByGeneration) keepOutOfPageCache(request);
    const reads = publicReadsOf(request);
    const agency = await loadPublicAgency(app.context, params.data.code, reads);
    const query = request.query as Record<string, string | undefined>;
    const content = column.render ? await column.render({ agency, query, context: app.context, reads }) : null;
    return reply.page(<ColumnPage agency={agency} columns={portalColumns} current={column} content={content} />);
  });
}

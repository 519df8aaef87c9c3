// GET /search?q=… — public full-text search over published information.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ValidationError } from '../../platform/errors.ts';
import { publicReadsOf } from '../../platform/page-cache/page-cache.ts';
import { findAgencyByCode, listAllAgencies } from '../agencies/agencies.repository.ts';
import { indexPublishedReportsMissing } from '../annual-reports/annual-reports.search.ts';
import { indexPagesMissing } from '../catalogue/catalogue.page-search.ts';
import { searchPublished, type SearchPage as SearchData } from './search.service.ts';
import { SearchPage } from './views/SearchPage.tsx';

const rawQuery = z.object({
  q: z.string().catch('').default(''),
  agency: z.string().catch('').default(''),
  category: z.string().catch('').default(''),
  year: z.string().catch('').default(''),
  documentNo: z.string().catch('').default(''),
  page: z.string().catch('1').default('1'),
});

export async function searchRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.context;
  // Annual reports and 指南 / 制度 pages published before they were searchable (issue 11 item 3) are
  // indexed once, at start; from then on publication and every save index them in their transaction.
  app.addHook('onReady', async () => {
    const added = (await indexPublishedReportsMissing(ctx)) + (await indexPagesMissing(ctx));
    if (added > 0) app.log.info({ added }, 'search: indexed published annual reports and pages');
  });
  // A public page (platform/page-cache). The agency list of the filter and the agency codes change only
  // with agency changes, which bump the publication generation: read once per generation.
  app.get('/search', { config: { publicPage: true } }, async (request, reply) => {
    const raw = rawQuery.parse(request.query ?? {});
    const reads = publicReadsOf(request);
    const { agencies, names } = await reads.memo('search:agencies', async () => {
      const list = (await listAllAgencies(ctx.db, { includeArchived: false })).map((a) => ({ id: a.id, code: a.code, name: a.name }));
      return { agencies: list, names: new Map(list.map((a) => [a.id, a.name])) };
    });
    let data: SearchData | null = null;
    let error: string | undefined;
    if (raw.q.trim() !== '') {
      try {
        data = await searchPublished(ctx, raw, (code) => reads.memo(`search:agency-id:${code}`, async () => (await findAgencyByCode(ctx.db, code))?.id ?? null));
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        error = e.message;
      }
    }
    const { page: _page, ...params } = raw;
    return reply.page(<SearchPage data={data} agencies={agencies} agencyNames={names} raw={params} error={error} />);
  });
}

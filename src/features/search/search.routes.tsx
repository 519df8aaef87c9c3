// GET /search?q=… — public full-text search over published information.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ValidationError } from '../../platform/errors.ts';
import { findAgencyByCode, listAllAgencies } from '../agencies/agencies.repository.ts';
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

/** The agency list of the filter changes rarely; read it at most once a minute, not on every search. */
const AGENCY_LIST_TTL_MS = 60_000;

export async function searchRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.context;
  let cached: { at: number; agencies: Array<{ id: string; code: string; name: string }>; names: Map<string, string> } | null = null;
  const agencyList = async () => {
    const now = ctx.now().getTime();
    if (!cached || now - cached.at > AGENCY_LIST_TTL_MS) {
      const agencies = (await listAllAgencies(ctx.db, { includeArchived: false })).map((a) => ({ id: a.id, code: a.code, name: a.name }));
      cached = { at: now, agencies, names: new Map(agencies.map((a) => [a.id, a.name])) };
    }
    return cached;
  };
  app.get('/search', async (request, reply) => {
    const raw = rawQuery.parse(request.query ?? {});
    const { agencies, names } = await agencyList();
    let data: SearchData | null = null;
    let error: string | undefined;
    if (raw.q.trim() !== '') {
      try {
        data = await searchPublished(ctx, raw, async (code) => (await findAgencyByCode(ctx.db, code))?.id ?? null);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        error = e.message;
      }
    }
    const { page: _page, ...params } = raw;
    return reply.page(<SearchPage data={data} agencies={agencies} agencyNames={names} raw={params} error={error} />);
  });
}

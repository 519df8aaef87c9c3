// Complaints about active disclosure (条例第四十七条第二款、第五十一条): the public form on an item or a 专栏
// column and the page where the complainant reads the answer with their 查询码 (both CSRF-checked like every
// POST, rate-limited per IP), and the staff page under /admin/catalogue.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors, stateWithError, type FormState } from '../../platform/form.ts';
import { publicFormRateLimit } from '../../platform/rate-limits.ts';
import { grantRootsFor } from '../accounts/domain/policy.ts';
import { findSubtreeIds, listAgenciesByIds } from '../agencies/agencies.repository.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import { loadPublicAgency } from '../portal/portal.service.ts';
import { currentAgencyId } from './catalogue.routes.tsx';
import { answerComplaint, complaintTarget, fileComplaint, listComplaints, trackComplaint } from './complaints.service.ts';
import { ComplaintsPage, complaintsBase } from './views/ComplaintsPage.tsx';
import { ComplaintFormPage } from './views/portal/ComplaintFormPage.tsx';
import { ComplaintTrackPage, complaintTrackPath } from './views/portal/ComplaintTrackPage.tsx';

const codeParams = z.object({ code: z.string().trim().min(1).max(40) });
const idParams = z.object({ id: z.string().trim().min(1).max(64) });
const targetQuery = z.object({ item: z.string().trim().max(64).optional().default(''), category: z.string().trim().max(41).optional().default('') });
const strings = z.record(z.string(), z.unknown()).transform((body) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
});

export async function complaintsRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.context;

  app.get('/gk/:code/complaint', async (request, reply) => {
    const params = codeParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const agency = await loadPublicAgency(ctx, params.data.code);
    const target = await complaintTarget(ctx, agency.id, targetQuery.parse(request.query ?? {}));
    return reply.page(<ComplaintFormPage agency={agency} target={target} state={emptyFormState} />);
  });

  app.post('/gk/:code/complaint', { config: { rateLimit: publicFormRateLimit } }, async (request, reply) => {
    const params = codeParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const agency = await loadPublicAgency(ctx, params.data.code);
    const body = strings.parse(request.body ?? {});
    const target = await complaintTarget(ctx, agency.id, targetQuery.parse(body));
    let filed: Awaited<ReturnType<typeof fileComplaint>>;
    try {
      filed = await fileComplaint(ctx, agency.id, body);
    } catch (error) {
      if (error instanceof ValidationError) return reply.page(<ComplaintFormPage agency={agency} target={target} state={stateFromFieldErrors(error.fields, body)} />, 400);
      throw error;
    }
    return reply.page(<ComplaintFormPage agency={agency} target={target} state={emptyFormState} sentWithCode={filed.queryCode} />);
  });

  app.get(complaintTrackPath, async (_request, reply) => reply.page(<ComplaintTrackPage state={emptyFormState} />));

  // POST so the code never appears in addresses or logs; rate-limited against guessing (as /apply/track).
  app.post(complaintTrackPath, { config: { rateLimit: publicFormRateLimit } }, async (request, reply) => {
    const body = strings.parse(request.body ?? {});
    const code = (body.queryCode ?? '').trim();
    if (!code) return reply.page(<ComplaintTrackPage state={stateFromFieldErrors({ queryCode: '请填写查询码。' }, body)} />, 400);
    try {
      const result = await trackComplaint(ctx, code);
      return reply.page(<ComplaintTrackPage state={{ values: body, errors: {} }} result={result} />);
    } catch (error) {
      if (error instanceof NotFoundError) return reply.page(<ComplaintTrackPage state={stateFromFieldErrors({ queryCode: error.message }, body)} />, 404);
      throw error;
    }
  });

  async function staffPage(request: FastifyRequest, failed?: { id: string; state: FormState }) {
    const actor = actorOf(request);
    const ids = new Set<string>([currentAgencyId(request)]);
    // A supervisor (政务公开办) watches its whole subtree (条例第三条).
    for (const root of grantRootsFor(actor, 'oversight.read')) for (const id of await findSubtreeIds(ctx.db, root.agencyId)) ids.add(id);
    const rows = await listComplaints(ctx, calendarStoreFor(ctx.db).current(), actor, [...ids]);
    const agencies = await listAgenciesByIds(ctx.db, [...new Set(rows.map((r) => r.agencyId))], { includeArchived: true });
    return <ComplaintsPage rows={rows} agencyNames={new Map(agencies.map((a) => [a.id, a.name]))} failed={failed} />;
  }

  app.get(complaintsBase, async (request, reply) => reply.page(await staffPage(request)));

  app.post(`${complaintsBase}/:id/answer`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      await answerComplaint(ctx, actorOf(request), id, body);
    } catch (error) {
      if (error instanceof ValidationError) return reply.page(await staffPage(request, { id, state: stateFromFieldErrors(error.fields, body) }), 400);
      if (error instanceof ConflictError) return reply.page(await staffPage(request, { id, state: stateWithError(body, error.message, 'answer') }), 409);
      throw error;
    }
    reply.notice('success', '已答复。');
    return reply.redirect(`${complaintsBase}#c-${id}`, 303);
  });
}

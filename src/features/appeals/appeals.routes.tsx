// Staff pages of 行政复议、行政诉讼 records (/admin/appeals). Each route validates, calls one service and picks
// the view; the services check permission.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors, typedValues } from '../../platform/form.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import { currentAgencyId } from '../catalogue/catalogue.routes.tsx';
import { getAppeal, listAppeals, reconsiderationChoices, recordAppeal, updateAppeal } from './appeals.service.ts';
import { AppealPage, appealFormValues } from './views/AppealPage.tsx';
import { AppealsPage } from './views/AppealsPage.tsx';
import { NewAppealPage } from './views/NewAppealPage.tsx';
import { appealPath, appealsBase } from './views/paths.ts';

const idParams = z.object({ id: z.string().trim().min(1).max(64) });
const newQuery = z.object({ application: z.string().trim().max(40).optional() });

export async function appealsRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.context;
  const calendar = () => calendarStoreFor(ctx.db).current();

  app.get(appealsBase, async (request, reply) => {
    const { rows, canRecord } = await listAppeals(ctx, calendar(), actorOf(request), currentAgencyId(request));
    return reply.page(<AppealsPage rows={rows} canRecord={canRecord} />);
  });

  app.get(`${appealsBase}/new`, async (request, reply) => {
    const query = newQuery.parse(request.query ?? {});
    const choices = await reconsiderationChoices(ctx, actorOf(request), currentAgencyId(request));
    const state = query.application ? { values: { applicationNumber: query.application }, errors: {} } : emptyFormState;
    return reply.page(<NewAppealPage state={state} reconsiderations={choices} />);
  });

  app.post(appealsBase, async (request, reply) => {
    const actor = actorOf(request);
    const agencyId = currentAgencyId(request);
    try {
      const id = await recordAppeal(ctx, actor, agencyId, request.body);
      reply.notice('success', '案件已登记。');
      return reply.redirect(appealPath(id), 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const choices = await reconsiderationChoices(ctx, actor, agencyId);
      return reply.page(<NewAppealPage state={stateFromFieldErrors(error.fields, request.body)} reconsiderations={choices} />, 400);
    }
  });

  app.get(`${appealsBase}/:id`, async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const actor = actorOf(request);
    const view = await getAppeal(ctx, calendar(), actor, params.data.id);
    const choices = view.canRecord ? await reconsiderationChoices(ctx, actor, view.agencyId) : [];
    return reply.page(<AppealPage view={view} canRecord={view.canRecord} state={{ values: appealFormValues(view), errors: {} }} reconsiderations={choices} />);
  });

  app.post(`${appealsBase}/:id`, async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const actor = actorOf(request);
    try {
      await updateAppeal(ctx, actor, params.data.id, request.body);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const view = await getAppeal(ctx, calendar(), actor, params.data.id);
      const choices = await reconsiderationChoices(ctx, actor, view.agencyId);
      return reply.page(<AppealPage view={view} canRecord={view.canRecord} state={stateFromFieldErrors(error.fields, typedValues(request.body))} reconsiderations={choices} />, 400);
    }
    reply.notice('success', '案件已保存。');
    return reply.redirect(appealPath(params.data.id), 303);
  });
}

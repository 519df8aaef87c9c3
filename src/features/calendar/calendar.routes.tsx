// The working-day calendar pages: /admin/calendar (years and whether each is loaded), /admin/calendar/<year>
// (its days, the arrangement entry form, single days). Everyone signed in reads; the services decide who
// may change (calendar.service.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors, typedValues, type FormState } from '../../platform/form.ts';
import { calendarOverview, calendarYear, parseYear, removeDay, saveArrangement, saveDay } from './calendar.service.ts';
import { CalendarPage } from './views/CalendarPage.tsx';
import { CalendarYearPage } from './views/CalendarYearPage.tsx';

const yearParams = z.object({ year: z.string().trim().max(10) });
const idParams = z.object({ id: z.string().trim().min(1).max(64) });

export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.context;

  const renderYear = async (
    request: FastifyRequest,
    reply: FastifyReply,
    year: number,
    states: { arrangement?: FormState; day?: FormState } = {},
    status = 200,
  ) => {
    const view = await calendarYear(ctx, actorOf(request), year);
    const arrangementState = states.arrangement ?? { values: view.formValues, errors: {} };
    return reply.page(<CalendarYearPage view={view} arrangementState={arrangementState} dayState={states.day ?? emptyFormState} />, status);
  };

  app.get('/admin/calendar', async (request, reply) => {
    const overview = await calendarOverview(ctx, actorOf(request));
    return reply.page(<CalendarPage overview={overview} />);
  });

  // The “其他年份” box: a GET form, so it lands on the year's own address.
  app.get('/admin/calendar/year', async (request, reply) => {
    actorOf(request);
    const raw = (request.query as Record<string, unknown> | undefined)?.year;
    const year = parseYear(typeof raw === 'string' ? raw.trim() : '');
    return reply.redirect(`/admin/calendar/${year}`, 303);
  });

  app.get('/admin/calendar/:year', async (request, reply) => {
    const year = parseYear(yearParams.parse(request.params).year);
    return renderYear(request, reply, year);
  });

  app.post('/admin/calendar/:year/arrangement', async (request, reply) => {
    const actor = actorOf(request);
    const year = parseYear(yearParams.parse(request.params).year);
    const fields = typedValues(request.body);
    try {
      const arrangement = await saveArrangement(ctx, actor, year, fields);
      reply.notice('success', `${year}年节假日安排已保存（${arrangement.document}），所有期限按新安排计算。`);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return renderYear(request, reply, year, { arrangement: stateFromFieldErrors(error.fields, request.body) }, 400);
    }
    return reply.redirect(`/admin/calendar/${year}`, 303);
  });

  app.post('/admin/calendar/:year/days', async (request, reply) => {
    const actor = actorOf(request);
    const year = parseYear(yearParams.parse(request.params).year);
    const fields = typedValues(request.body);
    let saved;
    try {
      saved = await saveDay(ctx, actor, fields);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return renderYear(request, reply, year, { day: stateFromFieldErrors(error.fields, request.body) }, 400);
    }
    reply.notice('success', `${saved.date} 的设置已保存。`);
    return reply.redirect(`/admin/calendar/${saved.date.slice(0, 4)}`, 303);
  });

  app.post('/admin/calendar/days/:id/remove', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const removed = await removeDay(ctx, actor, id);
    reply.notice('success', `已删除 ${removed.date} 的本平台设置，该日按国务院办公厅安排（或周末）计算。`);
    return reply.redirect(`/admin/calendar/${removed.date.slice(0, 4)}`, 303);
  });
}

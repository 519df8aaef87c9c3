// Agencies admin: the tree the user may see, and editing an agency's contact details. The services
// check 'agency.read' / 'agency.manage' on the agency (policy.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors, stateWithError, type FormState } from '../../platform/form.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../accounts/domain/policy.ts';
import { AGENCY_LEVELS, type AgencyLevel } from './agencies.tables.ts';
import { createAgency, getAgency, getAncestry, listAgencies, updateAgency } from './agencies.service.ts';
import { AGENCY_LEVEL_LABELS } from './domain/agency.ts';
import { agencyOptions } from './views/agency-options.ts';
import { AgencyNewPage } from './views/AgencyNewPage.tsx';
import { AgenciesTreePage } from './views/AgenciesTreePage.tsx';
import { AgencyEditPage, agencyFormValues } from './views/AgencyEditPage.tsx';

const idParams = z.object({ id: z.string().trim().min(1).max(64) });
const text = z.string().optional();
const updateBody = z.object({
  name: text,
  shortName: text,
  address: text,
  postalCode: text,
  officeHours: text,
  phone: text,
  email: text,
  sortOrder: text,
});

const createBody = updateBody.extend({ parentId: text, code: text, level: text });
const levelOptions = AGENCY_LEVELS.map((level) => ({ value: level, label: AGENCY_LEVEL_LABELS[level] }));
const blankToUndefined = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);

export async function agenciesRoutes(app: FastifyInstance): Promise<void> {
  const renderNew = async (request: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) => {
    const parents = agencyOptions(await listAgencies(app.context, actorOf(request)));
    return reply.page(<AgencyNewPage state={state} parents={parents} levels={levelOptions} />, status);
  };

  app.get('/admin/agencies/new', async (request, reply) => {
    const parentId = (request.query as Record<string, unknown>).parentId;
    return renderNew(request, reply, typeof parentId === 'string' ? { values: { parentId }, errors: {} } : emptyFormState);
  });

  app.post('/admin/agencies', async (request, reply) => {
    const actor = actorOf(request);
    const body = createBody.parse(request.body ?? {});
    try {
      const agency = await createAgency(app.context, actor, {
        ...body,
        parentId: body.parentId?.trim() ? body.parentId : '',
        code: body.code ?? '',
        name: body.name ?? '',
        level: (body.level ?? '') as AgencyLevel,
        sortOrder: blankToUndefined(body.sortOrder),
      });
      reply.notice('success', `已新建“${agency.name}”。`);
      return reply.redirect(`/admin/agencies/${agency.id}`, 303);
    } catch (error) {
      if (error instanceof ValidationError) return renderNew(request, reply, stateFromFieldErrors(error.fields, request.body), 400);
      if (error instanceof ConflictError) return renderNew(request, reply, stateWithError(request.body, error.message), 409);
      throw error;
    }
  });

  app.get('/admin/agencies', async (request, reply) => {
    const agencies = await listAgencies(app.context, actorOf(request));
    // Only admins create agencies (agency.manage); the service decides under which parent.
    const canCreate = request.shellUser?.roles.has('admin') ?? false;
    return reply.page(<AgenciesTreePage agencies={agencies} canCreate={canCreate} />);
  });

  app.get('/admin/agencies/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const agency = await getAgency(app.context, actor, id);
    const ancestry = (await getAncestry(app.context, actor, id)).map((a) => a.id);
    const canEdit = can(actor, 'agency.manage', agency.id, ancestry);
    return reply.page(<AgencyEditPage agency={agency} state={{ values: agencyFormValues(agency), errors: {} }} canEdit={canEdit} />);
  });

  app.post('/admin/agencies/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const body = updateBody.parse(request.body ?? {});
    const input = {
      ...body,
      sortOrder: body.sortOrder === undefined || body.sortOrder.trim() === '' ? undefined : body.sortOrder,
    };
    try {
      const updated = await updateAgency(app.context, actor, id, input);
      reply.notice('success', `“${updated.name}”的信息已保存。`);
    } catch (error) {
      if (error instanceof ValidationError) {
        const agency = await getAgency(app.context, actor, id);
        return reply.page(<AgencyEditPage agency={agency} state={stateFromFieldErrors(error.fields, request.body)} canEdit />, 400);
      }
      throw error;
    }
    return reply.redirect(`/admin/agencies/${id}`, 303);
  });
}

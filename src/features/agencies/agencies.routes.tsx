// Agencies admin: the tree the user may see, and editing an agency's contact details. The services
// check 'agency.read' / 'agency.manage' on the agency (policy.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ValidationError } from '../../platform/errors.ts';
import { stateFromFieldErrors } from '../../platform/form.ts';
import { can } from '../accounts/domain/policy.ts';
import { getAgency, getAncestry, listAgencies, updateAgency } from './agencies.service.ts';
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

export async function agenciesRoutes(app: FastifyInstance): Promise<void> {
  app.get('/admin/agencies', async (request, reply) => {
    const agencies = await listAgencies(app.context, actorOf(request));
    return reply.page(<AgenciesTreePage agencies={agencies} />);
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

// The staff home (工作台, /admin): the signed-in person's work in the current agency, from every
// registered panel (workbench.panels.ts), then the menu.
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../platform/auth.ts';
import { ROLE_LABELS } from '../accounts/domain/roles.ts';
import { workbenchFor } from './workbench.service.ts';
import { WorkbenchPage } from './views/WorkbenchPage.tsx';

export async function workbenchRoutes(app: FastifyInstance): Promise<void> {
  app.get('/admin', async (request, reply) => {
    const actor = actorOf(request);
    const user = request.shellUser;
    const agency = user?.agencies.find((a) => a.id === user.currentAgencyId) ?? null;
    const roles = user?.roles ?? new Set();
    const roleLabels = [...roles].map((role) => ROLE_LABELS[role]);
    const panels = actor.kind === 'account' ? await workbenchFor(app.context, actor, actor.agencyId, roles) : [];
    return reply.page(<WorkbenchPage agencyName={agency?.name ?? null} roleLabels={roleLabels} panels={panels} />);
  });
}

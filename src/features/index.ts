// The registry of feature route plugins. One line per feature: import its `…Routes` plugin and add it
// to `featureRoutes`. `buildApp` registers each after the platform plugins (session, CSRF, auth, errors),
// so a feature's routes can use `request.staff`, `reply.page(...)`, `app.context` and the form helper.
import type { FastifyPluginAsync } from 'fastify';
import { accountsRoutes } from './accounts/accounts.routes.tsx';
import { portalRoutes } from './portal/portal.routes.tsx';

export const featureRoutes: FastifyPluginAsync[] = [
  portalRoutes,
  accountsRoutes,
];

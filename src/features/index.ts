// The registry of feature route plugins. One line per feature: import its `…Routes` plugin and add it
// to `featureRoutes`. `buildApp` registers each after the platform plugins (session, CSRF, auth, errors),
// so a feature's routes can use `request.actor`, `reply.page(...)`, `app.context` and the form helper.
import type { FastifyPluginAsync } from 'fastify';
import { accountsAdminRoutes } from './accounts/accounts-admin.routes.tsx';
import { accountsRoutes } from './accounts/accounts.routes.tsx';
import { agenciesRoutes } from './agencies/agencies.routes.tsx';
import { auditRoutes } from './audit/audit.routes.tsx';
import { catalogueRoutes } from './catalogue/catalogue.plugin.ts';
import { searchRoutes } from './search/search.routes.tsx';
import { portalRoutes } from './portal/portal.routes.tsx';
import { applicationsRoutes } from './applications/applications.routes.tsx';
import { annualReportsRoutes } from './annual-reports/annual-reports.routes.tsx';
import { oversightRoutes } from './oversight/oversight.routes.tsx';
import { calendarRoutes } from './calendar/calendar.routes.tsx';
import { appealsRoutes } from './appeals/appeals.routes.tsx';
import { workbenchRoutes } from './workbench/workbench.routes.tsx';

export const featureRoutes: FastifyPluginAsync[] = [
  applicationsRoutes,
  portalRoutes,
  accountsRoutes,
  accountsAdminRoutes,
  agenciesRoutes,
  auditRoutes,
  catalogueRoutes,
  searchRoutes,
  annualReportsRoutes,
  oversightRoutes,
  calendarRoutes,
  appealsRoutes,
  workbenchRoutes,
];

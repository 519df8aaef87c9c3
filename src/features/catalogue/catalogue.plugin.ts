// The catalogue feature's routes: staff pages under /admin/catalogue (settings included) and the public item pages, feeds and sitemap.
import type { FastifyInstance } from 'fastify';
import { keepCalendarFresh } from '../calendar/calendar.store.ts';
import { cataloguePublicRoutes } from './catalogue.public-routes.tsx';
import { catalogueSettingsRoutes } from './catalogue-settings.routes.tsx';
import { standardCatalogueRoutes } from './standard-catalogue.routes.tsx';
import { complaintsRoutes } from './complaints.routes.tsx';
import { catalogueStaffRoutes } from './catalogue.routes.tsx';

export async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  // 条例第二十六条's release deadline is counted on the installation's calendar, reloaded when changed.
  keepCalendarFresh(app);
  await catalogueStaffRoutes(app);
  await catalogueSettingsRoutes(app);
  await standardCatalogueRoutes(app);
  await complaintsRoutes(app);
  await cataloguePublicRoutes(app);
}

// 政务公开办 pages: /admin/oversight (dashboard + CSV), report review comments on the annual report pages,
// and /admin/oversight/report-audit (bulk check of published report files). Each route validates input,
// calls one service method and picks the view; services check 'oversight.read' / 'oversight.review'.
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../platform/auth.ts';
import { dashboard, dashboardExport } from './dashboard.service.ts';
import { oversightDeps, type OversightDeps } from './oversight.deps.ts';
import { DashboardPage } from './views/DashboardPage.tsx';

export function attachmentDisposition(fileName: string): string {
  // RFC 6266 / 5987: ASCII fallback plus the UTF-8 name, so Chinese file names survive.
  return `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function oversightRoutes(app: FastifyInstance): Promise<void> {
  let depsPromise: Promise<OversightDeps> | undefined;
  const deps = () =>
    (depsPromise ??= oversightDeps(app.context, app.database).catch((error: unknown) => {
      depsPromise = undefined;
      throw error;
    }));

  app.get('/admin/oversight', async (request, reply) => {
    const actor = actorOf(request);
    return reply.page(<DashboardPage view={await dashboard(await deps(), actor)} />);
  });

  app.get('/admin/oversight/export.csv', async (request, reply) => {
    const actor = actorOf(request);
    const file = await dashboardExport(await deps(), actor);
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', attachmentDisposition(file.fileName)).send(file.body);
  });
}

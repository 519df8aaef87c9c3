// 政务公开办 pages: /admin/oversight (dashboard + CSV), report review comments on the annual report pages,
// and /admin/oversight/report-audit (bulk check of published report files). Each route validates input,
// calls one service method and picks the view; services check 'oversight.read' / 'oversight.review'.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ValidationError } from '../../platform/errors.ts';
import { emptyFormState } from '../../platform/form.ts';
import { dashboard, dashboardExport } from './dashboard.service.ts';
import { oversightDeps, type OversightDeps } from './oversight.deps.ts';
import type { UploadedFile } from './report-audit.files.ts';
import { ReportAuditRunner } from './report-audit.runner.ts';
import { exportBatch, getBatch, listBatches, startAudit } from './report-audit.service.ts';
import { DashboardPage } from './views/DashboardPage.tsx';
import { ReportAuditBatchPage } from './views/ReportAuditBatchPage.tsx';
import { ReportAuditPage } from './views/ReportAuditPage.tsx';

const batchParams = z.object({ id: z.string().trim().min(1).max(64) });

interface MultipartPart {
  type?: string;
  filename?: string;
  toBuffer?: () => Promise<Buffer>;
}

/** The uploaded files of a multipart form (attachFieldsToBody, app.ts): every file part, in order. */
async function uploadedFiles(request: FastifyRequest): Promise<UploadedFile[]> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const files: UploadedFile[] = [];
  for (const raw of Object.values(body)) {
    for (const part of Array.isArray(raw) ? raw : [raw]) {
      const p = part as MultipartPart | null;
      if (p && typeof p === 'object' && p.type === 'file' && p.toBuffer && p.filename) files.push({ name: p.filename, data: await p.toBuffer() });
    }
  }
  return files;
}

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

  // The checker of the bulk audit: resumes pending files when the server starts, stops with it.
  let runner: ReportAuditRunner | undefined;
  const runnerOf = async () => (runner ??= new ReportAuditRunner(app.context, (await deps()).dataDir, { log: (message, error) => app.log.error({ err: error }, message) }));
  app.addHook('onReady', async () => {
    (await runnerOf()).kick();
  });
  app.addHook('onClose', async () => {
    await runner?.close();
  });

  app.get('/admin/oversight', async (request, reply) => {
    const actor = actorOf(request);
    return reply.page(<DashboardPage view={await dashboard(await deps(), actor)} />);
  });

  app.get('/admin/oversight/export.csv', async (request, reply) => {
    const actor = actorOf(request);
    const file = await dashboardExport(await deps(), actor);
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', attachmentDisposition(file.fileName)).send(file.body);
  });

  app.get('/admin/oversight/report-audit', async (request, reply) => {
    const actor = actorOf(request);
    return reply.page(<ReportAuditPage batches={await listBatches(await deps(), actor)} state={emptyFormState} />);
  });

  app.post('/admin/oversight/report-audit', async (request, reply) => {
    const actor = actorOf(request);
    const files = await uploadedFiles(request);
    try {
      const result = await startAudit(await deps(), actor, files);
      (await runnerOf()).kick();
      reply.notice(result.refused > 0 ? 'warning' : 'success', `已上传 ${result.accepted + result.refused} 个文件，正在后台核查${result.refused > 0 ? `；其中 ${result.refused} 个无法核查，原因见下表` : ''}。`);
      return reply.redirect(`/admin/oversight/report-audit/${result.batchId}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return reply.page(<ReportAuditPage batches={await listBatches(await deps(), actor)} state={{ values: {}, errors: { ...error.fields } }} />, 400);
    }
  });

  app.get('/admin/oversight/report-audit/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = batchParams.parse(request.params);
    return reply.page(<ReportAuditBatchPage view={await getBatch(await deps(), actor, id)} />);
  });

  for (const kind of ['csv', 'json'] as const) {
    app.get(`/admin/oversight/report-audit/:id/results.${kind}`, async (request, reply) => {
      const actor = actorOf(request);
      const { id } = batchParams.parse(request.params);
      const file = await exportBatch(await deps(), actor, id, kind);
      return reply.header('content-type', file.contentType).header('content-disposition', attachmentDisposition(file.fileName)).send(file.body);
    });
  }
}

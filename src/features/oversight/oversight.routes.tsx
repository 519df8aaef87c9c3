// 政务公开办 pages: /admin/oversight (dashboard + CSV), report review comments on the annual report pages,
// and /admin/oversight/report-audit (bulk check of published report files). Each route validates input,
// calls one service method and picks the view; services check 'oversight.read' / 'oversight.review'.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { emptyFormState, typedValues, type FormState } from '../../platform/form.ts';
import { getReport, reportAgencyId } from '../annual-reports/annual-reports.service.ts';
import { ReportEditorPage } from '../annual-reports/views/ReportEditorPage.tsx';
import { dashboard, dashboardExport } from './dashboard.service.ts';
import { oversightDeps, type OversightDeps } from './oversight.deps.ts';
import type { UploadedFile } from './report-audit.files.ts';
import { ReportAuditRunner } from './report-audit.runner.ts';
import { correctFile, exportBatch, getBatch, listBatches, startAudit } from './report-audit.service.ts';
import { addReview, decideReview, reviewPanel, reviewReportId } from './review.service.ts';
import { DashboardPage } from './views/DashboardPage.tsx';
import { ReviewSection } from './views/ReviewSection.tsx';
import { ReportAuditBatchPage } from './views/ReportAuditBatchPage.tsx';
import { ReportAuditPage } from './views/ReportAuditPage.tsx';
import { contentDisposition } from '../../platform/content-disposition.ts';
import { localDateOfInstant } from '../../law/local-date.ts';
import { contributionsOf, countyRollup, rollupFile } from './rollup.service.ts';
import { RollupPage, rollupBase } from './views/RollupPage.tsx';

const rollupQuery = z.object({ year: z.coerce.number().int().min(2019).max(2999).optional(), cell: z.string().trim().max(120).optional() });
const batchParams = z.object({ id: z.string().trim().min(1).max(64) });
const fileParams = z.object({ id: z.string().trim().min(1).max(64), fileId: z.string().trim().min(1).max(64) });
const reviewParams = z.object({ id: z.string().trim().min(1).max(64), event: z.enum(['answer', 'accept', 'reopen']) });

interface MultipartPart {
  type?: string;
  value?: unknown;
  filename?: string;
  toBuffer?: () => Promise<Buffer>;
}

/** The uploaded files and the text fields of a multipart form (attachFieldsToBody, app.ts), files in order. */
async function uploadedForm(request: FastifyRequest): Promise<{ files: UploadedFile[]; fields: Record<string, string> }> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  for (const [name, raw] of Object.entries(body)) {
    for (const part of Array.isArray(raw) ? raw : [raw]) {
      const p = part as MultipartPart | null;
      if (p && typeof p === 'object' && p.type === 'file' && p.toBuffer && p.filename) files.push({ name: p.filename, data: await p.toBuffer() });
      else if (p && typeof p === 'object' && typeof p.value === 'string' && name !== '_csrf') fields[name] ??= p.value;
    }
  }
  return { files, fields };
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
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', contentDisposition(file.fileName)).send(file.body);
  });

  // 汇总数据 (issue 12 §4): the year defaults to last year, whose reports are due this year (条例第四十九条).
  app.get(rollupBase, async (request, reply) => {
    const actor = actorOf(request);
    const thisYear = Number(localDateOfInstant(app.context.now()).slice(0, 4));
    const query = rollupQuery.safeParse(request.query ?? {});
    const year = query.success && query.data.year ? query.data.year : thisYear - 1;
    const view = await countyRollup(await deps(), actor, year);
    const key = query.success ? query.data.cell : undefined;
    const found = key ? contributionsOf(view, key) : null;
    const years = Array.from({ length: thisYear - 2019 }, (_v, i) => thisYear - 1 - i);
    return reply.page(<RollupPage view={view} years={years} cell={found && key ? { key, ...found } : null} />);
  });

  app.get(`${rollupBase}/:file`, async (request, reply) => {
    const match = /^(\d{4})\.(docx|xlsx)$/.exec((request.params as { file?: string }).file ?? '');
    if (!match) return reply.callNotFound();
    const file = await rollupFile(await deps(), actorOf(request), Number(match[1]), match[2] as 'docx' | 'xlsx');
    return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.fileName, { fallbackBase: 'rollup' })).send(Buffer.from(file.body));
  });

  app.get('/admin/oversight/report-audit', async (request, reply) => {
    const actor = actorOf(request);
    return reply.page(<ReportAuditPage batches={await listBatches(await deps(), actor)} state={emptyFormState} />);
  });

  app.post('/admin/oversight/report-audit', async (request, reply) => {
    const actor = actorOf(request);
    const { files, fields } = await uploadedForm(request);
    try {
      const result = await startAudit(await deps(), actor, files, fields);
      (await runnerOf()).kick();
      reply.notice(result.refused > 0 ? 'warning' : 'success', `已上传 ${result.accepted + result.refused} 个文件，正在后台核查${result.refused > 0 ? `；其中 ${result.refused} 个无法核查，原因见下表` : ''}。`);
      return reply.redirect(`/admin/oversight/report-audit/${result.batchId}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The typed defaults are kept; a browser never keeps chosen files, so the message asks to choose them again.
      const errors = { ...error.fields };
      if (files.length > 0 && !errors.files) errors.files = '请更正上面的内容后重新选择文件。';
      return reply.page(<ReportAuditPage batches={await listBatches(await deps(), actor)} state={{ values: fields, errors }} />, 400);
    }
  });

  app.get('/admin/oversight/report-audit/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = batchParams.parse(request.params);
    return reply.page(<ReportAuditBatchPage view={await getBatch(await deps(), actor, id)} />);
  });

  app.post('/admin/oversight/report-audit/:id/files/:fileId/corrections', async (request, reply) => {
    const actor = actorOf(request);
    const { id, fileId } = fileParams.parse(request.params);
    const base = `/admin/oversight/report-audit/${id}`;
    try {
      await correctFile(await deps(), actor, id, fileId, request.body);
      (await runnerOf()).kick();
      reply.notice('success', '已保存更正，正在按更正后的依据重新核查本批报告。');
      return reply.redirect(`${base}#file-${fileId}`, 303);
    } catch (error) {
      if (error instanceof ConflictError) {
        reply.notice('error', error.message);
        return reply.redirect(`${base}#file-${fileId}`, 303);
      }
      if (!(error instanceof ValidationError)) throw error;
      const correction = { fileId, state: { values: typedValues(request.body), errors: { ...error.fields } } };
      return reply.page(<ReportAuditBatchPage view={await getBatch(await deps(), actor, id)} correction={correction} />, 400);
    }
  });

  for (const kind of ['csv', 'json'] as const) {
    app.get(`/admin/oversight/report-audit/:id/results.${kind}`, async (request, reply) => {
      const actor = actorOf(request);
      const { id } = batchParams.parse(request.params);
      const file = await exportBatch(await deps(), actor, id, kind);
      return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.fileName)).send(file.body);
    });
  }

  // ── 审阅意见 on the annual report page ──
  /** The report page again, with what was typed in a review form and its error (status 400). */
  async function reportPageWith(request: FastifyRequest, reportId: string, forms: { comment?: FormState; answer?: { reviewId: string; state: FormState } }) {
    const actor = actorOf(request);
    const agencyId = await reportAgencyId(app.context, actor, reportId);
    const reviews = <ReviewSection panel={await reviewPanel(app.context, actor, reportId)} commentState={forms.comment} answerState={forms.answer} />;
    return <ReportEditorPage view={await getReport(app.context, actor, agencyId, reportId)} reviews={reviews} />;
  }

  app.post('/admin/annual-reports/:id/reviews', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = batchParams.parse(request.params);
    try {
      await addReview(app.context, actor, id, request.body);
      reply.notice('success', '审阅意见已提交，报告单位将在年报页面看到。');
      return reply.redirect(`/admin/annual-reports/${id}#reviews`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      const errors = error instanceof ValidationError ? { ...error.fields } : { body: error.message };
      return reply.page(await reportPageWith(request, id, { comment: { values: typedValues(request.body), errors } }), 400);
    }
  });

  app.post('/admin/oversight/reviews/:id/:event', async (request, reply) => {
    const actor = actorOf(request);
    const { id, event } = reviewParams.parse(request.params);
    const reportId = await reviewReportId(app.context, actor, id);
    try {
      await decideReview(app.context, actor, id, event, request.body);
      reply.notice('success', { answer: '整改答复已提交。', accept: '已确认整改。', reopen: '已要求继续整改。' }[event]);
      return reply.redirect(`/admin/annual-reports/${reportId}#review-${id}`, 303);
    } catch (error) {
      if (error instanceof ValidationError && event === 'answer') {
        return reply.page(await reportPageWith(request, reportId, { answer: { reviewId: id, state: { values: typedValues(request.body), errors: { ...error.fields } } } }), 400);
      }
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      reply.notice('error', error.message);
      return reply.redirect(`/admin/annual-reports/${reportId}#review-${id}`, 303);
    }
  });
}

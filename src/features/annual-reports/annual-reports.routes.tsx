// 年度报告 pages. Staff: /admin/annual-reports (list, generate, edit, workflow, downloads). Public: the
// published report of a year under the agency's 专栏 (/gk/<code>/annual-reports/<year>, print view at …/print,
// Word at …/word), cached like the other public pages.
// Each route validates input, calls one service method and picks the view.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { typedValues } from '../../platform/form.ts';
import { portalColumnBySlug, portalColumns } from '../../platform/navigation.ts';
import { readableAgencies } from '../applications/applications.service.ts';
import { reviewPanel } from '../oversight/review.service.ts';
import { ReviewSection } from '../oversight/views/ReviewSection.tsx';
import * as service from './annual-reports.service.ts';
import { eventLabels, reportEvents, type ReportEvent } from './domain/workflow.ts';
import { editorValues, ReportEditorPage } from './views/ReportEditorPage.tsx';
import { PublicReportPage } from './views/PublicReportPage.tsx';
import { ReportListPage } from './views/ReportListPage.tsx';
import { contentDisposition } from '../../platform/content-disposition.ts';

const listQuery = z.object({ agency: z.string().trim().max(64).optional() });
const idParams = z.object({ id: z.string().trim().min(1).max(64) });
const eventParams = idParams.extend({ event: z.enum(reportEvents) });
const confirmedEvents: ReadonlySet<ReportEvent> = new Set<ReportEvent>(['return', 'approve', 'publish']);
const downloadParams = idParams.extend({ kind: z.enum(['html', 'docx', 'csv', 'xlsx']) });
const publicParams = z.object({ code: z.string().trim().min(1).max(64), year: z.coerce.number().int().min(2019).max(2100) });

function send(reply: FastifyReply, file: service.ExportedReport, disposition: 'inline' | 'attachment') {
  return reply
    .header('content-type', file.contentType)
    // RFC 6266 / 5987: the Chinese file name percent-encoded, an ASCII fallback with its extension.
    .header('content-disposition', contentDisposition(file.fileName, { fallbackBase: 'annual-report', inline: disposition === 'inline' }))
    .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}

export async function annualReportsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/admin/annual-reports', async (request, reply) => {
    const actor = actorOf(request);
    // Supervisors (政务公开办) read the reports of every agency of their subtree: they pick one here.
    const agencies = await readableAgencies(app.context, actor);
    const query = listQuery.safeParse(request.query ?? {});
    const chosen = query.success ? query.data.agency : undefined;
    const agencyId = chosen && agencies.some((a) => a.id === chosen) ? chosen : actor.agencyId;
    const view = await service.listReports(app.context, actor, agencyId);
    return reply.page(<ReportListPage view={view} state={{ values: { year: String(view.suggestedYear) }, errors: {} }} agencies={agencies} canGenerate={view.canEdit && agencyId === actor.agencyId} />);
  });

  app.post('/admin/annual-reports', async (request, reply) => {
    const actor = actorOf(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    try {
      const result = await service.generateDraft(app.context, actor, actor.agencyId, body.year);
      reply.notice('success', result.created ? '年报草稿已生成，表三和规范性文件数据已按记录统计。请补充正文和表二、表四。' : '已按最新记录重新统计，已填写的内容保留。');
      return reply.redirect(`/admin/annual-reports/${result.id}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      const errors = error instanceof ValidationError ? { ...error.fields } : { year: error.message };
      const view = await service.listReports(app.context, actor, actor.agencyId);
      return reply.page(<ReportListPage view={view} state={{ values: typedValues(body), errors }} agencies={[]} canGenerate={view.canEdit} />, 400);
    }
  });

  app.get('/admin/annual-reports/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const agencyId = await service.reportAgencyId(app.context, actor, id);
    const reviews = <ReviewSection panel={await reviewPanel(app.context, actor, id)} />;
    return reply.page(<ReportEditorPage view={await service.getReport(app.context, actor, agencyId, id)} reviews={reviews} />);
  });

  app.post('/admin/annual-reports/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const agencyId = await service.reportAgencyId(app.context, actor, id);
    try {
      const { findings } = await service.saveDraft(app.context, actor, agencyId, id, request.body);
      const errors = findings.filter((f) => f.severity === 'error').length;
      reply.notice(errors > 0 ? 'warning' : 'success', errors > 0 ? `已保存。还有 ${errors} 处必须改正的错误，改正后才能提交审定。` : '已保存，检查未发现必须改正的错误。');
      return reply.redirect(`/admin/annual-reports/${id}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      // Kept input: the page shows what was typed with the message in each cell. Refused as stale (someone
      // saved meanwhile) or no longer a draft, what was typed is still shown, with the message above it;
      // the form then carries the current version, so saving again is a deliberate choice.
      const view = await service.getReport(app.context, actor, agencyId, id);
      const reviews = <ReviewSection panel={await reviewPanel(app.context, actor, id)} />;
      const typed = typedValues(request.body);
      const state =
        error instanceof ValidationError
          ? { values: { ...editorValues(view), ...typed }, errors: { ...error.fields } }
          : { values: { ...editorValues(view), ...typed, version: String(view.version) }, errors: {}, formError: `${error.message}您填写的内容仍在下面，尚未保存。` };
      return reply.page(<ReportEditorPage view={view} state={state} reviews={reviews} />, error instanceof ValidationError ? 400 : 409);
    }
  });

  app.post('/admin/annual-reports/:id/:event', async (request, reply) => {
    const actor = actorOf(request);
    const { id, event } = eventParams.parse(request.params);
    const agencyId = await service.reportAgencyId(app.context, actor, id);
    const body = (request.body ?? {}) as Record<string, unknown>;
    // 退回修改、审定通过、公布 are confirmed by a ticked box (views/ReportEditorPage.tsx); refused, the page
    // comes back with the message beside the box and the comment as typed.
    const refused = async (view: service.ReportView, errors: Record<string, string>) => {
      const reviews = <ReviewSection panel={await reviewPanel(app.context, actor, id)} />;
      return reply.page(<ReportEditorPage view={view} reviews={reviews} workflow={{ event, state: { values: typedValues(body), errors } }} />, 400);
    };
    if (confirmedEvents.has(event) && body.confirm !== 'yes') {
      // Only someone the page offers the event to is asked to confirm; anyone else gets the service's refusal.
      const view = await service.getReport(app.context, actor, agencyId, id);
      if (view.actions.includes(event) && !view.notYet[event]) return refused(view, { confirm: `请勾选确认后再${eventLabels[event]}。` });
    }
    try {
      await service.transition(app.context, actor, agencyId, id, event, body);
      reply.notice('success', { submit: '已提交领导审定。', return: '已退回起草人修改。', approve: '已审定通过，可以公布。', publish: '已公布到政府信息公开专栏。' }[event]);
    } catch (error) {
      if (error instanceof ValidationError && error.fields.comment) return refused(await service.getReport(app.context, actor, agencyId, id), { ...error.fields });
      if (!(error instanceof ValidationError || error instanceof ConflictError)) throw error;
      reply.notice('error', error.message);
    }
    return reply.redirect(`/admin/annual-reports/${id}`, 303);
  });

  app.get('/admin/annual-reports/:id/download/:kind', async (request, reply) => {
    const actor = actorOf(request);
    const { id, kind } = downloadParams.parse(request.params);
    const agencyId = await service.reportAgencyId(app.context, actor, id);
    return send(reply, await service.exportReport(app.context, actor, agencyId, id, kind), kind === 'html' ? 'inline' : 'attachment');
  });

  // ── public ──
  // Public pages (platform/page-cache): a published report never changes, and publishing one bumps the
  // publication generation (service.transition), so the page, the print view and the Word file are kept
  // until the next publication.
  app.get('/gk/:code/annual-reports/:year', { config: { publicPage: true } }, async (request, reply) => {
    const params = publicParams.safeParse(request.params);
    const column = portalColumnBySlug('annual-reports');
    if (!params.success || !column) return reply.callNotFound();
    const { agency, report, publishedOn, prior } = await service.publishedReport(app.context, params.data.code, params.data.year);
    return reply.page(<PublicReportPage agency={agency} report={report} prior={prior} year={params.data.year} publishedOn={publishedOn} columns={portalColumns} current={column} />);
  });

  // The print view: the report alone on A4 pages (print-style.ts), for printing or saving as PDF.
  app.get('/gk/:code/annual-reports/:year/print', { config: { publicPage: true } }, async (request, reply) => {
    const params = publicParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    return send(reply, await service.exportPublished(app.context, params.data.code, params.data.year, 'html'), 'inline');
  });

  app.get('/gk/:code/annual-reports/:year/word', { config: { publicPage: true } }, async (request, reply) => {
    const params = publicParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    return send(reply, await service.exportPublished(app.context, params.data.code, params.data.year, 'docx'), 'attachment');
  });

  app.get('/gk/:code/annual-reports/:year/excel', { config: { publicPage: true } }, async (request, reply) => {
    const params = publicParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    return send(reply, await service.exportPublished(app.context, params.data.code, params.data.year, 'xlsx'), 'attachment');
  });
}

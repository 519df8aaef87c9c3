// Routes of 依申请公开: the public portal (apply, receipt, track, download the reply) and the staff pages
// (home with overdue / due soon, register, case page and its actions, letters, templates, 表三).
// A route validates input, reads the user, calls one service method and picks the view (DESIGN §3).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { localDateOfInstant, type LocalDate } from '../../law/local-date.ts';
import { actorOf } from '../../platform/auth.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors, stateWithError, type FormState } from '../../platform/form.ts';
import { publicFormRateLimit } from '../../platform/rate-limits.ts';
import { oversizeFileIn, oversizeUploadMessage, reRenderOversizeUpload, uploadLimits } from '../../platform/uploads.ts';
import { can } from '../accounts/domain/policy.ts';
import { findAgencyByCode } from '../agencies/agencies.repository.ts';
import { calendarWarnings } from '../calendar/calendar.service.ts';
import { keepCalendarFresh } from '../calendar/calendar.store.ts';
import { applicationsDeps } from './applications.deps.ts';
import { authorizeOn } from './service-support.ts';
import { MAX_ATTACHMENT_BYTES, type UploadedFile } from './applications.files.ts';
import { letterToDocx } from './applications.letters.ts';
import { REPLY_FILES_FIELD } from './reply-files.ts';
import { caseListSchema, trackSchema } from './applications.schemas.ts';
import * as service from './applications.service.ts';
import type { ApplicationsDeps } from './applications.service.ts';
import type { RenderedLetter } from './domain/notice-letters.ts';
import { ApplyPage } from './views/ApplyPage.tsx';
import { CasePage, type ActiveForm } from './views/CasePage.tsx';
import { CasesPage } from './views/CasesPage.tsx';
import { LetterPage } from './views/LetterPage.tsx';
import { letterCss } from './views/letter-css.ts';
import { ReceiptPage } from './views/ReceiptPage.tsx';
import { RemedySettingsPage } from './views/RemedySettingsPage.tsx';
import { RegisterPage } from './views/RegisterPage.tsx';
import { Table3Page } from './views/Table3Page.tsx';
import { TemplatesPage } from './views/TemplatesPage.tsx';
import { TrackPage } from './views/TrackPage.tsx';
import { contentDisposition } from '../../platform/content-disposition.ts';

const codeParams = z.object({ code: z.string().trim().min(1).max(40) });
const idParams = z.object({ id: z.string().trim().min(1).max(64) });
const letterParams = idParams.extend({ kind: z.enum(['reply', 'correction', 'extension', 'custom_deadline', 'consultation', 'fee']) });
const attachmentParams = idParams.extend({ attachmentId: z.string().trim().min(1).max(64) });
const replyFileParams = idParams.extend({ fileId: z.string().trim().min(1).max(64) });

interface MultipartPart {
  type?: string;
  value?: unknown;
  filename?: string;
  toBuffer?: () => Promise<Buffer>;
}

/** Form fields as strings and uploaded files, from a urlencoded or multipart (attachFieldsToBody) body. */
async function readForm(request: FastifyRequest): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [name, raw] of Object.entries(body)) {
    for (const part of Array.isArray(raw) ? raw : [raw]) {
      if (typeof part === 'string') {
        fields[name] ??= part;
      } else if (part && typeof part === 'object') {
        const p = part as MultipartPart;
        if (p.type === 'file' && p.toBuffer) {
          const data = await p.toBuffer();
          if (p.filename && data.length > 0) files.push({ originalName: p.filename, data });
        } else if (typeof p.value === 'string') {
          fields[name] ??= p.value;
        }
      }
    }
  }
  delete fields._csrf;
  return { fields, files };
}

function newSubmissionKey(): string {
  return randomBytes(16).toString('base64url');
}

function isFormError(error: unknown): error is ValidationError | ConflictError {
  return error instanceof ValidationError || error instanceof ConflictError;
}

function formStateOf(error: ValidationError | ConflictError, fields: Record<string, string>): FormState {
  return error instanceof ValidationError ? stateFromFieldErrors(error.fields, fields) : stateWithError(fields, error.message);
}

/**
 * A stored file of a case (material, reply file) as a download under its original name. Never cached:
 * it may hold the applicant's personal data; nosniff so a browser never runs it as something else.
 */
function sendStoredFile(reply: FastifyReply, file: { media_type: string; original_name: string }, data: Buffer) {
  return reply
    .header('content-type', file.media_type)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-disposition', contentDisposition(file.original_name, { fallbackBase: 'attachment' }))
    .send(data);
}

async function sendLetter(reply: FastifyReply, letter: RenderedLetter, format: 'html' | 'docx', fileName: string) {
  if (format === 'docx') {
    const buffer = await letterToDocx(letter);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', contentDisposition(`${fileName}.docx`, { fallbackBase: 'letter' }))
      .send(buffer);
  }
  return reply.page(<LetterPage letter={letter} />);
}

export async function applicationsRoutes(app: FastifyInstance): Promise<void> {
  // Every deadline here is counted on the installation's calendar: reloaded when an administrator changed it.
  keepCalendarFresh(app);
  let depsPromise: Promise<ApplicationsDeps> | undefined;
  // Built on first use: the query-code secret lives in the database, which is migrated by then.
  const deps = () => (depsPromise ??= applicationsDeps(app.context, app.database).catch((error: unknown) => {
    depsPromise = undefined;
    throw error;
  }));

  app.get('/applications/letter.css', async (_request, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(letterCss),
  );

  // ── public portal ────────────────────────────────────────────────────────────────────────────────

  const publicAgency = async (request: FastifyRequest) => {
    const params = codeParams.safeParse(request.params);
    const agency = params.success ? await findAgencyByCode(app.context.db, params.data.code) : undefined;
    if (!agency || agency.archivedAt) throw new NotFoundError('找不到该机关，请从政府信息公开专栏进入申请页面。');
    return agency;
  };

  app.get('/gk/:code/apply', async (request, reply) => {
    const agency = await publicAgency(request);
    return reply.page(<ApplyPage agency={agency} state={emptyFormState} submissionKey={newSubmissionKey()} />);
  });

  app.post('/gk/:code/apply', { config: { rateLimit: publicFormRateLimit, ...reRenderOversizeUpload } }, async (request, reply) => {
    const agency = await publicAgency(request);
    const oversize = oversizeFileIn(request.body);
    const { fields, files } = await readForm(request);
    const keyOf = () => (/^[A-Za-z0-9_-]{16,64}$/.test(fields.submissionKey ?? '') ? fields.submissionKey! : newSubmissionKey());
    if (oversize) {
      // Nothing is stored: the applicant sees the form again with everything typed, and chooses a smaller file.
      const state = stateFromFieldErrors({ attachments: oversizeUploadMessage(oversize.fileName, Math.min(MAX_ATTACHMENT_BYTES, uploadLimits.fileSize)) }, fields);
      return reply.page(<ApplyPage agency={agency} state={state} submissionKey={keyOf()} />, 413);
    }
    try {
      const result = await service.submitFromPortal(await deps(), agency.code, fields, files);
      return reply.page(
        <ReceiptPage agencyName={agency.name} applicationNumber={result.applicationNumber} queryCode={result.queryCode} duplicate={result.duplicate} />,
        result.duplicate ? 200 : 201,
      );
    } catch (error) {
      if (!isFormError(error)) throw error;
      // Keep the same key: fixing a field and submitting again is still the same application.
      return reply.page(<ApplyPage agency={agency} state={formStateOf(error, fields)} submissionKey={keyOf()} />, 400);
    }
  });

  app.get('/apply/track', async (_request, reply) => reply.page(<TrackPage state={emptyFormState} />));

  // POST so the query code never appears in addresses or logs; rate-limited against guessing.
  app.post('/apply/track', { config: { rateLimit: publicFormRateLimit } }, async (request, reply) => {
    const { fields } = await readForm(request);
    const parsed = trackSchema.safeParse(fields);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      return reply.page(<TrackPage state={stateFromFieldErrors(errors, fields)} />, 400);
    }
    try {
      const result = await service.trackApplication(await deps(), parsed.data.applicationNumber, parsed.data.queryCode);
      return reply.page(<TrackPage state={{ values: fields, errors: {} }} result={result} />);
    } catch (error) {
      if (error instanceof NotFoundError) return reply.page(<TrackPage state={stateWithError(fields, error.message)} />, 404);
      throw error;
    }
  });

  app.post('/apply/track/letter', { config: { rateLimit: publicFormRateLimit } }, async (request, reply) => {
    const { fields } = await readForm(request);
    const parsed = trackSchema.safeParse(fields);
    if (!parsed.success) return reply.page(<TrackPage state={stateWithError(fields, '请填写申请编号和查询码。')} />, 400);
    const letter = await service.replyLetterForApplicant(await deps(), parsed.data.applicationNumber, parsed.data.queryCode);
    return sendLetter(reply, letter, fields.format === 'docx' ? 'docx' : 'html', `答复书-${parsed.data.applicationNumber}`);
  });

  // The reply's files for the applicant (条例第四十条), by number and query code in a POST like the letter.
  app.post('/apply/track/files', { config: { rateLimit: publicFormRateLimit } }, async (request, reply) => {
    const { fields } = await readForm(request);
    const parsed = trackSchema.safeParse(fields);
    if (!parsed.success || typeof fields.fileId !== 'string' || fields.fileId.length > 64) {
      return reply.page(<TrackPage state={stateWithError(fields, '请填写申请编号和查询码。')} />, 400);
    }
    const { file, data } = await service.replyFileForApplicant(await deps(), parsed.data.applicationNumber, parsed.data.queryCode, fields.fileId);
    return sendStoredFile(reply, file, data);
  });

  // ── staff ────────────────────────────────────────────────────────────────────────────────────────

  app.get('/admin/applications', async (request, reply) => {
    const actor = actorOf(request);
    const parsed = caseListSchema.safeParse(request.query ?? {});
    const filter = parsed.success ? parsed.data : { page: 1 };
    const d = await deps();
    // Supervisors (and county admins) read the cases of any agency of their subtree, read-only.
    const agencies = await service.readableAgencies(app.context, actor);
    const agencyId = filter.agency && agencies.some((a) => a.id === filter.agency) ? filter.agency : actor.agencyId;
    const [home, list] = await Promise.all([
      service.staffHome(d, actor, agencyId),
      service.listCases(d, actor, agencyId, filter),
    ]);
    // Issue 4 item 2: the staff home says loudly when a deadline on it, or the coming 60 days, reach a year
    // whose holiday arrangement is not loaded.
    const dueDates = [...home.overdue, ...home.dueSoon, ...home.onTime].flatMap((c) => (c.dueOn ? [c.dueOn as LocalDate] : []));
    const warnings = calendarWarnings(d.calendar, localDateOfInstant(app.context.now()), dueDates);
    return reply.page(
      <CasesPage home={home} list={list} filter={filter} agencies={agencies} agencyId={agencyId} calendarWarnings={warnings}
        canRegister={agencyId === actor.agencyId && can(actor, 'application.register', actor.agencyId, [])} />,
    );
  });

  app.get('/admin/applications/new', async (request, reply) => {
    actorOf(request);
    return reply.page(<RegisterPage state={emptyFormState} submissionKey={newSubmissionKey()} />);
  });

  app.post('/admin/applications', { config: reRenderOversizeUpload }, async (request, reply) => {
    const actor = actorOf(request);
    const oversize = oversizeFileIn(request.body);
    const { fields, files } = await readForm(request);
    if (oversize) {
      const state = stateFromFieldErrors({ attachments: oversizeUploadMessage(oversize.fileName, Math.min(MAX_ATTACHMENT_BYTES, uploadLimits.fileSize)) }, fields);
      return reply.page(<RegisterPage state={state} submissionKey={fields.submissionKey ?? newSubmissionKey()} />, 413);
    }
    try {
      const result = await service.registerApplication(await deps(), actor, actor.agencyId, fields, files);
      reply.notice('success', `申请已登记，申请编号 ${result.applicationNumber}，查询码 ${result.queryCode}（请告知申请人）。`);
      return reply.redirect(`/admin/applications/${result.applicationId}`, 303);
    } catch (error) {
      if (!isFormError(error)) throw error;
      return reply.page(<RegisterPage state={formStateOf(error, fields)} submissionKey={fields.submissionKey ?? newSubmissionKey()} />, 400);
    }
  });

  app.get('/admin/applications/report', async (request, reply) => {
    const actor = actorOf(request);
    const query = z.object({ year: z.coerce.number().int().min(2019).max(2100).optional() }).safeParse(request.query ?? {});
    const year = (query.success ? query.data.year : undefined) ?? Number(localDateOfInstant(app.context.now()).slice(0, 4));
    const cells = await service.table3ForYear(await deps(), actor, actor.agencyId, year);
    return reply.page(<Table3Page year={year} cells={cells} />);
  });

  app.get('/admin/applications/templates', async (request, reply) => {
    const actor = actorOf(request);
    const templates = await service.listLetterTemplates(await deps(), actor, actor.agencyId);
    return reply.page(<TemplatesPage templates={templates} canEdit={can(actor, 'application.handle', actor.agencyId, [])} />);
  });

  app.post('/admin/applications/templates', async (request, reply) => {
    const actor = actorOf(request);
    const { fields } = await readForm(request);
    try {
      await service.saveLetterTemplate(await deps(), actor, actor.agencyId, fields);
    } catch (error) {
      if (!isFormError(error)) throw error;
      const templates = await service.listLetterTemplates(await deps(), actor, actor.agencyId);
      return reply.page(<TemplatesPage templates={templates} canEdit active={{ key: fields.kind ?? '', state: formStateOf(error, fields) }} />, 400);
    }
    reply.notice('success', '模板已保存。');
    return reply.redirect('/admin/applications/templates', 303);
  });

  // 救济途径设置 (spec §8.1): any agency the user may read; saving needs agency.manage there (checked in the service).
  const remedyAgency = async (request: FastifyRequest, asked: string | undefined) => {
    const actor = actorOf(request);
    const agencies = await service.readableAgencies(app.context, actor);
    // An agency the user may not read is not found, never silently swapped for the user's own.
    if (asked && !agencies.some((a) => a.id === asked)) throw new NotFoundError('找不到该单位，或您无权查看。');
    return { actor, agencies, agencyId: asked || actor.agencyId };
  };
  const agencyQuery = z.object({ agency: z.string().trim().max(64).optional() });

  app.get('/admin/applications/remedy-settings', async (request, reply) => {
    const query = agencyQuery.safeParse(request.query ?? {});
    const { actor, agencies, agencyId } = await remedyAgency(request, query.success ? query.data.agency : undefined);
    const view = await service.remedySettingsView(app.context, actor, agencyId);
    return reply.page(<RemedySettingsPage view={view} agencies={agencies} />);
  });

  app.post('/admin/applications/remedy-settings', async (request, reply) => {
    const { fields } = await readForm(request);
    const { actor, agencies, agencyId } = await remedyAgency(request, fields.agency?.trim().slice(0, 64));
    delete fields.agency;
    try {
      await service.saveRemedySettings(app.context, actor, agencyId, fields);
    } catch (error) {
      if (!isFormError(error)) throw error;
      const view = await service.remedySettingsView(app.context, actor, agencyId);
      return reply.page(<RemedySettingsPage view={view} agencies={agencies} state={formStateOf(error, fields)} />, 400);
    }
    reply.notice('success', '救济途径设置已保存，此后生成的答复书将使用新的设置。');
    return reply.redirect(`/admin/applications/remedy-settings?agency=${encodeURIComponent(agencyId)}`, 303);
  });

  const renderCase = async (request: FastifyRequest, reply: FastifyReply, id: string, extra: { active?: ActiveForm; revealed?: Awaited<ReturnType<typeof service.revealApplicant>>; selectedAction?: string } = {}, status = 200) => {
    const actor = actorOf(request);
    const d = await deps();
    const agencyId = await service.caseAgencyId(d, actor, id);
    const view = await service.getCase(d, actor, agencyId, id);
    // Issue 11 item 1: every letter of the case through the letter check before it is offered.
    const kinds = service.caseLetterKinds({
      reply: view.reply !== null && view.reply !== undefined,
      correction: Boolean(view.correction),
      extension: Boolean(view.extension),
      customDeadline: Boolean(view.customDeadline),
      consultations: view.consultations.length,
      fees: view.fees.length,
    });
    const letters = await service.caseLetterReadiness(d, actor, agencyId, id, kinds);
    return reply.page(<CasePage view={view} active={extra.active} revealed={extra.revealed} today={localDateOfInstant(app.context.now())} letters={letters} selectedAction={extra.selectedAction} />, status);
  };

  // ?action= opens one of the actions the status allows (the case page lists them; no JavaScript needed).
  const caseQuery = z.object({ action: z.string().max(80).optional() }).catch({});
  app.get('/admin/applications/:id', async (request, reply) => {
    const { action } = caseQuery.parse(request.query ?? {});
    return renderCase(request, reply, idParams.parse(request.params).id, action ? { selectedAction: action } : {});
  });

  app.post('/admin/applications/:id/reveal', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const d = await deps();
    const revealed = await service.revealApplicant(d, actor, await service.caseAgencyId(d, actor, id), id);
    return renderCase(request, reply, id, { revealed });
  });

  // 登记撤回 ends the case: the form asks the person to confirm that the applicant did withdraw.
  const withdrawConfirmed = async (d: ApplicationsDeps, actor: ReturnType<typeof actorOf>, agencyId: string, id: string, input: unknown) => {
    const fields = (input ?? {}) as Record<string, unknown>;
    if (fields.confirm !== 'on') {
      // Someone who may not handle the case is refused as such, not asked to tick the box.
      await authorizeOn(d.ctx, actor, 'application.handle', agencyId);
      throw new ValidationError({ confirm: '请勾选“申请人确已撤回本申请”后再登记撤回。' });
    }
    return service.withdrawApplication(d, actor, agencyId, id, input);
  };
  type CaseAction = (d: ApplicationsDeps, actor: ReturnType<typeof actorOf>, agencyId: string, id: string, input: unknown) => Promise<unknown>;
  const actions: Array<[path: string, form: string, run: CaseAction, done: string]> = [
    ['confirm', 'confirm', service.confirmReceipt, '已确认收到申请，答复期限开始计算。'],
    ['assign', 'assign', service.assignCase, '已指派承办人。'],
    ['notes', 'note', service.addNote, '备注已添加。'],
    ['correction', 'correction', service.requestCorrection, '补正告知已登记，请打印或发送补正告知书。'],
    ['correction-received', 'correction-received', service.receiveCorrection, '已登记收到补正，答复期限重新计算。'],
    ['consultations', 'consultation', service.startConsultation, '征求意见已登记，请打印或发送征询函。'],
    ['consultation-reply', 'consultation-reply', service.recordConsultationReply, '已登记对方意见。'],
    ['extension', 'extension', service.approveExtension, '已批准延长答复期限，请向申请人发送延期答复告知书。'],
    ['custom-deadline', 'custom-deadline', service.setCustomDeadline, '已确定延迟答复期限，请向申请人发送延迟答复告知书。'],
    ['fee', 'fee', service.issueFeeNotice, '收费通知已登记，请发送收费通知书。'],
    ['payment', 'payment', service.recordPayment, '已登记缴费。'],
    ['delivery', 'delivery', service.recordDelivery, '已登记送达。'],
    ['withdraw', 'withdraw', withdrawConfirmed, '已登记撤回，本申请终止办理。'],
    ['publish', 'publish', service.publishProactively, '已生成主动公开草稿，请到主动公开目录中核对并提交审核。'],
  ];
  for (const [path, form, run, done] of actions) {
    app.post(`/admin/applications/:id/${path}`, async (request, reply) => {
      const actor = actorOf(request);
      const { id } = idParams.parse(request.params);
      const { fields } = await readForm(request);
      const d = await deps();
      const agencyId = await service.caseAgencyId(d, actor, id);
      try {
        await run(d, actor, agencyId, id, fields);
      } catch (error) {
        if (!isFormError(error)) throw error;
        const formId = form === 'consultation-reply' ? `consultation-reply-${fields.consultationId ?? ''}` : form;
        return renderCase(request, reply, id, { active: { form: formId, state: formStateOf(error, fields) } }, 400);
      }
      reply.notice('success', done);
      return reply.redirect(`/admin/applications/${id}`, 303);
    });
  }

  // The reply carries the files of the information provided (multipart): an oversize or refused file
  // re-renders the reply form with everything typed kept (platform/uploads.ts), nothing stored.
  app.post('/admin/applications/:id/reply', { config: reRenderOversizeUpload }, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const oversize = oversizeFileIn(request.body);
    const { fields, files } = await readForm(request);
    const d = await deps();
    const agencyId = await service.caseAgencyId(d, actor, id);
    if (oversize) {
      const state = stateFromFieldErrors({ [REPLY_FILES_FIELD]: oversizeUploadMessage(oversize.fileName, uploadLimits.fileSize) }, fields);
      return renderCase(request, reply, id, { active: { form: 'reply', state } }, 413);
    }
    try {
      await service.replyToApplication(d, actor, agencyId, id, fields, files);
    } catch (error) {
      if (error instanceof service.LetterNotReadyError) {
        const state = stateWithError(fields, '答复书还有未完成的内容，未作出答复。请按下方列表补全后再发出（已选的文件需要重新选择）。');
        return renderCase(request, reply, id, { active: { form: 'reply', state, letterProblems: error.problems } }, 400);
      }
      if (!isFormError(error)) throw error;
      return renderCase(request, reply, id, { active: { form: 'reply', state: formStateOf(error, fields) } }, 400);
    }
    reply.notice('success', files.length > 0 ? `已作出答复，答复书已生成，附件 ${files.length} 个。` : '已作出答复，答复书已生成。');
    return reply.redirect(`/admin/applications/${id}`, 303);
  });

  // 预览答复书: the reply form posted to a new tab; the letter it would issue, through the same renderer and
  // check, with nothing stored (the files are only named as the letter's 附件).
  app.post('/admin/applications/:id/reply/preview', { config: reRenderOversizeUpload }, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const oversize = oversizeFileIn(request.body);
    const { fields, files } = await readForm(request);
    const d = await deps();
    const agencyId = await service.caseAgencyId(d, actor, id);
    const mode = { kind: 'preview' as const, agencyId, caseId: id };
    if (oversize) {
      return reply.page(<LetterPage mode={{ ...mode, problems: [], formError: oversizeUploadMessage(oversize.fileName, uploadLimits.fileSize) }} />, 413);
    }
    try {
      const draft = await service.previewReply(d, actor, agencyId, id, fields, files);
      return reply.header('cache-control', 'private, no-store').page(<LetterPage letter={draft.letter} mode={{ ...mode, problems: draft.problems }} />);
    } catch (error) {
      if (!isFormError(error)) throw error;
      const message = error instanceof ValidationError ? Object.values(error.fields).join('；') : error.message;
      return reply.page(<LetterPage mode={{ ...mode, problems: [], formError: `答复表单还有问题，不能生成答复书：${message}` }} />, 400);
    }
  });

  // Staff download of a file provided with the reply; audited in the service.
  app.get('/admin/applications/:id/reply-files/:fileId', async (request, reply) => {
    const actor = actorOf(request);
    const { id, fileId } = replyFileParams.parse(request.params);
    const d = await deps();
    const { file, data } = await service.replyFile(d, actor, await service.caseAgencyId(d, actor, id), id, fileId);
    return sendStoredFile(reply, file, data);
  });

  app.get('/admin/applications/:id/letters/:kind', async (request, reply) => {
    const actor = actorOf(request);
    const raw = request.params as Record<string, string>;
    const docx = raw.kind?.endsWith('.docx') ?? false;
    const { id, kind } = letterParams.parse({ ...raw, kind: raw.kind?.replace(/\.docx$/, '') });
    const d = await deps();
    const agencyId = await service.caseAgencyId(d, actor, id);
    try {
      const letter = await service.caseLetter(d, actor, agencyId, id, kind);
      return await sendLetter(reply, letter, docx ? 'docx' : 'html', letter.title);
    } catch (error) {
      // Neither printed nor downloaded while anything is missing: the page says what, with links.
      if (!(error instanceof service.LetterNotReadyError)) throw error;
      return reply.page(<LetterPage letter={error.letter} mode={{ kind: 'held', problems: error.problems, agencyId, caseId: id }} />, 409);
    }
  });

  app.get('/admin/applications/:id/attachments/:attachmentId', async (request, reply) => {
    const actor = actorOf(request);
    const { id, attachmentId } = attachmentParams.parse(request.params);
    const d = await deps();
    const { file, data } = await service.attachmentFile(d, actor, await service.caseAgencyId(d, actor, id), id, attachmentId);
    return sendStoredFile(reply, file, data);
  });
}

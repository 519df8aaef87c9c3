// Staff pages of 主动公开 under /admin/catalogue. A route validates input, reads the user, calls one
// service method and picks the view; permissions are checked in the services.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors } from '../../platform/form.ts';
import { can, grantRootsFor } from '../accounts/domain/policy.ts';
import { findAncestryIds, findSubtreeIds, listAgenciesByIds } from '../agencies/agencies.repository.ts';
import { dataDirOf } from '../../platform/data-dir.ts';
import { oversizeFileIn, oversizeUploadMessage, reRenderOversizeUpload } from '../../platform/uploads.ts';
import { calendarStoreFor } from '../calendar/calendar.store.ts';
import { createCatalogueDeps } from './catalogue.deps.ts';
import {
  addAttachment,
  applyWorkflow,
  channelCounts,
  compareVersions,
  createChannel,
  createItem,
  getItemDetail,
  getPage,
  linkInterpretation,
  listForStaff,
  listOverdue,
  loadSettings,
  readAttachment,
  recordPublication,
  removeAttachment,
  resolveScanHit,
  savePage,
  updateItem,
  agencyLevelForCatalogue,
  type CatalogueDeps,
} from './catalogue.service.ts';
import { categoriesFor } from './domain/categories.ts';
import { workflowDoneMessage, type WorkflowEvent } from './domain/workflow.ts';
import { filingOptions, fileItemUnderRow } from './standard-catalogue.service.ts';
import { localDateOfInstant } from '../../law/local-date.ts';
import { findAgencyById } from '../agencies/agencies.repository.ts';
import { ChannelsPage } from './views/ChannelsPage.tsx';
import { ComparePage } from './views/ComparePage.tsx';
import { ItemDetailPage } from './views/ItemDetailPage.tsx';
import { ItemEditPage, itemFormValues } from './views/ItemEditPage.tsx';
import { ItemListPage } from './views/ItemListPage.tsx';
import { OverduePage } from './views/OverduePage.tsx';
import { PageEditPage } from './views/PageEditPage.tsx';
import { staffBase, staffItem } from './views/paths.ts';
import { contentDisposition } from '../../platform/content-disposition.ts';

const idParams = z.object({ id: z.string().trim().min(1).max(64) });
const hitParams = idParams.extend({ hitId: z.string().trim().min(1).max(64) });
const attParams = idParams.extend({ attachmentId: z.string().trim().min(1).max(64) });
const kindParams = z.object({ kind: z.enum(['guide', 'rules']) });
const strings = z.record(z.string(), z.unknown()).transform((body) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
});

export function currentAgencyId(request: FastifyRequest): string {
  const actor = actorOf(request);
  return request.shellUser?.currentAgencyId ?? actor.agencyId;
}

export function catalogueDepsFor(app: FastifyInstance): CatalogueDeps {
  const store = calendarStoreFor(app.context.db);
  return createCatalogueDeps(dataDirOf(app.database), () => store.current());
}

export async function catalogueStaffRoutes(app: FastifyInstance): Promise<void> {
  const deps = catalogueDepsFor(app);
  const ctx = app.context;

  async function formCategories(agencyId: string) {
    const agency = await findAgencyById(ctx.db, agencyId);
    const settings = await loadSettings(ctx.db, agencyId);
    return categoriesFor(agencyLevelForCatalogue(agency?.level ?? 'township'), settings.columns);
  }

  async function showDetail(request: FastifyRequest, reply: FastifyReply, id: string, formError?: string, status?: number) {
    const actor = actorOf(request);
    const d = await getItemDetail(ctx, deps, actor, id);
    const options = await filingOptions(ctx, d.item.agencyId, id);
    const canFile = can(actor, 'catalogue.draft', d.item.agencyId, await findAncestryIds(ctx.db, d.item.agencyId));
    return reply.page(<ItemDetailPage d={d} formError={formError} filing={{ ...options, canFile }} />, status ?? (formError ? 400 : 200));
  }

  app.get(staffBase, async (request, reply) => {
    const actor = actorOf(request);
    const agencyId = currentAgencyId(request);
    const list = await listForStaff(ctx, actor, agencyId, request.query as Record<string, string>);
    const agency = await findAgencyById(ctx.db, agencyId);
    const canDraft = can(actor, 'catalogue.draft', agencyId, await findAncestryIds(ctx.db, agencyId));
    return reply.page(
      <ItemListPage
        agencyName={agency?.name ?? ''}
        rows={list.rows}
        total={list.total}
        page={list.page}
        pageSize={list.pageSize}
        filters={list.filters}
        categories={await formCategories(agencyId)}
        canDraft={canDraft}
      />,
    );
  });

  app.get(`${staffBase}/new`, async (request, reply) => {
    const agencyId = currentAgencyId(request);
    const agency = await findAgencyById(ctx.db, agencyId);
    const state = { values: { publisher: agency?.name ?? '', writtenOn: localDateOfInstant(ctx.now()), releaseWorkingDays: '20', disclosureMode: 'proactive', audience: 'public' }, errors: {} };
    return reply.page(<ItemEditPage item={null} state={state} categories={await formCategories(agencyId)} action={`${staffBase}/new`} />);
  });

  app.post(`${staffBase}/new`, async (request, reply) => {
    const agencyId = currentAgencyId(request);
    const body = strings.parse(request.body ?? {});
    try {
      const item = await createItem(ctx, deps, actorOf(request), agencyId, body);
      reply.notice('success', `已保存“${item.title}”。公开期限：${item.publishDueOn}。`);
      return reply.redirect(staffItem(item.id), 303);
    } catch (error) {
      if (error instanceof ValidationError) {
        return reply.page(<ItemEditPage item={null} state={stateFromFieldErrors(error.fields, body)} categories={await formCategories(agencyId)} action={`${staffBase}/new`} />, 400);
      }
      throw error;
    }
  });

  app.get(`${staffBase}/overdue`, async (request, reply) => {
    const actor = actorOf(request);
    const ids = new Set<string>([currentAgencyId(request)]);
    // A supervisor (政务公开办) watches its whole subtree.
    for (const root of grantRootsFor(actor, 'oversight.read')) for (const id of await findSubtreeIds(ctx.db, root.agencyId)) ids.add(id);
    // ?agency=<id> narrows the list to one agency of the subtree (the oversight dashboard links here).
    const chosen = (request.query as Record<string, unknown> | undefined)?.agency;
    const scope = typeof chosen === 'string' && ids.has(chosen) ? [chosen] : [...ids];
    const rows = await listOverdue(ctx, deps, actor, scope);
    const agencies = await listAgenciesByIds(ctx.db, [...new Set(rows.map((r) => r.agencyId))], { includeArchived: true });
    return reply.page(<OverduePage rows={rows} agencyNames={new Map(agencies.map((a) => [a.id, a.name]))} />);
  });

  app.get(`${staffBase}/pages/:kind`, async (request, reply) => {
    const { kind } = kindParams.parse(request.params);
    const page = await getPage(ctx, currentAgencyId(request), kind);
    const state = { values: { title: page?.title ?? (kind === 'guide' ? '政府信息公开指南' : '政府信息公开制度'), body: page?.body ?? '' }, errors: {} };
    return reply.page(<PageEditPage kind={kind} state={state} updatedAt={page?.updatedAt ?? null} />);
  });

  app.post(`${staffBase}/pages/:kind`, async (request, reply) => {
    const { kind } = kindParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      await savePage(ctx, actorOf(request), currentAgencyId(request), { ...body, kind });
    } catch (error) {
      if (error instanceof ValidationError) return reply.page(<PageEditPage kind={kind} state={stateFromFieldErrors(error.fields, body)} updatedAt={null} />, 400);
      throw error;
    }
    reply.notice('success', '已保存并公开。');
    return reply.redirect(`${staffBase}/pages/${kind}`, 303);
  });

  app.get(`${staffBase}/channels`, async (request, reply) => {
    const year = Number(localDateOfInstant(ctx.now()).slice(0, 4));
    const counts = await channelCounts(ctx, actorOf(request), currentAgencyId(request), year);
    return reply.page(<ChannelsPage counts={counts} year={year} state={emptyFormState} />);
  });

  app.post(`${staffBase}/channels`, async (request, reply) => {
    const body = strings.parse(request.body ?? {});
    try {
      await createChannel(ctx, actorOf(request), currentAgencyId(request), body);
    } catch (error) {
      if (error instanceof ValidationError) {
        const year = Number(localDateOfInstant(ctx.now()).slice(0, 4));
        const counts = await channelCounts(ctx, actorOf(request), currentAgencyId(request), year);
        return reply.page(<ChannelsPage counts={counts} year={year} state={stateFromFieldErrors(error.fields, body)} />, 400);
      }
      throw error;
    }
    reply.notice('success', '已新增发布渠道。');
    return reply.redirect(`${staffBase}/channels`, 303);
  });

  app.get(`${staffBase}/items/:id`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return showDetail(request, reply, id);
  });

  app.get(`${staffBase}/items/:id/edit`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const d = await getItemDetail(ctx, deps, actorOf(request), id);
    if (!d.canEdit) throw new ConflictError('只有草稿或退回修改的信息可以修改；已发布的信息请先点“修订”。');
    return reply.page(<ItemEditPage item={d.item} state={{ values: itemFormValues(d.item), errors: {} }} categories={d.categories} action={`${staffItem(id)}/edit`} />);
  });

  app.post(`${staffBase}/items/:id/edit`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      const item = await updateItem(ctx, deps, actorOf(request), id, body);
      reply.notice('success', `已保存第 ${item.version} 版。`);
    } catch (error) {
      if (error instanceof ValidationError) {
        const d = await getItemDetail(ctx, deps, actorOf(request), id);
        return reply.page(<ItemEditPage item={d.item} state={stateFromFieldErrors(error.fields, body)} categories={d.categories} action={`${staffItem(id)}/edit`} />, 400);
      }
      throw error;
    }
    return reply.redirect(staffItem(id), 303);
  });

  app.post(`${staffBase}/items/:id/workflow`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      const item = await applyWorkflow(ctx, deps, actorOf(request), id, { event: body.event as never, comment: body.comment ?? '' });
      reply.notice('success', workflowDoneMessage(body.event as WorkflowEvent, item));
    } catch (error) {
      if (error instanceof ValidationError) return showDetail(request, reply, id, error.message);
      throw error;
    }
    return reply.redirect(staffItem(id), 303);
  });

  app.post(`${staffBase}/items/:id/hits/:hitId`, async (request, reply) => {
    const { id, hitId } = hitParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      await resolveScanHit(ctx, actorOf(request), id, hitId, body);
    } catch (error) {
      if (error instanceof ValidationError) return showDetail(request, reply, id, error.message);
      throw error;
    }
    reply.notice('success', body.action === 'redact' ? '已删除该处个人信息。' : '已记录保留理由。');
    return reply.redirect(`${staffItem(id)}#h-hits`, 303);
  });

  app.get(`${staffBase}/items/:id/compare`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const q = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }).parse(request.query);
    const c = await compareVersions(ctx, actorOf(request), id, q.from, q.to);
    return reply.page(<ComparePage itemId={id} title={c.to.snapshot.title} c={c} />);
  });

  app.post(`${staffBase}/items/:id/attachments`, { config: reRenderOversizeUpload }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const file = (request.body as { file?: { toBuffer?: () => Promise<Buffer>; filename?: string } } | undefined)?.file;
    if (!file || typeof file.toBuffer !== 'function') return showDetail(request, reply, id, '请先选择要上传的文件。');
    // Over the platform's limit: the file arrived cut off; the item page comes back with the limit named.
    const oversize = oversizeFileIn(request.body);
    if (oversize) return showDetail(request, reply, id, oversizeUploadMessage(oversize.fileName), 413);
    let data: Buffer;
    try {
      data = await file.toBuffer();
    } catch {
      return showDetail(request, reply, id, '附件不能超过 20 MB，请压缩或拆分后上传。');
    }
    try {
      await addAttachment(ctx, deps, actorOf(request), id, { fileName: file.filename ?? '附件', data });
    } catch (error) {
      if (error instanceof ValidationError) return showDetail(request, reply, id, error.message);
      throw error;
    }
    reply.notice('success', '附件已上传，文字已提取并完成个人信息检查。');
    return reply.redirect(`${staffItem(id)}#h-attachments`, 303);
  });

  app.post(`${staffBase}/items/:id/attachments/:attachmentId/remove`, async (request, reply) => {
    const { id, attachmentId } = attParams.parse(request.params);
    await removeAttachment(ctx, actorOf(request), id, attachmentId);
    reply.notice('success', '附件已删除。');
    return reply.redirect(`${staffItem(id)}#h-attachments`, 303);
  });

  app.get(`${staffBase}/items/:id/attachments/:attachmentId`, async (request, reply) => {
    const { id, attachmentId } = attParams.parse(request.params);
    const f = await readAttachment(ctx, deps, actorOf(request), id, attachmentId);
    return reply.header('content-type', f.mediaType).header('content-disposition', contentDisposition(f.fileName)).header('cache-control', 'private, no-store').send(f.data);
  });

  app.post(`${staffBase}/items/:id/links`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      await linkInterpretation(ctx, actorOf(request), id, (body.interpretationItemId ?? '').trim());
    } catch (error) {
      if (error instanceof ValidationError) return showDetail(request, reply, id, error.message);
      throw error;
    }
    reply.notice('success', '已关联政策解读。');
    return reply.redirect(`${staffItem(id)}#h-links`, 303);
  });

  app.post(`${staffBase}/items/:id/publications`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      await recordPublication(ctx, actorOf(request), id, body);
    } catch (error) {
      if (error instanceof ValidationError) return showDetail(request, reply, id, error.message);
      throw error;
    }
    reply.notice('success', '已登记发布渠道。');
    return reply.redirect(`${staffItem(id)}#h-channels`, 303);
  });

  app.post(`${staffBase}/items/:id/standard-row`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      await fileItemUnderRow(ctx, actorOf(request), id, (body.rowId ?? '').trim());
    } catch (error) {
      if (error instanceof ValidationError) return showDetail(request, reply, id, error.message);
      throw error;
    }
    reply.notice('success', '已保存所属标准目录事项。');
    return reply.redirect(`${staffItem(id)}#h-standard`, 303);
  });
}

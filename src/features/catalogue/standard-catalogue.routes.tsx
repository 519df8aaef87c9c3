// Staff pages of the 公开事项标准目录 under /admin/catalogue/standard: the table, add / edit / delete a row,
// CSV import (multipart, all or nothing) and export (UTF-8 with BOM for Excel); and the public page
// /gk/<code>/standard-catalogue. Permissions in the service.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors, stateWithError, type FormState } from '../../platform/form.ts';
import { currentAgencyId } from './catalogue.routes.tsx';
import { STANDARD_COLUMNS } from './domain/standard-catalogue.ts';
import {
  deleteStandardRow,
  exportStandardCatalogue,
  findStandardRow,
  importStandardCatalogue,
  MAX_IMPORT_BYTES,
  publicStandardCatalogue,
  saveStandardRow,
  standardCatalogueForStaff,
} from './standard-catalogue.service.ts';
import { StandardCataloguePage, StandardRowEditPage, standardBase } from './views/StandardCataloguePage.tsx';
import { StandardCataloguePublicPage } from './views/portal/StandardCataloguePublicPage.tsx';
import { loadPublicAgency } from '../portal/portal.service.ts';
import { publicReadsOf } from '../../platform/page-cache/page-cache.ts';
import { contentDisposition } from '../../platform/content-disposition.ts';

const idParams = z.object({ id: z.string().trim().min(1).max(64) });
const strings = z.record(z.string(), z.unknown()).transform((body) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
});

export async function standardCatalogueRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.context;

  async function showTable(request: FastifyRequest, reply: FastifyReply, states: { add?: FormState; import?: FormState } = {}, status = 200) {
    const data = await standardCatalogueForStaff(ctx, actorOf(request), currentAgencyId(request));
    return reply.page(
      <StandardCataloguePage agencyName={data.agency.name} rows={data.rows} canEdit={data.canEdit} addState={states.add ?? emptyFormState} importState={states.import ?? emptyFormState} />,
      status,
    );
  }

  app.get(standardBase, async (request, reply) => showTable(request, reply));

  // The public page in the agency's 专栏 (linked from 法定主动公开内容); a cached public page
  // (platform/page-cache): every row edit, import, deletion and filing of a public item bumps the generation.
  app.get('/gk/:code/standard-catalogue', { config: { publicPage: true } }, async (request, reply) => {
    const params = z.object({ code: z.string().trim().min(1).max(40) }).safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const agency = await loadPublicAgency(ctx, params.data.code, publicReadsOf(request));
    return reply.page(<StandardCataloguePublicPage agency={agency} rows={await publicStandardCatalogue(ctx, agency.id)} />);
  });

  app.get(`${standardBase}.csv`, async (request, reply) => {
    const { agency, csv } = await exportStandardCatalogue(ctx, actorOf(request), currentAgencyId(request));
    const name = `${agency.name}公开事项标准目录.csv`;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', contentDisposition(name, { fallbackBase: 'standard-catalogue' }))
      .header('cache-control', 'private, no-store')
      .send(csv);
  });

  app.post(standardBase, async (request, reply) => {
    const body = strings.parse(request.body ?? {});
    try {
      await saveStandardRow(ctx, actorOf(request), currentAgencyId(request), null, body);
    } catch (error) {
      if (error instanceof ValidationError) return showTable(request, reply, { add: stateFromFieldErrors(error.fields, body) }, 400);
      throw error;
    }
    reply.notice('success', `已新增“${body.item_level1 ?? ''} › ${body.item_level2 ?? ''}”。`);
    return reply.redirect(standardBase, 303);
  });

  app.post(`${standardBase}/import`, async (request, reply) => {
    const file = (request.body as { file?: { toBuffer?: () => Promise<Buffer>; filename?: string } } | undefined)?.file;
    if (!file || typeof file.toBuffer !== 'function' || !file.filename) return showTable(request, reply, { import: stateWithError({}, '请先选择要导入的 CSV 文件。', 'file') }, 400);
    let data: Buffer;
    try {
      data = await file.toBuffer();
    } catch {
      return showTable(request, reply, { import: stateWithError({}, `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB。`, 'file') }, 400);
    }
    let result: { added: number; updated: number };
    try {
      result = await importStandardCatalogue(ctx, actorOf(request), currentAgencyId(request), data);
    } catch (error) {
      if (error instanceof ValidationError) return showTable(request, reply, { import: stateFromFieldErrors(error.fields, {}) }, 400);
      throw error;
    }
    reply.notice('success', `导入完成：新增 ${result.added} 项，更新 ${result.updated} 项。`);
    return reply.redirect(standardBase, 303);
  });

  app.get(`${standardBase}/:id`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const row = await findStandardRow(ctx, actorOf(request), currentAgencyId(request), id);
    const values = Object.fromEntries(STANDARD_COLUMNS.map((c) => [c.id, c.id === 'seq' ? String(row.seq) : row[c.id]]));
    return reply.page(<StandardRowEditPage row={row} state={{ values, errors: {} }} />);
  });

  app.post(`${standardBase}/:id`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const body = strings.parse(request.body ?? {});
    try {
      await saveStandardRow(ctx, actorOf(request), currentAgencyId(request), id, body);
    } catch (error) {
      if (error instanceof ValidationError) {
        const row = await findStandardRow(ctx, actorOf(request), currentAgencyId(request), id);
        return reply.page(<StandardRowEditPage row={row} state={stateFromFieldErrors(error.fields, body)} />, 400);
      }
      throw error;
    }
    reply.notice('success', '已保存。');
    return reply.redirect(standardBase, 303);
  });

  app.post(`${standardBase}/:id/delete`, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    try {
      await deleteStandardRow(ctx, actorOf(request), currentAgencyId(request), id);
    } catch (error) {
      if (error instanceof ConflictError) {
        const row = await findStandardRow(ctx, actorOf(request), currentAgencyId(request), id);
        return reply.page(<StandardRowEditPage row={row} state={stateWithError({}, error.message)} />, 409);
      }
      throw error;
    }
    reply.notice('success', '已删除。');
    return reply.redirect(standardBase, 303);
  });
}

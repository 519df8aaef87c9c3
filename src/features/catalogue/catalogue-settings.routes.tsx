// /admin/catalogue/settings: the agency 管理员's page for the 索引号 template, the approval chain, the
// sensitive words and the agency's own columns. Permissions are checked in the service ('agency.manage').
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { stateFromFieldErrors, stateWithError } from '../../platform/form.ts';
import { changeColumn, previewIndexNumber, saveApprovalChain, saveIndexSettings, saveSensitiveWords, settingsPage } from './catalogue-settings.service.ts';
import { currentAgencyId } from './catalogue.routes.tsx';
import { SettingsPage, settingsBase, type SettingsStates } from './views/SettingsPage.tsx';

const strings = z.record(z.string(), z.unknown()).transform((body) => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
});

export async function catalogueSettingsRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.context;

  async function show(request: FastifyRequest, reply: FastifyReply, states: SettingsStates = {}, status = 200) {
    const d = await settingsPage(ctx, actorOf(request), currentAgencyId(request));
    return reply.page(<SettingsPage d={d} states={states} />, status);
  }

  app.get(settingsBase, async (request, reply) => show(request, reply));

  // The live example while the 管理员 types (public/js/enhance.js); the same function publication uses.
  app.get(`${settingsBase}/index-example`, async (request, reply) => {
    const example = await previewIndexNumber(ctx, actorOf(request), currentAgencyId(request), strings.parse(request.query ?? {}));
    return reply.header('cache-control', 'no-store').send(example);
  });

  const section = (path: string, key: keyof SettingsStates, save: (body: Record<string, string>, request: FastifyRequest) => Promise<string>) =>
    app.post(`${settingsBase}/${path}`, async (request, reply) => {
      const body = strings.parse(request.body ?? {});
      let notice: string;
      try {
        notice = await save(body, request);
      } catch (error) {
        if (error instanceof ValidationError) return show(request, reply, { [key]: stateFromFieldErrors(error.fields, body, Object.keys(error.fields).length === 0 ? error.message : undefined) }, 400);
        // A column that holds items, or one already first/last: say why, keep the page.
        if (error instanceof ConflictError || (error instanceof NotFoundError && key === 'columns')) return show(request, reply, { [key]: stateWithError(body, error.message) }, 409);
        throw error;
      }
      reply.notice('success', notice);
      return reply.redirect(`${settingsBase}#h-${key}`, 303);
    });

  section('index', 'index', async (body, request) => {
    await saveIndexSettings(ctx, actorOf(request), currentAgencyId(request), body);
    return '已保存索引号设置。已发布信息的索引号不变。';
  });
  section('chain', 'chain', async (body, request) => {
    await saveApprovalChain(ctx, actorOf(request), currentAgencyId(request), body);
    return '已保存审批链。正在审批中的信息按新的审批链继续。';
  });
  section('words', 'words', async (body, request) => {
    const n = await saveSensitiveWords(ctx, actorOf(request), currentAgencyId(request), body);
    return body.inherit === 'on' ? '已改为沿用上级单位的敏感词清单。' : `已保存 ${n} 个敏感词。`;
  });
  section('columns', 'columns', async (body, request) => {
    await changeColumn(ctx, actorOf(request), currentAgencyId(request), body);
    return '栏目已更新。';
  });
}

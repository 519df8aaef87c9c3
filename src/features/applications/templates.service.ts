// The agency's 告知书 templates: the defaults of the law, or the agency's saved wording.
import { ValidationError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './applications.repository.ts';
import { templateSchema } from './applications.schemas.ts';
import { defaultTemplate, templateKeys, unknownPlaceholders } from './domain/notice-letters.ts';
import { actorId, authorizeOn, nowText, parse, type ApplicationsDeps } from './service-support.ts';

export async function listLetterTemplates(deps: ApplicationsDeps, actor: Actor, agencyId: string) {
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  const saved = new Map((await repo.listTemplates(deps.ctx.db, agencyId)).map((t) => [t.kind, t]));
  return templateKeys.map((key) => {
    const s = saved.get(key);
    return { key, customised: s !== undefined, ...(s ? { title: s.title, body: s.body } : defaultTemplate(key)) };
  });
}

export async function saveLetterTemplate(deps: ApplicationsDeps, actor: Actor, agencyId: string, input: unknown): Promise<void> {
  const { ctx } = deps;
  const data = parse(templateSchema, input);
  await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const unknown = unknownPlaceholders(data.title + data.body);
  if (unknown.length > 0) throw new ValidationError({ body: `模板中有无法识别的占位符：${unknown.map((u) => `{{${u}}}`).join('、')}` });
  await ctx.db.transaction().execute(async (tx) => {
    await repo.upsertTemplate(tx, {
      id: ctx.newId(),
      agency_id: agencyId,
      kind: data.kind,
      title: data.title,
      body: data.body,
      updated_by: actorId(actor),
      updated_at: nowText(ctx),
    });
    await recordAudit(tx, ctx, actor, {
      action: 'application.template_save', objectType: 'notice_letter_template', objectId: data.kind, agencyId,
      summary: `修改告知书模板（${data.kind}）`, after: { title: data.title },
    });
  });
}

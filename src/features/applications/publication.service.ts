// 条例第四十四条：多个申请人就相同政府信息向同一行政机关提出公开申请，且该政府信息属于可以公开的，行政机关
// 可以纳入主动公开的范围. An answered case (予以公开 / 部分公开) becomes a 主动公开 draft in the catalogue,
// which then goes through the catalogue's own review (保密审查, approval) before anything is published.
import { ConflictError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { attachmentsDir } from '../catalogue/attachments.ts';
import { createDraftWithin, type CatalogueDeps } from '../catalogue/catalogue.service.ts';
import * as repo from './applications.repository.ts';
import { publicationSchema } from './applications.schemas.ts';
import { findSimilarRequests, type SimilarRequest } from './domain/similarity.ts';
import { actorId, authorizeOn, loadCase, nowText, parse, type ApplicationsDeps } from './service-support.ts';

/** Only information that was found disclosable may be published proactively. */
export const publishableOutcomes: readonly string[] = ['outcomes.granted', 'outcomes.partially_granted'];

export function catalogueDepsOf(deps: ApplicationsDeps): CatalogueDeps {
  return { calendar: deps.calendar, filesDir: attachmentsDir(deps.dataDir) };
}

/** Other applications of the agency asking for highly similar information ("已有N件相似申请"). */
export async function similarRequests(deps: ApplicationsDeps, agencyId: string, row: repo.ApplicationRow): Promise<SimilarRequest[]> {
  const others = await repo.otherRequests(deps.ctx.db, agencyId, row.id);
  return findSimilarRequests(
    row.description,
    others.map((o) => ({ id: o.id, applicationNumber: o.application_number, description: o.description })),
  );
}

/** Makes the 主动公开 draft and links it to the case, in one transaction. Returns the catalogue item id. */
export async function publishProactively(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<string> {
  const { ctx } = deps;
  const agency = await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const data = parse(publicationSchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const row = await loadCase(tx, agencyId, id);
    if (!row.outcome || !publishableOutcomes.includes(row.outcome) || (row.status !== 'replied' && row.status !== 'delivered')) {
      throw new ConflictError('只有答复为“予以公开”或“部分公开”的申请，才能转为主动公开（条例第四十四条）。');
    }
    const existing = await repo.getPublication(tx, agencyId, id);
    if (existing) throw new ConflictError('本申请已经转为主动公开，请到主动公开目录中继续办理该草稿。');
    const origin = `由依申请公开申请 ${row.application_number} 转为主动公开（条例第四十四条）`;
    const item = await createDraftWithin(
      tx,
      ctx,
      catalogueDepsOf(deps),
      actor,
      agencyId,
      {
        ...data,
        publisher: agency.name,
        // The application number is no personal data; it lets anyone trace the item to its case.
        source: `依申请公开转为主动公开（申请编号 ${row.application_number}）`,
        disclosureMode: 'proactive',
        audience: 'public',
      },
      origin,
    );
    const at = nowText(ctx);
    await repo.insertPublication(tx, { application_id: id, agency_id: agencyId, catalogue_item_id: item.id, created_by: actorId(actor), created_at: at });
    await repo.appendEvent(tx, {
      id: ctx.newId(),
      application_id: id,
      agency_id: agencyId,
      event: 'publish_proactively',
      from_status: row.status,
      to_status: row.status,
      actor_id: actorId(actor),
      occurred_at: at,
      detail: JSON.stringify({ catalogueItemId: item.id, title: item.title }),
    });
    await recordAudit(tx, ctx, actor, {
      action: 'application.publish_proactively',
      objectType: 'application',
      objectId: id,
      agencyId,
      summary: `${row.application_number}：转为主动公开，已建草稿“${item.title}”`,
      after: { catalogueItemId: item.id },
    });
    return item.id;
  });
}

// 条例第四十四条：多个申请人就相同政府信息向同一行政机关提出公开申请，且该政府信息属于可以公开的，行政机关
// 可以纳入主动公开的范围. An answered case (予以公开 / 部分公开) becomes a 主动公开 draft in the catalogue,
// which then goes through the catalogue's own review (保密审查, approval) before anything is published.
// The files of the information provided with the reply are copied as the draft's attachments: text
// extracted and scanned for personal data like any other attachment, never published directly.
import { ConflictError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/service-context.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { attachmentsDir } from '../catalogue/attachments.ts';
import { createDraftWithin, prepareAttachment, recordAttachmentWithin, storedPath, type CatalogueDeps, type PreparedAttachment } from '../catalogue/catalogue.service.ts';
import { removingFilesOnFailure } from '../../platform/files-on-failure.ts';
import * as repo from './applications.repository.ts';
import { publicationSchema } from './applications.schemas.ts';
import { findSimilarRequests, type SimilarRequest } from './domain/similarity.ts';
import { readReplyFile, REPLY_FILE_KIND } from './reply-files.ts';
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

/** The case, when it may be turned into 主动公开 now: answered 予以公开 / 部分公开 and not turned yet. */
async function publishableCase(executor: Executor, agencyId: string, id: string): Promise<repo.ApplicationRow> {
  const row = await loadCase(executor, agencyId, id);
  if (!row.outcome || !publishableOutcomes.includes(row.outcome) || (row.status !== 'replied' && row.status !== 'delivered')) {
    throw new ConflictError('只有答复为“予以公开”或“部分公开”的申请，才能转为主动公开（条例第四十四条）。');
  }
  if (await repo.getPublication(executor, agencyId, id)) throw new ConflictError('本申请已经转为主动公开，请到主动公开目录中继续办理该草稿。');
  return row;
}

/** Makes the 主动公开 draft and links it to the case, in one transaction. Returns the catalogue item id. */
export async function publishProactively(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<string> {
  const { ctx } = deps;
  const agency = await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const data = parse(publicationSchema, input);
  const catalogueDeps = catalogueDepsOf(deps);
  // Reading, text extraction and the copies on disk before the transaction (a reply's files never change).
  const replyFiles = (await repo.listAttachments(ctx.db, agencyId, id)).filter((f) => f.kind === REPLY_FILE_KIND);
  // Refused cases are refused before any file is copied (and again in the transaction, against a race).
  if (replyFiles.length > 0) await publishableCase(ctx.db, agencyId, id);
  const copies: PreparedAttachment[] = [];
  const written: string[] = [];
  return removingFilesOnFailure(written, async () => {
    for (const f of replyFiles) {
      const copy = await prepareAttachment(catalogueDeps, { fileName: f.original_name, data: await readReplyFile(deps.dataDir, f.stored_name) });
      copies.push(copy);
      written.push(storedPath(catalogueDeps, copy));
    }
    return ctx.db.transaction().execute(async (tx) => {
      const row = await publishableCase(tx, agencyId, id);
      const origin = `由依申请公开申请 ${row.application_number} 转为主动公开（条例第四十四条）`;
      const item = await createDraftWithin(
        tx,
        ctx,
        catalogueDeps,
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
      for (const copy of copies) await recordAttachmentWithin(tx, ctx, actor, item, copy, `申请 ${row.application_number} 的答复`);
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
        detail: JSON.stringify({ catalogueItemId: item.id, title: item.title, files: copies.map((c) => c.fileName) }),
      });
      await recordAudit(tx, ctx, actor, {
        action: 'application.publish_proactively',
        objectType: 'application',
        objectId: id,
        agencyId,
        summary: `${row.application_number}：转为主动公开，已建草稿“${item.title}”${copies.length > 0 ? `，附件 ${copies.length} 个` : ''}`,
        after: { catalogueItemId: item.id, attachments: copies.map((c) => ({ fileName: c.fileName, sha256: c.stored.sha256 })) },
      });
      return item.id;
    });
  });
}

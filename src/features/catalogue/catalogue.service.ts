// 主动公开 commands and queries. Each command: check permission first, open one transaction, change
// rows, append an audit event (DESIGN §3). Publication needs the recorded 保密审查 and every level of
// the agency's approval chain (条例第十七条、第十一条); the Art. 26 deadline is computed with the
// statutory working-day calendar.
import { join } from 'node:path';
import { removingFilesOnFailure } from '../../platform/files-on-failure.ts';
import { ConflictError, NotFoundError, ValidationError, validationErrorFromIssues } from '../../platform/errors.ts';
import { bumpPublicationGeneration } from '../../platform/page-cache/publication-generation.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import { formatForYear } from '../../report/index.ts';
import { addDays, localDateOfInstant, type LocalDate } from '../../law/local-date.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { actorAccountId, can, type Action, type Actor } from '../accounts/domain/policy.ts';
import { findAgencyById, findAncestryIds } from '../agencies/agencies.repository.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { indexTexts, removeFromSearch } from '../search/search.service.ts';
import { checkAttachment, extractText, readStoredFile, storeFile, ATTACHMENT_TYPES, type AttachmentType, type StoredFile } from './attachments.ts';
import { indexPatternOf, loadSettings } from './catalogue-settings.service.ts';
import * as repo from './catalogue.repository.ts';
import { indexPage } from './catalogue.page-search.ts';
import {
  channelInputSchema,
  hitResolutionSchema,
  itemInputSchema,
  listFilterSchema,
  pageInputSchema,
  publicationInputSchema,
  workflowInputSchema,
  type CatalogueSettings,
  type ItemFields,
  type ItemInput,
  type ListFilterInput,
  type WorkflowInput,
} from './catalogue.schemas.ts';
import type { CatalogueScanHitTable, ChannelKind, PageKind } from './catalogue.tables.ts';
import { categoriesFor, type AgencyLevel } from './domain/categories.ts';
import { DEFAULT_INDEX_PATTERN, formatIndexNumber, sequenceScope } from './domain/index-number.ts';
import { SNAPSHOT_FIELDS, snapshotOf, type CatalogueItem, type ItemSnapshot } from './domain/item.ts';
import { art20Item1Cells, gov2019Art20Item1Cells, type NormativeDocument } from './domain/normative-register.ts';
import { redactHit, scanPersonalData } from './domain/personal-data-scanner.ts';
import { releaseDueOn, releaseTiming, type ReleaseTiming } from './domain/release-deadline.ts';
import { changedFields, diffLines } from './domain/version-diff.ts';
import { ITEM_STATUSES, WORKFLOW_EVENTS, requiredRole, transition, type WorkflowEvent } from './domain/workflow.ts';

export interface CatalogueDeps {
  /** The statutory working-day calendar (holidays and 调休) from law/. */
  readonly calendar: WorkingDayCalendar;
  /** Folder for attachment files, outside any web root. */
  readonly filesDir: string;
}

export const STAFF_PAGE_SIZE = 20;
export const PORTAL_PAGE_SIZE = 20;
/** "Due soon" starts this many working days before the deadline. */
export const DUE_SOON_WORKING_DAYS = 5;

function today(ctx: ServiceContext): LocalDate {
  return localDateOfInstant(ctx.now());
}

// ───────────────────────── settings ─────────────────────────

export function agencyLevelForCatalogue(level: Agency['level']): AgencyLevel {
  if (level === 'township' || level === 'subdistrict') return 'township';
  if (level === 'county_government' || level === 'county_department') return 'county';
  return 'other';
}

// Settings (索引号 template, approval chain, sensitive words, own columns) live in catalogue-settings.service.ts.
export { indexPatternOf, loadSettings } from './catalogue-settings.service.ts';

// ───────────────────────── authorization ─────────────────────────

async function authorizeAgency(executor: Executor, actor: Actor, action: Action, agencyId: string): Promise<Agency> {
  const agency = await findAgencyById(executor, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  const ancestry = await findAncestryIds(executor, agencyId);
  // Someone who cannot even read the agency learns nothing about it (no existence leak).
  if (!can(actor, 'agency.read', agencyId, ancestry)) throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  authorize(actor, action, agencyId, ancestry);
  return agency;
}

/** Loads an item the actor may see as staff (any catalogue role, or a supervisor above it). */
async function loadItemForStaff(executor: Executor, actor: Actor, itemId: string): Promise<{ item: CatalogueItem; agency: Agency }> {
  const item = await repo.findItemById(executor, itemId);
  if (!item) throw new NotFoundError('找不到该信息，它可能已被删除或您无权查看。');
  const agency = await findAgencyById(executor, item.agencyId);
  if (!agency) throw new NotFoundError('找不到该信息，它可能已被删除或您无权查看。');
  const ancestry = await findAncestryIds(executor, item.agencyId);
  const allowed = (['catalogue.draft', 'catalogue.review', 'catalogue.approve', 'oversight.read'] as const).some((a) => can(actor, a, item.agencyId, ancestry));
  if (!allowed) throw new NotFoundError('找不到该信息，它可能已被删除或您无权查看。');
  return { item, agency };
}

/** The policy action a workflow step needs: 经办 drafts, 审核 reviews, 领导 approves. */
function actionForRole(role: 'clerk' | 'reviewer' | 'leader'): Action {
  return role === 'clerk' ? 'catalogue.draft' : role === 'reviewer' ? 'catalogue.review' : 'catalogue.approve';
}

async function actorName(executor: Executor, actor: Actor): Promise<string> {
  if (actor.kind === 'system') return '系统';
  return (await repo.findAccountName(executor, actor.accountId)) ?? '（未知用户）';
}

// ───────────────────────── items ─────────────────────────

function parseItem(input: unknown): ItemFields {
  const parsed = itemInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  return parsed.data;
}

/** `keep`: the item's current category, which it may keep even if that own column has since been hidden. */
function checkCategory(fields: ItemFields, agency: Agency, settings: CatalogueSettings, keep?: string): void {
  if (keep !== undefined && fields.category === keep) return;
  const allowed = categoriesFor(agencyLevelForCatalogue(agency.level), settings.columns);
  if (!allowed.some((c) => c.id === fields.category)) throw new ValidationError({ category: '请选择本单位公开目录中的信息分类。' });
}

function dueOn(deps: CatalogueDeps, formedOn: string, workingDays: number): LocalDate {
  return releaseDueOn(formedOn as LocalDate, (from, n) => deps.calendar.addWorkingDays(from, n).date, workingDays);
}

function fieldsToItemParts(fields: ItemFields): Omit<ItemSnapshot, never> {
  return {
    title: fields.title,
    summary: fields.summary,
    body: fields.body,
    publisher: fields.publisher,
    writtenOn: fields.writtenOn,
    documentNo: fields.documentNo,
    topicCategory: fields.topicCategory,
    category: fields.category,
    genre: fields.genre,
    validity: fields.validity,
    effectiveOn: fields.effectiveOn,
    abolishedOn: fields.abolishedOn,
    expiresOn: fields.expiresOn,
    disclosureMode: fields.disclosureMode,
    audience: fields.audience,
    keywords: fields.keywords ?? '',
    source: fields.source,
    isNormativeDocument: fields.isNormativeDocument,
  };
}

/** Scans title, summary and body of a version and records the hits; acceptances carry over by place and context. */
async function scanVersion(trx: Executor, ctx: ServiceContext, item: CatalogueItem, settings: CatalogueSettings, previousVersion: number | null): Promise<number> {
  const carried = previousVersion ? await repo.copyResolvedHits(trx, item.id, previousVersion) : [];
  const at = ctx.now().toISOString();
  const rows: CatalogueScanHitTable[] = [];
  for (const location of ['title', 'summary', 'body'] as const) {
    for (const hit of scanPersonalData(item[location], { sensitiveWords: settings.sensitiveWords })) {
      const earlier = carried.find((c) => c.location === location && c.masked === hit.masked && c.before_text === hit.before && c.after_text === hit.after);
      rows.push({
        id: ctx.newId(),
        agency_id: item.agencyId,
        item_id: item.id,
        version: item.version,
        location,
        kind: hit.kind,
        start_offset: hit.start,
        end_offset: hit.end,
        masked: hit.masked,
        before_text: hit.before,
        after_text: hit.after,
        resolution: earlier ? 'accepted' : 'open',
        reason: earlier ? earlier.reason : null,
        resolved_by: earlier ? earlier.resolved_by : null,
        resolved_at: earlier ? at : null,
        created_at: at,
      });
    }
  }
  await repo.insertHits(trx, rows);
  return rows.length;
}

export async function createItem(ctx: ServiceContext, deps: CatalogueDeps, actor: Actor, agencyId: string, input: ItemInput | Record<string, unknown>): Promise<CatalogueItem> {
  const agency = await authorizeAgency(ctx.db, actor, 'catalogue.draft', agencyId);
  const fields = parseItem(input);
  return ctx.db.transaction().execute((trx) => insertDraft(trx, ctx, deps, actor, agency, fields, null));
}

/** The draft's first version, its personal-data scan and its audit event; `origin` says which other command made it. */
async function insertDraft(
  trx: Executor,
  ctx: ServiceContext,
  deps: CatalogueDeps,
  actor: Actor,
  agency: Agency,
  fields: ReturnType<typeof parseItem>,
  origin: string | null,
): Promise<CatalogueItem> {
  const agencyId = agency.id;
  const settings = await loadSettings(trx, agencyId);
  checkCategory(fields, agency, settings);
  const at = ctx.now().toISOString();
  const item: CatalogueItem = {
    id: ctx.newId(),
    agencyId,
    indexNo: null,
    ...fieldsToItemParts(fields),
    changedOn: null,
    publishDueOn: dueOn(deps, fields.writtenOn, fields.releaseWorkingDays),
    publishedOn: null,
    status: 'draft',
    approvalLevel: 0,
    version: 1,
    publishedVersion: null,
    withdrawnReason: null,
    withdrawnOn: null,
    createdBy: actorAccountId(actor),
    createdAt: at,
    updatedAt: at,
  };
  await repo.insertItems(trx, ctx.dialect, [item]);
  await repo.insertVersions(trx, [{ id: ctx.newId(), itemId: item.id, agencyId, version: 1, snapshot: snapshotOf(item), note: origin ?? '新建', createdBy: item.createdBy, createdAt: at }]);
  await scanVersion(trx, ctx, item, settings, null);
  const after = { title: item.title, category: item.category, writtenOn: item.writtenOn, publishDueOn: item.publishDueOn };
  await recordAudit(trx, ctx, actor, {
    action: 'catalogue_item.create',
    objectType: 'catalogue_item',
    objectId: item.id,
    agencyId,
    summary: origin ? `新建主动公开信息“${item.title}”（${origin}）` : `新建主动公开信息“${item.title}”`,
    after: origin ? { ...after, origin } : after,
  });
  return item;
}

/** Saves edits of a draft or returned item as a new version (every version is kept). */
export async function updateItem(ctx: ServiceContext, deps: CatalogueDeps, actor: Actor, itemId: string, input: ItemInput | Record<string, unknown>): Promise<CatalogueItem> {
  const { item, agency } = await loadItemForStaff(ctx.db, actor, itemId);
  await authorizeAgency(ctx.db, actor, 'catalogue.draft', item.agencyId);
  const fields = parseItem(input);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findItemById(trx, itemId);
    if (!current) throw new NotFoundError('找不到该信息。');
    if (current.status !== 'draft' && current.status !== 'returned') {
      throw new ConflictError(`“${ITEM_STATUSES[current.status]}”状态的信息不能直接修改；已发布的信息请先点“修订”。`);
    }
    const settings = await loadSettings(trx, item.agencyId);
    checkCategory(fields, agency, settings, current.category);
    const parts = fieldsToItemParts(fields);
    const before = snapshotOf(current);
    const next: CatalogueItem = { ...current, ...parts, updatedAt: ctx.now().toISOString() };
    const changes = changedFields(before, snapshotOf(next), SNAPSHOT_FIELDS);
    if (changes.length === 0) return current;
    // 条例第二十六条: an update of published information runs its own 20 working days from the change.
    const formed = current.publishedVersion !== null ? (current.changedOn ?? today(ctx)) : next.writtenOn;
    next.publishDueOn = dueOn(deps, formed, fields.releaseWorkingDays);
    next.version = current.version + 1;
    await repo.saveItem(trx, ctx.dialect, next);
    await repo.insertVersions(trx, [{ id: ctx.newId(), itemId, agencyId: item.agencyId, version: next.version, snapshot: snapshotOf(next), note: null, createdBy: actorAccountId(actor), createdAt: next.updatedAt }]);
    await scanVersion(trx, ctx, next, settings, current.version);
    if (current.publishedVersion !== null) await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue_item.update',
      objectType: 'catalogue_item',
      objectId: itemId,
      agencyId: item.agencyId,
      summary: `修改主动公开信息“${next.title}”（第 ${next.version} 版）`,
      before: Object.fromEntries(changes.filter((c) => c.field !== 'body').map((c) => [c.field, c.before])),
      after: Object.fromEntries(changes.filter((c) => c.field !== 'body').map((c) => [c.field, c.after])),
    });
    return next;
  });
}

/** Moves an item through review (submit, 保密审查, approval levels, return, revise, withdraw). */
export async function applyWorkflow(ctx: ServiceContext, deps: CatalogueDeps, actor: Actor, itemId: string, input: WorkflowInput): Promise<CatalogueItem> {
  const parsed = workflowInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const { event, comment } = parsed.data;
  const { item } = await loadItemForStaff(ctx.db, actor, itemId);
  const settings = await loadSettings(ctx.db, item.agencyId);
  const role = requiredRole(item, event, settings.approvalChain);
  if (role) await authorizeAgency(ctx.db, actor, actionForRole(role), item.agencyId);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findItemById(trx, itemId);
    if (!current) throw new NotFoundError('找不到该信息。');
    if (current.status !== item.status || current.approvalLevel !== item.approvalLevel) {
      throw new ConflictError('这条信息刚被他人处理过，请刷新页面后再操作。');
    }
    const openHits = await repo.countOpenHits(trx, itemId, current.version);
    const unansweredHits = event === 'submit' ? await repo.countOpenHits(trx, itemId, current.version, { unansweredOnly: true }) : 0;
    const result = transition(current, event, settings.approvalChain, { reason: comment, openScannerHits: openHits, unansweredScannerHits: unansweredHits });
    if (!result.ok) throw new ValidationError({ comment: result.message }, result.message);
    const at = ctx.now().toISOString();
    const day = today(ctx);
    const next: CatalogueItem = { ...current, status: result.state.status, approvalLevel: result.state.approvalLevel, updatedAt: at };
    const levelTitle = event === 'approve' || (event === 'return' && current.status === 'approval') ? (settings.approvalChain[current.approvalLevel]?.title ?? null) : event === 'pass_security_review' ? '保密审查' : null;

    if (result.published) {
      next.publishedVersion = current.version;
      if (!current.indexNo) {
        // 索引号 is assigned at first publication and never changed afterwards (§5.1).
        const agency = await findAgencyById(trx, current.agencyId);
        const seq = await repo.nextIndexSeq(trx, current.agencyId, sequenceScope({ publishedOn: day }, settings.seqReset));
        next.indexNo = formatIndexNumber(indexPatternOf(settings), {
          agencyCode: agency?.code ?? '',
          creditCode: settings.creditCode,
          orgCode: settings.orgCode,
          regionCode: settings.regionCode,
          publishedOn: day,
          category: current.category,
          seq,
        });
      }
      next.publishedOn = current.publishedOn ?? day;
    }
    if (event === 'revise') {
      next.version = current.version + 1;
      next.changedOn = day;
      next.publishDueOn = dueOn(deps, day, 20);
      await repo.insertVersions(trx, [{ id: ctx.newId(), itemId, agencyId: current.agencyId, version: next.version, snapshot: snapshotOf(next), note: '修订', createdBy: actorAccountId(actor), createdAt: at }]);
      const hits = await repo.listHits(trx, itemId, current.version);
      await repo.insertHits(trx, hits.map((h) => ({ ...h, id: ctx.newId(), version: next.version })));
    }
    if (event === 'withdraw') {
      next.withdrawnReason = comment;
      next.withdrawnOn = day;
    }
    await repo.saveItem(trx, ctx.dialect, next);
    await repo.insertReviewStep(trx, {
      id: ctx.newId(),
      agency_id: current.agencyId,
      item_id: itemId,
      version: current.version,
      event,
      from_status: current.status,
      to_status: next.status,
      level_title: levelTitle,
      comment: comment || null,
      actor_id: actorAccountId(actor),
      actor_name: await actorName(trx, actor),
      occurred_at: at,
    });
    if (result.published) {
      // The version records the attachments it was released with: a later revision's uploads stay
      // unpublished until that revision passes review (条例第十七条).
      await repo.setVersionAttachments(trx, itemId, current.version, (await repo.listAttachments(trx, itemId)).map((a) => a.id));
      await indexTexts(trx, ctx, [await searchableText(trx, next)]);
    }
    if (event === 'withdraw' && current.publishedVersion !== null) await removeFromSearch(trx, ctx, itemId);
    // Publication, withdrawal or a step of a published item: the portal's cached pages end with this
    // transaction, so the public sees it on the next request (条例第二十六条：及时公开).
    if (result.published || current.publishedVersion !== null) await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: result.published ? 'catalogue_item.publish' : `catalogue_item.${event}`,
      objectType: 'catalogue_item',
      objectId: itemId,
      agencyId: current.agencyId,
      summary: result.published
        ? `发布主动公开信息“${current.title}”（索引号 ${next.indexNo}）`
        : `${WORKFLOW_EVENTS[event]}：“${current.title}”${levelTitle ? `（${levelTitle}）` : ''}${comment ? `，意见：${comment}` : ''}`,
      before: { status: current.status, approvalLevel: current.approvalLevel },
      after: { status: next.status, approvalLevel: next.approvalLevel, indexNo: next.indexNo },
    });
    return next;
  });
}

async function searchableText(executor: Executor, item: CatalogueItem) {
  const agency = await findAgencyById(executor, item.agencyId);
  const attachments = await repo.listAttachments(executor, item.id);
  return {
    id: item.id,
    objectType: 'catalogue_item',
    agencyId: item.agencyId,
    category: item.category,
    publishedOn: item.publishedOn ?? '',
    documentNo: item.documentNo,
    title: item.title,
    path: itemPath(agency?.code ?? '', item.id),
    body: `${item.summary}\n${item.body}`,
    attachmentText: attachments.map((a) => a.extracted_text).join('\n'),
  };
}

export function itemPath(agencyCode: string, itemId: string): string {
  return `/gk/${encodeURIComponent(agencyCode)}/items/${itemId}`;
}

/**
 * Answers a scanner hit. The drafter deletes it (replaced by its masked form) or proposes to keep it with a
 * reason; keeping personal data in a release is the reviewer's call (条例第十五条、第十七条), so only a
 * reviewer accepts — a proposal stays open (it blocks 保密审查) until the reviewer accepts it, or returns
 * the item so the drafter deletes it.
 */
export async function resolveScanHit(ctx: ServiceContext, actor: Actor, itemId: string, hitId: string, input: unknown): Promise<void> {
  const parsed = hitResolutionSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const { action, reason } = parsed.data;
  const { item } = await loadItemForStaff(ctx.db, actor, itemId);
  await authorizeAgency(ctx.db, actor, action === 'accept' ? 'catalogue.review' : 'catalogue.draft', item.agencyId);
  await ctx.db.transaction().execute(async (trx) => {
    const hit = await repo.findHit(trx, hitId);
    const current = await repo.findItemById(trx, itemId);
    if (!hit || !current || hit.item_id !== itemId || hit.version !== current.version) throw new NotFoundError('找不到该条检查结果，请刷新页面。');
    if (hit.resolution !== 'open') throw new ConflictError('这条检查结果已经处理过了。');
    const at = ctx.now().toISOString();
    if (action === 'propose_keep') {
      if (current.status !== 'draft' && current.status !== 'returned') throw new ConflictError('提交审核后由审核人决定是否保留；如需修改请等待退回。');
      await repo.resolveHitRow(trx, hitId, { resolution: 'open', reason, resolvedBy: actorAccountId(actor), resolvedAt: at });
      await recordAudit(trx, ctx, actor, {
        action: 'catalogue_item.propose_keep_personal_data',
        objectType: 'catalogue_item',
        objectId: itemId,
        agencyId: current.agencyId,
        summary: `申请保留个人信息 ${hit.masked}，理由：${reason}`,
      });
      return;
    }
    if (action === 'redact') {
      if (current.status === 'published') throw new ConflictError('已发布的信息请先“修订”再删除个人信息。');
      if (hit.location.startsWith('attachment:')) throw new ValidationError({ reason: '附件中的个人信息请在原文件中删除后重新上传该附件。' });
      const field = hit.location as 'title' | 'summary' | 'body';
      const original = current[field].slice(hit.start_offset, hit.end_offset);
      const redacted = redactHit(current[field], { start: hit.start_offset, end: hit.end_offset, text: original, masked: hit.masked });
      if (redacted === null) throw new ConflictError('正文已改变，请刷新页面后重新检查。');
      const next = { ...current, [field]: redacted, updatedAt: at };
      await repo.saveItem(trx, ctx.dialect, next);
      await repo.replaceVersionSnapshot(trx, itemId, current.version, snapshotOf(next));
      await repo.shiftHitsAfter(trx, itemId, current.version, hit.location, hit.end_offset, hit.masked.length - original.length);
    }
    await repo.resolveHitRow(trx, hitId, {
      resolution: action === 'redact' ? 'redacted' : 'accepted',
      reason: action === 'redact' ? null : reason,
      resolvedBy: actorAccountId(actor),
      resolvedAt: at,
    });
    await recordAudit(trx, ctx, actor, {
      action: action === 'redact' ? 'catalogue_item.redact' : 'catalogue_item.accept_personal_data',
      objectType: 'catalogue_item',
      objectId: itemId,
      agencyId: current.agencyId,
      // Only the masked form goes into the log: the log must not become a copy of the personal data.
      summary: action === 'redact' ? `删除个人信息 ${hit.masked}` : `保留个人信息 ${hit.masked}，理由：${reason}`,
    });
  });
}

// ───────────────────────── attachments ─────────────────────────

export async function addAttachment(ctx: ServiceContext, deps: CatalogueDeps, actor: Actor, itemId: string, file: { fileName: string; data: Uint8Array }): Promise<string> {
  const { item } = await loadItemForStaff(ctx.db, actor, itemId);
  await authorizeAgency(ctx.db, actor, 'catalogue.draft', item.agencyId);
  if (item.status !== 'draft' && item.status !== 'returned') throw new ConflictError('只有草稿或退回修改的信息可以更换附件；已发布的信息请先“修订”。');
  const prepared = await prepareAttachment(deps, file);
  return removingFilesOnFailure([storedPath(deps, prepared)], () => ctx.db.transaction().execute((trx) => recordAttachmentWithin(trx, ctx, actor, item, prepared)));
}

/** Where a prepared attachment was written (to remove it if its transaction fails). */
export function storedPath(deps: CatalogueDeps, prepared: PreparedAttachment): string {
  return join(deps.filesDir, prepared.stored.storedName);
}

/** A file checked (size, kind by its bytes, name), its text extracted and stored — ready to be recorded on an item. */
export interface PreparedAttachment {
  readonly fileName: string;
  readonly type: AttachmentType;
  readonly sizeBytes: number;
  readonly text: string;
  readonly stored: StoredFile;
}

/**
 * Checks a file, extracts its text and stores it under a generated name. Slow work (PDF parsing, the
 * disk) happens here, before any transaction; a refused file throws ValidationError({ file }).
 */
export async function prepareAttachment(deps: CatalogueDeps, file: { fileName: string; data: Uint8Array }): Promise<PreparedAttachment> {
  const fileName = file.fileName.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 120) || '附件';
  const type = checkAttachment(file.data, fileName);
  const text = await extractText(type, file.data);
  const stored = await storeFile(deps.filesDir, type, file.data);
  return { fileName, type, sizeBytes: file.data.byteLength, text, stored };
}

/**
 * Records a prepared file as an attachment of an item in the caller's transaction: the personal-data
 * scan of its text (the hits block approval until resolved, like those of the body), an audit event,
 * and a new publication generation when the item is public. Also used by 条例第四十四条 转为主动公开,
 * whose copied files go through the same 保密审查 as any other attachment.
 */
export async function recordAttachmentWithin(
  trx: Executor,
  ctx: ServiceContext,
  actor: Actor,
  item: CatalogueItem,
  prepared: PreparedAttachment,
  /** Where a copied file came from (条例第四十四条: a reply's file), for the audit log; absent for an upload. */
  copiedFrom?: string,
): Promise<string> {
  const { fileName, stored, text } = prepared;
  const settings = await loadSettings(trx, item.agencyId);
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  await repo.insertAttachment(trx, {
    id,
    item_id: item.id,
    agency_id: item.agencyId,
    file_name: fileName,
    stored_name: stored.storedName,
    media_type: ATTACHMENT_TYPES[prepared.type].mediaType,
    size_bytes: prepared.sizeBytes,
    sha256: stored.sha256,
    extracted_text: text,
    created_by: actorAccountId(actor),
    created_at: at,
    removed_at: null,
  });
  const hits = scanPersonalData(text, { sensitiveWords: settings.sensitiveWords });
  await repo.insertHits(
    trx,
    hits.map((h) => ({
      id: ctx.newId(),
      agency_id: item.agencyId,
      item_id: item.id,
      version: item.version,
      location: `attachment:${id}`,
      kind: h.kind,
      start_offset: h.start,
      end_offset: h.end,
      masked: h.masked,
      before_text: h.before,
      after_text: h.after,
      resolution: 'open' as const,
      reason: null,
      resolved_by: null,
      resolved_at: null,
      created_at: at,
    })),
  );
  if (item.publishedVersion !== null) await bumpPublicationGeneration(trx, ctx.now());
  await recordAudit(trx, ctx, actor, {
    action: 'catalogue_item.attach',
    objectType: 'catalogue_item',
    objectId: item.id,
    agencyId: item.agencyId,
    summary: `${copiedFrom ? `从${copiedFrom}复制附件` : '上传附件'}“${fileName}”（${Math.ceil(prepared.sizeBytes / 1024)} KB）`,
    after: { attachmentId: id, sha256: stored.sha256 },
  });
  return id;
}

export async function removeAttachment(ctx: ServiceContext, actor: Actor, itemId: string, attachmentId: string): Promise<void> {
  const { item } = await loadItemForStaff(ctx.db, actor, itemId);
  await authorizeAgency(ctx.db, actor, 'catalogue.draft', item.agencyId);
  if (item.status !== 'draft' && item.status !== 'returned') throw new ConflictError('只有草稿或退回修改的信息可以删除附件。');
  await ctx.db.transaction().execute(async (trx) => {
    const att = await repo.findAttachment(trx, itemId, attachmentId);
    if (!att) throw new NotFoundError('找不到该附件。');
    await repo.markAttachmentRemoved(trx, attachmentId, ctx.now().toISOString());
    // Hits found in a removed attachment no longer block approval.
    for (const h of await repo.listHits(trx, itemId, item.version)) {
      if (h.location === `attachment:${attachmentId}` && h.resolution === 'open') {
        await repo.resolveHitRow(trx, h.id, { resolution: 'redacted', reason: '附件已删除', resolvedBy: actorAccountId(actor), resolvedAt: ctx.now().toISOString() });
      }
    }
    if (item.publishedVersion !== null) await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, { action: 'catalogue_item.detach', objectType: 'catalogue_item', objectId: itemId, agencyId: item.agencyId, summary: `删除附件“${att.file_name}”` });
  });
}

/**
 * The attachments the public sees: those of the published version. While a revision is under review
 * (status back to 草稿/审查/审批 with a published version), uploads and removals of the revision wait
 * for its publication (条例第十七条：先审查后公开).
 */
export async function releasedAttachments(executor: Executor, item: Pick<CatalogueItem, 'id' | 'status' | 'publishedVersion'>) {
  if (item.publishedVersion === null || item.status === 'withdrawn') return [];
  if (item.status === 'published') return repo.listAttachments(executor, item.id);
  const snapshot = (await repo.findPublishedSnapshots(executor, [{ id: item.id, version: item.publishedVersion }])).get(item.id);
  // A version published before releases were recorded: its attachments are the current ones.
  if (!snapshot?.attachmentIds) return repo.listAttachments(executor, item.id);
  return repo.listAttachmentsByIds(executor, item.id, snapshot.attachmentIds);
}

/** An attachment for download: anyone for a released one, otherwise only staff who may see the item. */
export async function readAttachment(
  ctx: ServiceContext,
  deps: CatalogueDeps,
  actor: Actor | null,
  itemId: string,
  attachmentId: string,
): Promise<{ fileName: string; mediaType: string; data: Buffer }> {
  const item = await repo.findItemById(ctx.db, itemId);
  if (!item) throw new NotFoundError('找不到该附件。');
  let att = (await releasedAttachments(ctx.db, item)).find((a) => a.id === attachmentId);
  if (!att) {
    if (!actor) throw new NotFoundError('找不到该附件。');
    await loadItemForStaff(ctx.db, actor, itemId);
    att = await repo.findAttachment(ctx.db, itemId, attachmentId);
    if (!att) throw new NotFoundError('找不到该附件。');
  }
  return { fileName: att.file_name, mediaType: att.media_type, data: await readStoredFile(deps.filesDir, att.stored_name) };
}

// ───────────────────────── links, channels, pages ─────────────────────────

/** Links a policy document and its 解读 (both of the same agency). */
export async function linkInterpretation(ctx: ServiceContext, actor: Actor, policyItemId: string, interpretationItemId: string): Promise<void> {
  const { item: policy } = await loadItemForStaff(ctx.db, actor, policyItemId);
  const { item: interpretation } = await loadItemForStaff(ctx.db, actor, interpretationItemId);
  await authorizeAgency(ctx.db, actor, 'catalogue.draft', policy.agencyId);
  if (policy.id === interpretation.id) throw new ValidationError({ interpretationItemId: '解读不能关联到自身。' });
  if (policy.agencyId !== interpretation.agencyId) throw new ValidationError({ interpretationItemId: '只能关联本单位的解读。' });
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertLink(trx, { id: ctx.newId(), agencyId: policy.agencyId, policyItemId, interpretationItemId, createdAt: ctx.now().toISOString() });
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue_item.link',
      objectType: 'catalogue_item',
      objectId: policyItemId,
      agencyId: policy.agencyId,
      summary: `关联政策解读“${interpretation.title}”到“${policy.title}”`,
    });
  });
}

export async function createChannel(ctx: ServiceContext, actor: Actor, agencyId: string, input: unknown): Promise<string> {
  await authorizeAgency(ctx.db, actor, 'catalogue.draft', agencyId);
  const parsed = channelInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  return ctx.db.transaction().execute(async (trx) => {
    const id = ctx.newId();
    await repo.insertChannel(trx, { id, agency_id: agencyId, kind: parsed.data.kind as ChannelKind, name: parsed.data.name, created_at: ctx.now().toISOString(), archived_at: null });
    await recordAudit(trx, ctx, actor, { action: 'catalogue.channel_create', objectType: 'catalogue_channel', objectId: id, agencyId, summary: `新增发布渠道“${parsed.data.name}”` });
    return id;
  });
}

/** 条例第二十三条: records that a published item also went out through another channel on a date. */
export async function recordPublication(ctx: ServiceContext, actor: Actor, itemId: string, input: unknown): Promise<void> {
  const { item } = await loadItemForStaff(ctx.db, actor, itemId);
  await authorizeAgency(ctx.db, actor, 'catalogue.draft', item.agencyId);
  const parsed = publicationInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  if (item.publishedVersion === null) throw new ConflictError('信息发布后才能登记其他渠道的发布情况。');
  // A release is recorded after it happened: a future or pre-成文 date would be counted in the annual report.
  if (parsed.data.publishedOn > today(ctx)) throw new ValidationError({ publishedOn: '发布日期不能晚于今天。' });
  if (parsed.data.publishedOn < item.writtenOn) throw new ValidationError({ publishedOn: `发布日期不能早于成文日期（${item.writtenOn}）。` });
  await ctx.db.transaction().execute(async (trx) => {
    const channels = await repo.listChannels(trx, item.agencyId);
    const channel = channels.find((c) => c.id === parsed.data.channelId);
    if (!channel) throw new ValidationError({ channelId: '请选择本单位的发布渠道。' });
    await repo.upsertPublication(trx, { id: ctx.newId(), agencyId: item.agencyId, itemId, channelId: channel.id, publishedOn: parsed.data.publishedOn, createdAt: ctx.now().toISOString() });
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue_item.channel_publish',
      objectType: 'catalogue_item',
      objectId: itemId,
      agencyId: item.agencyId,
      summary: `登记“${item.title}”于 ${parsed.data.publishedOn} 在“${channel.name}”发布`,
    });
  });
}

export async function channelCounts(ctx: ServiceContext, actor: Actor, agencyId: string, year: number) {
  await authorizeAgency(ctx.db, actor, 'agency.read', agencyId);
  return repo.countPublicationsByChannel(ctx.db, agencyId, year);
}

export async function listChannels(ctx: ServiceContext, actor: Actor, agencyId: string) {
  await authorizeAgency(ctx.db, actor, 'agency.read', agencyId);
  return repo.listChannels(ctx.db, agencyId);
}

/** Saves the 专栏's 指南 or 制度 page (条例第十二条: the guide must be kept up to date). */
export async function savePage(ctx: ServiceContext, actor: Actor, agencyId: string, input: unknown): Promise<void> {
  const agency = await authorizeAgency(ctx.db, actor, 'catalogue.review', agencyId);
  const parsed = pageInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findPage(trx, agencyId, parsed.data.kind);
    const updatedAt = ctx.now().toISOString();
    await repo.upsertPage(trx, { id: ctx.newId(), agencyId, kind: parsed.data.kind, title: parsed.data.title, body: parsed.data.body, updatedBy: actorAccountId(actor), updatedAt });
    // 条例第二十四条 检索: the page is public once saved, and searchable with what it now says.
    await indexPage(trx, ctx, agency, parsed.data.kind, { title: parsed.data.title, body: parsed.data.body, updatedAt });
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue.page_save',
      objectType: 'catalogue_page',
      objectId: `${agencyId}:${parsed.data.kind}`,
      agencyId,
      summary: `更新${parsed.data.kind === 'guide' ? '政府信息公开指南' : '政府信息公开制度'}“${parsed.data.title}”`,
      before: before ? { title: before.title, length: before.body.length } : null,
      after: { title: parsed.data.title, length: parsed.data.body.length },
    });
  });
}

export async function getPage(ctx: ServiceContext, agencyId: string, kind: PageKind) {
  return repo.findPage(ctx.db, agencyId, kind);
}

// ───────────────────────── staff queries ─────────────────────────

export function timingOf(deps: CatalogueDeps, item: Pick<CatalogueItem, 'publishDueOn' | 'publishedOn' | 'publishedVersion' | 'changedOn' | 'status'>, day: LocalDate): ReleaseTiming {
  const dueOn = item.publishDueOn as LocalDate;
  // 5 working days before the deadline: walk back by calendar days until 5 working days remain.
  let dueSoonFrom = dueOn;
  for (let n = 0, d = dueOn; n < DUE_SOON_WORKING_DAYS && d > '1900-01-01'; ) {
    d = addDays(d, -1);
    if (deps.calendar.isWorkingDay(d)) {
      n++;
      dueSoonFrom = d;
    }
  }
  const released = item.status === 'published' ? ((item.changedOn ?? item.publishedOn) as LocalDate | null) : null;
  return releaseTiming({ dueOn, dueSoonFrom, publishedOn: released, today: day });
}

export async function listForStaff(ctx: ServiceContext, actor: Actor, agencyId: string, input: ListFilterInput) {
  await authorizeAgency(ctx.db, actor, 'agency.read', agencyId);
  const f = listFilterSchema.parse(input);
  const { rows, total } = await repo.listItemsForStaff(ctx.db, ctx.dialect, {
    agencyId,
    titleContains: f.q,
    category: f.category,
    status: f.status in ITEM_STATUSES ? f.status : '',
    year: f.year,
    limit: STAFF_PAGE_SIZE,
    offset: (f.page - 1) * STAFF_PAGE_SIZE,
  });
  return { rows, total, page: f.page, pageSize: STAFF_PAGE_SIZE, filters: f };
}

export async function getItemDetail(ctx: ServiceContext, deps: CatalogueDeps, actor: Actor, itemId: string) {
  const { item, agency } = await loadItemForStaff(ctx.db, actor, itemId);
  const settings = await loadSettings(ctx.db, item.agencyId);
  const [versions, hits, steps, attachments, links, publications, channels] = await Promise.all([
    repo.listVersions(ctx.db, itemId),
    repo.listHits(ctx.db, itemId, item.version),
    repo.listReviewSteps(ctx.db, itemId),
    repo.listAttachments(ctx.db, itemId),
    repo.listLinks(ctx.db, itemId),
    repo.listPublications(ctx.db, itemId),
    repo.listChannels(ctx.db, item.agencyId),
  ]);
  const ancestry = await findAncestryIds(ctx.db, item.agencyId);
  const may = (a: Action) => can(actor, a, item.agencyId, ancestry);
  const nextEvents = (['submit', 'pass_security_review', 'approve', 'return', 'revise', 'withdraw'] as WorkflowEvent[]).filter((e) => {
    const probe = transition(item, e, settings.approvalChain, { reason: 'xx' });
    if (!probe.ok && !probe.message.includes('个人信息')) return false;
    const role = requiredRole(item, e, settings.approvalChain);
    return role ? may(actionForRole(role)) : true;
  });
  return {
    item,
    agency,
    settings,
    versions,
    hits,
    steps,
    attachments,
    links,
    publications,
    channels,
    timing: timingOf(deps, item, today(ctx)),
    nextEvents,
    categories: withHiddenCurrent(categoriesFor(agencyLevelForCatalogue(agency.level), settings.columns), settings, item.category),
    canEdit: may('catalogue.draft') && (item.status === 'draft' || item.status === 'returned'),
    canReviewHits: may('catalogue.review'),
  };
}

/** An item filed in an own column that was hidden later keeps that choice in its edit form (nothing moves it silently). */
function withHiddenCurrent(categories: ReturnType<typeof categoriesFor>, settings: CatalogueSettings, current: string) {
  const hidden = settings.columns.find((c) => c.id === current && c.hidden);
  return hidden ? [...categories, { id: hidden.id, label: `${hidden.label}（已隐藏）`, basis: '条例第二十二条（本机关确定的公开内容）' }] : categories;
}

export async function compareVersions(ctx: ServiceContext, actor: Actor, itemId: string, from: number, to: number) {
  await loadItemForStaff(ctx.db, actor, itemId);
  const versions = await repo.listVersions(ctx.db, itemId);
  const a = versions.find((v) => v.version === from);
  const b = versions.find((v) => v.version === to);
  if (!a || !b) throw new NotFoundError('找不到要比较的版本。');
  return {
    from: a,
    to: b,
    fields: changedFields(a.snapshot as unknown as Record<string, unknown>, b.snapshot as unknown as Record<string, unknown>, SNAPSHOT_FIELDS.filter((f) => f !== 'body')),
    body: diffLines(a.snapshot.body, b.snapshot.body),
  };
}

/**
 * Items not released whose Art. 26 deadline has passed or comes within the due-soon window.
 * Staff see their agency; a supervisor sees its subtree (条例第五十三条 liability is theirs to watch).
 */
export async function listOverdue(ctx: ServiceContext, deps: CatalogueDeps, actor: Actor, agencyIds: readonly string[]) {
  const allowed: string[] = [];
  for (const id of agencyIds) {
    const ancestry = await findAncestryIds(ctx.db, id);
    if ((['catalogue.draft', 'catalogue.review', 'catalogue.approve', 'oversight.read'] as const).some((a) => can(actor, a, id, ancestry))) allowed.push(id);
  }
  const day = today(ctx);
  const horizon = deps.calendar.addWorkingDays(day, DUE_SOON_WORKING_DAYS).date;
  const rows = await repo.listUnpublishedDue(ctx.db, allowed, horizon, 500);
  return rows.map((r) => ({ ...r, timing: timingOf(deps, { ...r, changedOn: null }, day) }));
}

/**
 * Table 二's first block for an agency and year, computed from the register in the format the law
 * prescribes for that report year (§7.3): 本年制发 / 本年废止 / 现行有效 in the 2021 format (国办公开办函
 * 〔2021〕30号, from report year 2021), 本年新制作 / 本年新公开 / 对外公开总数量 in the 2019 format
 * (国办公开办函〔2019〕60号, report years 2019–2020). Years before 2019 have no format: no cells.
 */
export async function normativeDocumentCells(ctx: ServiceContext, actor: Actor, agencyId: string, year: number): Promise<Record<string, number>> {
  await authorizeAgency(ctx.db, actor, 'agency.read', agencyId);
  const format = formatForYear(year);
  if (!format) return {};
  const docs = await repo.listNormativeDocuments(ctx.db, agencyId);
  const register: NormativeDocument[] = docs.map((d) => ({
    kind: 'normative_document',
    writtenOn: d.writtenOn as LocalDate,
    publishedOn: d.publishedOn as LocalDate | null,
    effectiveOn: d.effectiveOn as LocalDate | null,
    abolishedOn: d.abolishedOn as LocalDate | null,
    expiresOn: d.expiresOn as LocalDate | null,
    withdrawnOn: d.withdrawnOn as LocalDate | null,
  }));
  return format === 'gov_2019' ? gov2019Art20Item1Cells(register, year) : art20Item1Cells(register, year);
}

// ───────────────────────── bulk import ─────────────────────────

export interface ImportedItem extends Record<string, unknown> {
  publishedOn: string;
}

/**
 * Imports information an agency already published elsewhere (an existing catalogue moved onto the
 * platform, or demo data): each item is validated like a form, gets its 索引号 in publication order,
 * one version, and goes into the search index; one audit event records the batch. Batches keep it fast.
 */
export async function importPublishedItems(ctx: ServiceContext, deps: CatalogueDeps, actor: Actor, agencyId: string, inputs: readonly ImportedItem[]): Promise<string[]> {
  const agency = await authorizeAgency(ctx.db, actor, 'catalogue.draft', agencyId);
  const settings = await loadSettings(ctx.db, agencyId);
  const parsed = inputs.map((input, i) => {
    const r = itemInputSchema.safeParse(input);
    if (!r.success) {
      const first = r.error.issues[0];
      throw new ValidationError({ [`${i}`]: `第 ${i + 1} 条：${first?.message ?? '内容有误'}` });
    }
    checkCategory(r.data, agency, settings);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.publishedOn) || input.publishedOn < r.data.writtenOn) {
      throw new ValidationError({ [`${i}`]: `第 ${i + 1} 条：发布日期应为不早于成文日期的“年-月-日”。` });
    }
    return { fields: r.data, publishedOn: input.publishedOn as LocalDate };
  });
  const order = parsed.map((p, i) => ({ ...p, i })).sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : a.i - b.i));
  const ids = new Array<string>(parsed.length);
  const BATCH = 200;
  for (let start = 0; start < order.length; start += BATCH) {
    const batch = order.slice(start, start + BATCH);
    await ctx.db.transaction().execute(async (trx) => {
      const at = ctx.now().toISOString();
      const items: CatalogueItem[] = [];
      for (const p of batch) {
        const seq = await repo.nextIndexSeq(trx, agencyId, sequenceScope({ publishedOn: p.publishedOn }, settings.seqReset));
        const item: CatalogueItem = {
          id: ctx.newId(),
          agencyId,
          indexNo: formatIndexNumber(indexPatternOf(settings), {
            agencyCode: agency.code,
            creditCode: settings.creditCode,
            orgCode: settings.orgCode,
            regionCode: settings.regionCode,
            publishedOn: p.publishedOn,
            category: p.fields.category,
            seq,
          }),
          ...fieldsToItemParts(p.fields),
          changedOn: null,
          publishDueOn: dueOn(deps, p.fields.writtenOn, p.fields.releaseWorkingDays),
          publishedOn: p.publishedOn,
          status: 'published',
          approvalLevel: 0,
          version: 1,
          publishedVersion: 1,
          withdrawnReason: null,
          withdrawnOn: null,
          createdBy: actorAccountId(actor),
          createdAt: at,
          updatedAt: at,
        };
        ids[p.i] = item.id;
        items.push(item);
      }
      await repo.insertItems(trx, ctx.dialect, items);
      await repo.insertVersions(trx, items.map((item) => ({ id: ctx.newId(), itemId: item.id, agencyId, version: 1, snapshot: snapshotOf(item), note: '导入', createdBy: item.createdBy, createdAt: at })));
      await indexTexts(
        trx,
        ctx,
        items.map((item) => ({
          id: item.id,
          objectType: 'catalogue_item',
          agencyId,
          category: item.category,
          publishedOn: item.publishedOn ?? '',
          documentNo: item.documentNo,
          title: item.title,
          path: itemPath(agency.code, item.id),
          body: `${item.summary}\n${item.body}`,
          attachmentText: '',
        })),
        { fresh: true },
      );
      await bumpPublicationGeneration(trx, ctx.now());
      await recordAudit(trx, ctx, actor, {
        action: 'catalogue_item.import',
        objectType: 'catalogue_item',
        objectId: null,
        agencyId,
        summary: `导入已公开信息 ${items.length} 条（索引号 ${items[0]?.indexNo} 起）`,
      });
    });
  }
  return ids;
}

// ───────────────────────── drafts made by other features ─────────────────────────

/**
 * Creates a draft inside the caller's open transaction, with the same checks and records as createItem
 * (permission, category, first version, personal-data scan, audit event). For a command of another
 * feature whose own rows must be written atomically with the draft — 依申请公开 → 主动公开 under
 * 条例第四十四条 links the case to the draft it made.
 */
export async function createDraftWithin(
  trx: Executor,
  ctx: ServiceContext,
  deps: CatalogueDeps,
  actor: Actor,
  agencyId: string,
  input: ItemInput | Record<string, unknown>,
  origin: string,
): Promise<CatalogueItem> {
  const agency = await authorizeAgency(trx, actor, 'catalogue.draft', agencyId);
  return insertDraft(trx, ctx, deps, actor, agency, parseItem(input), origin);
}

// Kysely only. Every query is scoped by agency (or by an item the service has already authorized).
import { sql, type Selectable } from 'kysely';
import { containsInsensitive, fromBool, fromJson, toJson, type DialectName } from '../../db/dialect.ts';
import type { Executor } from '../../platform/service-context.ts';
import type {
  CatalogueAttachmentTable,
  CatalogueChannelTable,
  CatalogueItemTable,
  CatalogueReviewStepTable,
  CatalogueScanHitTable,
  HitResolution,
  PageKind,
} from './catalogue.tables.ts';
import type { CatalogueItem, ItemSnapshot } from './domain/item.ts';
import type { ItemStatus } from './domain/workflow.ts';

export function toItem(r: Selectable<CatalogueItemTable>): CatalogueItem {
  return {
    id: r.id,
    agencyId: r.agency_id,
    indexNo: r.index_no,
    title: r.title,
    summary: r.summary,
    body: r.body,
    publisher: r.publisher,
    writtenOn: r.written_on,
    changedOn: r.changed_on,
    publishDueOn: r.publish_due_on,
    publishedOn: r.published_on,
    documentNo: r.document_no,
    topicCategory: r.topic_category,
    category: r.category,
    genre: r.genre,
    validity: r.validity,
    effectiveOn: r.effective_on,
    abolishedOn: r.abolished_on,
    expiresOn: r.expires_on,
    disclosureMode: r.disclosure_mode,
    audience: r.audience,
    keywords: r.keywords,
    source: r.source,
    isNormativeDocument: fromBool(r.is_normative_document),
    status: r.status,
    approvalLevel: r.approval_level,
    version: r.version,
    publishedVersion: r.published_version,
    withdrawnReason: r.withdrawn_reason,
    withdrawnOn: r.withdrawn_on,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toRow(item: CatalogueItem, dialect: DialectName): CatalogueItemTable {
  return {
    id: item.id,
    agency_id: item.agencyId,
    index_no: item.indexNo,
    title: item.title,
    summary: item.summary,
    body: item.body,
    publisher: item.publisher,
    written_on: item.writtenOn,
    changed_on: item.changedOn,
    publish_due_on: item.publishDueOn,
    published_on: item.publishedOn,
    document_no: item.documentNo,
    topic_category: item.topicCategory,
    category: item.category,
    genre: item.genre,
    validity: item.validity,
    effective_on: item.effectiveOn,
    abolished_on: item.abolishedOn,
    expires_on: item.expiresOn,
    disclosure_mode: item.disclosureMode,
    audience: item.audience,
    keywords: item.keywords,
    source: item.source,
    is_normative_document: dialect === 'postgres' ? item.isNormativeDocument : item.isNormativeDocument ? 1 : 0,
    status: item.status,
    approval_level: item.approvalLevel,
    version: item.version,
    published_version: item.publishedVersion,
    withdrawn_reason: item.withdrawnReason,
    withdrawn_on: item.withdrawnOn,
    created_by: item.createdBy,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
  };
}

export async function insertItems(executor: Executor, dialect: DialectName, items: readonly CatalogueItem[]): Promise<void> {
  if (items.length === 0) return;
  await executor.insertInto('catalogue_item').values(items.map((i) => toRow(i, dialect))).execute();
}

export async function saveItem(executor: Executor, dialect: DialectName, item: CatalogueItem): Promise<void> {
  const { id, agency_id, ...rest } = toRow(item, dialect);
  await executor.updateTable('catalogue_item').set(rest).where('id', '=', id).where('agency_id', '=', agency_id).execute();
}

export async function findItemById(executor: Executor, id: string): Promise<CatalogueItem | undefined> {
  const row = await executor.selectFrom('catalogue_item').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/** An item as the public may see it: published in the given agency. */
export async function findPublishedItem(executor: Executor, agencyId: string, id: string): Promise<CatalogueItem | undefined> {
  const row = await executor
    .selectFrom('catalogue_item')
    .selectAll()
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .where('published_version', 'is not', null)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst();
  return row ? toItem(row) : undefined;
}

export interface VersionRow {
  version: number;
  snapshot: ItemSnapshot;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export async function insertVersions(
  executor: Executor,
  rows: ReadonlyArray<{ id: string; itemId: string; agencyId: string; version: number; snapshot: ItemSnapshot; note: string | null; createdBy: string | null; createdAt: string }>,
): Promise<void> {
  if (rows.length === 0) return;
  await executor
    .insertInto('catalogue_item_version')
    .values(
      rows.map((r) => ({
        id: r.id,
        item_id: r.itemId,
        agency_id: r.agencyId,
        version: r.version,
        snapshot: toJson(r.snapshot),
        note: r.note,
        created_by: r.createdBy,
        created_at: r.createdAt,
      })),
    )
    .execute();
}

export async function replaceVersionSnapshot(executor: Executor, itemId: string, version: number, snapshot: ItemSnapshot): Promise<void> {
  await executor.updateTable('catalogue_item_version').set({ snapshot: toJson(snapshot) }).where('item_id', '=', itemId).where('version', '=', version).execute();
}

export async function listVersions(executor: Executor, itemId: string): Promise<VersionRow[]> {
  const rows = await executor.selectFrom('catalogue_item_version').selectAll().where('item_id', '=', itemId).orderBy('version', 'asc').execute();
  return rows.map((r) => ({ version: r.version, snapshot: fromJson<ItemSnapshot>(r.snapshot), note: r.note, createdBy: r.created_by, createdAt: r.created_at }));
}

export async function insertReviewStep(executor: Executor, step: CatalogueReviewStepTable): Promise<void> {
  await executor.insertInto('catalogue_review_step').values(step).execute();
}

export async function listReviewSteps(executor: Executor, itemId: string): Promise<Array<Selectable<CatalogueReviewStepTable>>> {
  return executor.selectFrom('catalogue_review_step').selectAll().where('item_id', '=', itemId).orderBy('occurred_at', 'asc').orderBy('id', 'asc').execute();
}

export async function insertHits(executor: Executor, hits: readonly CatalogueScanHitTable[]): Promise<void> {
  if (hits.length === 0) return;
  await executor.insertInto('catalogue_scan_hit').values([...hits]).execute();
}

export async function listHits(executor: Executor, itemId: string, version: number): Promise<Array<Selectable<CatalogueScanHitTable>>> {
  return executor
    .selectFrom('catalogue_scan_hit')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('version', '=', version)
    .orderBy('location')
    .orderBy('start_offset')
    .execute();
}

export async function findHit(executor: Executor, id: string): Promise<Selectable<CatalogueScanHitTable> | undefined> {
  return executor.selectFrom('catalogue_scan_hit').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function resolveHitRow(
  executor: Executor,
  id: string,
  change: { resolution: HitResolution; reason: string | null; resolvedBy: string | null; resolvedAt: string },
): Promise<void> {
  await executor
    .updateTable('catalogue_scan_hit')
    .set({ resolution: change.resolution, reason: change.reason, resolved_by: change.resolvedBy, resolved_at: change.resolvedAt })
    .where('id', '=', id)
    .execute();
}

/** After a redaction changes the text length, later hits in the same place move by `delta`. */
export async function shiftHitsAfter(executor: Executor, itemId: string, version: number, location: string, after: number, delta: number): Promise<void> {
  if (delta === 0) return;
  await executor
    .updateTable('catalogue_scan_hit')
    .set((eb) => ({ start_offset: eb('start_offset', '+', delta), end_offset: eb('end_offset', '+', delta) }))
    .where('item_id', '=', itemId)
    .where('version', '=', version)
    .where('location', '=', location)
    .where('start_offset', '>=', after)
    .execute();
}

export async function copyResolvedHits(executor: Executor, itemId: string, fromVersion: number): Promise<Array<Selectable<CatalogueScanHitTable>>> {
  return executor.selectFrom('catalogue_scan_hit').selectAll().where('item_id', '=', itemId).where('version', '=', fromVersion).where('resolution', '=', 'accepted').execute();
}

/**
 * Open hits of a version; with `unansweredOnly`, only those the drafter has not answered yet: neither deleted
 * nor proposed for keeping with a reason.
 */
export async function countOpenHits(executor: Executor, itemId: string, version: number, options: { unansweredOnly?: boolean } = {}): Promise<number> {
  let query = executor
    .selectFrom('catalogue_scan_hit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('item_id', '=', itemId)
    .where('version', '=', version)
    .where('resolution', '=', 'open');
  if (options.unansweredOnly) query = query.where('reason', 'is', null);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Takes the next 索引号 sequence number of a counter; atomic on both databases. */
export async function nextIndexSeq(executor: Executor, agencyId: string, scope: string): Promise<number> {
  const r = await executor
    .insertInto('catalogue_index_counter')
    .values({ agency_id: agencyId, scope, last_seq: 1 })
    .onConflict((oc) => oc.columns(['agency_id', 'scope']).doUpdateSet({ last_seq: sql`catalogue_index_counter.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(r.last_seq);
}

export async function insertAttachment(executor: Executor, row: CatalogueAttachmentTable): Promise<void> {
  await executor.insertInto('catalogue_attachment').values(row).execute();
}

export async function listAttachments(executor: Executor, itemId: string): Promise<Array<Selectable<CatalogueAttachmentTable>>> {
  return executor.selectFrom('catalogue_attachment').selectAll().where('item_id', '=', itemId).where('removed_at', 'is', null).orderBy('created_at').execute();
}

export async function findAttachment(executor: Executor, itemId: string, id: string): Promise<Selectable<CatalogueAttachmentTable> | undefined> {
  return executor.selectFrom('catalogue_attachment').selectAll().where('id', '=', id).where('item_id', '=', itemId).where('removed_at', 'is', null).executeTakeFirst();
}

/**
 * The attachments a published version went out with, removed since or not: while a revision is under
 * review the public keeps the published set (条例第十七条 — nothing unreviewed is released).
 */
export async function listAttachmentsByIds(executor: Executor, itemId: string, ids: readonly string[]): Promise<Array<Selectable<CatalogueAttachmentTable>>> {
  if (ids.length === 0) return [];
  return executor.selectFrom('catalogue_attachment').selectAll().where('item_id', '=', itemId).where('id', 'in', ids).orderBy('created_at').execute();
}

/** Records on a published version which attachments it was released with (kept in its snapshot). */
export async function setVersionAttachments(executor: Executor, itemId: string, version: number, ids: readonly string[]): Promise<void> {
  const row = await executor.selectFrom('catalogue_item_version').select('snapshot').where('item_id', '=', itemId).where('version', '=', version).executeTakeFirst();
  if (!row) return;
  const snapshot = { ...fromJson<Record<string, unknown>>(row.snapshot), attachmentIds: [...ids] };
  await executor.updateTable('catalogue_item_version').set({ snapshot: toJson(snapshot) }).where('item_id', '=', itemId).where('version', '=', version).execute();
}

export async function markAttachmentRemoved(executor: Executor, id: string, at: string): Promise<void> {
  await executor.updateTable('catalogue_attachment').set({ removed_at: at }).where('id', '=', id).execute();
}

export async function insertLink(executor: Executor, row: { id: string; agencyId: string; policyItemId: string; interpretationItemId: string; createdAt: string }): Promise<void> {
  await executor
    .insertInto('catalogue_link')
    .values({ id: row.id, agency_id: row.agencyId, policy_item_id: row.policyItemId, interpretation_item_id: row.interpretationItemId, created_at: row.createdAt })
    .onConflict((oc) => oc.columns(['policy_item_id', 'interpretation_item_id']).doNothing())
    .execute();
}

export interface LinkedItem {
  id: string;
  title: string;
  agencyId: string;
  relation: 'interpretation' | 'policy';
  published: boolean;
}

/** The 解读 of a policy and the policies a 解读 explains. */
export async function listLinks(executor: Executor, itemId: string): Promise<LinkedItem[]> {
  const interpretations = await executor
    .selectFrom('catalogue_link as l')
    .innerJoin('catalogue_item as i', 'i.id', 'l.interpretation_item_id')
    .select(['i.id', 'i.title', 'i.agency_id', 'i.published_version', 'i.status'])
    .where('l.policy_item_id', '=', itemId)
    .execute();
  const policies = await executor
    .selectFrom('catalogue_link as l')
    .innerJoin('catalogue_item as i', 'i.id', 'l.policy_item_id')
    .select(['i.id', 'i.title', 'i.agency_id', 'i.published_version', 'i.status'])
    .where('l.interpretation_item_id', '=', itemId)
    .execute();
  const map = (relation: LinkedItem['relation']) => (r: { id: string; title: string; agency_id: string; published_version: number | null; status: ItemStatus }) => ({
    id: r.id,
    title: r.title,
    agencyId: r.agency_id,
    relation,
    published: r.published_version !== null && r.status !== 'withdrawn',
  });
  return [...interpretations.map(map('interpretation')), ...policies.map(map('policy'))];
}

export async function insertChannel(executor: Executor, row: CatalogueChannelTable): Promise<void> {
  await executor.insertInto('catalogue_channel').values(row).execute();
}

export async function listChannels(executor: Executor, agencyId: string): Promise<Array<Selectable<CatalogueChannelTable>>> {
  return executor.selectFrom('catalogue_channel').selectAll().where('agency_id', '=', agencyId).where('archived_at', 'is', null).orderBy('created_at').execute();
}

export async function upsertPublication(executor: Executor, row: { id: string; agencyId: string; itemId: string; channelId: string; publishedOn: string; createdAt: string }): Promise<void> {
  await executor
    .insertInto('catalogue_publication')
    .values({ id: row.id, agency_id: row.agencyId, item_id: row.itemId, channel_id: row.channelId, published_on: row.publishedOn, created_at: row.createdAt })
    .onConflict((oc) => oc.columns(['item_id', 'channel_id']).doUpdateSet({ published_on: row.publishedOn }))
    .execute();
}

export async function listPublications(executor: Executor, itemId: string): Promise<Array<{ channelId: string; name: string; kind: string; publishedOn: string }>> {
  const rows = await executor
    .selectFrom('catalogue_publication as p')
    .innerJoin('catalogue_channel as c', 'c.id', 'p.channel_id')
    .select(['p.channel_id', 'c.name', 'c.kind', 'p.published_on'])
    .where('p.item_id', '=', itemId)
    .orderBy('p.published_on')
    .execute();
  return rows.map((r) => ({ channelId: r.channel_id, name: r.name, kind: r.kind, publishedOn: r.published_on }));
}

/** Items published through each channel in a year (annual report section 二 narrative). */
export async function countPublicationsByChannel(executor: Executor, agencyId: string, year: number): Promise<Array<{ channelId: string; name: string; kind: string; count: number }>> {
  const rows = await executor
    .selectFrom('catalogue_channel as c')
    .leftJoin('catalogue_publication as p', (j) =>
      j.onRef('p.channel_id', '=', 'c.id').on('p.published_on', '>=', `${year}-01-01`).on('p.published_on', '<=', `${year}-12-31`),
    )
    .select(['c.id', 'c.name', 'c.kind', (eb) => eb.fn.count<number>('p.id').as('n')])
    .where('c.agency_id', '=', agencyId)
    .groupBy(['c.id', 'c.name', 'c.kind'])
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({ channelId: r.id, name: r.name, kind: r.kind, count: Number(r.n) }));
}

export async function upsertPage(executor: Executor, row: { id: string; agencyId: string; kind: PageKind; title: string; body: string; updatedBy: string | null; updatedAt: string }): Promise<void> {
  await executor
    .insertInto('catalogue_page')
    .values({ id: row.id, agency_id: row.agencyId, kind: row.kind, title: row.title, body: row.body, updated_by: row.updatedBy, updated_at: row.updatedAt })
    .onConflict((oc) => oc.columns(['agency_id', 'kind']).doUpdateSet({ title: row.title, body: row.body, updated_by: row.updatedBy, updated_at: row.updatedAt }))
    .execute();
}

export async function findPage(executor: Executor, agencyId: string, kind: PageKind): Promise<{ title: string; body: string; updatedAt: string } | undefined> {
  const r = await executor.selectFrom('catalogue_page').select(['title', 'body', 'updated_at']).where('agency_id', '=', agencyId).where('kind', '=', kind).executeTakeFirst();
  return r ? { title: r.title, body: r.body, updatedAt: r.updated_at } : undefined;
}

export interface ItemListRow {
  id: string;
  agencyId: string;
  indexNo: string | null;
  title: string;
  category: string;
  documentNo: string | null;
  writtenOn: string;
  publishDueOn: string;
  publishedOn: string | null;
  status: ItemStatus;
  approvalLevel: number;
  validity: string | null;
  publishedVersion: number | null;
}

const LIST_COLUMNS = [
  'id',
  'agency_id',
  'index_no',
  'title',
  'category',
  'document_no',
  'written_on',
  'publish_due_on',
  'published_on',
  'status',
  'approval_level',
  'validity',
  'published_version',
] as const;

function toListRow(r: Pick<Selectable<CatalogueItemTable>, (typeof LIST_COLUMNS)[number]>): ItemListRow {
  return {
    id: r.id,
    agencyId: r.agency_id,
    indexNo: r.index_no,
    title: r.title,
    category: r.category,
    documentNo: r.document_no,
    writtenOn: r.written_on,
    publishDueOn: r.publish_due_on,
    publishedOn: r.published_on,
    status: r.status,
    approvalLevel: r.approval_level,
    validity: r.validity,
    publishedVersion: r.published_version,
  };
}

export interface StaffListQuery {
  agencyId: string;
  titleContains: string;
  category: string;
  status: string;
  year: number | null;
  limit: number;
  offset: number;
}

/** Staff list: every status of one agency, filtered and paged on the server. */
export async function listItemsForStaff(executor: Executor, dialect: DialectName, q: StaffListQuery): Promise<{ rows: ItemListRow[]; total: number }> {
  let base = executor.selectFrom('catalogue_item').where('agency_id', '=', q.agencyId);
  if (q.titleContains) base = base.where((eb) => containsInsensitive(dialect, eb.ref('title'), q.titleContains));
  if (q.category) base = base.where('category', '=', q.category);
  if (q.status) base = base.where('status', '=', q.status as ItemStatus);
  if (q.year) base = base.where('written_on', '>=', `${q.year}-01-01`).where('written_on', '<=', `${q.year}-12-31`);
  const [rows, count] = await Promise.all([
    base.select([...LIST_COLUMNS]).orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toListRow), total: Number(count.n) };
}

export interface PortalListQuery {
  agencyId: string;
  category: string | null;
  year: number | null;
  limit: number;
  offset: number;
}

/** Public list of an agency's published items, newest first (uses catalogue_item_portal_idx). */
export async function listPublishedItems(executor: Executor, q: PortalListQuery & { withCount: boolean }): Promise<{ rows: ItemListRow[]; total: number | null }> {
  let base = executor.selectFrom('catalogue_item').where('agency_id', '=', q.agencyId).where('published_version', 'is not', null).where('status', '<>', 'withdrawn');
  if (q.category) base = base.where('category', '=', q.category);
  if (q.year) base = base.where('published_on', '>=', `${q.year}-01-01`).where('published_on', '<=', `${q.year}-12-31`);
  const [rows, count] = await Promise.all([
    base.select([...LIST_COLUMNS]).orderBy('published_on', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    q.withCount ? base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow() : Promise.resolve(null),
  ]);
  return { rows: rows.map(toListRow), total: count ? Number(count.n) : null };
}

export async function countPublishedByCategory(executor: Executor, agencyId: string): Promise<Record<string, number>> {
  const rows = await executor
    .selectFrom('catalogue_item')
    .select(['category', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agency_id', '=', agencyId)
    .where('published_version', 'is not', null)
    .where('status', '<>', 'withdrawn')
    .groupBy('category')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.category, Number(r.n)]));
}

/** Items not yet released whose deadline falls on or before `dueBy` (overdue and due-soon lists). */
export async function listUnpublishedDue(executor: Executor, agencyIds: readonly string[], dueBy: string, limit: number): Promise<ItemListRow[]> {
  if (agencyIds.length === 0) return [];
  const rows = await executor
    .selectFrom('catalogue_item')
    .select([...LIST_COLUMNS])
    .where('agency_id', 'in', [...agencyIds])
    .where('status', 'in', ['draft', 'security_review', 'approval', 'returned'])
    .where('published_version', 'is', null)
    .where('publish_due_on', '<=', dueBy)
    .orderBy('publish_due_on', 'asc')
    .limit(limit)
    .execute();
  return rows.map(toListRow);
}

/**
 * Items of one agency somewhere in review before release — 保密审查, 审批中 (any level) or 已退回 — oldest
 * deadline first, for the staff home (catalogue_item_due_idx: agency_id, status, publish_due_on).
 */
export async function listInReview(executor: Executor, agencyId: string, limit: number): Promise<ItemListRow[]> {
  const rows = await executor
    .selectFrom('catalogue_item')
    .select([...LIST_COLUMNS])
    .where('agency_id', '=', agencyId)
    .where('status', 'in', ['security_review', 'approval', 'returned'])
    .orderBy('publish_due_on', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
  return rows.map(toListRow);
}

export interface FeedRow {
  id: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  title: string;
  summary: string;
  publishedOn: string;
  updatedAt: string;
}

/** Newest published items, of one agency or county-wide (Atom feed, sitemap). */
export async function listLatestPublished(executor: Executor, agencyId: string | null, limit: number): Promise<FeedRow[]> {
  let q = executor
    .selectFrom('catalogue_item as i')
    .innerJoin('agency as a', 'a.id', 'i.agency_id')
    .select(['i.id', 'i.agency_id', 'a.code', 'a.name', 'i.title', 'i.summary', 'i.published_on', 'i.updated_at'])
    .where('i.published_version', 'is not', null)
    .where('i.status', '<>', 'withdrawn');
  if (agencyId) q = q.where('i.agency_id', '=', agencyId);
  const rows = await q.orderBy('i.published_on', 'desc').orderBy('i.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    agencyId: r.agency_id,
    agencyCode: r.code,
    agencyName: r.name,
    title: r.title,
    summary: r.summary,
    publishedOn: r.published_on ?? '',
    updatedAt: r.updated_at,
  }));
}

export async function listNormativeDocuments(
  executor: Executor,
  agencyId: string,
): Promise<Array<{ writtenOn: string; publishedOn: string | null; effectiveOn: string | null; abolishedOn: string | null; expiresOn: string | null; withdrawnOn: string | null }>> {
  const rows = await executor
    .selectFrom('catalogue_item')
    .select(['written_on', 'published_on', 'effective_on', 'abolished_on', 'expires_on', 'withdrawn_on', 'published_version', 'status'])
    .where('agency_id', '=', agencyId)
    .where('is_normative_document', '=', sql<boolean>`${sql.lit(true)}`)
    .execute();
  return rows
    .filter((r) => r.published_version !== null)
    .map((r) => ({
      writtenOn: r.written_on,
      publishedOn: r.published_on,
      effectiveOn: r.effective_on,
      abolishedOn: r.abolished_on,
      expiresOn: r.expires_on,
      // A withdrawn item is off the portal from its withdrawal day (the 2019 format's 对外公开总数量).
      withdrawnOn: r.status === 'withdrawn' ? r.withdrawn_on : null,
    }));
}

/** The published snapshot of items currently under revision (their row holds the new draft). */
/** A published version's snapshot; `attachmentIds` is recorded at publication (absent on versions published before it was). */
export type PublishedSnapshot = ItemSnapshot & { readonly attachmentIds?: readonly string[] };

export async function findPublishedSnapshots(executor: Executor, items: ReadonlyArray<{ id: string; version: number }>): Promise<Map<string, PublishedSnapshot>> {
  const out = new Map<string, PublishedSnapshot>();
  for (const i of items) {
    const r = await executor.selectFrom('catalogue_item_version').select('snapshot').where('item_id', '=', i.id).where('version', '=', i.version).executeTakeFirst();
    if (r) out.set(i.id, fromJson<PublishedSnapshot>(r.snapshot));
  }
  return out;
}

export async function findAccountName(executor: Executor, accountId: string): Promise<string | null> {
  const r = await executor.selectFrom('account').select('display_name').where('id', '=', accountId).executeTakeFirst();
  return r?.display_name ?? null;
}

/**
 * Per agency, for many agencies in two grouped queries (the 政务公开办 dashboard): items not released
 * although their 条例第二十六条 deadline is before `today`, and items first published on or after `since` and still public.
 */
export async function countReleaseFiguresByAgency(
  executor: Executor,
  agencyIds: readonly string[],
  today: string,
  since: string,
): Promise<Map<string, { overdue: number; publishedSince: number }>> {
  const result = new Map<string, { overdue: number; publishedSince: number }>();
  if (agencyIds.length === 0) return result;
  const ids = [...agencyIds];
  const [overdue, published] = await Promise.all([
    executor
      .selectFrom('catalogue_item')
      .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('agency_id', 'in', ids)
      .where('status', 'in', ['draft', 'security_review', 'approval', 'returned'])
      .where('published_version', 'is', null)
      .where('publish_due_on', '<', today)
      .groupBy('agency_id')
      .execute(),
    executor
      .selectFrom('catalogue_item')
      .select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('agency_id', 'in', ids)
      // Still public (not withdrawn); the same predicate as catalogue_item_published_idx, so it can serve.
      .where('published_version', 'is not', null)
      .where('status', '<>', 'withdrawn')
      .where('published_on', '>=', since)
      .groupBy('agency_id')
      .execute(),
  ]);
  const entry = (id: string) => {
    let e = result.get(id);
    if (!e) result.set(id, (e = { overdue: 0, publishedSince: 0 }));
    return e;
  };
  for (const r of overdue) entry(r.agency_id).overdue = Number(r.n);
  for (const r of published) entry(r.agency_id).publishedSince = Number(r.n);
  return result;
}

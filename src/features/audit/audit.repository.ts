// audit_event rows. Append-only: there is no update or delete here, on purpose.
import { sql } from 'kysely';
import { fromInstant, fromJson, toJson } from '../../db/dialect.ts';
import type { Executor } from '../../platform/service-context.ts';
import type { AuditEventTable } from './audit.tables.ts';

export interface AuditEvent {
  readonly id: string;
  readonly occurredAt: string;
  readonly accountId: string | null;
  readonly agencyId: string | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly summary: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly ip: string | null;
}

export interface AuditEventView extends AuditEvent {
  /** Display name and username of the account, null for the system. */
  readonly accountName: string | null;
  readonly accountUsername: string | null;
  readonly agencyName: string | null;
}

export async function insertAuditEvent(executor: Executor, event: AuditEvent): Promise<void> {
  const row: AuditEventTable = {
    id: event.id,
    occurred_at: event.occurredAt,
    account_id: event.accountId,
    agency_id: event.agencyId,
    action: event.action,
    object_type: event.objectType,
    object_id: event.objectId,
    summary: event.summary,
    before: event.before === undefined || event.before === null ? null : toJson(event.before),
    after: event.after === undefined || event.after === null ? null : toJson(event.after),
    ip: event.ip,
  };
  await executor.insertInto('audit_event').values(row).execute();
}

export interface AuditQuery {
  /**
   * Only events of these agencies (already limited to what the actor may read; empty: none), or
   * 'all' — every event including installation-wide ones (system readers only).
   */
  readonly agencyIds: readonly string[] | 'all';
  readonly accountId?: string | undefined;
  readonly action?: string | undefined;
  readonly objectType?: string | undefined;
  readonly objectId?: string | undefined;
  /** Inclusive lower bound (ISO instant). */
  readonly from?: string | undefined;
  /** Exclusive upper bound (ISO instant). */
  readonly to?: string | undefined;
  readonly limit: number;
  /**
   * Keyset paging on (occurred_at, id), the order of the page: 'older' gives the events after the cursor
   * in that order (下一页), 'newer' those before it (上一页); absent: the newest. Unlike OFFSET, a deep
   * page costs what the first does — the index is entered at the cursor instead of counted through.
   */
  readonly cursor?: AuditCursor | undefined;
}

export interface AuditCursor {
  readonly direction: 'older' | 'newer';
  readonly occurredAt: string;
  readonly id: string;
}

export interface AuditSearchResult {
  readonly rows: AuditEventView[];
  readonly total: number;
  /** Whether events newer than the first row / older than the last row exist (with the same filters). */
  readonly hasNewer: boolean;
  readonly hasOlder: boolean;
}

export async function searchAuditEvents(executor: Executor, query: AuditQuery): Promise<AuditSearchResult> {
  const scope = query.agencyIds;
  if (scope !== 'all' && scope.length === 0) return { rows: [], total: 0, hasNewer: false, hasOlder: false };
  let filtered = executor.selectFrom('audit_event');
  if (scope !== 'all') filtered = filtered.where('agency_id', 'in', [...scope]);
  if (query.accountId) filtered = filtered.where('account_id', '=', query.accountId);
  if (query.action) filtered = filtered.where('action', '=', query.action);
  if (query.objectType) filtered = filtered.where('object_type', '=', query.objectType);
  if (query.objectId) filtered = filtered.where('object_id', '=', query.objectId);
  if (query.from) filtered = filtered.where('occurred_at', '>=', query.from);
  if (query.to) filtered = filtered.where('occurred_at', '<', query.to);
  const { total } = await filtered.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow();
  // Row-value comparison: both databases turn it into one range on the (…, occurred_at, id) indexes.
  const beyond = (direction: 'older' | 'newer', at: { occurredAt: string; id: string }) =>
    direction === 'older'
      ? sql<boolean>`(${sql.ref('occurred_at')}, ${sql.ref('id')}) < (${at.occurredAt}, ${at.id})`
      : sql<boolean>`(${sql.ref('occurred_at')}, ${sql.ref('id')}) > (${at.occurredAt}, ${at.id})`;
  const cursor = query.cursor;
  const towardNewer = cursor?.direction === 'newer';
  // The page's ids first (answered from the (agency_id, occurred_at, id) index without touching the
  // rows), then the rows and their joins for those ids only. One row more than the page tells whether
  // the page has a neighbour in the direction read.
  let ids = filtered.select(['id', 'occurred_at']);
  if (cursor) ids = ids.where(beyond(cursor.direction, cursor));
  const pageIds = await ids
    .orderBy('occurred_at', towardNewer ? 'asc' : 'desc')
    .orderBy('id', towardNewer ? 'asc' : 'desc')
    .limit(query.limit + 1)
    .execute();
  const more = pageIds.length > query.limit;
  const kept = pageIds.slice(0, query.limit);
  if (towardNewer) kept.reverse();
  if (kept.length === 0) return { rows: [], total: Number(total), hasNewer: towardNewer ? false : cursor !== undefined, hasOlder: false };
  // The other side of the page: one probe on the index from the page's edge.
  const edge = towardNewer ? kept[kept.length - 1]! : kept[0]!;
  const probeDirection = towardNewer ? 'older' : 'newer';
  const otherSide =
    cursor === undefined
      ? false
      : (await filtered
          .select('id')
          .where(beyond(probeDirection, { occurredAt: fromInstant(edge.occurred_at), id: edge.id }))
          .limit(1)
          .execute()).length > 0;
  const hasNewer = towardNewer ? more : otherSide;
  const hasOlder = towardNewer ? otherSide : more;
  const page = executor
    .selectFrom('audit_event')
    .select('id')
    .where('id', 'in', kept.map((r) => r.id))
    .as('p');
  const rows = await executor
    .selectFrom(page)
    .innerJoin('audit_event as e', 'e.id', 'p.id')
    .leftJoin('account as a', 'a.id', 'e.account_id')
    .leftJoin('agency as g', 'g.id', 'e.agency_id')
    .select([
      'e.id', 'e.occurred_at', 'e.account_id', 'e.agency_id', 'e.action', 'e.object_type', 'e.object_id',
      'e.summary', 'e.before', 'e.after', 'e.ip', 'a.display_name', 'a.username', 'g.name as agency_name',
    ])
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
  return {
    total: Number(total),
    hasNewer,
    hasOlder,
    rows: rows.map((r) => ({
      id: r.id,
      occurredAt: fromInstant(r.occurred_at),
      accountId: r.account_id,
      agencyId: r.agency_id,
      action: r.action,
      objectType: r.object_type,
      objectId: r.object_id,
      summary: r.summary,
      before: fromJson(r.before),
      after: fromJson(r.after),
      ip: r.ip,
      accountName: r.display_name,
      accountUsername: r.username,
      agencyName: r.agency_name,
    })),
  };
}

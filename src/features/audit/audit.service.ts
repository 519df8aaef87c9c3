// The audit log: every change a service makes appends one event inside the same transaction
// (DESIGN §3), and reading it is scoped — an admin sees its agency's subtree, a supervisor its
// subtree, a leader its own agency (policy.ts, action 'audit.read').
import { z } from 'zod';
import { ForbiddenError, validationErrorFromIssues } from '../../platform/errors.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { actorAccountId, grantRootsFor, type Actor } from '../accounts/domain/policy.ts';
import { findSubtreeIds } from '../agencies/agencies.repository.ts';
import { insertAuditEvent, searchAuditEvents, type AuditCursor, type AuditEventView } from './audit.repository.ts';

export interface AuditEntry {
  /** Dotted verb, e.g. 'agency.create', 'account.password_change', 'catalogue_item.publish'. */
  readonly action: string;
  /** Table-like noun of the object, e.g. 'agency', 'account', 'catalogue_item'. */
  readonly objectType: string;
  readonly objectId: string | null;
  /** The agency whose records changed (decides who may read the event). */
  readonly agencyId: string | null;
  /** One Chinese sentence a person reads in the log, e.g. "新建单位“草坝镇人民政府”". */
  readonly summary: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Appends one audit event. Call it with the transaction of the change it records. */
export async function recordAudit(executor: Executor, ctx: ServiceContext, actor: Actor, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(executor, {
    id: ctx.newId(),
    occurredAt: ctx.now().toISOString(),
    accountId: actorAccountId(actor),
    agencyId: entry.agencyId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    summary: entry.summary,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: actor.kind === 'account' ? (actor.ip ?? null) : null,
  });
}

const instantText = z
  .string()
  .trim()
  .refine((v) => !Number.isNaN(Date.parse(v)), { message: '时间格式不正确，请使用如 2026-03-01 或 2026-03-01T08:00:00Z 的格式' })
  .transform((v) => new Date(v).toISOString());

// A page edge as it travels in links: "<occurred_at ISO>_<event id>" (neither part contains "_").
const cursorText = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9A-Za-z-]{1,64}$/, { message: '翻页位置无效，请从第一页重新查看。' })
  .refine((v) => !Number.isNaN(Date.parse(v.split('_')[0] ?? '')), { message: '翻页位置无效，请从第一页重新查看。' });

export function auditCursorText(event: { occurredAt: string; id: string }): string {
  return `${event.occurredAt}_${event.id}`;
}

export const auditSearchSchema = z.object({
  agencyId: z.string().trim().min(1).optional(),
  accountId: z.string().trim().min(1).optional(),
  action: z.string().trim().min(1).max(80).optional(),
  objectType: z.string().trim().min(1).max(80).optional(),
  objectId: z.string().trim().min(1).optional(),
  from: instantText.optional(),
  to: instantText.optional(),
  /** 下一页: events older than this cursor (from `AuditPage.olderCursor`). */
  after: cursorText.optional(),
  /** 上一页: events newer than this cursor (from `AuditPage.newerCursor`). */
  before: cursorText.optional(),
  pageSize: z.coerce.number().int().min(1).max(200, { message: '每页最多 200 条' }).default(50),
});
export type AuditSearchInput = z.input<typeof auditSearchSchema>;

export interface AuditPage {
  readonly rows: AuditEventView[];
  readonly total: number;
  readonly pageSize: number;
  /** Cursor for 上一页 (newer events) and 下一页 (older events); null when there are none. */
  readonly newerCursor: string | null;
  readonly olderCursor: string | null;
}

/** Agencies whose audit events the actor may read; 'all' for the system actor. */
export async function readableAuditAgencyIds(ctx: ServiceContext, actor: Actor): Promise<string[] | 'all'> {
  if (actor.kind === 'system') return 'all';
  const ids = new Set<string>();
  for (const root of grantRootsFor(actor, 'audit.read')) {
    if (root.reach === 'own') ids.add(root.agencyId);
    else for (const id of await findSubtreeIds(ctx.db, root.agencyId)) ids.add(id);
  }
  return [...ids];
}

/** Searches the audit log within what the actor may read, newest first, paged by keyset (after/before). */
export async function searchAudit(ctx: ServiceContext, actor: Actor, input: AuditSearchInput): Promise<AuditPage> {
  const parsed = auditSearchSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const q = parsed.data;
  const readable = await readableAuditAgencyIds(ctx, actor);
  if (readable !== 'all' && readable.length === 0) {
    throw new ForbiddenError('您没有查看操作日志的权限。操作日志由本单位领导、管理员和上级政务公开办查看。');
  }
  let agencyIds: string[] | 'all';
  if (readable === 'all') agencyIds = q.agencyId ? [q.agencyId] : 'all';
  // Asking for an agency outside the actor's reach returns nothing rather than an error that would
  // confirm the agency exists.
  else agencyIds = q.agencyId ? readable.filter((id) => id === q.agencyId) : readable;
  const result = await searchAuditEvents(ctx.db, {
    agencyIds,
    accountId: q.accountId,
    action: q.action,
    objectType: q.objectType,
    objectId: q.objectId,
    from: q.from,
    to: q.to,
    limit: q.pageSize,
    cursor: cursorOf(q.before ? 'newer' : q.after ? 'older' : null, q.before ?? q.after),
  });
  const first = result.rows[0];
  const last = result.rows.at(-1);
  return {
    rows: result.rows,
    total: result.total,
    pageSize: q.pageSize,
    newerCursor: result.hasNewer && first ? auditCursorText(first) : null,
    olderCursor: result.hasOlder && last ? auditCursorText(last) : null,
  };
}

function cursorOf(direction: 'older' | 'newer' | null, text: string | undefined): AuditCursor | undefined {
  if (!direction || !text) return undefined;
  const [occurredAt = '', id = ''] = text.split('_');
  return { direction, occurredAt: new Date(occurredAt).toISOString(), id };
}

// Agency commands and queries. Each command: check permission, open one transaction, change rows,
// append an audit event (DESIGN §3).
import { ConflictError, NotFoundError, ValidationError, validationErrorFromIssues } from '../../platform/errors.ts';
import { bumpPublicationGeneration } from '../../platform/page-cache/publication-generation.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { can, grantRootsFor, type Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  countLiveChildren,
  findAgencyByCode,
  findAgencyById,
  findAgencyWithAncestry,
  findAncestryIds,
  findSubtreeIds,
  insertAgency,
  listAgenciesByIds,
  listAllAgencies,
  updateAgencyRow,
  type AgencyChanges,
} from './agencies.repository.ts';
import { createAgencySchema, updateAgencySchema, type CreateAgencyInput, type UpdateAgencyInput } from './agencies.schemas.ts';
import { orderAsTree, placementProblem, type Agency } from './domain/agency.ts';

export type AgencyInTree = Agency & { readonly depth: number };

/** Loads an agency and its ancestry, or throws NotFoundError. */
export async function loadAgencyWithAncestry(executor: Executor, id: string): Promise<{ agency: Agency; ancestry: string[] }> {
  const found = await findAgencyWithAncestry(executor, id);
  if (!found) throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  return found;
}

/** Authorizes `action` on an agency (loading its ancestry) and returns the agency. */
export async function authorizeOnAgency(
  executor: Executor,
  actor: Actor,
  action: Parameters<typeof authorize>[1],
  agencyId: string,
): Promise<Agency> {
  const found = await findAgencyWithAncestry(executor, agencyId);
  // An agency the actor may not read is reported as missing, not as forbidden (no existence leak).
  if (!found) throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  const { agency, ancestry } = found;
  if (!can(actor, 'agency.read', agencyId, ancestry)) {
    throw new NotFoundError('找不到该单位，它可能已被删除或您无权查看。');
  }
  authorize(actor, action, agencyId, ancestry);
  return agency;
}

/** Ids of every agency the actor may read ('agency.read'), or 'all' for the system actor. */
export async function readableAgencyIds(ctx: ServiceContext, actor: Actor): Promise<string[] | 'all'> {
  if (actor.kind === 'system') return 'all';
  const ids = new Set<string>();
  for (const root of grantRootsFor(actor, 'agency.read')) {
    if (root.reach === 'own') ids.add(root.agencyId);
    else for (const id of await findSubtreeIds(ctx.db, root.agencyId)) ids.add(id);
  }
  return [...ids];
}

/** The agencies the actor may see, as a tree (parents first, with depth). */
export async function listAgencies(
  ctx: ServiceContext,
  actor: Actor,
  options: { includeArchived?: boolean } = {},
): Promise<AgencyInTree[]> {
  const includeArchived = options.includeArchived ?? false;
  const ids = await readableAgencyIds(ctx, actor);
  const agencies = ids === 'all' ? await listAllAgencies(ctx.db, { includeArchived }) : await listAgenciesByIds(ctx.db, ids, { includeArchived });
  return orderAsTree(agencies);
}

/**
 * Public facts of live agencies (name, level, contact details) for the portal: 条例第二十四条 and
 * 第十二条 require the disclosure guide and contact details of each 机关 to be public.
 */
export async function listPublicAgencies(ctx: ServiceContext): Promise<AgencyInTree[]> {
  // Settings are internal (numbering prefixes, workflow switches): never handed to public pages.
  const agencies = await listAllAgencies(ctx.db, { includeArchived: false });
  return orderAsTree(agencies.map((a) => ({ ...a, settings: {} })));
}

export async function getAgency(ctx: ServiceContext, actor: Actor, id: string): Promise<Agency> {
  return authorizeOnAgency(ctx.db, actor, 'agency.read', id);
}

/** The agency and everything below it that the actor may see. */
export async function getSubtree(ctx: ServiceContext, actor: Actor, rootId: string, options: { includeArchived?: boolean } = {}): Promise<AgencyInTree[]> {
  await authorizeOnAgency(ctx.db, actor, 'agency.read', rootId);
  const ids = await findSubtreeIds(ctx.db, rootId);
  const readable = await readableAgencyIds(ctx, actor);
  const visible = readable === 'all' ? ids : ids.filter((id) => readable.includes(id));
  return orderAsTree(await listAgenciesByIds(ctx.db, visible, { includeArchived: options.includeArchived ?? false }));
}

/** The chain from the root down to the agency (for breadcrumbs and 索引号 prefixes). */
export async function getAncestry(ctx: ServiceContext, actor: Actor, id: string): Promise<Agency[]> {
  await authorizeOnAgency(ctx.db, actor, 'agency.read', id);
  const chain: Agency[] = [];
  for (const ancestorId of (await findAncestryIds(ctx.db, id)).reverse()) {
    const agency = await findAgencyById(ctx.db, ancestorId);
    if (agency) chain.push(agency);
  }
  const self = await findAgencyById(ctx.db, id);
  if (self) chain.push(self);
  return chain;
}

function auditView(agency: Agency): Record<string, unknown> {
  const { settings, ...rest } = agency;
  return { ...rest, settings };
}

/**
 * Creates an agency under `parentId` (needs 'agency.manage' on the parent), or a root agency (only
 * the system actor: the command line or the first start).
 */
export async function createAgency(ctx: ServiceContext, actor: Actor, input: CreateAgencyInput): Promise<Agency> {
  const parsed = createAgencySchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const data = parsed.data;
  return ctx.db.transaction().execute(async (trx) => {
    let parent: Agency | null = null;
    if (data.parentId !== null) {
      parent = await authorizeOnAgency(trx, actor, 'agency.manage', data.parentId);
      if (parent.archivedAt !== null) throw new ConflictError(`上级单位“${parent.name}”已归档，不能在其下新建单位。`);
    } else if (actor.kind !== 'system') {
      throw new ValidationError({ parentId: '请选择上级单位。新建顶级单位只能通过命令行或首次启动完成。' });
    }
    const problem = placementProblem(data.level, parent);
    if (problem) throw new ValidationError({ level: problem });
    if (await findAgencyByCode(trx, data.code)) {
      throw new ConflictError(`单位代码“${data.code}”已被其他单位使用，请换一个（代码用于索引号，必须唯一）。`);
    }
    const agency: Agency = {
      id: ctx.newId(),
      parentId: data.parentId,
      code: data.code,
      name: data.name,
      shortName: data.shortName ?? null,
      level: data.level,
      address: data.address ?? null,
      postalCode: data.postalCode ?? null,
      phone: data.phone ?? null,
      email: data.email ?? null,
      officeHours: data.officeHours ?? null,
      settings: data.settings ?? {},
      sortOrder: data.sortOrder ?? 0,
      createdAt: ctx.now().toISOString(),
      archivedAt: null,
    };
    await insertAgency(trx, agency);
    // The portal's directory and 专栏 show agencies: cached public pages end with this transaction.
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'agency.create',
      objectType: 'agency',
      objectId: agency.id,
      agencyId: agency.id,
      summary: `新建单位“${agency.name}”（代码 ${agency.code}）`,
      after: auditView(agency),
    });
    return agency;
  });
}

/** Changes an agency's details (needs 'agency.manage' on it). The parent and level are fixed. */
export async function updateAgency(ctx: ServiceContext, actor: Actor, id: string, input: UpdateAgencyInput): Promise<Agency> {
  const parsed = updateAgencySchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const data = parsed.data;
  return ctx.db.transaction().execute(async (trx) => {
    const before = await authorizeOnAgency(trx, actor, 'agency.manage', id);
    if (before.archivedAt !== null) throw new ConflictError(`单位“${before.name}”已归档，不能修改。`);
    if (data.code !== undefined && data.code !== before.code) {
      const holder = await findAgencyByCode(trx, data.code);
      if (holder) throw new ConflictError(`单位代码“${data.code}”已被“${holder.name}”使用，请换一个。`);
    }
    const changes: AgencyChanges = {};
    for (const key of ['code', 'name', 'shortName', 'address', 'postalCode', 'phone', 'email', 'officeHours', 'settings', 'sortOrder'] as const) {
      if (data[key] !== undefined) (changes as Record<string, unknown>)[key] = data[key];
    }
    await updateAgencyRow(trx, id, changes);
    await bumpPublicationGeneration(trx, ctx.now());
    const after = (await findAgencyById(trx, id))!;
    await recordAudit(trx, ctx, actor, {
      action: 'agency.update',
      objectType: 'agency',
      objectId: id,
      agencyId: id,
      summary: `修改单位“${after.name}”的信息`,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/**
 * Archives an agency (never deletes: its catalogue, applications and reports stay readable). Needs
 * 'agency.manage' on it; refused while it still has live child agencies.
 */
export async function archiveAgency(ctx: ServiceContext, actor: Actor, id: string): Promise<Agency> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await authorizeOnAgency(trx, actor, 'agency.manage', id);
    if (before.archivedAt !== null) throw new ConflictError(`单位“${before.name}”已经归档。`);
    if ((await countLiveChildren(trx, id)) > 0) {
      throw new ConflictError(`单位“${before.name}”下还有未归档的下级单位，请先归档或调整下级单位。`);
    }
    const archivedAt = ctx.now().toISOString();
    await updateAgencyRow(trx, id, { archivedAt });
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'agency.archive',
      objectType: 'agency',
      objectId: id,
      agencyId: id,
      summary: `归档单位“${before.name}”`,
      before: { archivedAt: null },
      after: { archivedAt },
    });
    return { ...before, archivedAt };
  });
}

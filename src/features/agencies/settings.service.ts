// Settings kept in the database: installation-wide ('global') or per agency, each a JSON value under
// a key. An agency setting overrides its ancestors' and the global one (getEffectiveSetting).
import { z } from 'zod';
import { ForbiddenError, ValidationError } from '../../platform/errors.ts';
import { bumpPublicationGeneration } from '../../platform/page-cache/publication-generation.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { actorAccountId, type Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findAncestryIds } from './agencies.repository.ts';
import { authorizeOnAgency } from './agencies.service.ts';
import type { Executor } from '../../platform/service-context.ts';
import { deleteSetting, findSettingRows, findSettingValue, GLOBAL_SCOPE, upsertSetting } from './settings.repository.ts';

const keySchema = z.string().regex(/^[a-z][a-z0-9_.]{0,63}$/, { message: '设置项名称须为小写字母开头的字母、数字、下划线或点，最长 64 个字符' });

function checkKey(key: string): void {
  if (!keySchema.safeParse(key).success) throw new ValidationError({ key: '设置项名称须为小写字母开头的字母、数字、下划线或点，最长 64 个字符' });
}

/** The value stored exactly at this scope (agency id, or null for global); undefined when absent. */
export async function getSetting<T = unknown>(ctx: ServiceContext, agencyId: string | null, key: string): Promise<T | undefined> {
  checkKey(key);
  const { found, value } = await findSettingValue(ctx.db, agencyId ?? GLOBAL_SCOPE, key);
  return found ? (value as T) : undefined;
}

/** The value for an agency: its own, else the nearest ancestor's, else the global one. */
export async function getEffectiveSetting<T = unknown>(ctx: ServiceContext, agencyId: string, key: string): Promise<T | undefined> {
  checkKey(key);
  for (const scope of [agencyId, ...(await findAncestryIds(ctx.db, agencyId)), GLOBAL_SCOPE]) {
    const { found, value } = await findSettingValue(ctx.db, scope, key);
    if (found) return value as T;
  }
  return undefined;
}

/** Where an effective value came from: the agency itself, an ancestor (by id), or the global scope. */
export interface EffectiveSetting<T = unknown> {
  readonly value: T;
  /** The agency id whose row supplied the value, or 'global'. */
  readonly scope: string;
}

/**
 * Effective values of several keys for an agency in two queries (ancestry, then the rows), inside the
 * caller's transaction: for each key the agency's own row, else the nearest ancestor's, else the global one.
 */
export async function findEffectiveSettings(executor: Executor, agencyId: string, keys: readonly string[]): Promise<Map<string, EffectiveSetting>> {
  for (const key of keys) checkKey(key);
  const scopes = [agencyId, ...(await findAncestryIds(executor, agencyId)), GLOBAL_SCOPE];
  const rows = await findSettingRows(executor, scopes, keys);
  const out = new Map<string, EffectiveSetting>();
  for (const key of keys) {
    const nearest = scopes.map((scope) => rows.find((r) => r.scope === scope && r.key === key)).find((r) => r !== undefined);
    if (nearest) out.set(key, { value: nearest.value, scope: nearest.scope });
  }
  return out;
}

/**
 * Removes an agency's own value so it inherits again from its ancestors (needs 'agency.manage' there).
 * A no-op when the agency has no own value; audited otherwise.
 */
export async function clearSetting(ctx: ServiceContext, actor: Actor, agencyId: string, key: string): Promise<void> {
  checkKey(key);
  await ctx.db.transaction().execute(async (trx) => {
    await authorizeOnAgency(trx, actor, 'agency.manage', agencyId);
    const before = await findSettingValue(trx, agencyId, key);
    if (!before.found) return;
    await deleteSetting(trx, agencyId, key);
    await recordAudit(trx, ctx, actor, {
      action: 'setting.clear',
      objectType: 'setting',
      objectId: key,
      agencyId,
      summary: `单位设置“${key}”恢复沿用上级单位的设置`,
      before: { value: before.value },
      after: null,
    });
  });
}

/** Stores a setting: an agency's needs 'agency.manage' there; a global one only the system (CLI). */
export async function setSetting(ctx: ServiceContext, actor: Actor, agencyId: string | null, key: string, value: unknown): Promise<void> {
  checkKey(key);
  if (value === undefined) throw new ValidationError({ value: '设置值不能为空。' });
  await ctx.db.transaction().execute(async (trx) => {
    if (agencyId === null) {
      if (actor.kind !== 'system') throw new ForbiddenError('全局设置只能通过命令行修改。');
    } else {
      await authorizeOnAgency(trx, actor, 'agency.manage', agencyId);
    }
    const scope = agencyId ?? GLOBAL_SCOPE;
    const before = await findSettingValue(trx, scope, key);
    await upsertSetting(trx, { id: ctx.newId(), scope, key, value, updatedAt: ctx.now().toISOString(), updatedBy: actorAccountId(actor) });
    // Settings inherited down the tree may change what the portal shows: cached public pages end here.
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'setting.update',
      objectType: 'setting',
      objectId: key,
      agencyId,
      summary: `修改${agencyId === null ? '全局' : '单位'}设置“${key}”`,
      before: before.found ? { value: before.value } : null,
      after: { value },
    });
  });
}

// Settings kept in the database: installation-wide ('global') or per agency, each a JSON value under
// a key. An agency setting overrides its ancestors' and the global one (getEffectiveSetting).
import { z } from 'zod';
import { ForbiddenError, ValidationError } from '../../platform/errors.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { actorAccountId, type Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findAncestryIds } from './agencies.repository.ts';
import { authorizeOnAgency } from './agencies.service.ts';
import { findSettingValue, GLOBAL_SCOPE, upsertSetting } from './settings.repository.ts';

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

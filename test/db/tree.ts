// A small agency tree for service tests, built through the services as the system would:
//   <P>县人民政府 (county_government)
//   ├─ <P>县政务公开办 (disclosure_office)
//   ├─ <P>甲镇人民政府 (township)
//   ├─ <P>乙乡人民政府 (township)
//   └─ <P>县自然资源局 (county_department)
// Each call uses a distinct prefix so tests in one database do not collide.
import { createAccount, signIn } from '../../src/features/accounts/accounts.service.ts';
import type { Role } from '../../src/features/accounts/accounts.tables.ts';
import { SYSTEM_ACTOR, type Actor } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import type { Agency } from '../../src/features/agencies/domain/agency.ts';
import type { ServiceContext } from '../../src/platform/service-context.ts';
import { upsertSetting } from '../../src/features/agencies/settings.repository.ts';

export interface TestTree {
  county: Agency;
  office: Agency;
  townA: Agency;
  townB: Agency;
  department: Agency;
}

/**
 * `remedy` (default true): the county's 救济途径设置 (spec §8.1) for itself and as the default below it, as an
 * installation has them before letters go out — a reply letter with a blank is refused (issue 11 item 1).
 * Written straight to the setting table (no audit event), so tests counting audit events see only theirs.
 */
export async function buildTree(ctx: ServiceContext, prefix: string, options: { remedy?: boolean } = {}): Promise<TestTree> {
  const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: `${prefix}-C`, name: `${prefix}县人民政府`, level: 'county_government' });
  const office = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: `${prefix}-GK`, name: `${prefix}县政务公开办`, level: 'disclosure_office', sortOrder: 1 });
  const townA = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: `${prefix}-TA`, name: `${prefix}甲镇人民政府`, level: 'township', sortOrder: 2 });
  const townB = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: `${prefix}-TB`, name: `${prefix}乙乡人民政府`, level: 'township', sortOrder: 3 });
  const department = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: `${prefix}-ZR`, name: `${prefix}县自然资源局`, level: 'county_department', sortOrder: 4 });
  if (options.remedy ?? true) {
    await upsertSetting(ctx.db, {
      id: ctx.newId(), scope: county.id, key: 'applications.remedy', updatedAt: ctx.now().toISOString(), updatedBy: null,
      value: {
        self: { reconsiderationBody: `${prefix}市人民政府`, court: `${prefix}市中级人民法院` },
        below: { reconsiderationBody: county.name, court: `${prefix}县人民法院` },
      },
    });
  }
  return { county, office, townA, townB, department };
}

/** An actor holding `role` on `agencyId` without touching the database (for authorization tests). */
export function actorWith(role: Role, agencyId: string, accountId = 'test-account'): Actor {
  return { kind: 'account', accountId, agencyId, grants: [{ agencyId, role }] };
}

/** Creates a real account with `role` on `agency` and returns its actor and one-time password. */
export async function accountWith(
  ctx: ServiceContext,
  agency: Agency,
  role: Role,
  username: string,
): Promise<{ actor: Actor & { kind: 'account' }; accountId: string; password: string }> {
  const { account, oneTimePassword } = await createAccount(ctx, SYSTEM_ACTOR, {
    agencyId: agency.id,
    username,
    displayName: `测试${role}`,
    roles: [role],
  });
  const result = await signIn(ctx, { username, password: oneTimePassword });
  if (!result.ok) throw new Error(result.message);
  return { actor: result.actor, accountId: account.id, password: oneTimePassword };
}

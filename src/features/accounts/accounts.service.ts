// Accounts: creation with a one-time password, sign-in with lockout, password change, role grants.
// Each command: check permission, one transaction, an audit event for every change (DESIGN §3, §5).
import { createHash, randomInt } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { ConflictError, NotFoundError, ValidationError, validationErrorFromIssues } from '../../platform/errors.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { authorizeOnAgency } from '../agencies/agencies.service.ts';
import { findSubtreeIds } from '../agencies/agencies.repository.ts';
import { GOVERNMENT_LEVELS } from '../agencies/domain/agency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  findAccountById,
  findAccountByUsername,
  findGrantById,
  findLiveGrant,
  insertAccount,
  insertGrant,
  listAccountsOfAgencies,
  listLiveGrantsOfAccounts,
  markGrantRevoked,
  updateAccountRow,
  withoutSecret,
  deletePairThrottlesOf,
  deleteThrottles,
  findThrottles,
  knownSourceSince,
  pruneThrottles,
  rememberSource,
  saveThrottle,
  type Account,
  type AccountWithSecret,
  type RoleGrant,
} from './accounts.repository.ts';
import {
  changePasswordSchema,
  createAccountSchema,
  grantRoleSchema,
  loginSchema,
  type ChangePasswordInput,
  type CreateAccountInput,
  type GrantRoleInput,
  type LoginInput,
} from './accounts.schemas.ts';
import type { Role } from './accounts.tables.ts';
import {
  accountLockedMessage,
  afterFailedLogin,
  afterSourceFailure,
  INVALID_CREDENTIALS,
  isKnownSource,
  isLocked,
  KNOWN_SOURCE_DAYS,
  lockedMessage,
  LOCKOUT_MINUTES,
  MAX_FAILED_LOGINS_PER_ACCOUNT,
  sourceLockedMessage,
  wrongPasswordMessage,
} from './domain/lockout.ts';
import { generateOneTimePassword } from './domain/one-time-password.ts';
import { checkPassword } from './domain/password-rule.ts';
import { actorAccountId, grantRootsFor, type Actor } from './domain/policy.ts';
import { ROLE_LABELS } from './domain/roles.ts';

// argon2id with the library's defaults (m=19 MiB, t=2, p=1 — the OWASP minimum for argon2id).
// Algorithm is a const enum, which verbatimModuleSyntax cannot read at run time: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const HASH_OPTIONS = { algorithm: ARGON2ID } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the username is unknown, so the answer takes as long either way. */
function timingDummyHash(): Promise<string> {
  dummyHash ??= hash('公开-timing-equaliser-公开', HASH_OPTIONS);
  return dummyHash;
}

async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export interface AccountWithGrants extends Account {
  readonly grants: readonly RoleGrant[];
}

/** The Actor of a signed-in account, with its live grants; null when missing or disabled. */
export async function loadActor(ctx: ServiceContext, accountId: string, ip: string | null = null): Promise<Actor | null> {
  const account = await findAccountById(ctx.db, accountId);
  if (!account || account.disabledAt !== null) return null;
  const grants = await listLiveGrantsOfAccounts(ctx.db, [accountId]);
  return { kind: 'account', accountId, agencyId: account.agencyId, grants: grants.map((g) => ({ agencyId: g.agencyId, role: g.role })), ip };
}

async function authorizeOnAccount(executor: Executor, actor: Actor, accountId: string) {
  const account = await findAccountById(executor, accountId);
  if (!account) throw new NotFoundError('找不到该账号，或您无权管理它。');
  await authorizeOnAgency(executor, actor, 'account.manage', account.agencyId);
  return account;
}

async function grantInTransaction(
  trx: Executor,
  ctx: ServiceContext,
  actor: Actor,
  account: Account,
  agencyId: string,
  role: Role,
): Promise<RoleGrant> {
  const agency = await authorizeOnAgency(trx, actor, 'account.manage', agencyId);
  if (agency.archivedAt !== null) throw new ConflictError(`单位“${agency.name}”已归档，不能再授予角色。`);
  // Supervision reaches a subtree, so it is granted on the government whose tree is supervised
  // (条例第三条), never on a department or township.
  if (role === 'supervisor' && !GOVERNMENT_LEVELS.includes(agency.level)) {
    throw new ValidationError({ role: '“监督”角色只能授予在某一级人民政府上（监督其所属单位），请选择人民政府。' });
  }
  if (await findLiveGrant(trx, account.id, agencyId, role)) {
    throw new ConflictError(`“${account.displayName}”已经拥有“${agency.name}”的“${ROLE_LABELS[role]}”角色。`);
  }
  const grant: RoleGrant = {
    id: ctx.newId(),
    accountId: account.id,
    agencyId,
    role,
    grantedBy: actorAccountId(actor),
    grantedAt: ctx.now().toISOString(),
    revokedBy: null,
    revokedAt: null,
  };
  await insertGrant(trx, grant);
  await recordAudit(trx, ctx, actor, {
    action: 'account.grant_role',
    objectType: 'account',
    objectId: account.id,
    agencyId,
    summary: `授予“${account.displayName}”（${account.username}）在“${agency.name}”的“${ROLE_LABELS[role]}”角色`,
    after: { grantId: grant.id, agencyId, role },
  });
  return grant;
}

/**
 * Creates an account at `agencyId` (needs 'account.manage' there) with a one-time password that is
 * returned once, to be handed over in person, and must be changed at first sign-in.
 */
export async function createAccount(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateAccountInput,
): Promise<{ account: AccountWithGrants; oneTimePassword: string }> {
  const parsed = createAccountSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const data = parsed.data;
  const oneTimePassword = generateOneTimePassword(randomInt);
  // Hash before the transaction: argon2 takes tens of milliseconds and SQLite has one connection.
  const passwordHash = await hashPassword(oneTimePassword);
  const account = await ctx.db.transaction().execute(async (trx) => {
    const agency = await authorizeOnAgency(trx, actor, 'account.manage', data.agencyId);
    if (agency.archivedAt !== null) throw new ConflictError(`单位“${agency.name}”已归档，不能新建账号。`);
    if (await findAccountByUsername(trx, data.username)) {
      throw new ConflictError(`用户名“${data.username}”已被使用，请换一个。`);
    }
    const created = {
      id: ctx.newId(),
      agencyId: data.agencyId,
      username: data.username,
      displayName: data.displayName,
      passwordHash,
      mustChangePassword: true,
      failedLoginCount: 0,
      lockedUntil: null,
      disabledAt: null,
      createdAt: ctx.now().toISOString(),
      passwordChangedAt: null,
      lastLoginAt: null,
    };
    await insertAccount(trx, created);
    await recordAudit(trx, ctx, actor, {
      action: 'account.create',
      objectType: 'account',
      objectId: created.id,
      agencyId: data.agencyId,
      summary: `新建账号“${created.displayName}”（${created.username}），所属单位“${agency.name}”`,
      after: withoutSecret(created),
    });
    const grants: RoleGrant[] = [];
    for (const role of new Set(data.roles)) grants.push(await grantInTransaction(trx, ctx, actor, created, data.agencyId, role));
    return { ...withoutSecret(created), grants };
  });
  return { account, oneTimePassword };
}

export async function grantRole(ctx: ServiceContext, actor: Actor, input: GrantRoleInput): Promise<RoleGrant> {
  const parsed = grantRoleSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const { accountId, agencyId, role } = parsed.data;
  return ctx.db.transaction().execute(async (trx) => {
    const account = await authorizeOnAccount(trx, actor, accountId);
    return grantInTransaction(trx, ctx, actor, account, agencyId, role);
  });
}

export async function revokeRole(ctx: ServiceContext, actor: Actor, grantId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const grant = await findGrantById(trx, grantId);
    if (!grant || grant.revokedAt !== null) throw new NotFoundError('找不到该授权，它可能已被撤销。');
    const agency = await authorizeOnAgency(trx, actor, 'account.manage', grant.agencyId);
    const account = (await findAccountById(trx, grant.accountId))!;
    const at = ctx.now().toISOString();
    await markGrantRevoked(trx, grantId, actorAccountId(actor), at);
    await recordAudit(trx, ctx, actor, {
      action: 'account.revoke_role',
      objectType: 'account',
      objectId: grant.accountId,
      agencyId: grant.agencyId,
      summary: `撤销“${account.displayName}”（${account.username}）在“${agency.name}”的“${ROLE_LABELS[grant.role]}”角色`,
      before: { grantId, agencyId: grant.agencyId, role: grant.role },
    });
  });
}

/** Accounts whose home agency the actor may manage, each with its live grants. */
export async function listAccounts(ctx: ServiceContext, actor: Actor, options: { agencyId?: string } = {}): Promise<AccountWithGrants[]> {
  let agencyIds: string[];
  if (options.agencyId !== undefined) {
    await authorizeOnAgency(ctx.db, actor, 'account.manage', options.agencyId);
    agencyIds = [options.agencyId];
  } else if (actor.kind === 'system') {
    agencyIds = (await ctx.db.selectFrom('agency').select('id').execute()).map((r) => r.id);
  } else {
    const ids = new Set<string>();
    for (const root of grantRootsFor(actor, 'account.manage')) {
      if (root.reach === 'own') ids.add(root.agencyId);
      else for (const id of await findSubtreeIds(ctx.db, root.agencyId)) ids.add(id);
    }
    agencyIds = [...ids];
  }
  const accounts = await listAccountsOfAgencies(ctx.db, agencyIds);
  const grants = await listLiveGrantsOfAccounts(ctx.db, accounts.map((a) => a.id));
  return accounts.map((a) => ({ ...a, grants: grants.filter((g) => g.accountId === a.id) }));
}

export async function getAccount(ctx: ServiceContext, actor: Actor, accountId: string): Promise<AccountWithGrants> {
  const account = await authorizeOnAccount(ctx.db, actor, accountId);
  const grants = await listLiveGrantsOfAccounts(ctx.db, [accountId]);
  return { ...withoutSecret(account), grants };
}

/** Changes an account's display name (needs 'account.manage' on its agency). */
export async function renameAccount(ctx: ServiceContext, actor: Actor, accountId: string, displayName: string): Promise<Account> {
  const parsed = createAccountSchema.shape.displayName.safeParse(displayName);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues.map((i) => ({ ...i, path: ['displayName'] })));
  return ctx.db.transaction().execute(async (trx) => {
    const account = await authorizeOnAccount(trx, actor, accountId);
    await updateAccountRow(trx, accountId, { displayName: parsed.data });
    await recordAudit(trx, ctx, actor, {
      action: 'account.rename',
      objectType: 'account',
      objectId: accountId,
      agencyId: account.agencyId,
      summary: `账号 ${account.username} 的姓名由“${account.displayName}”改为“${parsed.data}”`,
      before: { displayName: account.displayName },
      after: { displayName: parsed.data },
    });
    return { ...withoutSecret(account), displayName: parsed.data };
  });
}

/** A new one-time password (shown once); also lifts a lockout. Needs 'account.manage'. */
export async function resetPassword(ctx: ServiceContext, actor: Actor, accountId: string): Promise<{ oneTimePassword: string }> {
  const oneTimePassword = generateOneTimePassword(randomInt);
  const passwordHash = await hashPassword(oneTimePassword);
  await ctx.db.transaction().execute(async (trx) => {
    const account = await authorizeOnAccount(trx, actor, accountId);
    await updateAccountRow(trx, accountId, { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null });
    await deletePairThrottlesOf(trx, pairThrottleKey(account.username, ''));
    await recordAudit(trx, ctx, actor, {
      action: 'account.password_reset',
      objectType: 'account',
      objectId: accountId,
      agencyId: account.agencyId,
      summary: `重置“${account.displayName}”（${account.username}）的密码（须在下次登录时修改）`,
    });
  });
  return { oneTimePassword };
}

async function setDisabled(ctx: ServiceContext, actor: Actor, accountId: string, disabled: boolean): Promise<Account> {
  return ctx.db.transaction().execute(async (trx) => {
    const account = await authorizeOnAccount(trx, actor, accountId);
    if (disabled && actor.kind === 'account' && actor.accountId === accountId) {
      throw new ConflictError('不能停用自己正在使用的账号。');
    }
    const disabledAt = disabled ? (account.disabledAt ?? ctx.now().toISOString()) : null;
    await updateAccountRow(trx, accountId, { disabledAt });
    await recordAudit(trx, ctx, actor, {
      action: disabled ? 'account.disable' : 'account.enable',
      objectType: 'account',
      objectId: accountId,
      agencyId: account.agencyId,
      summary: `${disabled ? '停用' : '启用'}账号“${account.displayName}”（${account.username}）`,
      before: { disabledAt: account.disabledAt },
      after: { disabledAt },
    });
    return { ...withoutSecret(account), disabledAt };
  });
}

export const disableAccount = (ctx: ServiceContext, actor: Actor, accountId: string) => setDisabled(ctx, actor, accountId, true);
export const enableAccount = (ctx: ServiceContext, actor: Actor, accountId: string) => setDisabled(ctx, actor, accountId, false);

export type SignInResult =
  | { readonly ok: true; readonly actor: Actor & { kind: 'account' }; readonly account: Account; readonly mustChangePassword: boolean }
  | { readonly ok: false; readonly reason: 'invalid' | 'locked' | 'disabled'; readonly message: string; readonly retryAt?: string };

/** Where a sign-in comes from when the caller knows no address (a script, a test). */
const UNKNOWN_SOURCE = 'unknown';

/** The throttle row of one user name at one address; the name only as a hash (migration 0022). */
export function pairThrottleKey(username: string, source: string): string {
  return `pair:${createHash('sha256').update(username.trim().toLowerCase()).digest('hex')}:${source}`;
}

const sourceThrottleKey = (source: string) => `source:${source}`;

/**
 * Checks a username and password (domain/lockout.ts has the rules). Never says whether a username
 * exists: a name nobody has is counted and answered exactly like a wrong password. Five wrong passwords
 * for one name from one address pause that name at that address; thirty failures from one address
 * pause the address; twenty wrong passwords for an account from anywhere lock it, except for the right
 * password from an address it signed in from within 90 days.
 */
export async function signIn(ctx: ServiceContext, input: LoginInput, ip: string | null = null): Promise<SignInResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: parsed.error.issues[0]?.message ?? INVALID_CREDENTIALS };
  const { username, password } = parsed.data;
  const now = ctx.now();
  const source = ip ?? UNKNOWN_SOURCE;
  const pairKey = pairThrottleKey(username, source);
  const sourceKey = sourceThrottleKey(source);
  const throttles = await findThrottles(ctx.db, [pairKey, sourceKey]);
  const sourceState = throttles.get(sourceKey);
  if (sourceState && isLocked(sourceState, now)) return { ok: false, reason: 'locked', message: sourceLockedMessage(sourceState.lockedUntil!), retryAt: sourceState.lockedUntil! };
  const pairState = throttles.get(pairKey);
  if (pairState && isLocked(pairState, now)) return { ok: false, reason: 'locked', message: lockedMessage(pairState.lockedUntil!), retryAt: pairState.lockedUntil! };

  const found = await findAccountByUsername(ctx.db, username);
  const matches = found ? await passwordMatches(found.passwordHash, password) : await passwordMatches(await timingDummyHash(), password).then(() => false);
  if (!found || !matches) return failedSignIn(ctx, { found, source, pairKey, sourceKey, now, ip });

  // The right password. The account's own lock (failures from anywhere) lets its known addresses in.
  if (isLocked(found, now) && !isKnownSource(await knownSourceSince(ctx.db, found.id, source), now)) {
    return { ok: false, reason: 'locked', message: accountLockedMessage(found.lockedUntil!), retryAt: found.lockedUntil! };
  }
  if (found.disabledAt !== null) {
    return { ok: false, reason: 'disabled', message: '该账号已停用。如需恢复，请联系本单位管理员。' };
  }
  const selfActor: Actor = { kind: 'account', accountId: found.id, agencyId: found.agencyId, grants: [], ip };
  return ctx.db.transaction().execute(async (trx): Promise<SignInResult> => {
    const at = now.toISOString();
    await updateAccountRow(trx, found.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: at });
    await deleteThrottles(trx, [pairKey]);
    await rememberSource(trx, found.id, source, at, new Date(now.getTime() - KNOWN_SOURCE_DAYS * 86_400_000).toISOString());
    await recordAudit(trx, ctx, selfActor, {
      action: 'account.login',
      objectType: 'account',
      objectId: found.id,
      agencyId: found.agencyId,
      summary: `账号 ${found.username} 登录`,
    });
    const grants = await listLiveGrantsOfAccounts(trx, [found.id]);
    const account = withoutSecret({ ...found, failedLoginCount: 0, lockedUntil: null, lastLoginAt: at });
    return {
      ok: true,
      actor: { kind: 'account', accountId: found.id, agencyId: found.agencyId, grants: grants.map((g) => ({ agencyId: g.agencyId, role: g.role })), ip },
      account,
      mustChangePassword: found.mustChangePassword,
    };
  });
}

/** A wrong password, or a name nobody has: counted the same way, answered with the same words. */
async function failedSignIn(
  ctx: ServiceContext,
  attempt: { found: AccountWithSecret | undefined; source: string; pairKey: string; sourceKey: string; now: Date; ip: string | null },
): Promise<SignInResult> {
  const { found, source, pairKey, sourceKey, now, ip } = attempt;
  return ctx.db.transaction().execute(async (trx): Promise<SignInResult> => {
    // Re-read inside the transaction: another attempt may have counted in the meantime.
    const current = await findThrottles(trx, [pairKey, sourceKey]);
    const pair = afterFailedLogin(current.get(pairKey) ?? { failedLoginCount: 0, lockedUntil: null }, now);
    const sourceNext = afterSourceFailure(current.get(sourceKey), now);
    await saveThrottle(trx, pairKey, { ...pair, windowStartedAt: current.get(pairKey)?.windowStartedAt ?? now.toISOString() });
    await saveThrottle(trx, sourceKey, sourceNext);
    // Counters of the day before are of no use any more.
    await pruneThrottles(trx, new Date(now.getTime() - 86_400_000).toISOString(), now.toISOString());
    if (found) {
      const account = (await findAccountById(trx, found.id))!;
      const next = afterFailedLogin(account, now, MAX_FAILED_LOGINS_PER_ACCOUNT);
      await updateAccountRow(trx, found.id, { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil ?? account.lockedUntil });
      // The account acts on itself when signing in; it has no grants for this purpose.
      const selfActor: Actor = { kind: 'account', accountId: found.id, agencyId: found.agencyId, grants: [], ip };
      await recordAudit(trx, ctx, selfActor, {
        action: next.justLocked ? 'account.lock' : 'account.login_failed',
        objectType: 'account',
        objectId: found.id,
        agencyId: found.agencyId,
        summary: next.justLocked
          ? `账号 ${found.username} 连续 ${MAX_FAILED_LOGINS_PER_ACCOUNT} 次密码错误，临时锁定 ${LOCKOUT_MINUTES} 分钟（以前登录过的网络地址仍可登录）`
          : `账号 ${found.username} 登录失败（密码错误，来自 ${source}${pair.justLocked ? `，该地址暂停此用户名登录 ${LOCKOUT_MINUTES} 分钟` : ''}）`,
      });
    }
    if (sourceNext.justLocked) return { ok: false, reason: 'locked', message: sourceLockedMessage(sourceNext.lockedUntil!), retryAt: sourceNext.lockedUntil! };
    if (pair.justLocked) return { ok: false, reason: 'locked', message: lockedMessage(pair.lockedUntil!), retryAt: pair.lockedUntil! };
    return { ok: false, reason: 'invalid', message: wrongPasswordMessage(pair.failedLoginCount) };
  });
}

/** The signed-in account changes its own password: current password, then the strength rule. */
export async function changeOwnPassword(ctx: ServiceContext, actor: Actor, input: ChangePasswordInput): Promise<void> {
  if (actor.kind !== 'account') throw new ValidationError({ _: '只有登录的账号才能修改自己的密码。' });
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const { currentPassword, newPassword } = parsed.data;
  const account = await findAccountById(ctx.db, actor.accountId);
  if (!account || account.disabledAt !== null) throw new NotFoundError('找不到当前账号，请重新登录。');
  if (!(await passwordMatches(account.passwordHash, currentPassword))) {
    throw new ValidationError({ currentPassword: '当前密码不正确。' });
  }
  const check = checkPassword(newPassword, account.username);
  if (!check.ok) throw new ValidationError({ newPassword: check.problems.join('') });
  if (newPassword === currentPassword) throw new ValidationError({ newPassword: '新密码不能与当前密码相同。' });
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await updateAccountRow(trx, account.id, { passwordHash, mustChangePassword: false, passwordChangedAt: ctx.now().toISOString() });
    await recordAudit(trx, ctx, actor, {
      action: 'account.password_change',
      objectType: 'account',
      objectId: account.id,
      agencyId: account.agencyId,
      summary: `账号 ${account.username} 修改了自己的密码`,
    });
  });
}


// account and role_grant rows. Kysely only; lists are always limited to agency ids the service checked.
import type { Selectable } from 'kysely';
import { fromBool, fromInstant } from '../../db/dialect.ts';
import type { Executor } from '../../platform/service-context.ts';
import type { AccountTable, Role, RoleGrantTable } from './accounts.tables.ts';

export interface Account {
  readonly id: string;
  readonly agencyId: string;
  readonly username: string;
  readonly displayName: string;
  readonly mustChangePassword: boolean;
  readonly failedLoginCount: number;
  readonly lockedUntil: string | null;
  readonly disabledAt: string | null;
  readonly createdAt: string;
  readonly passwordChangedAt: string | null;
  readonly lastLoginAt: string | null;
}

/** An account with its password hash: only the accounts service ever sees this. */
export interface AccountWithSecret extends Account {
  readonly passwordHash: string;
}

export interface RoleGrant {
  readonly id: string;
  readonly accountId: string;
  readonly agencyId: string;
  readonly role: Role;
  readonly grantedBy: string | null;
  readonly grantedAt: string;
  readonly revokedBy: string | null;
  readonly revokedAt: string | null;
}

const instantOrNull = (v: string | null) => (v === null ? null : fromInstant(v));

function toAccount(row: Selectable<AccountTable>): AccountWithSecret {
  return {
    id: row.id,
    agencyId: row.agency_id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    mustChangePassword: fromBool(row.must_change_password),
    failedLoginCount: Number(row.failed_login_count),
    lockedUntil: instantOrNull(row.locked_until),
    disabledAt: instantOrNull(row.disabled_at),
    createdAt: fromInstant(row.created_at),
    passwordChangedAt: instantOrNull(row.password_changed_at),
    lastLoginAt: instantOrNull(row.last_login_at),
  };
}

export function withoutSecret(account: AccountWithSecret): Account {
  const { passwordHash: _hidden, ...rest } = account;
  return rest;
}

function toGrant(row: Selectable<RoleGrantTable>): RoleGrant {
  return {
    id: row.id,
    accountId: row.account_id,
    agencyId: row.agency_id,
    role: row.role,
    grantedBy: row.granted_by,
    grantedAt: fromInstant(row.granted_at),
    revokedBy: row.revoked_by,
    revokedAt: instantOrNull(row.revoked_at),
  };
}

export async function findAccountById(executor: Executor, id: string): Promise<AccountWithSecret | undefined> {
  const row = await executor.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAccount(row) : undefined;
}

/** Usernames are stored lower-case; the lookup ignores case. */
export async function findAccountByUsername(executor: Executor, username: string): Promise<AccountWithSecret | undefined> {
  const row = await executor.selectFrom('account').selectAll().where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  return row ? toAccount(row) : undefined;
}

export async function insertAccount(executor: Executor, account: AccountWithSecret): Promise<void> {
  await executor
    .insertInto('account')
    .values({
      id: account.id,
      agency_id: account.agencyId,
      username: account.username,
      display_name: account.displayName,
      password_hash: account.passwordHash,
      must_change_password: account.mustChangePassword,
      failed_login_count: account.failedLoginCount,
      locked_until: account.lockedUntil,
      disabled_at: account.disabledAt,
      created_at: account.createdAt,
      password_changed_at: account.passwordChangedAt,
      last_login_at: account.lastLoginAt,
    })
    .execute();
}

export interface AccountChanges {
  displayName?: string;
  passwordHash?: string;
  mustChangePassword?: boolean;
  failedLoginCount?: number;
  lockedUntil?: string | null;
  disabledAt?: string | null;
  passwordChangedAt?: string | null;
  lastLoginAt?: string | null;
}

export async function updateAccountRow(executor: Executor, id: string, changes: AccountChanges): Promise<void> {
  const set: Partial<Record<keyof AccountTable, unknown>> = {};
  if (changes.displayName !== undefined) set.display_name = changes.displayName;
  if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
  if (changes.mustChangePassword !== undefined) set.must_change_password = changes.mustChangePassword;
  if (changes.failedLoginCount !== undefined) set.failed_login_count = changes.failedLoginCount;
  if (changes.lockedUntil !== undefined) set.locked_until = changes.lockedUntil;
  if (changes.disabledAt !== undefined) set.disabled_at = changes.disabledAt;
  if (changes.passwordChangedAt !== undefined) set.password_changed_at = changes.passwordChangedAt;
  if (changes.lastLoginAt !== undefined) set.last_login_at = changes.lastLoginAt;
  if (Object.keys(set).length === 0) return;
  await executor.updateTable('account').set(set as never).where('id', '=', id).execute();
}

/** Accounts whose home is one of `agencyIds`. */
export async function listAccountsOfAgencies(executor: Executor, agencyIds: readonly string[]): Promise<Account[]> {
  if (agencyIds.length === 0) return [];
  const rows = await executor.selectFrom('account').selectAll().where('agency_id', 'in', [...agencyIds]).orderBy('username').execute();
  return rows.map((r) => withoutSecret(toAccount(r)));
}

export async function listLiveGrantsOfAccounts(executor: Executor, accountIds: readonly string[]): Promise<RoleGrant[]> {
  if (accountIds.length === 0) return [];
  const rows = await executor
    .selectFrom('role_grant')
    .selectAll()
    .where('account_id', 'in', [...accountIds])
    .where('revoked_at', 'is', null)
    .orderBy('granted_at')
    .execute();
  return rows.map(toGrant);
}

export async function findLiveGrant(executor: Executor, accountId: string, agencyId: string, role: Role): Promise<RoleGrant | undefined> {
  const row = await executor
    .selectFrom('role_grant')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('agency_id', '=', agencyId)
    .where('role', '=', role)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? toGrant(row) : undefined;
}

export async function findGrantById(executor: Executor, id: string): Promise<RoleGrant | undefined> {
  const row = await executor.selectFrom('role_grant').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toGrant(row) : undefined;
}

export async function insertGrant(executor: Executor, grant: RoleGrant): Promise<void> {
  await executor
    .insertInto('role_grant')
    .values({
      id: grant.id,
      account_id: grant.accountId,
      agency_id: grant.agencyId,
      role: grant.role,
      granted_by: grant.grantedBy,
      granted_at: grant.grantedAt,
      revoked_by: grant.revokedBy,
      revoked_at: grant.revokedAt,
    })
    .execute();
}

export async function markGrantRevoked(executor: Executor, id: string, revokedBy: string | null, revokedAt: string): Promise<void> {
  await executor.updateTable('role_grant').set({ revoked_by: revokedBy, revoked_at: revokedAt }).where('id', '=', id).execute();
}

// ───────── sign-in throttles (migration 0022; rules in domain/lockout.ts) ─────────

export interface ThrottleRow {
  readonly failedLoginCount: number;
  readonly windowStartedAt: string;
  readonly lockedUntil: string | null;
}

export async function findThrottles(db: Executor, keys: readonly string[]): Promise<Map<string, ThrottleRow>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('login_throttle').selectAll().where('key', 'in', [...keys]).execute();
  return new Map(
    rows.map((r) => [r.key, { failedLoginCount: Number(r.failures), windowStartedAt: fromInstant(r.window_started_at), lockedUntil: instantOrNull(r.locked_until) }]),
  );
}

export async function saveThrottle(db: Executor, key: string, state: ThrottleRow): Promise<void> {
  const values = { failures: state.failedLoginCount, window_started_at: state.windowStartedAt, locked_until: state.lockedUntil };
  await db
    .insertInto('login_throttle')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

export async function deleteThrottles(db: Executor, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await db.deleteFrom('login_throttle').where('key', 'in', [...keys]).execute();
}

/** Every address's counter of one user name (`pair:<hash>:…`): an administrator's reset lifts them all. */
export async function deletePairThrottlesOf(db: Executor, pairKeyPrefix: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', 'like', `${pairKeyPrefix}%`).execute();
}

/** Counters whose window began before `before` and that hold no lock any more. */
export async function pruneThrottles(db: Executor, before: string, now: string): Promise<void> {
  await db
    .deleteFrom('login_throttle')
    .where('window_started_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .execute();
}

export async function knownSourceSince(db: Executor, accountId: string, source: string): Promise<string | undefined> {
  const row = await db.selectFrom('login_known_source').select('last_success_at').where('account_id', '=', accountId).where('source', '=', source).executeTakeFirst();
  return row ? fromInstant(row.last_success_at) : undefined;
}

export async function rememberSource(db: Executor, accountId: string, source: string, at: string, forgetBefore: string): Promise<void> {
  await db
    .insertInto('login_known_source')
    .values({ account_id: accountId, source, last_success_at: at })
    .onConflict((oc) => oc.columns(['account_id', 'source']).doUpdateSet({ last_success_at: at }))
    .execute();
  await db.deleteFrom('login_known_source').where('account_id', '=', accountId).where('last_success_at', '<', forgetBefore).execute();
}

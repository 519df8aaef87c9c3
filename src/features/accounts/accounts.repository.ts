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

// Kysely types of the account, role_grant and web_session tables (migration 0001_platform).
import type { ColumnType, Generated } from 'kysely';

export const ROLES = ['clerk', 'reviewer', 'leader', 'admin', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/** SQLite returns 0/1, PostgreSQL true/false; read through dialect.ts fromBool. */
export type DbBoolean = ColumnType<boolean | number, boolean | undefined, boolean>;

export interface AccountTable {
  id: string;
  agency_id: string;
  username: string;
  display_name: string;
  password_hash: string;
  must_change_password: DbBoolean;
  failed_login_count: Generated<number>;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  password_changed_at: string | null;
  last_login_at: string | null;
}

export interface RoleGrantTable {
  id: string;
  account_id: string;
  agency_id: string;
  role: Role;
  granted_by: string | null;
  granted_at: string;
  revoked_by: string | null;
  revoked_at: string | null;
}

/** Store of @fastify/session (written by the web layer). */
export interface WebSessionTable {
  id: string;
  account_id: string | null;
  /** JSON text. */
  data: string;
  expires_at: string;
  updated_at: string;
}

/** Wrong-password counters per user name + address ('pair:…') and per address ('source:…'); migration 0022. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

/** Addresses an account signed in from, and when last (the account lock lets these through). */
export interface LoginKnownSourceTable {
  account_id: string;
  source: string;
  last_success_at: string;
}

export interface AccountTables {
  account: AccountTable;
  login_throttle: LoginThrottleTable;
  login_known_source: LoginKnownSourceTable;
  role_grant: RoleGrantTable;
  web_session: WebSessionTable;
}

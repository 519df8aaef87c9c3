// Kysely types of the audit_event and setting tables (migration 0001_platform).

export interface AuditEventTable {
  id: string;
  occurred_at: string;
  /** null when the system acted (demo load, migration, scheduled job). */
  account_id: string | null;
  agency_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  summary: string;
  /** JSON text or null. */
  before: string | null;
  after: string | null;
  ip: string | null;
}

export interface SettingTable {
  id: string;
  /** 'global' or the agency id. */
  scope: string;
  agency_id: string | null;
  key: string;
  /** JSON text. */
  value: string;
  updated_at: string;
  updated_by: string | null;
}

export interface AuditTables {
  audit_event: AuditEventTable;
  setting: SettingTable;
}

// Kysely types of the agency table (migration 0001_platform).
import type { ColumnType, Generated } from 'kysely';

export const AGENCY_LEVELS = [
  'province_government',
  'prefecture_government',
  'county_government',
  'provincial_department',
  'prefecture_department',
  'county_department',
  'township',
  'subdistrict',
  'disclosure_office',
] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export interface AgencyTable {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  short_name: string | null;
  level: AgencyLevel;
  address: string | null;
  postal_code: string | null;
  phone: string | null;
  email: string | null;
  office_hours: string | null;
  /** JSON text; read and write through dialect.ts fromJson/toJson. */
  settings: Generated<string>;
  sort_order: Generated<number>;
  created_at: string;
  archived_at: string | null;
}

export interface AgencyTables {
  agency: AgencyTable;
}

// Re-exported for repositories that need ColumnType in their own table files.
export type { ColumnType };

// Kysely types of the appeals table (migration 0027_appeals).
import type { ReconsiderationProcedure } from '../../law/appeal-deadlines.ts';
import type { AppealKind, AppealResult } from './domain/appeal.ts';

export interface AppealTable {
  id: string;
  agency_id: string;
  application_id: string | null;
  reconsideration_id: string | null;
  kind: AppealKind;
  procedure: ReconsiderationProcedure | null;
  body_name: string;
  case_number: string | null;
  applicant_name: string | null;
  matter: string;
  filed_on: string;
  received_on: string | null;
  answered_on: string | null;
  concluded_on: string | null;
  result: AppealResult | null;
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AppealTables {
  appeal: AppealTable;
}

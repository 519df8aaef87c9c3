// Kysely types of the calendar tables (migration 0015_calendar).
import type { OverrideKind } from '../../law/calendar.ts';

export interface CalendarArrangementTable {
  year: number;
  document: string;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

export interface CalendarOverrideTable {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  kind: OverrideKind;
  note: string;
  document: string;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
  removed_by: string | null;
  removed_at: string | null;
}

export interface CalendarTables {
  calendar_arrangement: CalendarArrangementTable;
  calendar_override: CalendarOverrideTable;
}

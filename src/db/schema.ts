// The database as Kysely sees it. Each feature keeps its table interfaces in
// src/features/<name>/<name>.tables.ts; add ONE line `YourTables,` above `EndOfTables` (and its import).
import type { AccountTables } from '../features/accounts/accounts.tables.ts';
import type { AgencyTables } from '../features/agencies/agencies.tables.ts';
import type { AuditTables } from '../features/audit/audit.tables.ts';
import type { CatalogueTables } from '../features/catalogue/catalogue.tables.ts';
import type { SearchTables } from '../features/search/search.tables.ts';
import type { ApplicationsTables } from '../features/applications/applications.tables.ts';
import type { AnnualReportTables } from '../features/annual-reports/annual-reports.tables.ts';
import type { OversightTables } from '../features/oversight/oversight.tables.ts';
import type { PageCacheTables } from '../platform/page-cache/page-cache.tables.ts';
import type { CalendarTables } from '../features/calendar/calendar.tables.ts';
import type { AppealTables } from '../features/appeals/appeals.tables.ts';

export interface PlatformTables extends AgencyTables, AccountTables, AuditTables {}

/** Ends the list below so every feature line can end with a comma. */
interface EndOfTables {}

export interface DB extends
  PlatformTables,
  ApplicationsTables,
  CatalogueTables,
  SearchTables,
  AnnualReportTables,
  OversightTables,
  PageCacheTables,
  CalendarTables,
  AppealTables,
  EndOfTables {}

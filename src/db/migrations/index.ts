// Every migration, listed statically (no directory scanning, so bundling and tests see the same list).
// Add ONE line per migration: 'NNNN_feature': module. Names sort in run order; take the next free number.
import type { Migration } from 'kysely/migration';
import * as m0001_platform from './0001_platform.ts';
import * as m0002_audit_paging from './0002_audit_paging.ts';
import * as m0005_applications from './0005_applications.ts';
import * as m0010_applications_report_indexes from './0010_applications_report_indexes.ts';
import * as m0007_catalogue from './0007_catalogue.ts';
import * as m0008_search from './0008_search.ts';
import * as m0013_annual_reports from './0013_annual_reports.ts';
import * as m0014_application_deadlines_publication from './0014_application_deadlines_publication.ts';
import * as m0016_catalogue_settings from './0016_catalogue_settings.ts';
import * as m0017_oversight from './0017_oversight.ts';
import * as m0018_publication_generation from './0018_publication_generation.ts';
import * as m0019_complaint_query_code from './0019_complaint_query_code.ts';
import * as m0015_calendar from './0015_calendar.ts';
import * as m0020_report_audit_context from './0020_report_audit_context.ts';
import * as m0021_application_open_cases_index from './0021_application_open_cases_index.ts';
import * as m0022_login_throttle from './0022_login_throttle.ts';
import * as m0027_appeals from './0027_appeals.ts';

export const migrations: Record<string, Migration> = {
  '0001_platform': m0001_platform,
  '0002_audit_paging': m0002_audit_paging,
  '0005_applications': m0005_applications,
  '0010_applications_report_indexes': m0010_applications_report_indexes,
  '0007_catalogue': m0007_catalogue,
  '0008_search': m0008_search,
  '0013_annual_reports': m0013_annual_reports,
  '0014_application_deadlines_publication': m0014_application_deadlines_publication,
  '0016_catalogue_settings': m0016_catalogue_settings,
  '0017_oversight': m0017_oversight,
  '0018_publication_generation': m0018_publication_generation,
  '0019_complaint_query_code': m0019_complaint_query_code,
  '0015_calendar': m0015_calendar,
  '0020_report_audit_context': m0020_report_audit_context,
  '0021_application_open_cases_index': m0021_application_open_cases_index,
  '0022_login_throttle': m0022_login_throttle,
  '0027_appeals': m0027_appeals,
};

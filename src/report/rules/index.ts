// Consistency rules of the annual report (勾稽关系), annual-report-format.md §5.
export { checkReport, CheckOptionsError, hasErrors } from './check-report.ts';
export { agencyLevels, checkOptionsSchema, type AgencyLevel, type CheckOptions } from './check-options.ts';
export { deadlineFor } from './report-dates.ts';
export { parseNumber } from './chinese-numerals.ts';
export { textSimilarity } from './same-as-last-year.ts';
export { effectiveTableFormat } from './cells.ts';
export { annualReportSchema, assertReportShape, ReportShapeError } from './report-schema.ts';
export { findingName, findingNames, severityNames, UNNAMED_FINDING } from './finding-names.ts';

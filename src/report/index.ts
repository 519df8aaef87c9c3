// Public API of the annual report engine (pure: callers hand in text or bytes, get models back).
// Everything a caller needs — the CLI, the platform's report generator, the oversight views —
// is re-exported here; import from this file rather than from the folders inside.
export type { AnnualReport, Cell, CheckResultJson, Finding, FormatId, Section, SectionId, Severity, SourceRef, TableId } from './model.ts';
export { applicationColumns, applicationLeafRows, cellKeys, formatForYear, formats } from './formats/index.ts';
export {
  blankCell,
  buildReport,
  canonicalHeading,
  canonicalSections,
  emptyReport,
  notApplicableCell,
  numberCell,
  sectionIds,
  tableFormat,
  tableIds,
  withCell,
  withSectionText,
  type ReportInit,
} from './build.ts';
export { agencyLevels, checkOptionsSchema, checkReport, CheckOptionsError, deadlineFor, findingName, findingNames, hasErrors, severityNames, type AgencyLevel, type CheckOptions } from './rules/index.ts';
export { cellLabelPath, cellName, renderCsv, renderDocx, renderHtml, renderJson, renderText, renderXlsx, ReportBody } from './render/index.ts';
export { csvField } from './render/csv.ts';
export { tableGrid, tableOfSection, type GridCell, type TableGrid } from './render/index.ts';
export { NotAnnualReportError, readDocumentFacts, readReportLines, readReportText, textToLines, type ReportLine } from './parse/index.ts';
export { isReportReadError, readDocument, readPublishedReport, readReportFile } from './parse/read-file.ts';

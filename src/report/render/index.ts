// Renderers of the annual report: HTML (print), Word, JSON, CSV and plain text.
export { renderHtml, ReportBody, ReportDocument } from './html.tsx';
export { renderDocx, reportDocument } from './docx.ts';
export { renderJson } from './json.ts';
export { renderCsv } from './csv.ts';
export { renderXlsx } from './xlsx.ts';
export { renderText } from './text.ts';
export { cellText, valueText } from './cell-text.ts';
export { cellLabelPath, cellName } from './labels.ts';
export { reportStyle } from './print-style.ts';
export { tableGrid, tableOfSection } from './document-parts.ts';
export type { GridCell, TableGrid } from './layout.ts';

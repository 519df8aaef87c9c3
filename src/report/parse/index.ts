// Public entry points of the report reader. `readReportText` reads a plain-text report (a text
// export, pdftotext output, a markdown transcription); `readReportLines` reads the lines another
// reader made from HTML, Word or PDF. Both return an AnnualReport with the reader's findings and
// throw only NotAnnualReportError, for a document that is recognisably not an annual report.
import { z } from 'zod';
import type { AnnualReport } from '../model.ts';
import type { ReportLine } from './lines.ts';
import { readReportLines } from './read-lines.ts';

export { readReportLines };
export { NotAnnualReportError } from './not-report.ts';
export { readDocumentFacts, findStatisticsPeriod, type DocumentFacts } from './facts.ts';
export type { ReportLine, LineCell } from './lines.ts';

export interface ReadTextOptions {
  /** Number lines from this value (default 1), when the text is part of a larger document. */
  firstLine?: number;
}

const readTextOptions = z.object({ firstLine: z.number().int().min(1).optional() }).strict();

/** Split a text into report lines (\r\n, \r and \n all end a line; a BOM is dropped). */
export function textToLines(text: string, options: ReadTextOptions = {}): ReportLine[] {
  // Options come from callers such as the CLI: a bad value falls back to the default, never throws.
  const parsed = readTextOptions.safeParse(options);
  const first = parsed.success ? (parsed.data.firstLine ?? 1) : 1;
  return text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ text: line, source: { line: first + i } }));
}

export function readReportText(text: string, options: ReadTextOptions = {}): AnnualReport {
  return readReportLines(textToLines(typeof text === 'string' ? text : String(text), options));
}

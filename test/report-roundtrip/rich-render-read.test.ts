// Round trip through the rich renderings: renderHtml → HTML reader and renderDocx → Word reader
// give back every cell of a random valid report, in both formats.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxToLines } from '../../src/report/parse/docx.ts';
import { htmlToLines } from '../../src/report/parse/html.ts';
import { readReportLines } from '../../src/report/parse/index.ts';
import { renderDocx, renderHtml } from '../../src/report/render/index.ts';
import { arbitraryReport } from '../support/arbitrary-report.ts';
import { cellDifferences } from './cells.ts';

describe('render → read returns the same report through HTML and Word', () => {
  it('through renderHtml and the HTML reader', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const read = readReportLines(htmlToLines(renderHtml(report)));
        expect([read.format, read.year, read.agency]).toEqual([report.format, report.year, report.agency]);
        expect(cellDifferences(read, report)).toEqual([]);
      }),
      { numRuns: 50, seed: 7 },
    );
  });

  it('through renderDocx and the Word reader', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), async (report) => {
        const read = readReportLines(await docxToLines(await renderDocx(report)));
        expect([read.format, read.year, read.agency]).toEqual([report.format, report.year, report.agency]);
        expect(cellDifferences(read, report)).toEqual([]);
      }),
      { numRuns: 30, seed: 8 },
    );
  });
});

// Round trip: a random valid report (either format) rendered by the project's renderers and read
// back by the readers gives exactly the same cells, year, agency and format.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReportText } from '../../src/report/parse/index.ts';
import { readReportFile } from '../../src/report/parse/read-file.ts';
import { renderText } from '../../src/report/render/text.ts';
import { arbitraryReport } from '../support/arbitrary-report.ts';
import { cellDifferences } from './cells.ts';

const runs = { numRuns: 50, seed: 20261126 };

describe('render → read returns the same report', () => {
  it('through the tab-separated text rendering, for both formats', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const read = readReportText(renderText(report));
        expect(read.format).toBe(report.format);
        expect(read.year).toBe(report.year);
        expect(read.agency).toBe(report.agency);
        expect(cellDifferences(read, report)).toEqual([]);
      }),
      runs,
    );
  });

  it('through the same text saved as GBK and read from bytes', async () => {
    const iconv = (await import('iconv-lite')).default;
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), async (report) => {
        const read = await readReportFile(iconv.encode(renderText(report), 'gbk'), 'report.txt');
        expect(cellDifferences(read, report)).toEqual([]);
      }),
      { ...runs, numRuns: 20 },
    );
  });
});

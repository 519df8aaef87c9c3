import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from '../../../test/support/arbitrary-report.ts';
import { readReportText } from '../parse/index.ts';
import { renderCsv } from './csv.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.tsx';
import { renderJson } from './json.ts';
import { renderText } from './text.ts';

describe('renderers over random valid reports', () => {
  it('HTML has one value cell per format cell and prints each value as the text rendering does', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const html = renderHtml(report);
        expect(html.match(/data-cell="/g)).toHaveLength(Object.keys(report.cells).length);
        expect(JSON.parse(renderJson(report))).toEqual(report);
        expect(renderCsv(report).split('\r\n')).toHaveLength(Object.keys(report.cells).length + 2);
      }),
      { numRuns: 30 },
    );
  });

  it('text rendering is read back by the text reader with every cell unchanged', () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const back = readReportText(renderText(report));
        expect([back.format, back.year]).toEqual([report.format, report.year]);
        for (const [key, cell] of Object.entries(report.cells)) expect([key, back.cells[key]?.kind, back.cells[key]?.value]).toEqual([key, cell.kind, cell.value]);
      }),
      { numRuns: 30 },
    );
  });

  it('Word rendering never fails and always yields a zip package', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), async (report) => {
        const bytes = await renderDocx(report);
        expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
      }),
      { numRuns: 5 },
    );
  });
});

// Round trip through a PDF whose Chinese font is not embedded (STSong-Light + UniGB-UCS2-H, as older
// Chinese office tools write): with pdfjs's CMap files every cell comes back; without them the
// reader says clearly why it found no text instead of misreading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfAssets } from '../../src/cli/report/pdf-assets.ts';
import { UnreadableDocumentError } from '../../src/report/parse/encoding.ts';
import { readReportFile } from '../../src/report/parse/read-file.ts';
import { renderText } from '../../src/report/render/text.ts';
import { arbitraryReport } from '../support/arbitrary-report.ts';
import { cellDifferences } from './cells.ts';
import { cidFontPdf, tableTextToPages } from './cid-pdf.ts';

describe('PDFs with a non-embedded Chinese font', () => {
  it('read back every cell of a random valid report when the CMap files are given', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport(), async (report) => {
        const pdf = cidFontPdf(tableTextToPages(renderText(report)));
        const read = await readReportFile(pdf, 'report.pdf', { pdf: pdfAssets() });
        expect([read.format, read.year, read.agency]).toEqual([report.format, report.year, report.agency]);
        expect(cellDifferences(read, report)).toEqual([]);
      }),
      { numRuns: 15, seed: 5 },
    );
  });

  it('are refused with a message naming the missing CMap files when none are given', async () => {
    const pdf = cidFontPdf([[[{ text: '一、本年新收政府信息公开申请数量', x: 20, size: 10 }]]]);
    const attempt = readReportFile(pdf, 'report.pdf');
    await expect(attempt).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(attempt).rejects.toThrow(/CMap/);
  });
});

// Whatever bytes arrive — random garbage, a real report cut off anywhere, a seed in the wrong
// encoding — the reader either returns a report or says clearly that the file is unreadable or
// not an annual report. It never crashes with any other error.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isReportReadError, readReportFile } from '../../src/report/parse/read-file.ts';

const dir = new URL('../fixtures/reports-rich/', import.meta.url);
const seeds = readdirSync(new URL('seeds/', dir)).map((f) => new Uint8Array(readFileSync(new URL(`seeds/${f}`, dir))));
const documents = [
  ...seeds,
  new Uint8Array(readFileSync(new URL('kiro_shuyang-fgj_2023.simplified.html', dir))),
  new Uint8Array(readFileSync(new URL('gnb_blank-template_2021.docx', dir))),
  new Uint8Array(readFileSync(new URL('kiro_hongzequ_2024.pdf', dir))),
];

/** Read and classify: 'report', 'refused' (one of the two allowed errors) or the unexpected error. */
async function outcome(bytes: Uint8Array, name: string): Promise<'report' | 'refused' | Error> {
  try {
    const report = await readReportFile(bytes, name);
    return report && typeof report.cells === 'object' ? 'report' : new Error('返回值不是年报');
  } catch (error) {
    return isReportReadError(error) ? 'refused' : (error as Error);
  }
}

const allowed = (o: 'report' | 'refused' | Error) => (o instanceof Error ? `${o.name}: ${o.message}` : 'ok');

describe('the reader never crashes', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.txt', 'a.pdf', 'a.docx', 'a.html'), async (bytes, name) => {
        expect(allowed(await outcome(bytes, name))).toBe('ok');
      }),
      { numRuns: 50, seed: 1 },
    );
  });

  it('on random text, including report words and table characters', async () => {
    const words = fc.constantFrom('一、总体情况', '三、收到和处理政府信息公开申请情况', '总计', '\t', '\n', '0', '12', '/', '（一）予以公开', '<td>', '<table>', '2024年');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(words, fc.string()), { maxLength: 200 }), async (parts) => {
        expect(allowed(await outcome(new TextEncoder().encode(parts.join('')), 'a.txt'))).toBe('ok');
      }),
      { numRuns: 50, seed: 2 },
    );
  });

  it('on real documents cut off at any byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...documents.keys()), fc.double({ min: 0, max: 1, noNaN: true }), async (i, share) => {
        const doc = documents[i]!;
        const cut = doc.subarray(0, Math.floor(doc.length * share));
        expect(allowed(await outcome(cut, 'cut'))).toBe('ok');
      }),
      { numRuns: 50, seed: 3 },
    );
  });

  it('on seeds saved in the wrong encoding (GBK, UTF-16, GBK read as UTF-8)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds.keys()), fc.constantFrom('gbk', 'utf16le', 'utf16be', 'mojibake'), async (i, encoding) => {
        const text = new TextDecoder().decode(seeds[i]!);
        const bytes = encoding === 'mojibake' ? new TextEncoder().encode(iconv.decode(Buffer.from(text), 'gbk')) : iconv.encode(text, encoding);
        const result = await outcome(bytes, 'seed.txt');
        expect(allowed(result)).toBe('ok');
        // GBK and UTF-16 are read as the same report; garbled text is refused, never misread.
        expect(result).toBe(encoding === 'mojibake' ? 'refused' : 'report');
      }),
      { numRuns: 40, seed: 4 },
    );
  });
});

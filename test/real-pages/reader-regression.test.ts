// Regression test over the real-page corpus (test/fixtures/real-pages/dev/): the dev pages the reader
// reads exactly today must stay exact.
//
// The list below was chosen by measurement (npx tsx bench/report-accuracy/run.ts --split dev on main
// 58758b1, 2026-12-08 00:54 UTC): every dev page read with all its truth cells right. The expected values are
// NOT the reader's output: they are the hand-read truth files (<id>.truth.json, typed from the page in
// dev/hand-read.txt). Holdout pages are never listed here (they are measured, not tested against).
//
// Known misses at that measurement (not asserted; bench/report-accuracy shows the wrong cells):
//   72424-mirror-chengnan-zone-2019-trad.txt (traditional-mirror): read, 10 / 22 cells
//   flipbook-audit-bureau-2020-p9.txt (pdf-text): read, 21 / 22 cells
//   newton-wuhan-ecology-2020-trad.txt (traditional-mirror): read, 9 / 20 cells
//   shanghai-gov-office-2019.html (html-table): read, 197 / 198 cells
//   shanghai-gov-office-2019.chromium.pdf (pdf-print): read, 197 / 198 cells
//   shanghai-gov-office-2019.docx (word): read, 197 / 198 cells
//   shanghai-gov-office-2019.docx.pdf (word-pdf): read, 137 / 198 cells
//   xjnlk-township-2023.txt (pipe-per-line): read, 35 / 73 cells
//   yuyang-tuofenglu-street-2020.txt (one-cell-per-line): read, 22 / 24 cells
//   yynanhu-bureau-2019.txt (pipe-per-line): read, 37 / 43 cells
// Pages whose truth has no table cell (narrative-only, fragments) are not listed either way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/report/parse/read-file.ts';
import { pdfAssets } from '../../src/cli/report/pdf-assets.ts';
import type { PageTruth } from '../../bench/report-accuracy/hand-read.ts';
import { truthValues } from '../../bench/report-accuracy/compare.ts';

const dev = path.resolve(import.meta.dirname, '../fixtures/real-pages/dev');

const exactPages = [
  'bidaway-mirror-fuyuan-natural-resources-2022-trad.txt', // traditional-mirror, 49 cells
  'changchun-sports-bureau-2023.md', // full-pipes, 24 cells
  'cqsdj-township-2022.md', // full-pipes, 7 cells
  'hanyang-district-office-2022.txt', // pipe-per-line, 24 cells
  'hbdaye-natural-resources-2025.txt', // one-cell-per-line, 9 cells
  'hbqj-zhouji-street-2020.txt', // partial-pipes, 29 cells
  'huichang-zhongcun-township-2020.txt', // one-cell-per-line, 22 cells
  'jiuyuanqu-service-bureau-2022.txt', // partial-pipes, 60 cells
  'lg-longgang-dept-2024.txt', // partial-pipes, 86 cells
  'lw-nanyuan-street-2020.txt', // one-cell-per-line, 20 cells
  'noaddr-district-housing-bureau-2019.txt', // one-cell-per-line, 12 cells
  'owenbabies-mirror-bureau-2019.txt', // pipe-per-line, 50 cells
  'quxian-approval-bureau-2019.txt', // partial-pipes, 22 cells
  'taojiang-songmutang-township-2022.md', // full-pipes, 9 cells
  'tjhq-hebei-service-office-2022.txt', // partial-pipes, 31 cells
  'xixianxinqu-taiping-township-2022.txt', // one-cell-per-line, 59 cells
  'xncz-urban-rural-construction-2025.txt', // pipe-per-line, 38 cells
  'xuwen-justice-bureau.txt', // partial-pipes, 73 cells
  'ych-yicheng-edu-2022.txt', // partial-pipes, 6 cells
];

function truthOf(file: string): PageTruth {
  const base = file.replace(/\.(txt|md|html)$/, '');
  return JSON.parse(readFileSync(path.join(dev, `${base}.truth.json`), 'utf8')) as PageTruth;
}

describe('real dev pages the reader reads exactly (hand-read truth)', () => {
  for (const file of exactPages) {
    it(file, async () => {
      const truth = truthOf(file);
      const report = await readReportFile(new Uint8Array(readFileSync(path.join(dev, file))), file, { pdf: pdfAssets() });
      const values = truthValues(report.cells);
      // Only the cells a person read off the page; a value for a cell the excerpt does not show is not checked.
      const read = Object.fromEntries(Object.keys(truth.cells).map((key) => [key, values[key]]));
      expect(read).toEqual(truth.cells);
    });
  }
});

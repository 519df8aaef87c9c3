// Cell accuracy of the file readers against hand-read truth: for each document (PDF, Word, HTML, text)
// and its truth file (../shared/corpus/truth/*.json, copied to test/fixtures/…/expected/), the share of
// truth cells read exactly (number = number, blank = blank). `--root DIR` reads with another checkout's
// sources, so before and after are measured in one run:
//   npx tsx bench/report-read/cell-accuracy.ts --root /work/wt/before --root . DOC=TRUTH …
import path from 'node:path';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const roots = args.flatMap((a, i) => (args[i - 1] === '--root' ? [path.resolve(a)] : []));
if (roots.length === 0) roots.push(path.resolve(import.meta.dirname, '../..'));
const pairs = args.filter((a, i) => a.includes('=') && args[i - 1] !== '--root').map((a) => a.split('=') as [string, string]);

type Cell = { kind: string; value?: number | null };
const show = (c: Cell | undefined) => (c === undefined ? 'missing' : c.kind === 'number' ? String(c.value) : c.kind === 'blank' ? 'blank' : c.kind);

for (const root of roots) {
  const { readReportFile } = await import(path.join(root, 'src/report/parse/read-file.ts'));
  const { pdfAssets } = await import(path.join(root, 'src/cli/report/pdf-assets.ts'));
  console.log(`\n${root}`);
  for (const [doc, truthFile] of pairs) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { cells: Record<string, number | null> };
    let cells: Record<string, Cell> = {};
    try {
      cells = (await readReportFile(new Uint8Array(readFileSync(doc)), doc, { pdf: pdfAssets() })).cells as Record<string, Cell>;
    } catch (error) {
      console.log(`  ${path.basename(doc)}: refused: ${(error as Error).message}`);
      continue;
    }
    const wrong: string[] = [];
    for (const [key, expected] of Object.entries(truth.cells)) {
      const got = cells[key];
      const ok = expected === null ? got?.kind === 'blank' : got?.kind === 'number' && got.value === expected;
      if (!ok) wrong.push(`${key}: ${expected === null ? 'blank' : expected} ≠ ${show(got)}`);
    }
    const total = Object.keys(truth.cells).length;
    console.log(`  ${path.basename(doc)}: ${total - wrong.length} / ${total} (${((100 * (total - wrong.length)) / total).toFixed(1)} %)`);
    if (process.env.SHOW_WRONG) for (const w of wrong) console.log(`     ${w}`);
  }
}

// Peak memory and time of reading hostile files, each in a fresh process (its peak resident memory is
// the file's alone): Word decompression bombs (2 MB → 2 GiB document.xml, headers honest or lying), a PDF
// whose page content inflates to 1 GiB, HTML nested 5,000 and 200,000 deep, /dev/zero, and for scale
// one real Word report. `--root DIR` reads with the sources of another checkout (e.g. a worktree of an
// older commit), so "before" and "after" run in one invocation:
//   npx tsx bench/report-read/guards.ts --root /work/wt/before --root .
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docxBomb, pdfBomb } from '../../test/support/bombs.ts';

const here = import.meta.dirname;
const args = process.argv.slice(2);

if (args[0] === 'one') {
  // Child: read one file with the reader of the given checkout, print the outcome, time and peak memory.
  const [, root, file] = args as [string, string, string];
  const { readFileCapped } = await import(path.join(root, 'src/cli/report/read-capped.ts')).catch(() => ({ readFileCapped: undefined }));
  const { readReportFile } = await import(path.join(root, 'src/report/parse/read-file.ts'));
  const { pdfAssets } = await import(path.join(root, 'src/cli/report/pdf-assets.ts'));
  const { readFile } = await import('node:fs/promises');
  const rssBefore = process.resourceUsage().maxRSS;
  const start = performance.now();
  let outcome: string;
  try {
    let bytes: Uint8Array;
    if (readFileCapped) {
      const read = await readFileCapped(file);
      if ('error' in read) throw new Error(read.error);
      bytes = read.bytes;
    } else bytes = await readFile(file);
    const report = await readReportFile(bytes, file, { pdf: pdfAssets() });
    outcome = `read (${Object.keys(report.cells).length} cells)`;
  } catch (error) {
    outcome = error instanceof Error ? `${error.name}: ${error.message.slice(0, 60)}` : String(error);
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ outcome, ms: Math.round(ms), rssBeforeMb: Math.round(rssBefore / 1024), peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
  process.exit(0);
}

const roots = args.flatMap((a, i) => (args[i - 1] === '--root' ? [path.resolve(a)] : []));
if (roots.length === 0) roots.push(path.resolve(here, '../..'));
const out = path.resolve(here, '../out/report-guards');
mkdirSync(out, { recursive: true });
const files: [string, string][] = [
  ['Word: the blank official template (real .docx)', path.resolve(here, '../../test/fixtures/reports-rich/gnb_blank-template_2021.docx')],
  ['Word bomb 2 MB → 2 GiB, sizes declared', path.join(out, 'bomb-2g.docx')],
  ['Word bomb 2 MB → 2 GiB, sizes lie (2 KB)', path.join(out, 'bomb-2g-lie.docx')],
  ['Word bomb 0.4 MB → 400 MiB, sizes lie', path.join(out, 'bomb-400m-lie.docx')],
  ['PDF 1 MB, content stream → 1 GiB', path.join(out, 'bomb-1g.pdf')],
  ['HTML 5,000 nested <div>', path.join(out, 'nested-5k.html')],
  ['HTML 200,000 nested <div>', path.join(out, 'nested-200k.html')],
  ['/dev/zero', '/dev/zero'],
];
writeFileSync(path.join(out, 'bomb-2g.docx'), docxBomb(2047));
writeFileSync(path.join(out, 'bomb-2g-lie.docx'), docxBomb(2047, { lie: true }));
writeFileSync(path.join(out, 'bomb-400m-lie.docx'), docxBomb(400, { lie: true }));
writeFileSync(path.join(out, 'bomb-1g.pdf'), pdfBomb(1024));
const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}一、总体情况${'</div>'.repeat(n)}</body></html>`;
writeFileSync(path.join(out, 'nested-5k.html'), nested(5_000));
writeFileSync(path.join(out, 'nested-200k.html'), nested(200_000));

const timeoutMs = Number(process.env.GUARD_TIMEOUT_MS ?? 120_000);
console.log(`| file | ${roots.map((r) => `${path.basename(r)}: outcome, s, peak RSS MB`).join(' | ')} |`);
console.log(`|---|${roots.map(() => '---').join('|')}|`);
for (const [label, file] of files) {
  const cells = roots.map((root) => {
    // Without the capped read, /dev/zero is read into memory without end: not run.
    if (file === '/dev/zero' && !existsSync(path.join(root, 'src/cli/report/read-capped.ts'))) return 'not run (reads without end, issue 13)';
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'guards.ts'), 'one', root, file], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 20 });
    if (child.error || child.status !== 0) return `no answer (${child.signal ?? child.status ?? child.error?.message}) after ${Math.round(timeoutMs / 1000)} s`;
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { outcome: string; ms: number; rssBeforeMb: number; peakMb: number };
    return `${r.outcome}; ${(r.ms / 1000).toFixed(2)} s; ${r.peakMb} MB (${r.rssBeforeMb} MB after loading)`;
  });
  console.log(`| ${label} | ${cells.join(' | ')} |`);
}

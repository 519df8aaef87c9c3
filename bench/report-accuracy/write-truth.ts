// Writes test/fixtures/real-pages/<split>/<id>.truth.json from the hand-read notation
// (test/fixtures/real-pages/{dev,holdout}/hand-read.txt, see hand-read.ts). Run after editing them:
//   npx tsx bench/report-accuracy/write-truth.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readHandRead, truthJson } from './hand-read.ts';

export const corpusDir = path.resolve(import.meta.dirname, '../../test/fixtures/real-pages');

const pages = readHandRead(corpusDir);
for (const page of pages) {
  if (!existsSync(path.join(corpusDir, page.file))) throw new Error(`${page.file}: no such page`);
  const out = path.join(corpusDir, page.file.replace(/\.[a-z]+$/, '.truth.json'));
  writeFileSync(out, truthJson(page));
}
console.log(`${pages.length} truth files written`);

// The page list of test/fixtures/real-pages/README.md, between its two markers.
const readmeFile = path.join(corpusDir, 'README.md');
if (existsSync(readmeFile)) {
  const begin = '<!-- pages: written by bench/report-accuracy/write-truth.ts -->';
  const end = '<!-- end of pages -->';
  const readme = readFileSync(readmeFile, 'utf8');
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = pages.map((p) => {
    const cells = Object.keys(p.cells).length;
    const narrative = Object.keys(p.narrative_cells).length;
    const files = [p.file.split('/')[1], ...(p.derived ?? [])].map((f) => `\`${f}\``).join('<br>');
    // Holdout pages: only who and when, not what is odd about them (that stays in holdout/).
    const what = p.split === 'holdout' ? shortWhat(p.what) : p.what;
    return `| ${p.split} | ${files} | ${cell(p.family)} | ${cell(what)} | ${p.year ?? '—'} | ${cells}${narrative ? ` (+${narrative} in prose)` : ''} | ${cell(p.source)} |`;
  });
  const table = ['| split | file | family | what it is | year | cells | source |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
  const start = readme.indexOf(begin);
  const stop = readme.indexOf(end);
  if (start >= 0 && stop > start) writeFileSync(readmeFile, `${readme.slice(0, start + begin.length)}\n${table}\n${readme.slice(stop)}`);
}

/** "深圳市… (street), 2023 report, partial pipes …" → "深圳市… (street), 2023 report". */
function shortWhat(what: string): string {
  const match = /^(.*?\b20\d\d\b[^,]*)/.exec(what);
  return match ? match[1]! : what.split(',')[0]!;
}

// 10,000 mixed documents for `gongkai report check DIR` on every core: hard links to the real fixtures
// (the seed texts and their pdftotext layouts, the 沭阳县 web page, the Word template, the five real and
// printed PDFs), in the proportions of a county's batch — mostly text and web pages, some Word and PDF —
// written to bench/out/report-many/. Then time the command with /usr/bin/time (wall time, peak memory):
//   npx tsx bench/report-read/many.ts [--count 10000]
//   /usr/bin/time -v node bin/gongkai.js report check --json bench/out/report-many > /dev/null
//   /usr/bin/time -v node bin/gongkai.js report check --json --jobs 1 bench/out/report-many > /dev/null
import { linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);
const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures');
const texts = readdirSync(path.join(fixtures, 'reports')).filter((f) => f.endsWith('.txt')).map((f) => path.join(fixtures, 'reports', f));
const rich = (f: string) => path.join(fixtures, 'reports-rich', f);
const kinds: [string, string[], number][] = [
  ['text', texts, 0.6],
  ['html', [rich('kiro_shuyang-fgj_2023.simplified.html')], 0.25],
  ['docx', [rich('gnb_blank-template_2021.docx')], 0.1],
  ['pdf', ['gnb_huaianshi_2024.pdf', 'kiro_hongzequ_2023.pdf', 'kiro_hongzequ_2024.pdf', 'kiro_shuyang-fgj_2023.chromium.pdf', 'kiro_shuyang-fgj_2023.libreoffice.pdf'].map(rich), 0.05],
];
const out = path.resolve(import.meta.dirname, '../out/report-many');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let n = 0;
const tally: Record<string, number> = {};
for (const [kind, sources, share] of kinds) {
  const k = Math.round(count * share);
  for (let i = 0; i < k; i++) {
    const source = sources[i % sources.length]!;
    // Interleaved names so each stretch of the sorted directory mixes kinds, as a real batch does.
    linkSync(source, path.join(out, `${String((n * 7919) % count).padStart(5, '0')}-${n}${path.extname(source)}`));
    n++;
  }
  tally[kind] = k;
}
console.log(`已生成 ${n} 个文件（${Object.entries(tally).map(([k, v]) => `${k} ${v}`).join('，')}）：${out}`);

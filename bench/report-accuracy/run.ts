// How many hand-read cells of real published pages the reader gets exactly right.
//
// Reads every page of test/fixtures/real-pages/{dev,holdout}/ (and the PDF / Word stand-ins made
// from some of them) through the entry `gongkai report check` uses (readReportFile on the bytes),
// and compares with the page's hand-read truth (<id>.truth.json):
//   - cells right / cells in truth, exact match (a missing value or a wrong kind is wrong),
//   - extra cells: values the reader reports for a cell the truth lists as not visible are not
//     counted against it (an excerpt's truth leaves out what the page does not show), but a value
//     where the truth has a blank is wrong,
//   - year and agency right, pages refused as "not a report", pages that crashed or timed out.
// Per split and per layout family; a table on stdout and JSON in bench/out/.
//
//   npx tsx bench/report-accuracy/run.ts                 # the reader of this checkout
//   npx tsx bench/report-accuracy/run.ts --reader /work/wt/baseline --label baseline
//   options: --split dev|holdout, --out FILE, --verbose (every wrong cell), --timeout MS per file (20000)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import type { PageTruth } from './hand-read.ts';
import { compareCells, familyOf, type PageResult } from './compare.ts';
import type { ReadReply, ReadRequest } from './read-worker.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const corpusDir = path.resolve(import.meta.dirname, '../../test/fixtures/real-pages');
const readerRoot = path.resolve(option('--reader') ?? path.resolve(import.meta.dirname, '../..'));
const label = option('--label') ?? (option('--reader') ? path.basename(readerRoot) : 'this checkout');
const onlySplit = option('--split');
const perPageTimeoutMs = Number(option('--timeout') ?? 20_000);

interface Entry {
  file: string; // below corpusDir
  truth: PageTruth;
  family: string;
}

function loadCorpus(): Entry[] {
  const entries: Entry[] = [];
  for (const split of ['dev', 'holdout'] as const) {
    if (onlySplit && onlySplit !== split) continue;
    const dir = path.join(corpusDir, split);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.truth.json')) continue;
      const truth = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as PageTruth;
      entries.push({ file: `${split}/${truth.file}`, truth, family: truth.family });
      for (const derived of truth.derived ?? []) entries.push({ file: `${split}/${derived}`, truth, family: familyOf(derived, truth.family) });
    }
  }
  return entries;
}

/** The reading child (read-worker.ts): one at a time; killed and started again when a file hangs. */
class Reader {
  private child: ChildProcess | null = null;
  private start(): ChildProcess {
    this.child = fork(path.join(import.meta.dirname, 'read-worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    return this.child;
  }
  read(request: ReadRequest): Promise<ReadReply | 'timeout'> {
    const child = this.child ?? this.start();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.off('message', onMessage);
        child.kill('SIGKILL');
        this.child = null;
        resolve('timeout');
      }, perPageTimeoutMs);
      const onMessage = (reply: ReadReply) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(reply);
      };
      child.on('message', onMessage);
      child.send(request);
    });
  }
  stop(): void {
    this.child?.kill();
  }
}

async function readOne(reader: Reader, entry: Entry): Promise<PageResult> {
  const base = { file: entry.file, split: entry.truth.split, family: entry.family };
  const reply = await reader.read({ readerRoot, path: path.join(corpusDir, entry.file), name: path.basename(entry.file) });
  if (reply === 'timeout') return { ...base, outcome: 'timeout', ms: perPageTimeoutMs, ...compareCells(entry.truth, null) };
  if (reply.outcome !== 'read') return { ...base, outcome: reply.outcome, ms: reply.ms, message: reply.message, ...compareCells(entry.truth, null) };
  return {
    ...base,
    outcome: 'read',
    ms: reply.ms,
    yearRight: entry.truth.year === null ? null : reply.year === entry.truth.year,
    agencyRight: entry.truth.agency === null ? null : sameAgency(reply.agency ?? null, entry.truth.agency),
    ...compareCells(entry.truth, reply.cells ?? {}),
  };
}

/** The organ as printed may carry the county before it (桃江县松木塘镇人民政府 vs 松木塘镇人民政府). */
function sameAgency(read: string | null, truth: string): boolean {
  if (!read) return false;
  return read === truth || read.endsWith(truth) || truth.endsWith(read);
}

const entries = loadCorpus();
const results: PageResult[] = [];
const reader = new Reader();
for (const entry of entries) results.push(await readOne(reader, entry));
reader.stop();

// ---- summary ----
interface Tally { pages: number; right: number; cells: number; rowsRight: number; rows: number; refused: number; crashed: number; timeout: number; unreadable: number; exactPages: number; yearRight: number; yearKnown: number; narrativeRight: number; narrativeCells: number }
const empty = (): Tally => ({ pages: 0, right: 0, cells: 0, rowsRight: 0, rows: 0, refused: 0, crashed: 0, timeout: 0, unreadable: 0, exactPages: 0, yearRight: 0, yearKnown: 0, narrativeRight: 0, narrativeCells: 0 });
const tallies = new Map<string, Tally>();
const add = (key: string, r: PageResult) => {
  const t = tallies.get(key) ?? empty();
  t.pages++;
  t.right += r.right;
  t.cells += r.cells;
  t.rowsRight += r.rowsRight;
  t.rows += r.rows;
  t.narrativeRight += r.narrativeRight;
  t.narrativeCells += r.narrativeCells;
  if (r.outcome === 'refused') t.refused++;
  if (r.outcome === 'crashed') t.crashed++;
  if (r.outcome === 'timeout') t.timeout++;
  if (r.outcome === 'unreadable') t.unreadable++;
  if (r.outcome === 'read' && r.right === r.cells) t.exactPages++;
  if (r.yearRight !== null && r.yearRight !== undefined) { t.yearKnown++; if (r.yearRight) t.yearRight++; }
  tallies.set(key, t);
};
for (const r of results) {
  add(`${r.split} · all`, r);
  add(`${r.split} · ${r.family}`, r);
  add(`all · all`, r);
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
console.log(`Reader: ${label} (${readerRoot})`);
console.log(`Corpus: ${entries.length} files (${new Set(entries.map((e) => e.truth.file)).size} pages) in ${corpusDir}`);
console.log(`Machine: ${os.cpus()[0]?.model ?? '?'} ×${os.cpus().length}, node ${process.version}\n`);
console.log('| split · family | files | cells right | rows right | exact files | refused | crashed / timeout | year right | narrative figures |');
console.log('|---|---|---|---|---|---|---|---|---|');
const order = [...tallies.keys()].sort((a, b) => (a.startsWith('all') ? 1 : 0) - (b.startsWith('all') ? 1 : 0) || a.localeCompare(b));
for (const key of order) {
  const t = tallies.get(key)!;
  console.log(`| ${key} | ${t.pages} | ${pct(t.right, t.cells)} (${t.right} / ${t.cells}) | ${t.rowsRight} / ${t.rows} | ${t.exactPages} | ${t.refused} | ${t.crashed + t.unreadable} / ${t.timeout} | ${t.yearRight} / ${t.yearKnown} | ${t.narrativeRight} / ${t.narrativeCells} |`);
}
console.log('');
for (const r of results) {
  const flag = r.outcome !== 'read' ? ` ${r.outcome.toUpperCase()}${r.message ? `: ${r.message.slice(0, 80)}` : ''}` : '';
  console.log(`${r.right === r.cells && r.outcome === 'read' ? '✓' : '✗'} ${r.file}  ${r.right}/${r.cells}${r.yearRight === false ? ' year✗' : ''}${r.agencyRight === false ? ' agency✗' : ''}${flag}`);
  if (verbose) for (const w of r.wrong) console.log(`    ${w.key}: truth ${JSON.stringify(w.truth)}, read ${JSON.stringify(w.read)}`);
}

const outFile = option('--out') ?? path.resolve(import.meta.dirname, `../out/report-accuracy/${label.replace(/[^\w.-]+/g, '-')}.json`);
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ label, readerRoot, date: new Date().toISOString(), machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version }, summary: Object.fromEntries(order.map((k) => [k, tallies.get(k)])), pages: results }, null, 2));
console.log(`\nJSON: ${outFile}`);

// A before / after table (markdown) from two JSON results of run.ts, for BENCHMARKS.md:
//   npx tsx bench/report-accuracy/before-after.ts bench/out/report-accuracy/baseline-98d6c7f.json bench/out/report-accuracy/main.json
import { readFileSync } from 'node:fs';

interface Tally { pages: number; right: number; cells: number; refused: number; crashed: number; timeout: number; unreadable: number; exactPages: number; yearRight: number; yearKnown: number; narrativeRight: number; narrativeCells: number }
interface Result { label: string; summary: Record<string, Tally> }

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) throw new Error('usage: before-after.ts BEFORE.json AFTER.json');
const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as Result;
const after = JSON.parse(readFileSync(afterFile, 'utf8')) as Result;

const pct = (t: Tally | undefined) => (!t ? '—' : t.cells === 0 ? '— (0 cells)' : `${((100 * t.right) / t.cells).toFixed(1)} % (${t.right} / ${t.cells})`);
const other = (t: Tally | undefined) => (!t ? '—' : `${t.refused} / ${t.crashed + t.unreadable + t.timeout} / ${t.exactPages}`);
const keys = [...new Set([...Object.keys(before.summary), ...Object.keys(after.summary)])];
console.log(`| split · family | files | cells right: ${before.label} | cells right: ${after.label} | refused / crashed / exact files: before → after |`);
console.log('|---|---|---|---|---|');
for (const key of keys) {
  const b = before.summary[key];
  const a = after.summary[key];
  console.log(`| ${key} | ${(a ?? b)!.pages} | ${pct(b)} | ${pct(a)} | ${other(b)} → ${other(a)} |`);
}

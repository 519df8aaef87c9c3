// Reads and checks every document of bench/out/report-read/ (made by generate.ts) on one thread
// and prints reports per second for each kind of document and the peak resident memory.
//   npx tsx bench/report-read/generate.ts && taskset -c 0 npx tsx bench/report-read/run.ts
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readReportLines, readReportText } from '../../src/report/parse/index.ts';
import { isReportReadError, readDocument } from '../../src/report/parse/read-file.ts';
import { checkReport } from '../../src/report/rules/index.ts';
import { pdfAssets } from '../../src/cli/report/pdf-assets.ts';

const dir = path.resolve(import.meta.dirname, '../out/report-read');
const files = readdirSync(dir).sort();
if (files.length === 0) throw new Error('先运行 npx tsx bench/report-read/generate.ts 生成样本');

const kindOf = (file: string) => file.replace(/^\d+-/, '').replace(/\.\w+$/, '');
const byKind = new Map<string, { name: string; bytes: Uint8Array }[]>();
for (const name of files) {
  const kind = kindOf(name);
  if (!byKind.has(kind)) byKind.set(kind, []);
  byKind.get(kind)!.push({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) });
}

const expectedDir = path.resolve(import.meta.dirname, '../out/report-read-expected');
const expected = new Map<string, string>();
for (const name of files) {
  const id = name.slice(0, 5);
  expected.set(name, JSON.stringify(JSON.parse(readFileSync(path.join(expectedDir, `${id}.json`), 'utf8')).cells));
}

/** Read, check, and compare every cell with what the generator wrote (outside the timed loop's cost is tiny). */
async function readAndCheck(doc: { name: string; bytes: Uint8Array }): Promise<'ok' | 'refused' | 'errors' | 'misread'> {
  try {
    // Three stages timed apart: bytes → lines (PDF/Word/HTML/encoding), lines → report, the rules.
    let t = performance.now();
    const document = await readDocument(doc.bytes, doc.name, { pdf: pdfAssets() });
    stages.flatten += performance.now() - t;
    t = performance.now();
    const report = document.kind === 'text' ? readReportText(document.text) : readReportLines(document.lines);
    stages.read += performance.now() - t;
    t = performance.now();
    const findings = checkReport(report);
    stages.check += performance.now() - t;
    const cells = Object.fromEntries(Object.entries(report.cells).map(([k, c]) => [k, c.kind === 'number' ? c.value || 0 : c.kind === 'blank' ? null : '/']));
    if (!sameCells(cells, JSON.parse(expected.get(doc.name)!) as Record<string, unknown>)) return 'misread';
    return findings.some((f) => f.severity === 'error') ? 'errors' : 'ok';
  } catch (error) {
    if (isReportReadError(error)) return 'refused';
    throw error;
  }
}

let stages = { flatten: 0, read: 0, check: 0 };

function sameCells(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}

// Warm-up: the first documents of each kind, so the JIT and the lazy imports are not measured.
for (const docs of byKind.values()) for (const doc of docs.slice(0, 5)) await readAndCheck(doc);

const rows: string[] = [];
let total = 0;
let totalMs = 0;
for (const [kind, docs] of byKind) {
  const tally = { ok: 0, refused: 0, errors: 0, misread: 0 };
  const bytes = docs.reduce((n, d) => n + d.bytes.length, 0);
  stages = { flatten: 0, read: 0, check: 0 };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const doc of docs) tally[await readAndCheck(doc)]++;
  const ms = performance.now() - start;
  // CPU time of this process: on a shared, loaded machine wall time also counts the waiting.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const per = (v: number) => (v / docs.length).toFixed(2);
  total += docs.length;
  totalMs += ms;
  rows.push(
    `${kind.padEnd(8)} ${String(docs.length).padStart(5)} 份  ${(bytes / docs.length / 1024).toFixed(1).padStart(6)} KB/份  ` +
      `${((docs.length / ms) * 1000).toFixed(0).padStart(6)} 份/秒  ${(ms / docs.length).toFixed(2).padStart(7)} ms/份  ` +
      `（按 CPU 时间 ${((docs.length / cpuMs) * 1000).toFixed(0)} 份/秒）  ` +
      `（转成行 ${per(stages.flatten)} + 识别 ${per(stages.read)} + 检查 ${per(stages.check)} ms）  ` +
      `读对且无误 ${tally.ok}，读错 ${tally.misread}，检查有错误 ${tally.errors}，拒读 ${tally.refused}`,
  );
}
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `机器：${os.cpus()[0]?.model ?? '未知 CPU'}，${os.cpus().length} 核（本测试单线程）；Node ${process.versions.node}；测试时平均负载 ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}\n` +
    rows.join('\n') +
    `\n合计 ${total} 份，${((total / totalMs) * 1000).toFixed(0)} 份/秒；峰值常驻内存 ${peakMb.toFixed(0)} MB\n`,
);

// Reader + rules on the real text and markdown files of ../shared (seeds and public corpus), one
// thread, as `gongkai report check` does per file: readReportText → checkReport. Prints reports per
// second (wall and CPU time). `--src DIR` reads with the src/ of another checkout (e.g. a worktree of
// an older commit), so "before" and "after" run in one process run of the same files:
//   taskset -c 0 npx tsx bench/report-read/real-text.ts [--src /path/to/other/checkout] [--seconds 5]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const root = path.resolve(option('--src') ?? path.join(import.meta.dirname, '../..'));
const seconds = Number(option('--seconds') ?? 5);
const shared = path.resolve(option('--data') ?? path.join(import.meta.dirname, '../../../../shared'));
const sharedDir = existsSync(shared) ? shared : path.resolve('/work/shared');

const parse = (await import(pathToFileURL(path.join(root, 'src/report/parse/index.ts')).href)) as typeof import('../../src/report/parse/index.ts');
const rules = (await import(pathToFileURL(path.join(root, 'src/report/rules/index.ts')).href)) as typeof import('../../src/report/rules/index.ts');

const files: { name: string; text: string }[] = [];
for (const dir of ['seeds', 'corpus/public']) {
  for (const name of readdirSync(path.join(sharedDir, dir)).sort()) {
    if (/\.(txt|md)$/.test(name)) files.push({ name: `${dir}/${name}`, text: readFileSync(path.join(sharedDir, dir, name), 'utf8') });
  }
}

let refused = 0;
function once(): void {
  for (const f of files) {
    try {
      rules.checkReport(parse.readReportText(f.text));
    } catch (error) {
      if (error instanceof parse.NotAnnualReportError) refused++;
      else throw error;
    }
  }
}

// Warm-up (JIT, lazy imports, caches that any long-running checker would have warm too).
const warmUntil = performance.now() + 1000;
while (performance.now() < warmUntil) once();
refused = 0;

// --profile FILE: a CPU profile of the measured loop only (no module loading, no warm-up).
const profileFile = option('--profile');
const session = profileFile ? new (await import('node:inspector/promises')).Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}

let rounds = 0;
const start = performance.now();
const cpuStart = process.cpuUsage();
while (performance.now() - start < seconds * 1000) {
  once();
  rounds++;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
if (session && profileFile) {
  const { profile } = await session.post('Profiler.stop');
  (await import('node:fs')).writeFileSync(profileFile, JSON.stringify(profile));
}
const cpuMs = (cpu.user + cpu.system) / 1000;
const reports = rounds * files.length;
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
process.stdout.write(
  `源码：${root}\n数据：${sharedDir} 的 ${files.length} 个 .txt/.md 文件（共 ${(bytes / 1024).toFixed(1)} KB），每轮 ${files.length} 份，${rounds} 轮；其中每轮拒读 ${refused / rounds} 份\n` +
    `机器：${os.cpus()[0]?.model ?? '未知 CPU'}，${os.cpus().length} 核（单线程）；Node ${process.versions.node}；平均负载 ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}\n` +
    `识别 + 检查：${((reports / ms) * 1000).toFixed(0)} 份/秒（按 CPU 时间 ${((reports / cpuMs) * 1000).toFixed(0)} 份/秒）\n`,
);

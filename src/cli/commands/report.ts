// `gongkai report check FILE|DIR…` and `gongkai report render FILE --to …`: read published annual
// reports (text, HTML, Word, PDF), check them against the statutory format's rules (勾稽关系,
// 国办公开办函〔2021〕30号 / 〔2019〕60号) and convert them.
import { writeFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { agencyLevels } from '../../report/rules/index.ts';
import type { CheckResultJson } from '../../report/model.ts';
import { checkInPool, type CheckJobResult } from '../report/check-pool.ts';
import { checkOne } from '../report/check-worker.ts';
import { exitStatusOf } from '../report/check-result.ts';
import { explainResult } from '../report/explain.ts';
import { collectTargets } from '../report/files.ts';
import { keyFiguresCsv } from '../report/key-figures.ts';
import { renderReportFile, renderTargets } from '../report/render-file.ts';
import { unreadableSummary } from '../report/summary.ts';
import type { RegisterCommand, SetExitCode } from './index.ts';

const checkFlags = z.object({
  json: z.boolean().optional(),
  explain: z.boolean().optional(),
  csv: z.string().min(1, '--csv 需要一个输出文件名').optional(),
  level: z.enum(agencyLevels, { message: `--level 只能是：${agencyLevels.join('、')}` }).optional(),
  jobs: z.coerce.number({ message: '--jobs 需要一个 1–64 之间的整数' }).int('--jobs 需要一个 1–64 之间的整数').min(1, '--jobs 需要一个 1–64 之间的整数').max(64, '--jobs 需要一个 1–64 之间的整数').optional(),
});

const renderFlags = z.object({
  to: z.enum(renderTargets, { message: `--to 只能是：${renderTargets.join('、')}` }),
  output: z.string().min(1).optional(),
});

export const registerReportCommand: RegisterCommand = (program, setExitCode) => {
  const report = program.command('report').description('政府信息公开工作年度报告：检查、转换');
  report
    .command('check')
    .description('读取年度报告（文本、HTML、Word、PDF），按年报格式的勾稽关系检查；目录会逐个文件检查')
    .argument('<paths...>', '年报文件或目录')
    .option('--json', '每个文件输出一行 JSON（便于程序处理）')
    .option('--explain', '逐个单元格列出读得的值、原文和所在位置（行、页、表格），便于对照原文核对')
    .option('--csv <file>', '另外把每个文件的关键数字写入 CSV 文件')
    .option('--level <level>', `机关层级（${agencyLevels.join('、')}），用于规章、报送期限等检查`)
    .option('--jobs <n>', '同时检查的线程数（默认每个 CPU 核一个；1 表示逐个检查）')
    .helpOption('-h, --help', '显示帮助')
    .action(async (paths: string[], raw: unknown) => {
      const flags = parseFlags(checkFlags, raw, setExitCode);
      if (flags) await runCheck(paths, flags, setExitCode);
    });
  report
    .command('render')
    .description('读取一份年度报告并转换为 HTML、Word、JSON 或 CSV')
    .argument('<file>', '年报文件')
    .requiredOption('--to <format>', `输出格式：${renderTargets.join('、')}`)
    .option('-o, --output <file>', '输出文件（不写则输出到屏幕；Word 必须写输出文件）')
    .helpOption('-h, --help', '显示帮助')
    .action(async (file: string, raw: unknown) => {
      const flags = parseFlags(renderFlags, raw, setExitCode);
      if (!flags) return;
      const outcome = await renderReportFile(file, flags.to, flags.output);
      if (outcome.error) {
        process.stderr.write(`无法转换“${file}”：${outcome.error}\n`);
        setExitCode(2);
        return;
      }
      if (flags.output) process.stderr.write(`已写入 ${flags.output}\n`);
      else process.stdout.write(outcome.content!);
    });
};

function parseFlags<T>(schema: z.ZodType<T>, raw: unknown, setExitCode: SetExitCode): T | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  process.stderr.write(`参数有误：${parsed.error.issues.map((i) => i.message).join('；')}\n`);
  setExitCode(2);
  return null;
}

async function runCheck(paths: string[], flags: z.infer<typeof checkFlags>, setExitCode: SetExitCode): Promise<void> {
  const targets = await collectTargets(paths);
  if (targets.length === 0) {
    process.stderr.write('没有找到要检查的文件。\n');
    setExitCode(2);
    return;
  }
  const batch = targets.length > 1;
  // The bar goes to stderr and only on a terminal, so JSON on stdout and logs in CI stay clean.
  const bar =
    batch && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: '检查中 {bar} {value}/{total} 个文件', stream: process.stderr, clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(targets.length, 0);
  const results: CheckResultJson[] = [];
  const emit = (result: CheckResultJson, summary: string) => {
    const text = flags.explain && result.error === undefined ? `${summary}\n${explainResult(result)}` : summary;
    results.push(result);
    setExitCode(exitStatusOf(result));
    bar?.increment();
    const output = flags.json ? JSON.stringify(result) + '\n' : text + '\n' + (batch ? '\n' + '—'.repeat(40) + '\n\n' : '');
    if (bar) {
      // Print above the bar without tearing it.
      bar.stop();
      process.stdout.write(output);
      if (results.length < targets.length) bar.start(targets.length, results.length);
    } else process.stdout.write(output);
  };
  // Files that are missing are answered in their place; the others are checked, on every core for a
  // batch (check-pool.ts), and printed in the sorted order of the files whatever order they finish in.
  let next = 0;
  const emitMissingUpTo = (end: number) => {
    for (; next < end; next++) {
      const target = targets[next]!;
      if ('missing' in target) emit({ file: target.file, format: null, year: null, agency: null, cells: {}, findings: [], error: target.missing }, unreadableSummary(target.file, target.missing));
    }
  };
  const readable = targets.flatMap((t, i) => ('missing' in t ? [] : [i]));
  const options = flags.level ? { agencyLevel: flags.level } : {};
  const onResult = (done: CheckJobResult) => {
    const at = readable[done.index]!;
    emitMissingUpTo(at);
    next = at + 1;
    emit(done.result, done.text);
  };
  const threads = flags.jobs ?? undefined;
  if (readable.length > 1 && threads !== 1) {
    await checkInPool(readable.map((i) => targets[i]!.file), options, onResult, threads ? { threads } : {});
  } else {
    for (let k = 0; k < readable.length; k++) onResult({ index: k, ...(await checkOne(targets[readable[k]!]!.file, options)) });
  }
  emitMissingUpTo(targets.length);
  if (flags.csv) {
    try {
      await writeFile(flags.csv, keyFiguresCsv(results));
    } catch {
      process.stderr.write(`无法写入 CSV 文件“${flags.csv}”。\n`);
      setExitCode(2);
    }
  }
  if (batch || flags.csv) {
    const unreadable = results.filter((r) => r.error !== undefined).length;
    const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
    const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
    const withErrors = results.filter((r) => exitStatusOf(r) === 1).length;
    const summary = `共检查 ${results.length} 个文件：${unreadable} 个无法读取，${withErrors} 个有错误；错误共 ${errors} 个，警告共 ${warnings} 个。${flags.csv ? `关键数字已写入 ${flags.csv}。` : ''}\n`;
    // With --json, stdout carries only JSON lines; the human summary goes to stderr.
    (flags.json ? process.stderr : process.stdout).write(summary);
  }
}


// `gongkai report check FILE|DIR…` and `gongkai report render FILE --to …`: read published annual
// reports (text, HTML, Word, PDF), check them against the statutory format's rules (勾稽关系,
// 国办公开办函〔2021〕30号 / 〔2019〕60号) and convert them.
import { writeFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { agencyLevels } from '../../report/rules/index.ts';
import type { CheckResultJson } from '../../report/model.ts';
import { checkFile } from '../report/check-file.ts';
import { exitStatusOf } from '../report/check-result.ts';
import { collectTargets } from '../report/files.ts';
import { keyFiguresCsv } from '../report/key-figures.ts';
import { renderReportFile, renderTargets } from '../report/render-file.ts';
import { reportSummary, unreadableSummary } from '../report/summary.ts';
import type { RegisterCommand, SetExitCode } from './index.ts';

const checkFlags = z.object({
  json: z.boolean().optional(),
  csv: z.string().min(1, '--csv 需要一个输出文件名').optional(),
  level: z.enum(agencyLevels, { message: `--level 只能是：${agencyLevels.join('、')}` }).optional(),
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
    .option('--csv <file>', '另外把每个文件的关键数字写入 CSV 文件')
    .option('--level <level>', `机关层级（${agencyLevels.join('、')}），用于规章、报送期限等检查`)
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
  for (const target of targets) {
    let text: string;
    let result: CheckResultJson;
    if ('missing' in target) {
      result = { file: target.file, format: null, year: null, agency: null, cells: {}, findings: [], error: target.missing };
      text = unreadableSummary(target.file, target.missing);
    } else {
      const checked = await checkFile(target.file, flags.level ? { agencyLevel: flags.level } : {});
      result = checked.result;
      text = checked.report ? reportSummary(target.file, checked.report, result.findings) : unreadableSummary(target.file, result.error ?? '');
    }
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
  }
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


// `gongkai calendar list [--year 2027] [--json]` and `gongkai calendar import <file.json>`: the installation's
// holiday arrangements for scripting — each December, when the 国务院办公厅 publishes next year's notice,
// an administrator imports it (or enters it at /admin/calendar). The import goes through the same service
// as the web page: validated, one transaction for the whole file, an audit event per year.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { openMigratedDatabase } from '../../db/open.ts';
import { SYSTEM_ACTOR } from '../../features/accounts/domain/policy.ts';
import { importArrangements, listCalendarEntries } from '../../features/calendar/calendar.service.ts';
import { loadInstallationCalendar } from '../../features/calendar/calendar.store.ts';
import type { ArrangementInput } from '../../features/calendar/domain/arrangement.ts';
import { overrideKindLabels } from '../../law/calendar.ts';
import { daysBetween, localDateOfInstant, weekdayLabel, yearOf, type LocalDate } from '../../law/local-date.ts';
import { loadConfig } from '../../platform/config.ts';
import { ValidationError } from '../../platform/errors.ts';
import { createServiceContext } from '../../platform/service-context.ts';
import type { SetExitCode } from './index.ts';

const DATABASE_OPTION_HELP = 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL；都未设置时使用数据目录中的 SQLite）';

const holidaySchema = z.object({
  name: z.string({ error: '每个节日都要有 name（节日名称）。' }),
  from: z.string({ error: '每个节日都要有 from（放假开始日期）。' }),
  to: z.string({ error: '每个节日都要有 to（放假结束日期）。' }),
  makeupWorkdays: z.array(z.string(), { error: 'makeupWorkdays 应为日期数组，例如 ["2027-02-07"]。' }).default([]),
});
const arrangementSchema = z.object({
  year: z.number({ error: '每一年都要有 year（数字，例如 2027）。' }),
  document: z.string({ error: '每一年都要有 document（通知文号）。' }),
  holidays: z.array(holidaySchema, { error: 'holidays 应为数组。' }),
});
/** One year's arrangement, or a list of years. */
export const importFileSchema = z.union([arrangementSchema.transform((a) => [a]), z.array(arrangementSchema)], {
  error: '文件内容应为一年的安排 {"year","document","holidays":[…]}，或多年的数组。',
});

/** Reads an import file: JSON, UTF-8 (a byte-order mark is allowed). Throws a Chinese message. */
export function readImportFile(path: string): ArrangementInput[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new Error(`无法读取文件 ${path}（${(error as NodeJS.ErrnoException).code ?? String(error)}）。`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`文件 ${path} 不是有效的 JSON。格式见 docs/deadlines.md“每年录入节假日安排”。`);
  }
  const parsed = importFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `（位置：${issue.path.join('.')}）` : '';
    throw new Error(`文件 ${path} 的内容不符合格式${where}：${issue?.message ?? '未知错误'}`);
  }
  return parsed.data;
}

export function registerCalendarCommand(program: Command, setExitCode: SetExitCode): void {
  const calendar = program.command('calendar').description('节假日安排：列出本平台录入的安排，或从 JSON 文件导入国务院办公厅通知的安排');

  calendar
    .command('list')
    .description('列出各年节假日安排是否已载入，以及本平台设置的日期')
    .option('--year <年份>', '只列出这一年')
    .option('--json', '以 JSON 输出：{"years":[{"year","loaded","source","document"}],"days":[{"date","kind","note","document"}]}')
    .option('--database <url>', DATABASE_OPTION_HELP)
    .action(async (options: { year?: string; json?: boolean; database?: string }) => {
      const year = options.year === undefined ? undefined : Number(options.year);
      if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
        process.stderr.write('参数有误：--year 应为 2000 至 2100 之间的年份，例如 --year 2027。\n');
        setExitCode(2);
        return;
      }
      const config = loadConfig();
      const database = await openMigratedDatabase({ url: options.database ?? config.databaseUrl, dataDir: config.dataDir });
      try {
        const ctx = createServiceContext({ db: database.db, dialect: database.dialect });
        const cal = await loadInstallationCalendar(database.db);
        const { overrides, arrangements } = await listCalendarEntries(ctx);
        const thisYear = yearOf(localDateOfInstant(ctx.now()));
        const years = new Set<number>(year !== undefined ? [year] : [thisYear - 1, thisYear, thisYear + 1]);
        if (year === undefined) {
          for (const a of arrangements) years.add(a.year);
          for (const o of overrides) years.add(Number(o.date.slice(0, 4)));
        }
        const yearRows = [...years].sort((a, b) => a - b).map((y) => {
          const coverage = cal.coverage(`${y}-07-01` as LocalDate);
          return { year: y, loaded: coverage.loaded, source: coverage.source, document: arrangements.find((a) => a.year === y)?.document ?? null };
        });
        const days = overrides
          .filter((o) => years.has(Number(o.date.slice(0, 4))))
          .map((o) => ({ date: o.date, kind: o.kind, note: o.note, document: o.document }));
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ years: yearRows, days })}\n`);
          return;
        }
        const lines: string[] = [];
        for (const y of yearRows) {
          const source = y.source === 'official' ? '国务院办公厅通知（随软件提供）' : y.source === 'override' ? `本平台录入（${y.document ?? ''}）` : '';
          lines.push(`${y.year}年：${y.loaded ? `已载入，${source}` : '未载入！按周末和法定节日当天推算，未计调休'}`);
          for (const d of days.filter((day) => day.date.startsWith(`${y.year}-`))) {
            lines.push(`  ${d.date}（${weekdayLabel(d.date as LocalDate)}） ${overrideKindLabels[d.kind]}${d.note ? `  ${d.note}` : ''}${d.document ? `  [${d.document}]` : ''}`);
          }
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await database.close();
      }
    });

  calendar
    .command('import')
    .description('从 JSON 文件导入一年或多年的节假日安排（按国务院办公厅通知；该年原有的放假日和调休上班日被替换）')
    .argument('<file.json>', '{"year":2027,"document":"国办发明电〔2026〕…号","holidays":[{"name":"元旦","from":"2027-01-01","to":"2027-01-01","makeupWorkdays":[]},…]}')
    .option('--database <url>', DATABASE_OPTION_HELP)
    .action(async (file: string, options: { database?: string }) => {
      let inputs: ArrangementInput[];
      try {
        inputs = readImportFile(file);
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        setExitCode(2);
        return;
      }
      const config = loadConfig();
      const database = await openMigratedDatabase({ url: options.database ?? config.databaseUrl, dataDir: config.dataDir });
      try {
        const ctx = createServiceContext({ db: database.db, dialect: database.dialect });
        const saved = await importArrangements(ctx, SYSTEM_ACTOR, inputs);
        for (const a of saved) {
          const holidayDays = a.holidays.reduce((n, h) => n + daysBetween(h.from, h.to) + 1, 0);
          const makeup = a.holidays.reduce((n, h) => n + h.makeupWorkdays.length, 0);
          process.stdout.write(`已导入${a.year}年节假日安排（${a.document}）：${a.holidays.length}个节日，放假${holidayDays}天，调休上班${makeup}天。\n`);
        }
        process.stdout.write('正在运行的服务会在几秒内按新安排计算期限。\n');
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        process.stderr.write('未导入任何内容，文件中有以下问题：\n');
        for (const [where, message] of Object.entries(error.fields)) process.stderr.write(`  ${where === '_' ? '' : `${where}：`}${message}\n`);
        setExitCode(1);
      } finally {
        await database.close();
      }
    });
}


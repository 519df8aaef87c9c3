// `gongkai deadline --received 2024-09-25 [--channel online] [--json]`: the reply deadline of an application
// (条例第三十三条), the latest extended deadline and the 补正 notice deadline, with the working days explained.
// Uses the bundled official holiday arrangements (chinese-days); with --installation (or --database <url>)
// also the installation's own arrangements and day settings (/admin/calendar, `gongkai calendar import`).
import type { Command } from 'commander';
import { z } from 'zod';
import { receiptChannels, type Receipt } from '../../law/clock-events.ts';
import { computeReplyClock } from '../../law/clock.ts';
import { localDateOfInstant, localDateSchema, type LocalDate } from '../../law/local-date.ts';
import { createOfficialCalendar } from '../../law/official-arrangements.ts';
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import { openMigratedDatabase } from '../../db/open.ts';
import { loadInstallationCalendar } from '../../features/calendar/calendar.store.ts';
import { loadConfig } from '../../platform/config.ts';
import type { RegisterCommand } from './index.ts';

/** The installation's calendar (bundled arrangements plus what was entered at /admin/calendar). */
async function installationCalendar(url: string | undefined): Promise<WorkingDayCalendar> {
  const config = loadConfig();
  const database = await openMigratedDatabase({ url: url ?? config.databaseUrl, dataDir: config.dataDir });
  try {
    return await loadInstallationCalendar(database.db);
  } finally {
    await database.close();
  }
}

const optionsSchema = z.object({
  received: z.string({ error: '请用 --received 指定收到申请之日，例如 --received 2024-09-25。' }).pipe(localDateSchema),
  channel: z.enum(receiptChannels, {
    error: `提交方式只能是：${receiptChannels.join('、')}（当面、邮寄签收、平常信函、网上、电子邮件、传真）。`,
  }),
  json: z.boolean().default(false),
  installation: z.boolean().default(false),
  database: z.string().optional(),
  today: localDateSchema.optional(),
});

export interface DeadlineJson {
  receivedOn: string;
  dueOn: string;
  extendedDueOn: string;
  correctionNoticeDueOn: string;
  warnings: string[];
}

/**
 * The computation behind the command, separate from printing so it can be tested directly. The warnings
 * are the same for the text and the JSON output (issue 11 item 11): the clock's (a year whose holidays are
 * not loaded) and, when `today` is given, the holiday data running out within 60 days of it.
 */
export function deadlineReport(
  received: string,
  channel: (typeof receiptChannels)[number] = 'in_person',
  calendar: WorkingDayCalendar = createOfficialCalendar(),
  today?: LocalDate,
) {
  const parsed = optionsSchema.parse({ received, channel, json: false });
  // The given date is 收到申请之日 itself, whatever the channel; the channel only labels the explanation.
  const receipt: Receipt =
    parsed.channel === 'post_signed'
      ? { channel: parsed.channel, signedOn: parsed.received }
      : parsed.channel === 'in_person'
        ? { channel: parsed.channel, arrivedOn: parsed.received }
        : { channel: parsed.channel, confirmedOn: parsed.received };
  const clock = computeReplyClock({ calendar, events: { receipt } });
  if (!clock.receivedOn || !clock.dueOn || !clock.latestExtendedDueOn || !clock.correctionNoticeDueOn) {
    throw new Error('无法计算答复期限。');
  }
  const json: DeadlineJson = {
    receivedOn: clock.receivedOn,
    dueOn: clock.dueOn,
    extendedDueOn: clock.latestExtendedDueOn,
    correctionNoticeDueOn: clock.correctionNoticeDueOn,
    warnings: clock.warnings.map((w) => w.message),
  };
  // The holiday data must reach 60 days ahead of today (DESIGN §2, calendar).
  const gap = today ? calendar.upcomingGap(today, 60) : null;
  if (gap) json.warnings.push(`节假日数据：${gap.message}`);
  return { json, explanation: clock.explanation };
}

export const registerDeadlineCommand: RegisterCommand = (program: Command, setExitCode) => {
  program
    .command('deadline')
    .description('计算依申请公开的答复期限、延长后的期限和补正告知期限（条例第三十条、第三十三条）')
    .option('--received <日期>', '收到申请之日，格式 YYYY-MM-DD（条例第三十一条）')
    .option('--channel <方式>', `提交方式：${receiptChannels.join(' | ')}`, 'in_person')
    .option('--json', '以 JSON 输出', false)
    .option('--installation', '同时使用本平台录入的节假日安排（数据库由 DATABASE_URL 或数据目录决定）；不加时只用随软件提供的国务院办公厅安排', false)
    .option('--database <url>', '使用这个 PostgreSQL 数据库中录入的节假日安排（隐含 --installation）')
    .option('--today <日期>', '以这一天为“今天”检查节假日数据是否覆盖未来60天，格式 YYYY-MM-DD（默认为今天）')
    .action(async (raw: { received?: string; channel: string; json: boolean; installation: boolean; database?: string; today?: string }) => {
      const parsed = optionsSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) process.stderr.write(`参数有误：${issue.message}\n`);
        setExitCode(2);
        return;
      }
      const calendar = parsed.data.installation || parsed.data.database !== undefined ? await installationCalendar(parsed.data.database) : createOfficialCalendar();
      // The command line may read today's date; the law library never does.
      const today = parsed.data.today ?? localDateOfInstant(new Date());
      const { json, explanation } = deadlineReport(parsed.data.received, parsed.data.channel, calendar, today);
      if (parsed.data.json) {
        process.stdout.write(`${JSON.stringify(json)}\n`);
        return;
      }
      const lines = [
        `收到申请之日：${json.receivedOn}`,
        `答复期限：${json.dueOn}（20个工作日，条例第三十三条第一款）`,
        `延长后的答复期限：${json.extendedDueOn}（经负责人同意最多延长20个工作日，条例第三十三条第二款）`,
        `补正告知期限：${json.correctionNoticeDueOn}（7个工作日内一次性告知，条例第三十条）`,
        '',
        '推算过程：',
        ...explanation.map((step) => `  ${step}`),
        ...(json.warnings.length > 0 ? ['', '注意：', ...json.warnings.map((w) => `  ！${w}`)] : []),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
};

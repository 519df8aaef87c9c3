// `gongkai agencies [--json]`: lists the agencies as a tree; with --json one object per line
// {"code","name","level","parent"} where parent is the parent's code or null.
// `gongkai agencies add …` creates an agency (a root agency only this way or at first start).
import type { Command } from 'commander';
import { openMigratedDatabase } from '../../db/open.ts';
import { SYSTEM_ACTOR } from '../../features/accounts/domain/policy.ts';
import { findAgencyByCode } from '../../features/agencies/agencies.repository.ts';
import { createAgency, listAgencies } from '../../features/agencies/agencies.service.ts';
import { AGENCY_LEVELS, type AgencyLevel } from '../../features/agencies/agencies.tables.ts';
import { AGENCY_LEVEL_LABELS } from '../../features/agencies/domain/agency.ts';
import { loadConfig } from '../../platform/config.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { createServiceContext } from '../../platform/service-context.ts';
import { withSystemContext } from './accounts.ts';
import type { SetExitCode } from './index.ts';

export function registerAgenciesCommand(program: Command, setExitCode: SetExitCode): void {
  const agencies = program
    .command('agencies')
    .description('列出全部单位（树形）')
    .option('--json', '每行输出一个 JSON 对象：{"code","name","level","parent"}')
    .option('--archived', '同时列出已归档的单位')
    .option('--database <url>', 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL）')
    .action(async (options: { json?: boolean; archived?: boolean; database?: string }) => {
      const config = loadConfig();
      const database = await openMigratedDatabase({ url: options.database ?? config.databaseUrl, dataDir: config.dataDir });
      try {
        const ctx = createServiceContext({ db: database.db, dialect: database.dialect });
        const agencies = await listAgencies(ctx, SYSTEM_ACTOR, { includeArchived: options.archived ?? false });
        const codeOf = new Map(agencies.map((a) => [a.id, a.code]));
        if (options.json) {
          for (const a of agencies) {
            const parent = a.parentId === null ? null : (codeOf.get(a.parentId) ?? null);
            process.stdout.write(`${JSON.stringify({ code: a.code, name: a.name, level: a.level, parent })}\n`);
          }
          return;
        }
        if (agencies.length === 0) {
          process.stdout.write('还没有任何单位。运行 `gongkai demo` 可载入示范数据。\n');
          return;
        }
        for (const a of agencies) {
          const archived = a.archivedAt === null ? '' : '（已归档）';
          process.stdout.write(`${'  '.repeat(a.depth)}${a.name}${archived}  [${a.code}] ${AGENCY_LEVEL_LABELS[a.level]}\n`);
        }
      } finally {
        await database.close();
      }
    });

  agencies
    .command('add')
    .description('新建单位（顶级单位只能用此命令或首次启动创建）')
    .requiredOption('--code <code>', '单位代码（用于索引号，唯一）')
    .requiredOption('--name <name>', '单位全称')
    .requiredOption('--level <level>', `层级：${AGENCY_LEVELS.join(' | ')}`)
    .option('--parent <code>', '上级单位代码（不填则为顶级单位）')
    .option('--short-name <name>', '简称')
    .option('--address <address>', '地址')
    .option('--postal-code <code>', '邮政编码')
    .option('--phone <phone>', '联系电话')
    .option('--email <email>', '电子邮箱')
    .option('--office-hours <text>', '办公时间')
    .option('--database <url>', 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL）')
    .action(async (options: Record<string, string | undefined>) => {
      await withSystemContext(options.database, setExitCode, async (ctx) => {
        let parentId: string | null = null;
        if (options.parent !== undefined) {
          const parent = await findAgencyByCode(ctx.db, options.parent.trim());
          if (!parent) throw new NotFoundError(`找不到代码为“${options.parent}”的上级单位。`);
          parentId = parent.id;
        }
        const created = await createAgency(ctx, SYSTEM_ACTOR, {
          parentId,
          code: options.code ?? '',
          name: options.name ?? '',
          level: (options.level ?? '') as AgencyLevel,
          shortName: options.shortName,
          address: options.address,
          postalCode: options.postalCode,
          phone: options.phone,
          email: options.email,
          officeHours: options.officeHours,
        });
        process.stdout.write(`已新建单位“${created.name}”（代码 ${created.code}，${AGENCY_LEVEL_LABELS[created.level]}）。\n`);
      });
    });
}

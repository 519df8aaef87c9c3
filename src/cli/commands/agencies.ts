// `gongkai agencies [--json]`: lists the agencies as a tree; with --json one object per line
// {"code","name","level","parent"} where parent is the parent's code or null.
import type { Command } from 'commander';
import { openMigratedDatabase } from '../../db/open.ts';
import { SYSTEM_ACTOR } from '../../features/accounts/domain/policy.ts';
import { listAgencies } from '../../features/agencies/agencies.service.ts';
import { AGENCY_LEVEL_LABELS } from '../../features/agencies/domain/agency.ts';
import { loadConfig } from '../../platform/config.ts';
import { createServiceContext } from '../../platform/service-context.ts';
import type { SetExitCode } from './index.ts';

export function registerAgenciesCommand(program: Command, _setExitCode: SetExitCode): void {
  program
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
}

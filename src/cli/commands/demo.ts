// `gongkai demo [--database URL] [--yes]`: loads the demonstration county. On a database that already
// holds data it asks for --yes, refuses while the server runs, backs an SQLite installation up to
// <dataDir>/backups/ first, then wipes and reloads.
import { join } from 'node:path';
import type { Command } from 'commander';
import { backupSqlite } from '../../db/backup.ts';
import { openMigratedDatabase } from '../../db/open.ts';
import { wipeDatabase } from '../../db/wipe.ts';
import { formatCredentials, isDatabaseEmpty, loadDemo } from '../../features/demo/demo.service.ts';
import { countAgencies } from '../../features/agencies/agencies.repository.ts';
import { loadConfig } from '../../platform/config.ts';
import { runningServerPid } from '../../platform/pid-file.ts';
import { createServiceContext } from '../../platform/service-context.ts';
import type { SetExitCode } from './index.ts';

export function registerDemoCommand(program: Command, setExitCode: SetExitCode): void {
  program
    .command('demo')
    .description('载入示范县数据（单位、各角色账号及其一次性密码）；数据库非空时需加 --yes 清空后重新载入')
    .option('--database <url>', 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL；都未设置时使用数据目录中的 SQLite）')
    .option('--yes', '确认清空现有全部数据后重新载入')
    .action(async (options: { database?: string; yes?: boolean }) => {
      const config = loadConfig();
      const dbConfig = { url: options.database ?? config.databaseUrl, dataDir: config.dataDir };
      let database = await openMigratedDatabase(dbConfig);
      try {
        let ctx = createServiceContext({ db: database.db, dialect: database.dialect });
        if (!(await isDatabaseEmpty(ctx))) {
          const agencies = await countAgencies(database.db);
          if (!options.yes) {
            process.stderr.write(
              `数据库中已有数据（${agencies} 个单位）。重新载入示范数据会清空全部现有数据（单位、账号、目录、申请、年报等）。\n` +
                '确认要这样做，请加上 --yes 重新运行：gongkai demo --yes\n',
            );
            setExitCode(1);
            return;
          }
          const pid = runningServerPid(config.dataDir);
          if (pid !== null) {
            process.stderr.write(`服务正在运行（进程 ${pid}）。请先停止服务，再重新载入示范数据。\n`);
            setExitCode(1);
            return;
          }
          if (database.sqlite) {
            const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
            const target = join(config.dataDir, 'backups', `before-demo-${stamp}`);
            await backupSqlite(database.sqlite, config.dataDir, target, ctx.now());
            process.stdout.write(`已先把现有数据备份到 ${target}\n`);
          } else {
            process.stdout.write('提示：PostgreSQL 数据库不会自动备份；如需保留，请先用 pg_dump 备份（见 docs/operations.md）。\n');
          }
          await database.close();
          await wipeDatabase(dbConfig);
          database = await openMigratedDatabase(dbConfig);
          ctx = createServiceContext({ db: database.db, dialect: database.dialect });
        }
        const result = await loadDemo(ctx);
        process.stdout.write(`已载入示范县数据：${result.agencies} 个单位，${result.credentials.length} 个账号${result.hooks.length > 0 ? `，以及${result.hooks.join('、')}` : ''}。\n\n`);
        process.stdout.write(`${formatCredentials(result.credentials)}\n`);
      } finally {
        await database.close();
      }
    });
}

// `gongkai migrate [--database URL]`: brings the database to the latest schema (forward-only).
import type { Command } from 'commander';
import { openMigratedDatabase } from '../../db/open.ts';
import { loadConfig } from '../../platform/config.ts';
import type { SetExitCode } from './index.ts';

export function registerMigrateCommand(program: Command, _setExitCode: SetExitCode): void {
  program
    .command('migrate')
    .description('把数据库升级到最新结构（只向前迁移，可重复运行）')
    .option('--database <url>', 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL；都未设置时使用数据目录中的 SQLite）')
    .action(async (options: { database?: string }) => {
      const config = loadConfig();
      const database = await openMigratedDatabase({ url: options.database ?? config.databaseUrl, dataDir: config.dataDir });
      try {
        const where = database.dialect === 'sqlite' ? `SQLite：${database.sqlitePath}` : 'PostgreSQL';
        if (database.appliedMigrations.length === 0) {
          process.stdout.write(`数据库已是最新结构（${where}）。\n`);
        } else {
          process.stdout.write(`已应用 ${database.appliedMigrations.length} 个迁移（${where}）：\n`);
          for (const name of database.appliedMigrations) process.stdout.write(`  ${name}\n`);
        }
      } finally {
        await database.close();
      }
    });
}

// `gongkai restore FILE`: replaces the SQLite database and attachments with those of a backup made by
// `gongkai backup`. Refuses while the server runs; the previous data is moved aside, never deleted.
import type { Command } from 'commander';
import { restoreSqlite } from '../../db/backup.ts';
import { isPostgresUrl } from '../../db/database.ts';
import { openMigratedDatabase } from '../../db/open.ts';
import { loadConfig } from '../../platform/config.ts';
import { runningServerPid } from '../../platform/pid-file.ts';
import { POSTGRES_BACKUP_HELP } from './backup.ts';
import type { SetExitCode } from './index.ts';

export function registerRestoreCommand(program: Command, setExitCode: SetExitCode): void {
  program
    .command('restore')
    .description('从 gongkai backup 生成的备份目录恢复数据库和附件（须先停止服务）')
    .argument('<FILE>', '备份目录')
    .option('--database <url>', 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL）')
    .action(async (file: string, options: { database?: string }) => {
      const config = loadConfig();
      const url = options.database ?? config.databaseUrl;
      if (isPostgresUrl(url)) {
        process.stderr.write(`${POSTGRES_BACKUP_HELP}\n`);
        setExitCode(1);
        return;
      }
      const pid = runningServerPid(config.dataDir);
      if (pid !== null) {
        process.stderr.write(`服务正在运行（进程 ${pid}），不能在运行中恢复。请先停止服务，再运行 gongkai restore。\n`);
        setExitCode(1);
        return;
      }
      const outcome = restoreSqlite(file, config.dataDir, new Date());
      // Bring the restored database to the current schema (an older backup may predate migrations).
      const database = await openMigratedDatabase({ dataDir: config.dataDir });
      await database.close();
      process.stdout.write(`已从 ${file} 恢复（备份时间 ${outcome.manifest.createdAt}，附件 ${outcome.manifest.files} 个）。\n`);
      if (outcome.previousDataMovedTo) process.stdout.write(`恢复前的数据已移到 ${outcome.previousDataMovedTo}，确认无误后可自行删除。\n`);
      if (database.appliedMigrations.length > 0) process.stdout.write(`已把恢复的数据库升级到最新结构（${database.appliedMigrations.length} 个迁移）。\n`);
    });
}

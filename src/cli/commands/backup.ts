// `gongkai backup FILE`: an online backup of an SQLite installation (database + attachments) into the
// new directory FILE. For PostgreSQL it prints the pg_dump procedure instead (docs/operations.md).
import type { Command } from 'commander';
import { backupSqlite } from '../../db/backup.ts';
import { openMigratedDatabase } from '../../db/open.ts';
import { loadConfig } from '../../platform/config.ts';
import type { SetExitCode } from './index.ts';

export const POSTGRES_BACKUP_HELP = [
  '当前使用 PostgreSQL，数据库请用 PostgreSQL 自带工具备份，附件目录另行打包：',
  '  pg_dump --format=custom --file=gongkai.dump "$DATABASE_URL"',
  '  tar -C "$GONGKAI_DATA_DIR" -czf gongkai-files.tar.gz files',
  '恢复：',
  '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" gongkai.dump',
  '  tar -C "$GONGKAI_DATA_DIR" -xzf gongkai-files.tar.gz',
  '详见 docs/operations.md。',
].join('\n');

export function registerBackupCommand(program: Command, setExitCode: SetExitCode): void {
  program
    .command('backup')
    .description('在线备份数据库和附件到新目录 FILE（SQLite；PostgreSQL 请用 pg_dump）')
    .argument('<FILE>', '备份目录（必须不存在或为空）')
    .option('--database <url>', 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL）')
    .action(async (file: string, options: { database?: string }) => {
      const config = loadConfig();
      const database = await openMigratedDatabase({ url: options.database ?? config.databaseUrl, dataDir: config.dataDir });
      try {
        if (!database.sqlite) {
          process.stderr.write(`${POSTGRES_BACKUP_HELP}\n`);
          setExitCode(1);
          return;
        }
        const manifest = await backupSqlite(database.sqlite, config.dataDir, file, new Date());
        process.stdout.write(`已备份到 ${file}：数据库 1 个，附件 ${manifest.files} 个，迁移 ${manifest.migrations.length} 个。\n`);
      } finally {
        await database.close();
      }
    });
}

// Backup and restore of an SQLite installation: the database (online, through SQLite's backup API
// in node:sqlite, consistent even while the server writes) plus the attachments folder
// <dataDir>/files/. A backup is a DIRECTORY:
//   FILE/manifest.json    what, when, which migrations
//   FILE/gongkai.sqlite   the database
//   FILE/files/…          the attachments, same layout as <dataDir>/files/
// It is written under a temporary name and renamed at the end, so a half-written backup never looks
// complete. PostgreSQL installations use pg_dump/pg_restore (docs/operations.md).
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { SQLITE_FILE_NAME, sqliteFilePath } from './database.ts';

export const FILES_DIR_NAME = 'files';
export const MANIFEST_NAME = 'manifest.json';

const manifestSchema = z.object({
  format: z.literal('gongkai-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  database: z.literal('sqlite'),
  migrations: z.array(z.string()),
  files: z.number().int().min(0),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    n += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  }
  return n;
}

function appliedMigrations(database: DatabaseSync): string[] {
  try {
    const rows = database.prepare('select name from kysely_migration order by name').all() as Array<{ name: string }>;
    return rows.map((r) => r.name);
  } catch {
    return [];
  }
}

/** Writes a backup of `<dataDir>/gongkai.sqlite` and `<dataDir>/files/` into the new directory `target`. */
export async function backupSqlite(source: DatabaseSync, dataDir: string, target: string, now: Date): Promise<BackupManifest> {
  const finalPath = resolve(target);
  if (existsSync(finalPath) && (!statSync(finalPath).isDirectory() || readdirSync(finalPath).length > 0)) {
    throw new BackupError(`备份目标 ${finalPath} 已存在且不是空目录。为避免覆盖已有备份，请换一个新的路径。`);
  }
  mkdirSync(dirname(finalPath), { recursive: true });
  const partial = join(dirname(finalPath), `.${basename(finalPath)}.partial-${randomBytes(4).toString('hex')}`);
  mkdirSync(partial);
  try {
    // Database first, then files: attachments are write-once under generated names, so every file the
    // copied database refers to is already on disk when the folder is copied.
    await backup(source, join(partial, SQLITE_FILE_NAME));
    const files = join(dataDir, FILES_DIR_NAME);
    if (existsSync(files)) cpSync(files, join(partial, FILES_DIR_NAME), { recursive: true });
    const manifest: BackupManifest = {
      format: 'gongkai-backup',
      version: 1,
      createdAt: now.toISOString(),
      database: 'sqlite',
      migrations: appliedMigrations(source),
      files: countFiles(join(partial, FILES_DIR_NAME)),
    };
    writeFileSync(join(partial, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    if (existsSync(finalPath)) rmSync(finalPath, { recursive: true }); // the empty directory checked above
    renameSync(partial, finalPath);
    return manifest;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`备份失败：${error instanceof Error ? error.message : String(error)}。原数据未受影响。`, { cause: error });
  }
}

/** Reads and checks a backup directory: manifest, database present and passing integrity_check. */
export function inspectBackup(path: string): BackupManifest {
  const dir = resolve(path);
  const manifestPath = join(dir, MANIFEST_NAME);
  if (!existsSync(manifestPath)) throw new BackupError(`${dir} 不是公开平台的备份目录（缺少 ${MANIFEST_NAME}）。`);
  let manifest: BackupManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  } catch {
    throw new BackupError(`备份说明文件 ${manifestPath} 内容无法识别，备份可能已损坏或不是本平台生成的。`);
  }
  const dbPath = join(dir, SQLITE_FILE_NAME);
  if (!existsSync(dbPath)) throw new BackupError(`备份中缺少数据库文件 ${SQLITE_FILE_NAME}。`);
  const check = new DatabaseSync(dbPath, { readOnly: true });
  try {
    const row = check.prepare('pragma integrity_check').get() as { integrity_check?: string } | undefined;
    if (row?.integrity_check !== 'ok') throw new BackupError(`备份中的数据库未通过完整性检查（${row?.integrity_check ?? '无结果'}），不能用于恢复。`);
  } finally {
    check.close();
  }
  return manifest;
}

export interface RestoreOutcome {
  readonly manifest: BackupManifest;
  /** Where the data that was in place before the restore was moved (nothing is deleted). */
  readonly previousDataMovedTo: string | null;
}

/**
 * Replaces the database and attachments of `dataDir` with those of the backup. The previous ones are
 * moved to `<dataDir>/before-restore-<time>/`, never deleted. The server must not be running.
 */
export function restoreSqlite(backupPath: string, dataDir: string, now: Date): RestoreOutcome {
  const manifest = inspectBackup(backupPath);
  const source = resolve(backupPath);
  mkdirSync(dataDir, { recursive: true });
  const live = sqliteFilePath(dataDir);
  const liveFiles = join(dataDir, FILES_DIR_NAME);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const aside = join(dataDir, `before-restore-${stamp}`);
  const toMove = [live, `${live}-wal`, `${live}-shm`, liveFiles].filter((p) => existsSync(p));
  if (toMove.length > 0) {
    mkdirSync(aside, { recursive: true });
    for (const p of toMove) renameSync(p, join(aside, basename(p)));
  }
  try {
    cpSync(join(source, SQLITE_FILE_NAME), live);
    const files = join(source, FILES_DIR_NAME);
    if (existsSync(files)) cpSync(files, liveFiles, { recursive: true });
  } catch (error) {
    // Put the previous data back so a failed restore loses nothing.
    rmSync(live, { force: true });
    rmSync(liveFiles, { recursive: true, force: true });
    for (const p of toMove) renameSync(join(aside, basename(p)), p);
    rmSync(aside, { recursive: true, force: true });
    throw new BackupError(`恢复失败：${error instanceof Error ? error.message : String(error)}。原数据已放回原处。`, { cause: error });
  }
  return { manifest, previousDataMovedTo: toMove.length > 0 ? aside : null };
}

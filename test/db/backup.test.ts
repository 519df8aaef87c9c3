// Backup and restore are SQLite-only (PostgreSQL uses pg_dump/pg_restore), so this file runs on SQLite.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSqlite, BackupError, inspectBackup, restoreSqlite } from '../../src/db/backup.ts';
import { createDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency, listAgencies } from '../../src/features/agencies/agencies.service.ts';
import { createServiceContext } from '../../src/platform/service-context.ts';

const scratch: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-backup-test-'));
  scratch.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function openAt(dataDir: string) {
  const database = createDatabase({ dataDir });
  await migrateToLatest(database.db);
  return { database, ctx: createServiceContext({ db: database.db, dialect: database.dialect }) };
}

describe('SQLite backup and restore', () => {
  it('restores exactly the agencies and attachments that existed at backup time, moving later data aside', async () => {
    const dataDir = tempDir();
    const target = join(tempDir(), 'backup-1');
    let { database, ctx } = await openAt(dataDir);
    await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'BK-1', name: '备份测试乡人民政府', level: 'township' });
    mkdirSync(join(dataDir, 'files', '2026', '03'), { recursive: true });
    writeFileSync(join(dataDir, 'files', '2026', '03', 'notice.pdf'), '告知书内容');
    const manifest = await backupSqlite(database.sqlite!, dataDir, target, new Date('2026-03-02T02:00:00.000Z'));
    expect(manifest).toMatchObject({ format: 'gongkai-backup', version: 1, createdAt: '2026-03-02T02:00:00.000Z', database: 'sqlite', files: 1 });
    expect(manifest.migrations).toContain('0001_platform');

    // Changes after the backup: a new agency and a new attachment.
    await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'BK-2', name: '备份之后乡人民政府', level: 'township' });
    writeFileSync(join(dataDir, 'files', 'later.txt'), '后来的文件');
    await database.close();

    const outcome = restoreSqlite(target, dataDir, new Date('2026-03-03T00:00:00.000Z'));
    expect(outcome.previousDataMovedTo).toBe(join(dataDir, 'before-restore-2026-03-03T00-00-00-000Z'));
    ({ database, ctx } = await openAt(dataDir));
    expect((await listAgencies(ctx, SYSTEM_ACTOR)).map((a) => a.code)).toEqual(['BK-1']);
    expect(readFileSync(join(dataDir, 'files', '2026', '03', 'notice.pdf'), 'utf8')).toBe('告知书内容');
    expect(existsSync(join(dataDir, 'files', 'later.txt'))).toBe(false);
    // Nothing lost: the replaced data is kept beside.
    expect(readFileSync(join(outcome.previousDataMovedTo!, 'files', 'later.txt'), 'utf8')).toBe('后来的文件');
    await database.close();
  });

  it('refuses to write into a directory that already holds files', async () => {
    const dataDir = tempDir();
    const target = tempDir();
    writeFileSync(join(target, 'keep.txt'), 'x');
    const { database } = await openAt(dataDir);
    await expect(backupSqlite(database.sqlite!, dataDir, target, new Date())).rejects.toThrow('已存在且不是空目录');
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('x');
    await database.close();
  });

  it('refuses to restore from a folder that is not a backup, touching nothing', async () => {
    const dataDir = tempDir();
    const { database, ctx } = await openAt(dataDir);
    await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'BK-3', name: '保留乡人民政府', level: 'township' });
    await database.close();
    expect(() => restoreSqlite(tempDir(), dataDir, new Date())).toThrow(BackupError);
    const reopened = await openAt(dataDir);
    expect((await listAgencies(reopened.ctx, SYSTEM_ACTOR)).map((a) => a.code)).toEqual(['BK-3']);
    await reopened.database.close();
  });

  it('rejects a backup whose database file is corrupt', async () => {
    const dataDir = tempDir();
    const target = join(tempDir(), 'b');
    const { database } = await openAt(dataDir);
    await backupSqlite(database.sqlite!, dataDir, target, new Date());
    await database.close();
    writeFileSync(join(target, 'gongkai.sqlite'), 'this is not a database');
    expect(() => inspectBackup(target)).toThrow();
  });
});

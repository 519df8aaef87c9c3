// The platform commands as an operator runs them: a real process on Node 24 with its own data folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/gongkai.js');
const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-cli-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function gongkai(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, GONGKAI_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each command starts Node and compiles TypeScript through tsx; on a busy 2-core machine that takes seconds.
describe('gongkai platform commands (SQLite)', { timeout: 180_000 }, () => {
  it('migrate creates the database and a second run says it is up to date', () => {
    const first = gongkai('migrate');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('0001_platform');
    expect(existsSync(join(dataDir, 'gongkai.sqlite'))).toBe(true);
    const second = gongkai('migrate');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('数据库已是最新结构');
  });

  it('agencies on an empty database says how to load the demo', () => {
    const run = gongkai('agencies');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('还没有任何单位');
  });

  it('demo loads the county and prints each one-time password once', () => {
    const run = gongkai('demo');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已载入示范县数据：7 个单位，6 个账号');
    for (const username of ['tmg-clerk', 'tmg-reviewer', 'tmg-leader', 'tmg-admin', 'gkb-supervisor', 'county-admin']) {
      expect(run.stdout).toMatch(new RegExp(`${username}\\s+\\S{14}\\s`));
    }
  });

  it('agencies --json prints one object per line with the parent code', () => {
    const run = gongkai('agencies', '--json');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { code: '999000010', name: '示范县人民政府', level: 'county_government', parent: null },
      { code: '999000011', name: '示范县人民政府办公室（政务公开办）', level: 'disclosure_office', parent: '999000010' },
      { code: '999000021', name: '土门关乡人民政府', level: 'township', parent: '999000010' },
      { code: '999000022', name: '草坝镇人民政府', level: 'township', parent: '999000010' },
      { code: '999000023', name: '曹镇乡人民政府', level: 'township', parent: '999000010' },
      { code: '999000031', name: '示范县发展和改革局', level: 'county_department', parent: '999000010' },
      { code: '999000032', name: '示范县自然资源局', level: 'county_department', parent: '999000010' },
    ]);
  });

  it('demo on a database with data asks for --yes and changes nothing', () => {
    const run = gongkai('demo');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('gongkai demo --yes');
  });

  it('backup writes a backup directory, and restore refuses while a server holds the data folder', () => {
    const target = join(dataDir, 'backup-cli');
    const backup = gongkai('backup', target);
    expect(backup.code).toBe(0);
    expect(existsSync(join(target, 'manifest.json'))).toBe(true);
    // This test process stands in for a running server.
    writeFileSync(join(dataDir, 'gongkai.pid'), `${process.pid}\n`);
    const refused = gongkai('restore', target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('服务正在运行');
    rmSync(join(dataDir, 'gongkai.pid'));
    const restored = gongkai('restore', target);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('恢复前的数据已移到');
  });

  it('demo --yes backs the data up first, then reloads with new passwords', () => {
    const run = gongkai('demo', '--yes');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已先把现有数据备份到');
    expect(run.stdout).toContain('已载入示范县数据');
  });

  it('a bad configuration is reported in Chinese with a failing exit code', () => {
    const env = { ...process.env, GONGKAI_DATA_DIR: dataDir, PORT: 'abc' };
    const result = spawnSync(process.execPath, [bin, 'agencies'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT 必须是 1–65535 之间的整数端口号');
  });
});

describe('setting up a real installation from the command line', { timeout: 180_000 }, () => {
  const realDir = mkdtempSync(join(tmpdir(), 'gongkai-cli-setup-'));
  afterAll(() => rmSync(realDir, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, GONGKAI_DATA_DIR: realDir };
    delete env.DATABASE_URL;
    const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('creates the county and a township, refusing a malformed postal code with the rule in Chinese', () => {
    expect(run('agencies', 'add', '--code', '510623000', '--name', '某某县人民政府', '--level', 'county_government').code).toBe(0);
    const bad = run('agencies', 'add', '--code', '510623001', '--name', '某某镇人民政府', '--level', 'township', '--parent', '510623000', '--postal-code', '618');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('邮政编码须为 6 位数字');
    expect(run('agencies', 'add', '--code', '510623001', '--name', '某某镇人民政府', '--level', 'township', '--parent', '510623000').code).toBe(0);
    const listed = run('agencies', '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(listed).toEqual([
      { code: '510623000', name: '某某县人民政府', level: 'county_government', parent: null },
      { code: '510623001', name: '某某镇人民政府', level: 'township', parent: '510623000' },
    ]);
  });

  it('creates the first administrator with a one-time password, and resets it when forgotten', () => {
    const added = run('accounts', 'add', '--agency', '510623000', '--username', 'county-admin', '--name', '王管理', '--role', 'admin');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/一次性密码（只显示这一次，首次登录后必须修改）：\S{14}\n/);
    const listed = run('accounts', '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(listed).toEqual([{ username: 'county-admin', name: '王管理', agency: '510623000', roles: [{ agency: '510623000', role: 'admin' }], disabled: false }]);
    const reset = run('accounts', 'reset-password', 'County-Admin');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('已重置 county-admin 的密码并解除锁定');
  });
});

// `gongkai calendar import|list` and `gongkai deadline --installation`, as an operator runs them: a real
// process with its own data folder (SQLite).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/gongkai.js');
const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function gongkai(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, GONGKAI_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeJson(name: string, value: unknown): string {
  const path = join(dataDir, name);
  writeFileSync(path, JSON.stringify(value), 'utf8');
  return path;
}

// A made-up 2027 arrangement in the notice's shape (not the real 2027 notice): 元旦 1月1日至3日; 春节 2月5日
// （周五）至13日（周六），1月31日（周日）、2月20日（周六）上班.
const arrangement2027 = {
  year: 2027,
  document: '国办发明电〔2026〕测试号',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03', makeupWorkdays: [] },
    { name: '春节', from: '2027-02-05', to: '2027-02-13', makeupWorkdays: ['2027-01-31', '2027-02-20'] },
  ],
};

describe('gongkai calendar and deadline --installation (SQLite)', { timeout: 300_000 }, () => {
  it('refuses a file with a bad year and imports nothing', () => {
    const bad = writeJson('bad.json', [arrangement2027, { ...arrangement2027, year: 2028, holidays: [{ name: '春节', from: '2028-01-25', to: '2028-01-26', makeupWorkdays: ['2028-01-24'] }] }]);
    const run = gongkai('calendar', 'import', bad);
    expect(run.code).toBe(1);
    // 2028-01-24 is a Monday.
    expect(run.stderr).toContain('第2项（2028年）.holiday0Makeup：调休上班日必须是星期六或星期日，2028年1月24日不是。');
    const list = gongkai('calendar', 'list', '--year', '2027', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual({ years: [{ year: 2027, loaded: false, source: null, document: null }], days: [] });
  });

  it('refuses a file that is not JSON with exit code 2', () => {
    const path = join(dataDir, 'notjson.json');
    writeFileSync(path, '元旦 1月1日', 'utf8');
    const run = gongkai('calendar', 'import', path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不是有效的 JSON');
  });

  it('imports 2027 and lists it as loaded from the installation', () => {
    const run = gongkai('calendar', 'import', writeJson('2027.json', arrangement2027));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已导入2027年节假日安排（国办发明电〔2026〕测试号）：2个节日，放假12天，调休上班2天。');
    const list = JSON.parse(gongkai('calendar', 'list', '--year', '2027', '--json').stdout) as { years: unknown[]; days: Array<{ date: string; kind: string }> };
    expect(list.years).toEqual([{ year: 2027, loaded: true, source: 'override', document: '国办发明电〔2026〕测试号' }]);
    expect(list.days.filter((d) => d.kind === 'makeup_workday').map((d) => d.date)).toEqual(['2027-01-31', '2027-02-20']);
    expect(list.days).toHaveLength(14);
  });

  it('deadline uses the imported arrangement only with --installation', () => {
    // Received Monday 2027-01-25. Official data only (2027 not bundled): weekends and 春节 除夕–初三 (2月5日–8日)
    // off → 01-26..29 (1–4), 02-01..04 (5–8), 02-09..12 (9–12), 02-15..19 (13–17), 02-22, 23, 24 (18–20).
    // “Today” is fixed where the holiday data of the coming 60 days is loaded, so only the count's own warning shows.
    const official = JSON.parse(gongkai('deadline', '--received', '2027-01-25', '--today', '2026-09-01', '--json').stdout) as { dueOn: string; warnings: string[] };
    expect(official.dueOn).toBe('2027-02-24');
    expect(official.warnings).toHaveLength(1);
    // With the installation's 2027: 01-26..29 (1–4), 01-31 调休 (5), 02-01..04 (6–9), 02-15..19 (10–14),
    // 02-20 调休 (15), 02-22..26 (16–20).
    const installation = JSON.parse(gongkai('deadline', '--received', '2027-01-25', '--installation', '--today', '2026-09-01', '--json').stdout) as { dueOn: string; warnings: string[] };
    expect(installation).toMatchObject({ dueOn: '2027-02-26', warnings: [] });
  });
});

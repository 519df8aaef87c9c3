// The `gongkai deadline` command, run as a user runs it: a child process of the same Node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function gongkai(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/gongkai.js', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts Node and compiles TypeScript through tsx: seconds on a busy shared machine, hence the
// generous timeout (the test asserts behaviour, never time).
describe('gongkai deadline', { timeout: 180_000 }, () => {
  it('prints exactly the four dates and the warnings as JSON for a receipt before National Day 2024', () => {
    // “Today” in 2024, when the 2024 arrangement reached 60 days ahead: no holiday-data warning.
    const run = gongkai('deadline', '--received', '2024-09-25', '--today', '2024-09-25', '--json');
    expect(run.code).toBe(0);
    // Spec §5.2 example A, counted by hand on the 2024 arrangement (国办发明电〔2023〕7号).
    expect(JSON.parse(run.stdout)).toEqual({
      receivedOn: '2024-09-25',
      dueOn: '2024-10-28',
      extendedDueOn: '2024-11-25',
      correctionNoticeDueOn: '2024-10-10',
      warnings: [],
    });
  });

  it('warns when the count reaches a year whose holiday arrangement is not loaded', () => {
    const run = gongkai('deadline', '--received', '2026-12-20', '--today', '2026-09-01', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { dueOn: string; warnings: string[] };
    expect(json.warnings).toHaveLength(1);
    expect(json.warnings[0]).toContain('2027年的节假日安排尚未公布或未载入');
    // 2027 estimated from weekends and 元旦 (1月1日, a Friday, fixed by 《全国年节及纪念日放假办法》):
    // 12-21..25 (5), 12-28..31 (9), 1-4..8 (14), 1-11..15 (19), 1-18 Monday (20).
    expect(json.dueOn).toBe('2027-01-18');
  });

  it('the text and the JSON give the same warnings for the same input (issue 11 item 11)', () => {
    // On 2026-12-07 the 2027 arrangement is not loaded: the count reaches 2027, and 2027 starts within 60 days.
    const args = ['deadline', '--received', '2026-12-20', '--today', '2026-12-07'];
    const json = JSON.parse(gongkai(...args, '--json').stdout) as { warnings: string[] };
    expect(json.warnings).toHaveLength(2);
    expect(json.warnings[0]).toContain('2027年的节假日安排尚未公布或未载入');
    expect(json.warnings[1]).toMatch(/^节假日数据：未来60天内（自2027年1月1日起）没有官方节假日安排/u);
    const text = gongkai(...args).stdout;
    const noted = text.split('注意：\n')[1]!.trimEnd().split('\n').map((line) => line.replace(/^\s+！/u, ''));
    expect(noted).toEqual(json.warnings);
  });

  it('explains the count in Chinese, naming the 调休 Sunday and the holiday skipped', () => {
    const run = gongkai('deadline', '--received', '2024-09-25', '--channel', 'online');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('答复期限：2024-10-28');
    expect(run.stdout).toContain('9月29日（周日，国庆节调休上班）计第3日');
    expect(run.stdout).toContain('10月1日（周二）至10月7日（周一）国庆节放假，不计');
  });

  it('rejects a date that does not exist with a Chinese message and exit code 2', () => {
    const run = gongkai('deadline', '--received', '2024-02-30');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('2024年2月只有29天');
  });

  it('rejects a missing date and an unknown channel with exit code 2', () => {
    expect(gongkai('deadline').code).toBe(2);
    const run = gongkai('deadline', '--received', '2024-09-25', '--channel', 'pigeon');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('提交方式只能是');
  });
});

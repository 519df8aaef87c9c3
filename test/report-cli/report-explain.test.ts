// `gongkai report check --explain FILE` and the evidence in `--json`: every cell with its value,
// the text it was read from and the line. Expected values read from seed 004 by hand: its line 41 is
// "一、本年新收政府信息公开申请数量\t\t4\t0\t0\t0\t0\t0\t4" (4 from natural persons, 4 in all).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResultJson } from '../../src/report/model.ts';
import { cliTimeout, runGongkai, seedsDir, type CliRun } from './run-cli.ts';

const seed004 = path.join(seedsDir, '004_2e14c0d31e5d676b.txt');

describe('gongkai report check --explain', () => {
  let run: CliRun;
  beforeAll(() => {
    run = runGongkai(['report', 'check', '--explain', seed004]);
  }, cliTimeout);

  it('prints each table under a Chinese heading with the column names', () => {
    expect(run.stdout).toContain('【表三 收到和处理政府信息公开申请情况】');
    expect(run.stdout).toContain('单元格｜读得的值｜原文｜位置');
  });

  it('prints each cell with its value, its printed text and its line', () => {
    expect(run.stdout).toContain('一、本年新收政府信息公开申请数量 / 自然人｜4｜“4”｜第 41 行');
    expect(run.stdout).toContain('一、本年新收政府信息公开申请数量 / 总计｜4｜“4”｜第 41 行');
  });
});

describe('gongkai report check --json carries the evidence of every cell', () => {
  let result: CheckResultJson;
  beforeAll(() => {
    result = JSON.parse(runGongkai(['report', 'check', '--json', seed004]).stdout.trim()) as CheckResultJson;
  }, cliTimeout);

  it('gives the printed text and line of each cell', () => {
    expect(result.evidence?.['applications.new_received.natural_person']).toMatchObject({ line: 41, text: '4' });
    expect(Object.keys(result.evidence ?? {}).sort()).toEqual(Object.keys(result.cells).sort());
  });
});

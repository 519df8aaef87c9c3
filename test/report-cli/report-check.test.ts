// `gongkai report check` on the five seed reports and on files that are not reports. Expected
// findings come from reading the seeds (annual-report-format.md §8 describes each one).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResultJson } from '../../src/report/model.ts';
import { cliTimeout, richFixtures, runGongkai, seedsDir, type CliRun } from './run-cli.ts';

const seed = (n: string) => path.join(seedsDir, readSeedName(n));
function readSeedName(prefix: string): string {
  return ['000_86e1ed2bd8e108a0.txt', '001_f16022773bcf5753.txt', '002_2ca9e04ed4bb8715.txt', '003_2dc4deb19782afd0.txt', '004_2e14c0d31e5d676b.txt'].find((f) =>
    f.startsWith(prefix),
  )!;
}
const parseLines = (run: CliRun) => run.stdout.trim().split('\n').map((l) => JSON.parse(l) as CheckResultJson);
const errorsOf = (r: CheckResultJson) => r.findings.filter((f) => f.severity === 'error');

describe('gongkai report check --json over the seed directory and two unreadable files', () => {
  let run: CliRun;
  let results: CheckResultJson[];
  let csv: string;
  const work = mkdtempSync(path.join(tmpdir(), 'gongkai-check-'));
  const notice = path.join(work, 'notice.txt');
  const broken = path.join(work, 'broken.pdf');
  const csvPath = path.join(work, 'figures.csv');

  beforeAll(() => {
    writeFileSync(notice, '关于做好2024年春节期间安全生产工作的通知\n各村、各单位：\n为切实做好春节期间安全生产工作，现将有关事项通知如下。\n');
    // The first 4 KB of a real PDF: the header is there, the rest of the file is not.
    writeFileSync(broken, readFileSync(path.join(richFixtures, 'kiro_hongzequ_2024.pdf')).subarray(0, 4096));
    run = runGongkai(['report', 'check', '--json', '--csv', csvPath, seedsDir, notice, broken]);
    results = parseLines(run);
    csv = readFileSync(csvPath, 'utf8');
  }, cliTimeout);

  it('prints exactly one JSON object per file, directory entries in sorted order', () => {
    expect(results.map((r) => path.basename(r.file))).toEqual([
      '000_86e1ed2bd8e108a0.txt', '001_f16022773bcf5753.txt', '002_2ca9e04ed4bb8715.txt', '003_2dc4deb19782afd0.txt', '004_2e14c0d31e5d676b.txt',
      'notice.txt', 'broken.pdf',
    ]);
    for (const r of results) {
      // evidence: what each cell was read from (absent for a file that could not be read)
      expect(Object.keys(r).filter((k) => k !== 'notApplicable' && k !== 'error' && k !== 'evidence')).toEqual(['file', 'format', 'year', 'agency', 'cells', 'findings']);
      for (const f of r.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'cells']);
    }
  }, cliTimeout);

  it('exits 2 when any file is unreadable or not an annual report', () => {
    expect(run.status).toBe(2);
  }, cliTimeout);

  it('reports the year, format and agency of each seed as printed', () => {
    expect(results.slice(0, 5).map((r) => [r.format, r.year])).toEqual([
      ['gov_2021', 2021], ['gov_2021', 2021], ['gov_2019', 2020], ['gov_2019', 2019], ['gov_2021', 2024],
    ]);
    expect(results[4]!.agency).toBe('湛河区曹镇乡人民政府');
  }, cliTimeout);

  it('reports table 三 of seed 001 as incomplete (it stops after （三）2) as an error', () => {
    const r = results[1]!;
    const incomplete = errorsOf(r).filter((f) => f.message.includes('表三'));
    expect(incomplete.length).toBeGreaterThan(0);
    expect(r.cells['applications.outcomes.withheld.prohibited_by_laws.natural_person']).toBe(0);
    expect('applications.carried_to_next_year.total' in r.cells).toBe(false);
  }, cliTimeout);

  it('raises no error on the four complete seeds', () => {
    for (const i of [0, 2, 3, 4]) expect(errorsOf(results[i]!), results[i]!.file).toEqual([]);
  }, cliTimeout);

  it('warns on seed 003 that reconsideration cases exist although its only application was granted', () => {
    const r = results[3]!;
    expect(r.cells['applications.outcomes.granted.total']).toBe(1);
    expect(r.cells['review_litigation.administrative_reconsideration.upheld']).toBe(1);
    const warning = r.findings.find((f) => f.rule === 'T4_VS_T3_PLAUSIBLE');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/予以公开/);
  }, cliTimeout);

  it('keeps the blank cells of seed 003 as null, not 0', () => {
    expect(results[3]!.cells['applications.carried_over_from_last_year.total']).toBeNull();
  }, cliTimeout);

  it('gives a Chinese reason for the non-report text and the truncated PDF, with no cells', () => {
    for (const r of results.slice(5)) {
      expect(r.error).toMatch(/[\u4e00-\u9fff]/);
      expect(r).toMatchObject({ format: null, year: null, agency: null, cells: {}, findings: [] });
    }
    expect(results[6]!.error).toMatch(/PDF/);
  }, cliTimeout);

  it('writes one CSV row of key figures per file', () => {
    const rows = csv.replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(['文件', '格式', '年度', '机关', '新收总计', '上年结转总计', '办理结果总计', '结转下年总计', '复议总计', '诉讼总计', '错误数', '警告数', '无法读取的原因']);
    expect(rows).toHaveLength(8);
    // Seed 004: 4 applications received, none carried over, 4 handled, none carried forward, no cases.
    const s004 = rows[5]!;
    expect(s004.slice(1, 10)).toEqual(['2021年格式', '2024', '湛河区曹镇乡人民政府', '4', '0', '4', '0', '0', '0']);
    expect(s004[10]).toBe('0');
    // Seed 003: 1 reconsideration upheld; 1 post-review suit.
    expect(rows[4]!.slice(8, 10)).toEqual(['1', '1']);
  }, cliTimeout);

  it('ends a batch with a summary of files, errors and warnings on stderr when printing JSON', () => {
    expect(run.stderr).toMatch(/共检查 7 个文件：2 个无法读取，1 个有错误/);
  }, cliTimeout);
});

describe('gongkai report check, readable output and exit status', () => {
  it('shows format, year, agency, the three tables and the findings in Chinese, exit 1 for seed 001', () => {
    const run = runGongkai(['report', 'check', seed('001')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('格式：2021年格式（国办公开办函〔2021〕30号）　年度：2021');
    for (const title of ['表二　主动公开政府信息情况', '表三　收到和处理政府信息公开申请情况', '表四　政府信息公开行政复议、行政诉讼情况']) {
      expect(run.stdout).toContain(title);
    }
    expect(run.stdout).toMatch(/✗ 错误 \[TABLE_INCOMPLETE\] 表三/);
    expect(run.stdout).not.toMatch(/共检查/);
  }, cliTimeout);

  it('exits 0 for a seed with warnings only', () => {
    const run = runGongkai(['report', 'check', seed('003')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/! 警告 \[T4_VS_T3_PLAUSIBLE\]/);
  }, cliTimeout);

  it('refuses an unknown --level with a Chinese message and exit 2', () => {
    const run = runGongkai(['report', 'check', '--level', 'village', seed('004')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--level 只能是/);
  }, cliTimeout);
});

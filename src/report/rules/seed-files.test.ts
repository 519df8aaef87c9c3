// The real sample reports and two corpus reports (test/fixtures/reports, see its README) read by the text reader
// and checked: what annual-report-format.md §8 says about each must come out, and nothing false.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportText } from '../parse/index.ts';
import { checkReport } from './check-report.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'reports');
const seeds = {
  '000': '000_86e1ed2bd8e108a0.txt',
  '001': '001_f16022773bcf5753.txt',
  '002': '002_2ca9e04ed4bb8715.txt',
  '003': '003_2dc4deb19782afd0.txt',
  '004': '004_2e14c0d31e5d676b.txt',
} as const;

const check = (seed: keyof typeof seeds) => checkReport(readReportText(readFileSync(join(fixtures, seeds[seed]), 'utf8')));
const rules = (seed: keyof typeof seeds) => new Set(check(seed).map((f) => f.rule));

describe('the sample report files, read and checked', () => {
  it('no sample report gets a HARD error', () => {
    for (const seed of Object.keys(seeds) as (keyof typeof seeds)[]) {
      expect([seed, check(seed).filter((f) => f.severity === 'error')]).toEqual([seed, []]);
    }
  });

  it('no sample report gets a narrative warning: their prose agrees with their tables', () => {
    for (const seed of Object.keys(seeds) as (keyof typeof seeds)[]) {
      expect([seed, rules(seed).has('R_NARRATIVE_COUNTS'), rules(seed).has('T4_NARRATIVE')]).toEqual([seed, false, false]);
    }
  });

  it('seed 000: heading 五 without numeral, section 六 without the 信息处理费, blank （六）3, no 总计 column printed', () => {
    expect([...rules('000')].sort()).toEqual(['BLANK_CELL', 'CHECK_SKIPPED', 'R_SECTION6_FEES', 'R_SIX_SECTIONS', 'R_ZERO_REPORT_COMPLETE']);
  });

  it('seed 001: table 三 truncated (checks skipped, report incomplete) and heading 四 missing', () => {
    expect([...rules('001')].sort()).toEqual(['CHECK_SKIPPED', 'R_SIX_SECTIONS', 'R_ZERO_REPORT_COMPLETE']);
  });

  it('seed 002 passes every rule', () => {
    expect(check('002')).toEqual([]);
  });

  it('seed 003: T4_VS_T3_PLAUSIBLE, R_REPORT_DATE, blank cells and the "6、" heading', () => {
    expect([...rules('003')].sort()).toEqual(['BLANK_CELL', 'R_REPORT_DATE', 'R_SIX_SECTIONS', 'T4_VS_T3_PLAUSIBLE']);
  });

  it('seed 004: only the cited format document 国办公开办函〔2020〕60号 is wrong', () => {
    expect([...rules('004')]).toEqual(['R_CITED_DOCUMENT']);
  });

  it('the published 洪泽区 2023 report really prints 行政复议 总计 0 beside 10 维持 + 1 纠正: HARD errors, and its gov_2019 table 三 is a MIXED_FORMAT', () => {
    const findings = checkReport(readReportText(readFileSync(join(fixtures, 'kiro_hongzequ_2023.layout.txt'), 'utf8')));
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['T4_REVIEW_TOTAL', 'T4_AFTER_REVIEW_TOTAL']);
    expect(findings.find((f) => f.rule === 'T4_REVIEW_TOTAL')!.message).toBe('表四"行政复议"：总计 0 ≠ 结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0（合计 11）。');
    expect(findings.map((f) => f.rule)).toContain('MIXED_FORMAT');
  });

  it('沭阳县 2025 "共受理政府信息公开申请 749 件" agrees with 713 new + 36 carried over', () => {
    const findings = checkReport(readReportText(readFileSync(join(fixtures, 'kiro_shuyangxian_2025.md'), 'utf8')));
    expect(findings.map((f) => f.rule)).not.toContain('R_NARRATIVE_COUNTS');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

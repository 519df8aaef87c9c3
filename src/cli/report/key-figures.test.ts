import { describe, expect, it } from 'vitest';
import type { CheckResultJson } from '../../report/model.ts';
import { keyFiguresCsv } from './key-figures.ts';

const result: CheckResultJson = {
  file: 'reports/曹镇乡,2024.txt',
  format: 'gov_2021',
  year: 2024,
  agency: '湛河区曹镇乡人民政府',
  cells: {
    'applications.new_received.total': 4,
    'applications.carried_over_from_last_year.total': 0,
    'applications.outcomes.total.total': 4,
    'applications.carried_to_next_year.total': null,
    'review_litigation.administrative_reconsideration.total': 1,
    'review_litigation.litigation_direct.total': 2,
    'review_litigation.litigation_after_reconsideration.total': 1,
  },
  findings: [
    { rule: 'A', severity: 'error', message: '', cells: [] },
    { rule: 'B', severity: 'warning', message: '', cells: [] },
    { rule: 'C', severity: 'warning', message: '', cells: [] },
  ],
};

describe('the --csv key figures', () => {
  it('writes one row per file; 诉讼总计 adds direct suits and suits after reconsideration; a blank total stays empty', () => {
    const lines = keyFiguresCsv([result]).replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('文件,格式,年度,机关,新收总计,上年结转总计,办理结果总计,结转下年总计,复议总计,诉讼总计,错误数,警告数,无法读取的原因');
    expect(lines[1]).toBe('"reports/曹镇乡,2024.txt",2021年格式,2024,湛河区曹镇乡人民政府,4,0,4,,1,3,1,2,');
  });

  it('starts with a byte-order mark so Excel reads the Chinese text', () => {
    expect(keyFiguresCsv([]).startsWith('\ufeff文件,')).toBe(true);
  });

  it('leaves the figures empty and gives the reason for an unreadable file, defusing formula-like text', () => {
    const line = keyFiguresCsv([{ file: '=cmd.txt', format: null, year: null, agency: null, cells: {}, findings: [], error: '不是年报' }]).split('\r\n')[1];
    expect(line).toBe("'=cmd.txt,,,,,,,,,,,,不是年报");
  });
});

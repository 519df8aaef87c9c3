import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../report/model.ts';
import { displayWidth, findingLines, reportSummary } from './summary.ts';

describe('the readable summary of a checked report', () => {
  it('counts a Chinese character as two terminal columns', () => {
    expect(displayWidth('总计')).toBe(4);
    expect(displayWidth('（一）予以公开 26')).toBe(17);
  });

  it('says so when there is nothing to report, and counts errors and warnings otherwise', () => {
    expect(findingLines([])).toEqual(['检查结果：未发现问题。']);
    expect(findingLines([
      { rule: 'T3_BALANCE', severity: 'error', message: '“自然人”列不平衡', cells: [] },
      { rule: 'BLANK_CELL', severity: 'warning', message: '有空白单元格', cells: [] },
    ])).toEqual(['检查结果：1 个错误，1 个警告', '  ✗ 错误 [T3_BALANCE] “自然人”列不平衡', '  ! 警告 [BLANK_CELL] 有空白单元格']);
  });

  it('marks blank, missing and not-applicable cells apart in the tables', () => {
    const report: AnnualReport = {
      format: 'gov_2021',
      year: 2023,
      agency: '某镇人民政府',
      sections: [],
      cells: {
        'applications.new_received.natural_person': { kind: 'number', value: 26 },
        'applications.new_received.commercial_enterprise': { kind: 'blank', value: null },
        'applications.new_received.research_institution': { kind: 'not_applicable', value: null },
      },
    };
    const text = reportSummary('a.html', report, []);
    expect(text).toContain('年度：2023　机关：某镇人民政府');
    const row = text.split('\n').find((l) => l.includes('一、本年新收政府信息公开申请数量'))!;
    expect(row.trim().split(/\s+/)).toEqual(['一、本年新收政府信息公开申请数量', '26', '空', '/', '缺', '缺', '缺', '缺']);
  });
});

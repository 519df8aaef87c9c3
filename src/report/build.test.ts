import { describe, expect, it } from 'vitest';
import { buildReport, canonicalSections, emptyReport, withCell } from './build.ts';

describe('building reports', () => {
  it('a built report prints every cell of the format as an explicit 0 (gov_2021: 10 + 175 + 15 cells)', () => {
    const r = buildReport({ format: 'gov_2021', year: 2023, agency: '某镇人民政府' });
    expect(Object.keys(r.cells)).toHaveLength(200);
    expect(Object.values(r.cells).every((c) => c.kind === 'number' && c.value === 0)).toBe(true);
  });

  it('gov_2019 has 22 table 二 cells (6 + 6 + 6 + 2 + 2), 23 × 7 table 三 cells and 15 table 四 cells', () => {
    expect(Object.keys(buildReport({ format: 'gov_2019', year: 2020, agency: '某镇人民政府' }).cells)).toHaveLength(22 + 161 + 15);
  });

  it('cites its format document and titles itself after the agency and year', () => {
    const r = buildReport({ format: 'gov_2021', year: 2023, agency: '某镇人民政府' });
    expect(r.citedDocuments).toEqual(['国办公开办函〔2021〕30号']);
    expect(r.title).toBe('某镇人民政府2023年政府信息公开工作年度报告');
  });

  it('refuses a cell key the format does not define, in Chinese', () => {
    expect(() => buildReport({ format: 'gov_2021', year: 2023, agency: '某镇', values: { 'applications.outcomes.other_handling.total': 1 } })).toThrow('格式 gov_2021 没有单元格 applications.outcomes.other_handling.total');
  });

  it('the six canonical sections come in statutory order with the headings of the format', () => {
    expect(canonicalSections('gov_2019').map((s) => [s.order, s.heading])).toEqual([
      [0, '一、总体情况'],
      [1, '二、主动公开政府信息情况'],
      [2, '三、收到和处理政府信息公开申请情况'],
      [3, '四、政府信息公开行政复议、行政诉讼情况'],
      [4, '五、存在的主要问题及改进情况'],
      [5, '六、其他需要报告的事项'],
    ]);
  });

  it('an empty report has sections but no cells; withCell changes a copy', () => {
    const e = emptyReport('gov_2021', 2023, '某镇');
    expect(e.cells).toEqual({});
    const changed = withCell(e, 'applications.new_received.total', 3);
    expect(changed.cells['applications.new_received.total']).toEqual({ kind: 'number', value: 3 });
    expect(e.cells).toEqual({});
  });
});

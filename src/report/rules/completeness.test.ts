import { describe, expect, it } from 'vitest';
import { blankCell, buildReport, withCell } from '../build.ts';
import { checkBlankCells } from './blank-cells.ts';
import { checkComplete } from './completeness.ts';

const zero = () => buildReport({ format: 'gov_2021', year: 2021, agency: '土门关乡人民政府' });
const blankOther = 'applications.outcomes.other_handling.other.natural_person';

describe('R_ZERO_REPORT_COMPLETE', () => {
  it('a zero report with every cell printed as 0 passes', () => {
    expect(checkComplete(zero())).toEqual([]);
  });
  it('a zero report with a blank cell is warned (seed 000 leaves （六）3 blank)', () => {
    const found = checkComplete(withCell(zero(), blankOther, blankCell()));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_ZERO_REPORT_COMPLETE', 'warning']]);
    expect(found[0]!.message).toContain('零报告也必须完整列出');
    expect(found[0]!.cells).toEqual([blankOther]);
  });
  it('a report without table 四 is warned', () => {
    const report = zero();
    for (const k of Object.keys(report.cells)) if (k.startsWith('review_litigation.')) delete report.cells[k];
    expect(checkComplete(report)[0]!.message).toContain('缺少表四');
  });
});

describe('BLANK_CELL', () => {
  it('no blank cell, no finding', () => {
    expect(checkBlankCells(zero())).toEqual([]);
  });
  it('blank cells are listed per table with their full keys and a printed example', () => {
    const report = withCell(withCell(zero(), blankOther, blankCell()), 'applications.outcomes.other_handling.other.total', blankCell());
    const found = checkBlankCells(report);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['BLANK_CELL', 'warning']]);
    expect(found[0]!.cells).toEqual([blankOther, 'applications.outcomes.other_handling.other.total']);
    expect(found[0]!.message).toContain('表三有 2 个单元格为空白（如表三"3.其他"行"自然人"列');
  });
  it('"/" (not applicable) is not a blank', () => {
    expect(checkBlankCells(withCell(zero(), blankOther, { kind: 'not_applicable', value: null }))).toEqual([]);
  });
});

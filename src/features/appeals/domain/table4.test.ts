import { describe, expect, it } from 'vitest';
import { cellKeys } from '../../../report/index.ts';
import { localDate as d } from '../../../law/local-date.ts';
import type { AppealFacts } from './appeal.ts';
import { table4Cells } from './table4.ts';

const appeal = (kind: AppealFacts['kind'], filedOn: string, concludedOn: string | null = null, result: AppealFacts['result'] = null): AppealFacts => ({
  kind,
  filedOn: d(filedOn),
  concludedOn: concludedOn === null ? null : d(concludedOn),
  result,
});

describe('table 四 counted from the records', () => {
  it('has exactly the 15 cells of the statutory format', () => {
    expect(Object.keys(table4Cells([], 2025)).sort()).toEqual(cellKeys('gov_2021', 'review_litigation').sort());
  });

  it('counts a case filed and decided in the year under its result', () => {
    const cells = table4Cells([appeal('administrative_reconsideration', '2025-03-02', '2025-05-10', 'upheld')], 2025);
    expect(cells['review_litigation.administrative_reconsideration.upheld']).toBe(1);
    expect(cells['review_litigation.administrative_reconsideration.total']).toBe(1);
  });

  it('counts a case still open on 31 December as 尚未审结, and again with its result in the year it is decided', () => {
    const late = appeal('litigation_direct', '2024-11-20', '2025-02-14', 'corrected');
    expect(table4Cells([late], 2024)['review_litigation.litigation_direct.pending']).toBe(1);
    const next = table4Cells([late], 2025);
    expect(next['review_litigation.litigation_direct.corrected']).toBe(1);
    expect(next['review_litigation.litigation_direct.pending']).toBe(0);
    expect(next['review_litigation.litigation_direct.total']).toBe(1);
  });

  it('treats a case decided after the year as 尚未审结 in the year it was filed', () => {
    const cells = table4Cells([appeal('litigation_after_reconsideration', '2025-12-30', '2026-01-05', 'other_result')], 2025);
    expect(cells['review_litigation.litigation_after_reconsideration.pending']).toBe(1);
    expect(cells['review_litigation.litigation_after_reconsideration.other_result']).toBe(0);
  });

  it('leaves out a case that was neither filed nor concluded in the year', () => {
    const old = appeal('administrative_reconsideration', '2023-06-01', '2025-01-10', 'upheld');
    expect(table4Cells([old], 2024)['review_litigation.administrative_reconsideration.total']).toBe(0);
    expect(table4Cells([old], 2025)['review_litigation.administrative_reconsideration.upheld']).toBe(1);
    expect(table4Cells([old], 2022)['review_litigation.administrative_reconsideration.total']).toBe(0);
  });

  it('adds up a mixed year: seed 003 had one 复议 upheld and one 复议后起诉 upheld', () => {
    const cells = table4Cells(
      [
        appeal('administrative_reconsideration', '2019-04-01', '2019-06-01', 'upheld'),
        appeal('litigation_after_reconsideration', '2019-06-20', '2019-10-15', 'upheld'),
        appeal('administrative_reconsideration', '2019-11-01'),
      ],
      2019,
    );
    expect(cells['review_litigation.administrative_reconsideration.upheld']).toBe(1);
    expect(cells['review_litigation.administrative_reconsideration.pending']).toBe(1);
    expect(cells['review_litigation.administrative_reconsideration.total']).toBe(2);
    expect(cells['review_litigation.litigation_after_reconsideration.upheld']).toBe(1);
    expect(cells['review_litigation.litigation_direct.total']).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { computedTotals, totalOf, totalsOf } from './totals.ts';

const n = (value: number) => ({ kind: 'number', value }) as const;
const blank = { kind: 'blank', value: null } as const;

// annual-report-format.md §4: each 表四 block's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
describe('the computed totals of table 四', () => {
  it('are the three block totals, each over its four result columns', () => {
    expect(computedTotals('gov_2021')).toEqual([
      { key: 'review_litigation.administrative_reconsideration.total', parts: ['upheld', 'corrected', 'other_result', 'pending'].map((c) => `review_litigation.administrative_reconsideration.${c}`) },
      { key: 'review_litigation.litigation_direct.total', parts: ['upheld', 'corrected', 'other_result', 'pending'].map((c) => `review_litigation.litigation_direct.${c}`) },
      { key: 'review_litigation.litigation_after_reconsideration.total', parts: ['upheld', 'corrected', 'other_result', 'pending'].map((c) => `review_litigation.litigation_after_reconsideration.${c}`) },
    ]);
  });

  it('add what was entered, count a blank or “/” as 0, and stay blank until something is entered', () => {
    // 维持 10 + 纠正 1 + 其他 0 + 尚未审结 0 = 11 (洪泽区 2023 printed 0 here).
    expect(totalOf([n(10), n(1), n(0), n(0)])).toEqual(n(11));
    expect(totalOf([n(2), blank, { kind: 'not_applicable', value: null }, n(1)])).toEqual(n(3));
    expect(totalOf([blank, blank, undefined, blank])).toEqual(blank);
    expect(totalOf(Array(4).fill({ kind: 'not_applicable', value: null }))).toEqual({ kind: 'not_applicable', value: null });
  });

  it('ignore whatever a total held before', () => {
    const cells = { 'review_litigation.litigation_direct.total': n(99), 'review_litigation.litigation_direct.upheld': n(1), 'review_litigation.litigation_direct.pending': n(2) };
    expect(totalsOf('gov_2021', cells)['review_litigation.litigation_direct.total']).toEqual(n(3));
  });
});

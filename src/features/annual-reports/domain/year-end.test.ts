import { describe, expect, it } from 'vitest';
import { localDate } from '../../../law/local-date.ts';
import { firstDayAfterYear, isBeforeYearEnd, isYearOver, yearNotOverReason } from './year-end.ts';

// 条例第四十九条：报告上一年度的工作 — the 2026 report covers 2026-01-01 … 2026-12-31, so it leaves the draft
// from 2027-01-01 (a Beijing date) on.
describe('a report leaves the draft only after its year', () => {
  it('refuses submission, approval and publication of the 2026 report on 2026-12-07 and says from when', () => {
    const today = localDate('2026-12-07');
    expect(yearNotOverReason(2026, 'submit', today)).toBe('2026年度的统计期到2026年12月31日才结束，年度报告2027年1月1日起才能提交审定。');
    expect(yearNotOverReason(2026, 'approve', today)).toBe('2026年度的统计期到2026年12月31日才结束，年度报告2027年1月1日起才能审定通过。');
    expect(yearNotOverReason(2026, 'publish', today)).toBe('2026年度的统计期到2026年12月31日才结束，年度报告2027年1月1日起才能公布。');
    expect(yearNotOverReason(2026, 'submit', localDate('2026-12-31'))).not.toBeNull();
  });

  it('allows them from 1 January of the next year, and a return at any time', () => {
    expect(yearNotOverReason(2026, 'submit', localDate('2027-01-01'))).toBeNull();
    expect(yearNotOverReason(2026, 'publish', localDate('2027-01-01'))).toBeNull();
    expect(yearNotOverReason(2026, 'return', localDate('2026-12-07'))).toBeNull();
    expect(isYearOver(2025, localDate('2026-12-07'))).toBe(true);
    expect(firstDayAfterYear(2026)).toBe('2027-01-01');
  });

  it('knows a date inside the report’s own year', () => {
    expect(isBeforeYearEnd(2026, '2026-12-07')).toBe(true);
    expect(isBeforeYearEnd(2026, '2026-12-31')).toBe(true);
    expect(isBeforeYearEnd(2026, '2027-01-01')).toBe(false);
    expect(isBeforeYearEnd(2026, null)).toBe(false);
  });
});

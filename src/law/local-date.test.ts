import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  chineseDate,
  compareLocalDates,
  daysBetween,
  localDate,
  localDateOfInstant,
  parseLocalDate,
  weekday,
  weekdayLabel,
} from './local-date.ts';

describe('LocalDate', () => {
  it('accepts a real calendar date written YYYY-MM-DD', () => {
    expect(parseLocalDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('rejects 30 February with a Chinese reason naming the month length', () => {
    expect(parseLocalDate('2024-02-30')).toEqual({ ok: false, message: '日期“2024-02-30”不存在：2024年2月只有29天。' });
    expect(parseLocalDate('2023-02-29')).toEqual({ ok: false, message: '日期“2023-02-29”不存在：2023年2月只有28天。' });
  });

  it('rejects other shapes and impossible months in Chinese', () => {
    const bad = parseLocalDate('2024/9/25');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('格式不对');
    const month = parseLocalDate('2024-13-01');
    expect(month.ok).toBe(false);
    if (!month.ok) expect(month.message).toContain('月份应在 1 至 12 之间');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(localDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(localDate('2024-02-29'), 1)).toBe('2024-03-01');
    expect(addDays(localDate('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(localDate('2025-01-01'), -1)).toBe('2024-12-31');
  });

  it('knows the weekday: 25 September 2024 was a Wednesday, 29 September 2024 a Sunday', () => {
    expect(weekday(localDate('2024-09-25'))).toBe(3);
    expect(weekday(localDate('2024-09-29'))).toBe(0);
    expect(weekdayLabel(localDate('2024-10-12'))).toBe('周六');
  });

  it('compares and measures dates in calendar order', () => {
    expect(compareLocalDates(localDate('2024-09-30'), localDate('2024-10-01'))).toBeLessThan(0);
    expect(daysBetween(localDate('2024-09-25'), localDate('2024-10-28'))).toBe(33);
  });

  it('reads the Shanghai calendar date of an instant: 16:30 UTC is already the next day in Beijing', () => {
    expect(localDateOfInstant(new Date('2024-09-25T16:30:00Z'))).toBe('2024-09-26');
    expect(localDateOfInstant(new Date('2024-09-25T15:59:59Z'))).toBe('2024-09-25');
  });

  it('writes dates the Chinese way', () => {
    expect(chineseDate(localDate('2024-09-05'))).toBe('9月5日');
    expect(chineseDate(localDate('2024-09-05'), true)).toBe('2024年9月5日');
  });

  it('agrees with the proleptic Gregorian calendar of JavaScript’s Date.UTC on any day from 1900 to 2999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }), (day) => {
        const oracle = new Date(day * 86_400_000);
        const text = oracle.toISOString().slice(0, 10);
        expect(addDays(localDate('1970-01-01'), day)).toBe(text);
        expect(weekday(localDate(text))).toBe(oracle.getUTCDay());
        expect(daysBetween(localDate('1970-01-01'), localDate(text))).toBe(day);
      }),
      { numRuns: 2_000 },
    );
  });

  it('adding n days then subtracting n days returns the same date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -5_000, max: 5_000 }), (offset, n) => {
        const start = addDays(localDate('1950-01-01'), offset);
        expect(addDays(addDays(start, n), -n)).toBe(start);
        expect(daysBetween(start, addDays(start, n))).toBe(n);
      }),
    );
  });
});

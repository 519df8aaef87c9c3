import { describe, expect, it } from 'vitest';
import { calendarOverrideSchema, createWorkingDayCalendar, type CalendarOverride } from './calendar.ts';
import { localDate as d } from './local-date.ts';
import { chineseDaysArrangement, createOfficialCalendar } from './official-arrangements.ts';

const calendar = createOfficialCalendar();
const override = (date: string, kind: CalendarOverride['kind'], note = ''): CalendarOverride => ({
  date: d(date),
  kind,
  note,
});

describe('working-day calendar', () => {
  it('treats the 2024 National Day days off as holidays, weekend days inside them included', () => {
    expect(calendar.dayInfo(d('2024-10-01'))).toMatchObject({ working: false, kind: 'holiday', name: '国庆节' });
    expect(calendar.isWorkingDay(d('2024-10-05'))).toBe(false);
    expect(calendar.isWorkingDay(d('2024-10-07'))).toBe(false);
  });

  it('counts Sunday 29 September and Saturday 12 October 2024 as 调休 working days', () => {
    expect(calendar.dayInfo(d('2024-09-29'))).toMatchObject({ working: true, kind: 'makeup_workday', name: '国庆节' });
    expect(calendar.isWorkingDay(d('2024-10-12'))).toBe(true);
  });

  it('keeps ordinary weekends as rest days and ordinary weekdays as working days', () => {
    expect(calendar.dayInfo(d('2024-10-19'))).toMatchObject({ working: false, kind: 'weekend', source: 'weekend_rule' });
    expect(calendar.dayInfo(d('2024-10-21'))).toMatchObject({ working: true, kind: 'workday' });
  });

  it('does not treat 除夕 2024 (9 February) as a holiday: the notice only encouraged leave', () => {
    expect(calendar.isWorkingDay(d('2024-02-09'))).toBe(true);
  });

  it('counts 20 working days from the day after receipt, skipping the National Day holiday', () => {
    expect(calendar.addWorkingDays(d('2024-09-25'), 20)).toEqual({ date: '2024-10-28', warnings: [] });
    expect(calendar.countWorkingDays(d('2024-09-25'), d('2024-10-28'))).toBe(20);
  });

  it('returns the start date for zero working days and the next working day after a holiday', () => {
    expect(calendar.addWorkingDays(d('2024-10-03'), 0).date).toBe('2024-10-03');
    expect(calendar.nextWorkingDay(d('2024-09-30')).date).toBe('2024-10-08');
    expect(() => calendar.addWorkingDays(d('2024-10-03'), -1)).toThrow(RangeError);
  });

  it('lets an organ override win over the official arrangement and the weekend rule', () => {
    const local = createWorkingDayCalendar(chineseDaysArrangement, [
      override('2024-09-29', 'rest_day', '本地调整'),
      override('2024-10-19', 'makeup_workday', '本地补班'),
      override('2024-10-21', 'holiday', '地方纪念日'),
    ]);
    expect(local.dayInfo(d('2024-09-29'))).toMatchObject({ working: false, kind: 'rest_day', source: 'override' });
    expect(local.dayInfo(d('2024-10-19'))).toMatchObject({ working: true, kind: 'makeup_workday', name: '本地补班' });
    expect(local.isWorkingDay(d('2024-10-21'))).toBe(false);
  });

  it('validates override rows with Chinese messages', () => {
    const badDate = calendarOverrideSchema.safeParse({ date: '2024-02-30', kind: 'holiday' });
    expect(badDate.success).toBe(false);
    expect(badDate.error?.issues[0]?.message).toContain('不存在');
    const badKind = calendarOverrideSchema.safeParse({ date: '2024-02-28', kind: 'festival' });
    expect(badKind.error?.issues[0]?.message).toContain('日期类型只能是');
    expect(calendarOverrideSchema.parse({ date: '2027-02-05', kind: 'holiday' })).toEqual({
      date: '2027-02-05',
      kind: 'holiday',
      note: '',
    });
  });

  it('reports which years have an official arrangement loaded (2004–2026 from chinese-days)', () => {
    expect(calendar.coverage(d('2004-06-01'))).toEqual({ year: 2004, loaded: true, source: 'official' });
    expect(calendar.coverage(d('2026-12-31'))).toEqual({ year: 2026, loaded: true, source: 'official' });
    expect(calendar.coverage(d('2027-01-01'))).toEqual({ year: 2027, loaded: false, source: null });
  });

  it('counts a year as loaded once the organ enters its dates as overrides', () => {
    const entered = createOfficialCalendar([override('2027-02-05', 'holiday', '春节')]);
    expect(entered.coverage(d('2027-06-01'))).toEqual({ year: 2027, loaded: true, source: 'override' });
    expect(entered.rangeWarnings(d('2026-12-01'), d('2027-02-01'))).toEqual([]);
  });

  it('with the entered years given, a single corrected day does not make a year loaded; an entered arrangement does', () => {
    const oneDay = createOfficialCalendar([override('2027-03-08', 'rest_day', '')], new Set());
    expect(oneDay.coverage(d('2027-03-08'))).toEqual({ year: 2027, loaded: false, source: null });
    expect(oneDay.isWorkingDay(d('2027-03-08'))).toBe(false);
    const entered = createOfficialCalendar([override('2027-02-05', 'holiday', '春节')], new Set([2027]));
    expect(entered.coverage(d('2027-06-01'))).toEqual({ year: 2027, loaded: true, source: 'override' });
  });

  it('warns, in Chinese, for every computation that reaches a year with no arrangement loaded', () => {
    const result = calendar.addWorkingDays(d('2026-12-20'), 20);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: 'arrangement_not_loaded', year: 2027 });
    expect(result.warnings[0]?.message).toMatch(/^2027年的节假日安排尚未公布或未载入/);
    expect(calendar.rangeWarnings(d('2026-01-01'), d('2026-12-31'))).toEqual([]);
  });

  it('estimates an unloaded year from the statutory holidays: 1 January 2027 (a Friday) is off, flagged as an estimate', () => {
    expect(calendar.dayInfo(d('2027-01-01'))).toMatchObject({ working: false, source: 'statutory_estimate', name: '元旦' });
    // Without the estimate only the weekend rule is left.
    const bare = createWorkingDayCalendar(chineseDaysArrangement);
    expect(bare.isWorkingDay(d('2027-01-01'))).toBe(true);
  });

  it('warns when the coming 60 days reach a year without official data, and not before', () => {
    const gap = calendar.upcomingGap(d('2026-11-26'), 60);
    expect(gap).toMatchObject({ code: 'upcoming_gap', year: 2027 });
    expect(gap?.message).toContain('未来60天内（自2027年1月1日起）');
    expect(calendar.upcomingGap(d('2026-10-01'), 60)).toBeNull();
    expect(calendar.upcomingGap(d('2027-03-01'), 60)?.message).toContain('自2027年3月1日起');
  });
});

// The working-day calendar of 条例第三十三条 (“20个工作日”): Monday–Friday, minus the public holidays of the
// State Council's yearly arrangement, plus the weekend days it designates as 调休上班; an organ's own
// overrides (an admin-editable table) win over both. A year whose arrangement is not loaded is counted
// by the weekend rule alone, and every computation that touches such a year says so in a warning.
import { z } from 'zod';
import {
  addDays,
  chineseDate,
  compareLocalDates,
  isWeekend,
  localDateSchema,
  yearOf,
  type LocalDate,
} from './local-date.ts';
import type { OfficialArrangement } from './official-arrangements.ts';

/** Kinds an administrator may record for a date. */
export const overrideKinds = ['holiday', 'makeup_workday', 'workday', 'rest_day'] as const;
export type OverrideKind = (typeof overrideKinds)[number];

export const overrideKindLabels: Record<OverrideKind, string> = {
  holiday: '法定节假日（放假）',
  makeup_workday: '调休上班日',
  workday: '工作日',
  rest_day: '休息日',
};

export const calendarOverrideSchema = z.object({
  date: localDateSchema,
  kind: z.enum(overrideKinds, { error: '日期类型只能是：法定节假日、调休上班日、工作日、休息日。' }),
  note: z.string().trim().max(200, '备注不能超过200字。').default(''),
});
export type CalendarOverride = z.infer<typeof calendarOverrideSchema>;

/** Where the status of a date came from. */
export type DaySource = 'override' | 'official' | 'statutory_estimate' | 'weekend_rule';

export interface DayInfo {
  readonly date: LocalDate;
  readonly working: boolean;
  /** What kind of day it is: an ordinary workday/weekend, or one made special by an arrangement. */
  readonly kind: 'workday' | 'weekend' | 'holiday' | 'makeup_workday' | 'rest_day';
  /** Festival name (国庆节) or the override's note; empty for ordinary days. */
  readonly name: string;
  readonly source: DaySource;
}

export interface CalendarWarning {
  readonly code: 'arrangement_not_loaded' | 'upcoming_gap';
  readonly year: number;
  readonly message: string;
}

export interface YearCoverage {
  readonly year: number;
  readonly loaded: boolean;
  readonly source: 'official' | 'override' | null;
}

export interface DateWithWarnings {
  readonly date: LocalDate;
  readonly warnings: readonly CalendarWarning[];
}

export interface WorkingDayCalendar {
  dayInfo(date: LocalDate): DayInfo;
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): DateWithWarnings;
  /** The date of the n-th working day after `date` (day of `date` itself is day 0; n = 0 gives `date`). */
  addWorkingDays(date: LocalDate, n: number): DateWithWarnings;
  /** Working days in (from, to]: after `from`, up to and including `to`. */
  countWorkingDays(from: LocalDate, to: LocalDate): number;
  coverage(date: LocalDate): YearCoverage;
  /** One warning per year between `from` and `to` (inclusive) whose arrangement is not loaded. */
  rangeWarnings(from: LocalDate, to: LocalDate): CalendarWarning[];
  /** A warning when the `days` calendar days from `today` reach a year with no loaded arrangement. */
  upcomingGap(today: LocalDate, days: number): CalendarWarning | null;
}

/** The year-not-loaded warning every computation repeats (kept in one place so the wording is uniform). */
export function arrangementNotLoadedMessage(year: number): string {
  return (
    `${year}年的节假日安排尚未公布或未载入，${year}年内的日期按周末休息和《全国年节及纪念日放假办法》规定的节日当天放假推算，` +
    '未计调休，公布后请核对。'
  );
}

export interface CalendarEstimate {
  /** Holidays that hold in any year (《全国年节及纪念日放假办法》), used where no arrangement is loaded. */
  readonly statutoryHolidays?: (year: number) => ReadonlyMap<LocalDate, string>;
  /**
   * Years whose whole arrangement an administrator entered from the 国务院办公厅 notice. When given, only
   * these years count as loaded from overrides: a single corrected day does not make a year's
   * arrangement known. When absent, any override in a year marks it loaded.
   */
  readonly enteredYears?: ReadonlySet<number>;
}

// Safety net: a clock never needs more than a few hundred calendar days; a loop past this is a bug.
const MAX_SCAN_DAYS = 3_660;

export function createWorkingDayCalendar(
  official: OfficialArrangement,
  overrides: readonly CalendarOverride[] = [],
  estimate: CalendarEstimate = {},
): WorkingDayCalendar {
  const overrideByDate = new Map<LocalDate, CalendarOverride>();
  const overrideYears = new Set<number>();
  for (const override of overrides) {
    overrideByDate.set(override.date, override);
    overrideYears.add(yearOf(override.date));
  }

  const coverageOfYear = (year: number): YearCoverage => {
    if (official.years.has(year)) return { year, loaded: true, source: 'official' };
    // An administrator who enters a year's dates (say, the 2027 notice before the package is updated)
    // has loaded that year's arrangement.
    const entered = estimate.enteredYears ?? overrideYears;
    if (entered.has(year)) return { year, loaded: true, source: 'override' };
    return { year, loaded: false, source: null };
  };

  // The calendar is immutable, so each date is classified once: a work list of thousands of cases walks
  // the same few hundred dates over and over.
  const cache = new Map<LocalDate, DayInfo>();
  const dayInfo = (date: LocalDate): DayInfo => {
    let info = cache.get(date);
    if (info === undefined) {
      info = classify(date);
      cache.set(date, info);
    }
    return info;
  };

  const classify = (date: LocalDate): DayInfo => {
    const override = overrideByDate.get(date);
    if (override) {
      const working = override.kind === 'workday' || override.kind === 'makeup_workday';
      const kind =
        override.kind === 'workday' ? (isWeekend(date) ? 'makeup_workday' : 'workday') : override.kind;
      return { date, working, kind, name: override.note, source: 'override' };
    }
    const holiday = official.holidays.get(date);
    if (holiday !== undefined) return { date, working: false, kind: 'holiday', name: holiday, source: 'official' };
    const makeup = official.makeupWorkdays.get(date);
    if (makeup !== undefined) return { date, working: true, kind: 'makeup_workday', name: makeup, source: 'official' };
    if (estimate.statutoryHolidays && !coverageOfYear(yearOf(date)).loaded) {
      const name = estimate.statutoryHolidays(yearOf(date)).get(date);
      if (name !== undefined) return { date, working: false, kind: 'holiday', name, source: 'statutory_estimate' };
    }
    const weekend = isWeekend(date);
    return { date, working: !weekend, kind: weekend ? 'weekend' : 'workday', name: '', source: 'weekend_rule' };
  };

  const isWorkingDay = (date: LocalDate) => dayInfo(date).working;

  const rangeWarnings = (from: LocalDate, to: LocalDate): CalendarWarning[] => {
    const [start, end] = compareLocalDates(from, to) <= 0 ? [from, to] : [to, from];
    const warnings: CalendarWarning[] = [];
    for (let year = yearOf(start); year <= yearOf(end); year += 1) {
      if (!coverageOfYear(year).loaded) {
        warnings.push({ code: 'arrangement_not_loaded', year, message: arrangementNotLoadedMessage(year) });
      }
    }
    return warnings;
  };

  const addWorkingDays = (date: LocalDate, n: number): DateWithWarnings => {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日天数应为非负整数，收到：${n}`);
    let current = date;
    let counted = 0;
    for (let step = 0; counted < n; step += 1) {
      if (step > MAX_SCAN_DAYS) throw new RangeError('工作日推算超出合理范围，请检查节假日设置。');
      current = addDays(current, 1);
      if (isWorkingDay(current)) counted += 1;
    }
    // The warning covers every year the count walked through, from the start date on.
    return { date: current, warnings: rangeWarnings(date, current) };
  };

  const countWorkingDays = (from: LocalDate, to: LocalDate): number => {
    let count = 0;
    for (let current = addDays(from, 1); compareLocalDates(current, to) <= 0; current = addDays(current, 1)) {
      if (isWorkingDay(current)) count += 1;
    }
    return count;
  };

  const upcomingGap = (today: LocalDate, days: number): CalendarWarning | null => {
    const horizon = addDays(today, days);
    for (let year = yearOf(today); year <= yearOf(horizon); year += 1) {
      if (!coverageOfYear(year).loaded) {
        const firstUncovered = year === yearOf(today) ? today : (`${year}-01-01` as LocalDate);
        return {
          code: 'upcoming_gap',
          year,
          message:
            `未来${days}天内（自${chineseDate(firstUncovered, true)}起）没有官方节假日安排：` +
            `${year}年的安排尚未公布或未载入，期限暂按周末和法定节日当天推算（不含调休）。请在国务院办公厅通知公布后录入${year}年的放假和调休日期。`,
        };
      }
    }
    return null;
  };

  return {
    dayInfo,
    isWorkingDay,
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    addWorkingDays,
    countWorkingDays,
    coverage: (date) => coverageOfYear(yearOf(date)),
    rangeWarnings,
    upcomingGap,
  };
}

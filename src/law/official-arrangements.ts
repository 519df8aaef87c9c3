// The State Council General Office's yearly holiday arrangements (国务院办公厅关于X年部分节假日安排的通知),
// as packaged by `chinese-days` (years 2004–2026 in version 1.5). The package ships the data as a JSON
// module; it is imported, never read from disk, so this file stays pure.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { createWorkingDayCalendar, type CalendarOverride, type WorkingDayCalendar } from './calendar.ts';
import type { LocalDate } from './local-date.ts';
import { statutoryHolidays } from './statutory-holidays.ts';

/** One year's or several years' official arrangement: holiday dates and 调休上班 dates, with names. */
export interface OfficialArrangement {
  /** Every date off for a public holiday (weekend days inside a holiday block included) → festival name. */
  readonly holidays: ReadonlyMap<LocalDate, string>;
  /** Weekend dates designated as working days (调休上班) → the festival they make up for. */
  readonly makeupWorkdays: ReadonlyMap<LocalDate, string>;
  /** Years whose arrangement is present. */
  readonly years: ReadonlySet<number>;
}

// chinese-days stores "English name,中文名,days", e.g. "National Day,国庆节,3".
function chineseName(entry: string): string {
  const parts = entry.split(',');
  return parts[1] ?? parts[0] ?? '';
}

export function arrangementFromChineseDays(source: {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}): OfficialArrangement {
  const holidays = new Map<LocalDate, string>();
  const makeupWorkdays = new Map<LocalDate, string>();
  const years = new Set<number>();
  for (const [date, entry] of Object.entries(source.holidays)) {
    holidays.set(date as LocalDate, chineseName(entry));
    years.add(Number(date.slice(0, 4)));
  }
  for (const [date, entry] of Object.entries(source.workdays)) {
    makeupWorkdays.set(date as LocalDate, chineseName(entry));
    years.add(Number(date.slice(0, 4)));
  }
  return { holidays, makeupWorkdays, years };
}

/** The arrangements bundled with the installed `chinese-days`. */
export const chineseDaysArrangement: OfficialArrangement = arrangementFromChineseDays(data);

/**
 * The calendar an organ uses: the bundled official arrangements plus its own override table; years with
 * neither are estimated from the statutory holidays (and flagged in every computation). `enteredYears`
 * are the years whose arrangement an administrator entered (src/features/calendar).
 */
export function createOfficialCalendar(
  overrides: readonly CalendarOverride[] = [],
  enteredYears?: ReadonlySet<number>,
): WorkingDayCalendar {
  return createWorkingDayCalendar(chineseDaysArrangement, overrides, enteredYears ? { statutoryHolidays, enteredYears } : { statutoryHolidays });
}

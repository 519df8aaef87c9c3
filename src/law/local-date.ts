// A legal date (收到申请之日, 答复期限 …) is a calendar date in Asia/Shanghai, never an instant.
// It is kept as a `YYYY-MM-DD` string and all arithmetic runs on integer day numbers, so no time zone
// or daylight-saving rule can shift a day.
import { z } from 'zod';

declare const localDateBrand: unique symbol;
/** `YYYY-MM-DD` in the Asia/Shanghai calendar. Obtain one through `parseLocalDate` / `localDate`. */
export type LocalDate = string & { readonly [localDateBrand]: true };

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY_LABELS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a text is not a legal date, in Chinese; null when it is one. */
export function localDateProblem(text: string): string | null {
  const match = SHAPE.exec(text);
  if (!match) return `日期“${text}”格式不对，应写作“年-月-日”，例如 2024-09-25。`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999) return `日期“${text}”的年份不在 1900—2999 之间。`;
  if (month < 1 || month > 12) return `日期“${text}”不存在：月份应在 1 至 12 之间。`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `日期“${text}”不存在：${year}年${month}月只有${last}天。`;
  return null;
}

/** zod schema for every boundary that accepts a legal date (forms, CLI flags, imported files). */
export const localDateSchema = z
  .string({ error: '请填写日期，格式为“年-月-日”，例如 2024-09-25。' })
  .trim()
  .superRefine((text, ctx) => {
    const problem = localDateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((text) => text as LocalDate);

export type ParseResult = { ok: true; value: LocalDate } | { ok: false; message: string };

export function parseLocalDate(text: string): ParseResult {
  const result = localDateSchema.safeParse(text);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? `日期“${text}”无效。` };
}

/** For literals in code and tests: throws (with the Chinese reason) if the text is not a date. */
export function localDate(text: string): LocalDate {
  const result = parseLocalDate(text);
  if (!result.ok) throw new RangeError(result.message);
  return result.value;
}

// Integer day numbers (days since 1970-01-01) by the proleptic Gregorian civil-date algorithm
// (H. Hinnant, "chrono-compatible low-level date algorithms"): no Date objects, no time zone.
function toDayNumber(date: LocalDate): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function fromDayNumber(days: number): LocalDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as LocalDate;
}

// Day-by-day walks (working-day counts) ask for the next day of the same few thousand dates again and
// again; remembering the answer is pure and bounded.
const nextDays = new Map<LocalDate, LocalDate>();
const NEXT_DAYS_LIMIT = 200_000;

export function addDays(date: LocalDate, days: number): LocalDate {
  if (days !== 1) return fromDayNumber(toDayNumber(date) + days);
  let next = nextDays.get(date);
  if (next === undefined) {
    next = fromDayNumber(toDayNumber(date) + 1);
    if (nextDays.size < NEXT_DAYS_LIMIT) nextDays.set(date, next);
  }
  return next;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(date: LocalDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: LocalDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Negative when a is earlier, 0 when equal, positive when later (strings compare in date order). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: LocalDate): number {
  return Number(date.slice(5, 7));
}

export function dayOf(date: LocalDate): number {
  return Number(date.slice(8, 10));
}

export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

/** The Shanghai calendar date of an instant (a submission timestamp, a signature time …). */
export function localDateOfInstant(instant: Date): LocalDate {
  return shanghaiDateFormat.format(instant) as LocalDate;
}

// One formatter for the process: building an Intl.DateTimeFormat costs about a millisecond, and
// every intake and case page asks for the date of an instant.
const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** “周三” */
export function weekdayLabel(date: LocalDate): string {
  return WEEKDAY_LABELS[weekday(date)] ?? '';
}

/** “9月25日”, or “2024年9月25日” with the year. */
export function chineseDate(date: LocalDate, withYear = false): string {
  const md = `${monthOf(date)}月${dayOf(date)}日`;
  return withYear ? `${yearOf(date)}年${md}` : md;
}

// The holidays fixed by 《全国年节及纪念日放假办法》 (as revised by 国务院令第798号, in force 2025-01-01),
// which hold every year whatever the yearly notice adds: the best estimate for a year whose 国务院办公厅
// arrangement is not yet published. 调休 cannot be foreseen, so the estimate is always flagged.
//
// 第二条：元旦放假1天（1月1日）；春节放假4天（农历除夕、正月初一至初三）；清明节放假1天（农历清明当日）；
// 劳动节放假2天（5月1日、2日）；端午节放假1天（农历端午当日）；中秋节放假1天（农历中秋当日）；
// 国庆节放假3天（10月1日至3日）。
import chineseDays from 'chinese-days';
import { addDays, type LocalDate } from './local-date.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}` as LocalDate;

// Lunar dates come from chinese-days' 1900–2100 lunar table. Its converter reads the calendar fields of a
// Date in the machine's zone, so the argument is built with the local-time constructor: the fields then
// are exactly (year, month, day) in any TZ, and so is the answer.
function lunarToSolar(year: number, month: number, day: number): LocalDate {
  return chineseDays.getSolarDateFromLunar(new Date(year, month - 1, day)).date as LocalDate;
}

// 清明 is the solar term at 15° solar longitude; for 2000–2099 the classical formula
// ⌊Y×0.2422 + 4.81⌋ − ⌊Y/4⌋ (Y = year mod 100) gives its April day.
function qingming(year: number): LocalDate {
  const y = year % 100;
  return iso(year, 4, Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4));
}

const cache = new Map<number, ReadonlyMap<LocalDate, string>>();

/** Statutory holiday dates of a year → festival name (memoized). Lunar days for 2000–2099 only. */
export function statutoryHolidays(year: number): ReadonlyMap<LocalDate, string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const days = computeStatutoryHolidays(year);
  cache.set(year, days);
  return days;
}

export function computeStatutoryHolidays(year: number): ReadonlyMap<LocalDate, string> {
  const days = new Map<LocalDate, string>();
  days.set(iso(year, 1, 1), '元旦');
  days.set(iso(year, 5, 1), '劳动节');
  days.set(iso(year, 5, 2), '劳动节');
  for (let d = 1; d <= 3; d += 1) days.set(iso(year, 10, d), '国庆节');
  // The lunar and solar-term days need the table and the formula, both valid only within this range.
  if (year < 2000 || year > 2099) return days;
  const newYear = lunarToSolar(year, 1, 1);
  for (let i = -1; i <= 2; i += 1) days.set(addDays(newYear, i), '春节');
  // 正月初一 falls between 21 January and 20 February, so 除夕 is always in the same Gregorian year.
  days.set(qingming(year), '清明节');
  days.set(lunarToSolar(year, 5, 5), '端午节');
  // 中秋 can fall on 1–3 October (2028: 10月3日); the day is then named for both festivals.
  const midAutumn = lunarToSolar(year, 8, 15);
  days.set(midAutumn, days.has(midAutumn) ? '中秋节、国庆节' : '中秋节');
  return days;
}

// A year's holiday arrangement as the 国务院办公厅 notice states it (国务院办公厅关于X年部分节假日安排的通知):
// for each festival a date range off (“1月28日至2月4日放假调休，共8天”) and the weekend days worked instead
// (“1月26日（周日）、2月8日（周六）上班”). Validated here, then turned into day overrides of the working-day
// calendar that 条例第三十三条's 20 working days are counted on. Pure: no I/O.
import type { CalendarOverride } from '../../../law/calendar.ts';
import {
  addDays,
  chineseDate,
  compareLocalDates,
  daysBetween,
  isWeekend,
  localDateProblem,
  yearOf,
  type LocalDate,
} from '../../../law/local-date.ts';

/** Rows of the entry form: the notice lists seven festivals; one spare row for a combined or extra item. */
export const ARRANGEMENT_ROWS = 8;
export const NOTICE_FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;

// The longest block any notice has given is 10 days (春节 2020 as extended by 国办发明电〔2020〕1号); a
// longer range is a typing error that would silently remove weeks of working days from every deadline.
export const MAX_HOLIDAY_DAYS = 15;

export interface HolidayInput {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** 调休上班日 as typed: dates separated by 、，, ; or spaces — or already a list (imported JSON). */
  readonly makeupWorkdays: string | readonly string[];
}

export interface ArrangementInput {
  readonly year: number | string;
  readonly document: string;
  readonly holidays: readonly HolidayInput[];
}

export interface Holiday {
  readonly name: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly makeupWorkdays: readonly LocalDate[];
}

export interface Arrangement {
  readonly year: number;
  readonly document: string;
  readonly holidays: readonly Holiday[];
}

export type ArrangementResult =
  | { readonly ok: true; readonly arrangement: Arrangement }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/** Form field names of row `i`: holiday0Name, holiday0From, holiday0To, holiday0Makeup. */
export function rowField(i: number, part: 'Name' | 'From' | 'To' | 'Makeup'): string {
  return `holiday${i}${part}`;
}

function splitDates(value: string | readonly string[]): string[] {
  const list = typeof value === 'string' ? value.split(/[\s,，、;；]+/) : [...value];
  return list.map((v) => v.trim()).filter((v) => v !== '');
}

function isBlankRow(row: HolidayInput): boolean {
  return row.name.trim() === '' && row.from.trim() === '' && row.to.trim() === '' && splitDates(row.makeupWorkdays).length === 0;
}

/** Checks a year's arrangement; every problem is reported against the field it belongs to, in Chinese. */
export function validateArrangement(input: ArrangementInput): ArrangementResult {
  const errors: Record<string, string> = {};
  const year = typeof input.year === 'number' ? input.year : Number(String(input.year).trim());
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.year = '年份应为 2000 至 2100 之间的整数，例如 2027。';
  const document = input.document.trim();
  if (document === '') errors.document = '请填写通知文号，例如“国办发明电〔2025〕7号”。';
  else if (document.length > 100) errors.document = '通知文号不能超过100字。';

  const inYear = (date: LocalDate) => !errors.year && yearOf(date) === year;
  const holidays: Holiday[] = [];
  // Every date taken so far → what took it, to refuse overlaps and duplicates with a message naming both.
  const taken = new Map<LocalDate, string>();
  const names = new Set<string>();

  input.holidays.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const nameField = rowField(i, 'Name');
    const fromField = rowField(i, 'From');
    const toField = rowField(i, 'To');
    const makeupField = rowField(i, 'Makeup');
    const name = row.name.trim();
    if (name === '') errors[nameField] = '请填写节日名称，例如“春节”。';
    else if (name.length > 20) errors[nameField] = '节日名称不能超过20字。';
    else if (names.has(name)) errors[nameField] = `节日“${name}”填写了两次；同一节日的放假日期请写在一行。`;
    names.add(name);
    const label = name || `第${i + 1}行`;

    const date = (text: string, field: string, what: string): LocalDate | null => {
      const trimmed = text.trim();
      if (trimmed === '') {
        errors[field] ??= `请填写${what}。`;
        return null;
      }
      const problem = localDateProblem(trimmed);
      if (problem) {
        errors[field] ??= problem;
        return null;
      }
      const value = trimmed as LocalDate;
      if (!errors.year && yearOf(value) !== year) {
        errors[field] ??= `${what}${trimmed}不在${year}年内；本表只录入${year}年的日期，跨年的日期请到相应年份逐日设置。`;
        return null;
      }
      return value;
    };
    const from = date(row.from, fromField, '放假开始日期');
    const to = date(row.to, toField, '放假结束日期');
    if (from && to) {
      if (compareLocalDates(from, to) > 0) errors[toField] = '放假结束日期不能早于开始日期。';
      else if (daysBetween(from, to) + 1 > MAX_HOLIDAY_DAYS) {
        errors[toField] = `一个节日放假不超过${MAX_HOLIDAY_DAYS}天，请核对起止日期（现为${daysBetween(from, to) + 1}天）。`;
      } else {
        for (let d = from; compareLocalDates(d, to) <= 0; d = addDays(d, 1)) {
          const other = taken.get(d);
          if (other !== undefined) {
            errors[fromField] ??= `${chineseDate(d)}已是“${other}”的放假日，放假日期不能重叠。`;
            break;
          }
          taken.set(d, label);
        }
      }
    }

    const makeup: LocalDate[] = [];
    for (const text of splitDates(row.makeupWorkdays)) {
      const problem = localDateProblem(text);
      if (problem) {
        errors[makeupField] ??= problem;
        continue;
      }
      const value = text as LocalDate;
      if (!errors.year && !inYear(value)) {
        errors[makeupField] ??= `调休上班日${text}不在${year}年内；跨年的调休上班日请到相应年份逐日设置。`;
        continue;
      }
      // 调休 moves a weekend day to work; a weekday is a working day anyway, so a weekday here is a typo.
      if (!isWeekend(value)) {
        errors[makeupField] ??= `调休上班日必须是星期六或星期日，${chineseDate(value, true)}不是。`;
        continue;
      }
      const other = taken.get(value);
      if (other !== undefined) {
        errors[makeupField] ??= `${chineseDate(value)}已是“${other}”的${makeup.includes(value) ? '调休上班日' : '放假日或调休上班日'}，同一天不能重复录入。`;
        continue;
      }
      taken.set(value, label);
      makeup.push(value);
    }
    if (name !== '' && from && to) holidays.push({ name, from, to, makeupWorkdays: makeup });
  });

  if (input.holidays.every(isBlankRow)) errors.holiday0Name ??= '请至少填写一个节日的放假日期。';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, arrangement: { year, document, holidays } };
}

/** The day overrides an arrangement stands for: each day of each holiday range, and each 调休上班日. */
export function arrangementDays(arrangement: Arrangement): CalendarOverride[] {
  const days: CalendarOverride[] = [];
  for (const holiday of arrangement.holidays) {
    for (let d = holiday.from; compareLocalDates(d, holiday.to) <= 0; d = addDays(d, 1)) {
      days.push({ date: d, kind: 'holiday', note: holiday.name });
    }
    for (const d of holiday.makeupWorkdays) days.push({ date: d, kind: 'makeup_workday', note: holiday.name });
  }
  return days.sort((a, b) => compareLocalDates(a.date, b.date));
}

/** The arrangement form's fields as an ArrangementInput (rows 0…ARRANGEMENT_ROWS-1). */
export function arrangementInputFromForm(year: number, fields: Readonly<Record<string, string | undefined>>): ArrangementInput {
  const holidays: HolidayInput[] = [];
  for (let i = 0; i < ARRANGEMENT_ROWS; i += 1) {
    holidays.push({
      name: fields[rowField(i, 'Name')] ?? '',
      from: fields[rowField(i, 'From')] ?? '',
      to: fields[rowField(i, 'To')] ?? '',
      makeupWorkdays: fields[rowField(i, 'Makeup')] ?? '',
    });
  }
  return { year, document: fields.document ?? '', holidays };
}

/**
 * Groups stored days back into the notice's shape, for the entry form's first display: consecutive
 * holiday days with the same name form one range; a 调休上班日 joins the range of the same festival.
 * Days set one by one that belong to no range (a 工作日/休息日 correction, a cross-year 调休上班日) are
 * not part of the notice's shape; the page lists them separately.
 */
export function arrangementFromDays(year: number, document: string, days: readonly CalendarOverride[]): Arrangement {
  const sorted = [...days].sort((a, b) => compareLocalDates(a.date, b.date));
  const ranges: Array<{ name: string; from: LocalDate; to: LocalDate; makeupWorkdays: LocalDate[] }> = [];
  for (const day of sorted) {
    if (day.kind !== 'holiday' || yearOf(day.date) !== year) continue;
    const last = ranges.at(-1);
    if (last && last.name === day.note && addDays(last.to, 1) === day.date) last.to = day.date;
    else ranges.push({ name: day.note, from: day.date, to: day.date, makeupWorkdays: [] });
  }
  for (const day of sorted) {
    if (day.kind !== 'makeup_workday' || yearOf(day.date) !== year) continue;
    ranges.find((r) => r.name === day.note)?.makeupWorkdays.push(day.date);
  }
  return { year, document, holidays: ranges };
}

/** An arrangement as the entry form's values (row i: holiday{i}Name/From/To/Makeup). */
export function arrangementFormValues(arrangement: Arrangement): Record<string, string> {
  const values: Record<string, string> = { document: arrangement.document };
  const rows = arrangement.holidays.length > 0 ? arrangement.holidays : NOTICE_FESTIVALS.map((name) => ({ name, from: '', to: '', makeupWorkdays: [] }));
  rows.slice(0, ARRANGEMENT_ROWS).forEach((h, i) => {
    values[rowField(i, 'Name')] = h.name;
    values[rowField(i, 'From')] = h.from;
    values[rowField(i, 'To')] = h.to;
    values[rowField(i, 'Makeup')] = h.makeupWorkdays.join('、');
  });
  return values;
}

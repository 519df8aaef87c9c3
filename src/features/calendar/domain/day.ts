// One day set by hand on the working-day calendar: a correction to the official arrangement, a day the
// notice added later (e.g. a 国务院 extension), or a 调休上班日 across the turn of the year. Pure.
import { overrideKinds, type CalendarOverride, type OverrideKind } from '../../../law/calendar.ts';
import { chineseDate, isWeekend, localDateProblem, type LocalDate } from '../../../law/local-date.ts';

export interface DayInput {
  readonly date: string;
  readonly kind: string;
  readonly note: string;
  readonly document: string;
}

export interface Day extends CalendarOverride {
  readonly document: string;
}

export type DayResult = { readonly ok: true; readonly day: Day } | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

export function validateDay(input: DayInput): DayResult {
  const errors: Record<string, string> = {};
  const dateText = input.date.trim();
  const problem = dateText === '' ? '请填写日期，格式为“年-月-日”，例如 2027-02-07。' : localDateProblem(dateText);
  if (problem) errors.date = problem;
  else if (Number(dateText.slice(0, 4)) < 2000 || Number(dateText.slice(0, 4)) > 2100) errors.date = '日期应在 2000 年至 2100 年之间。';
  const kind = input.kind.trim();
  if (!(overrideKinds as readonly string[]).includes(kind)) errors.kind = '请选择日期类型：法定节假日、调休上班日、工作日或休息日。';
  const note = input.note.trim();
  if (note.length > 200) errors.note = '说明不能超过200字。';
  if (kind === 'holiday' && note === '') errors.note = '请填写节日名称，例如“春节”。';
  const document = input.document.trim();
  if (document.length > 100) errors.document = '依据文号不能超过100字。';
  // 调休 moves a weekend day to work; a weekday marked so would be a typo (use 工作日 to undo a day off).
  if (!errors.date && kind === 'makeup_workday' && !isWeekend(dateText as LocalDate)) {
    errors.kind = `调休上班日必须是星期六或星期日，${chineseDate(dateText as LocalDate, true)}不是。`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, day: { date: dateText as LocalDate, kind: kind as OverrideKind, note, document } };
}

// The working-day calendar administrators edit: a year's arrangement entered from the 国务院办公厅 notice,
// single days set or removed. Every deadline of 条例第三十三条 (and 第二十六条's 20 working days for active
// disclosure) is counted on it, so a change is a transaction with an audit event, and the in-memory
// calendar is reloaded after it commits (calendar.store.ts).
//
// Who: everyone signed in may read it; the 管理员 of a top government (an agency without a parent) or its
// 政务公开办 (监督, granted on that government) may change it. The calendar is installation-wide because
// the arrangement is the State Council's, for the whole country; an installation serving several top
// governments shares one national calendar, and any of their administrators may keep it up to date.
import { overrideKindLabels, type CalendarWarning, type WorkingDayCalendar } from '../../law/calendar.ts';
import { addDays, chineseDate, localDateOfInstant, yearOf, type LocalDate } from '../../law/local-date.ts';
import { chineseDaysArrangement } from '../../law/official-arrangements.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { actorAccountId, can, type Actor } from '../accounts/domain/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './calendar.repository.ts';
import { calendarStoreFor } from './calendar.store.ts';
import {
  arrangementDays,
  arrangementFormValues,
  arrangementFromDays,
  arrangementInputFromForm,
  validateArrangement,
  type Arrangement,
  type ArrangementInput,
} from './domain/arrangement.ts';
import { validateDay } from './domain/day.ts';

const EDIT_REFUSED = '只有县级（或本平台最上级）人民政府的管理员、政务公开办可以修改节假日安排。如需修改，请联系他们。';

/**
 * May the actor change the calendar, and under which agency is the change filed in the audit log (the
 * top government it acts for, so that government's admins and 政务公开办 read it; the CLI's changes go
 * under the first top government, or none on an installation without agencies yet).
 */
async function editingRoot(executor: Executor, actor: Actor): Promise<{ allowed: boolean; auditAgencyId: string | null }> {
  const roots = await repo.listRootAgencies(executor);
  if (actor.kind === 'system') return { allowed: true, auditAgencyId: roots[0]?.id ?? null };
  const root = roots.find((r) => can(actor, 'calendar.manage', r.id, []));
  return { allowed: root !== undefined, auditAgencyId: root?.id ?? null };
}

async function authorizeEdit(ctx: ServiceContext, actor: Actor): Promise<string | null> {
  const { allowed, auditAgencyId } = await editingRoot(ctx.db, actor);
  if (!allowed) throw new ForbiddenError(EDIT_REFUSED);
  return auditAgencyId;
}

function authorizeRead(actor: Actor): void {
  if (actor.kind === 'account' && actor.grants.length === 0) throw new ForbiddenError('您的账号还没有任何单位的角色，无法查看节假日安排。');
}

export async function mayEditCalendar(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  return (await editingRoot(ctx.db, actor)).allowed;
}

export interface YearStatus {
  readonly year: number;
  readonly loaded: boolean;
  readonly source: 'official' | 'override' | null;
  /** The notice's 文号 of an entered arrangement. */
  readonly document: string | null;
  /** Day settings in force in the year (entered arrangement and single days). */
  readonly overrideCount: number;
}

export interface CalendarOverview {
  readonly today: LocalDate;
  readonly years: readonly YearStatus[];
  /** Loud warnings: the current year, or the coming 60 days, reach a year without an arrangement. */
  readonly warnings: readonly CalendarWarning[];
  readonly canEdit: boolean;
}

/** The years around today (and any year with entries) with whether each year's arrangement is loaded. */
export async function calendarOverview(ctx: ServiceContext, actor: Actor): Promise<CalendarOverview> {
  authorizeRead(actor);
  const today = localDateOfInstant(ctx.now());
  const calendar = await calendarStoreFor(ctx.db).fresh();
  const [overrides, arrangements] = await Promise.all([repo.listLiveOverrides(ctx.db), repo.listArrangements(ctx.db)]);
  const thisYear = yearOf(today);
  const years = new Set<number>([thisYear - 1, thisYear, thisYear + 1]);
  for (const a of arrangements) years.add(a.year);
  for (const o of overrides) years.add(yearOf(o.date as LocalDate));
  const statuses = [...years]
    .sort((a, b) => b - a)
    .map((year): YearStatus => {
      const coverage = calendar.coverage(`${year}-07-01` as LocalDate);
      return {
        year,
        loaded: coverage.loaded,
        source: coverage.source,
        document: arrangements.find((a) => a.year === year)?.document ?? null,
        overrideCount: overrides.filter((o) => o.date.startsWith(`${year}-`)).length,
      };
    });
  return { today, years: statuses, warnings: calendarWarnings(calendar, today), canEdit: await mayEditCalendar(ctx, actor) };
}

/**
 * The warnings issue 4 asks for on the staff home page: this year not loaded, the coming 60 calendar days
 * (a 20-working-day reply period plus a 20-working-day extension is about 60 days) reaching a year not
 * loaded, or any of `reached` (the due dates on the page) lying in such a year. Pure.
 */
export function calendarWarnings(
  calendar: Pick<WorkingDayCalendar, 'rangeWarnings' | 'upcomingGap'>,
  today: LocalDate,
  reached: readonly LocalDate[] = [],
): CalendarWarning[] {
  const dates = [today, ...reached].sort();
  const warnings = calendar.rangeWarnings(dates[0] ?? today, dates.at(-1) ?? today);
  const gap = calendar.upcomingGap(today, 60);
  if (gap && !warnings.some((w) => w.year === gap.year)) warnings.push(gap);
  return warnings.sort((a, b) => a.year - b.year);
}

export interface CalendarDayRow {
  readonly date: LocalDate;
  readonly working: boolean;
  readonly kindLabel: string;
  readonly name: string;
  readonly sourceLabel: string;
  /** The day setting in force for this date, if any (editable/removable). */
  readonly override: repo.OverrideRow | null;
}

export interface CalendarYearView {
  readonly year: number;
  readonly loaded: boolean;
  readonly source: 'official' | 'override' | null;
  readonly warning: string | null;
  readonly arrangement: repo.ArrangementRow | null;
  /** Every date of the year that is not an ordinary weekday/weekend, in date order. */
  readonly days: readonly CalendarDayRow[];
  /** The entry form's first values: the entered arrangement, or the official one, or the seven festivals. */
  readonly formValues: Readonly<Record<string, string>>;
  readonly canEdit: boolean;
}

const SOURCE_LABELS = {
  override: '本平台设置',
  official: '国务院办公厅通知（随软件提供）',
  statutory_estimate: '推算（节日当天，未含调休）',
  weekend_rule: '周末',
} as const;

function dayKindLabel(kind: 'workday' | 'weekend' | 'holiday' | 'makeup_workday' | 'rest_day'): string {
  return kind === 'weekend' ? '周末' : overrideKindLabels[kind];
}

export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) throw new NotFoundError('年份应为 2000 至 2100 之间的四位数字。');
  return year;
}

export async function calendarYear(ctx: ServiceContext, actor: Actor, year: number): Promise<CalendarYearView> {
  authorizeRead(actor);
  const calendar = await calendarStoreFor(ctx.db).fresh();
  const [overrides, arrangement] = await Promise.all([repo.listLiveOverridesOfYear(ctx.db, year), repo.findArrangement(ctx.db, year)]);
  const byDate = new Map(overrides.map((o) => [o.date, o]));
  const special = new Set<string>(overrides.map((o) => o.date));
  const official = new Map<string, 'holiday' | 'makeup_workday'>();
  for (const d of chineseDaysArrangement.holidays.keys()) if (d.startsWith(`${year}-`)) official.set(d, 'holiday');
  for (const d of chineseDaysArrangement.makeupWorkdays.keys()) if (d.startsWith(`${year}-`)) official.set(d, 'makeup_workday');
  for (const d of official.keys()) special.add(d);
  // An unloaded year: show the statutory holidays it is estimated with.
  for (let d = `${year}-01-01` as LocalDate; yearOf(d) === year; d = addDays(d, 1)) {
    if (calendar.dayInfo(d).source === 'statutory_estimate') special.add(d);
  }
  const days = [...special].sort().map((date): CalendarDayRow => {
    const info = calendar.dayInfo(date as LocalDate);
    return {
      date: date as LocalDate,
      working: info.working,
      kindLabel: dayKindLabel(info.kind),
      name: info.name,
      sourceLabel: SOURCE_LABELS[info.source],
      override: byDate.get(date) ?? null,
    };
  });
  const coverage = calendar.coverage(`${year}-07-01` as LocalDate);
  // The form starts from what is in force: the entered days, else the official ones, else the festivals.
  const officialDays = [...official.entries()].map(([date, kind]) => ({
    date: date as LocalDate,
    kind,
    note: (kind === 'holiday' ? chineseDaysArrangement.holidays.get(date as LocalDate) : chineseDaysArrangement.makeupWorkdays.get(date as LocalDate)) ?? '',
  }));
  const entered = overrides.filter((o) => o.kind === 'holiday' || o.kind === 'makeup_workday').map((o) => ({ date: o.date as LocalDate, kind: o.kind, note: o.note }));
  const basis: Arrangement = arrangementFromDays(year, arrangement?.document ?? '', entered.length > 0 ? entered : officialDays);
  return {
    year,
    loaded: coverage.loaded,
    source: coverage.source,
    warning: coverage.loaded ? null : calendar.rangeWarnings(`${year}-01-01` as LocalDate, `${year}-01-01` as LocalDate)[0]?.message ?? null,
    arrangement: arrangement ?? null,
    days,
    formValues: arrangementFormValues(basis),
    canEdit: await mayEditCalendar(ctx, actor),
  };
}

function describeArrangement(arrangement: Arrangement): string {
  return arrangement.holidays
    .map((h) => {
      const range = h.from === h.to ? chineseDate(h.from) : `${chineseDate(h.from)}至${chineseDate(h.to)}`;
      const makeup = h.makeupWorkdays.length > 0 ? `，${h.makeupWorkdays.map((d) => chineseDate(d)).join('、')}上班` : '';
      return `${h.name}：${range}放假${makeup}`;
    })
    .join('；');
}

async function writeArrangement(trx: Executor, ctx: ServiceContext, actor: Actor, auditAgencyId: string | null, arrangement: Arrangement): Promise<void> {
  const at = ctx.now().toISOString();
  const by = actorAccountId(actor);
  const before = await repo.listLiveOverridesOfYear(trx, arrangement.year);
  const previous = await repo.findArrangement(trx, arrangement.year);
  const days = arrangementDays(arrangement);
  const newDates = new Set<string>(days.map((d) => d.date));
  // The notice replaces the year's holidays and 调休上班日; a day set by hand as 工作日/休息日 stays unless
  // the notice now speaks for that date.
  const replaced = before.filter((o) => o.kind === 'holiday' || o.kind === 'makeup_workday' || newDates.has(o.date));
  await repo.removeOverrides(trx, replaced.map((o) => o.id), by, at);
  for (const day of days) {
    await repo.insertOverride(trx, {
      id: ctx.newId(),
      date: day.date,
      kind: day.kind,
      note: day.note,
      document: arrangement.document,
      created_by: by,
      created_at: at,
      updated_by: by,
      updated_at: at,
      removed_by: null,
      removed_at: null,
    });
  }
  await repo.upsertArrangement(trx, { year: arrangement.year, document: arrangement.document, created_by: previous?.created_by ?? by, created_at: previous?.created_at ?? at, updated_by: by, updated_at: at });
  await repo.writeCalendarVersion(trx, ctx.newId(), at, by);
  const holidayDays = days.filter((d) => d.kind === 'holiday').length;
  await recordAudit(trx, ctx, actor, {
    action: previous ? 'calendar.arrangement_replace' : 'calendar.arrangement_enter',
    objectType: 'calendar_arrangement',
    objectId: String(arrangement.year),
    agencyId: auditAgencyId,
    summary: `${previous ? '重新录入' : '录入'}${arrangement.year}年节假日安排（${arrangement.document}）：放假${holidayDays}天，调休上班${days.length - holidayDays}天。${describeArrangement(arrangement)}`,
    before: { document: previous?.document ?? null, days: replaced.map((o) => ({ date: o.date, kind: o.kind, note: o.note })) },
    after: { document: arrangement.document, days },
  });
}

/** Enters (or re-enters) a year's arrangement from the entry form. */
export async function saveArrangement(ctx: ServiceContext, actor: Actor, year: number, fields: Readonly<Record<string, string | undefined>>): Promise<Arrangement> {
  const auditAgencyId = await authorizeEdit(ctx, actor);
  const result = validateArrangement(arrangementInputFromForm(year, fields));
  if (!result.ok) throw new ValidationError({ ...result.errors });
  await ctx.db.transaction().execute((trx) => writeArrangement(trx, ctx, actor, auditAgencyId, result.arrangement));
  await calendarStoreFor(ctx.db).reload();
  return result.arrangement;
}

/**
 * `gongkai calendar import`: several years' arrangements in one transaction — a file with one bad year
 * changes nothing. Errors are keyed `<year or position>.<field>`.
 */
export async function importArrangements(ctx: ServiceContext, actor: Actor, inputs: readonly ArrangementInput[]): Promise<Arrangement[]> {
  const auditAgencyId = await authorizeEdit(ctx, actor);
  const arrangements: Arrangement[] = [];
  const errors: Record<string, string> = {};
  const seen = new Set<number>();
  inputs.forEach((input, i) => {
    const result = validateArrangement(input);
    const label = `第${i + 1}项（${String(input.year)}年）`;
    if (!result.ok) for (const [field, message] of Object.entries(result.errors)) errors[`${label}.${field}`] = message;
    else if (seen.has(result.arrangement.year)) errors[`${label}.year`] = `${result.arrangement.year}年出现了两次。`;
    else {
      seen.add(result.arrangement.year);
      arrangements.push(result.arrangement);
    }
  });
  if (inputs.length === 0) errors._ = '文件中没有任何年份的节假日安排。';
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  await ctx.db.transaction().execute(async (trx) => {
    for (const arrangement of arrangements) await writeArrangement(trx, ctx, actor, auditAgencyId, arrangement);
  });
  await calendarStoreFor(ctx.db).reload();
  return arrangements;
}

/** Sets one day (a new setting, or a change of the one in force for that date). */
export async function saveDay(ctx: ServiceContext, actor: Actor, fields: Readonly<Record<string, string | undefined>>): Promise<repo.OverrideRow> {
  const auditAgencyId = await authorizeEdit(ctx, actor);
  const result = validateDay({ date: fields.date ?? '', kind: fields.kind ?? '', note: fields.note ?? '', document: fields.document ?? '' });
  if (!result.ok) throw new ValidationError({ ...result.errors });
  const day = result.day;
  const at = ctx.now().toISOString();
  const by = actorAccountId(actor);
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findLiveOverrideByDate(trx, day.date);
    const label = `${chineseDate(day.date, true)}设为${overrideKindLabels[day.kind]}${day.note ? `（${day.note}）` : ''}`;
    let row: repo.OverrideRow;
    if (existing) {
      await repo.updateOverride(trx, existing.id, { kind: day.kind, note: day.note, document: day.document, updated_by: by, updated_at: at });
      row = { ...existing, kind: day.kind, note: day.note, document: day.document, updated_by: by, updated_at: at };
    } else {
      row = { id: ctx.newId(), date: day.date, kind: day.kind, note: day.note, document: day.document, created_by: by, created_at: at, updated_by: by, updated_at: at, removed_by: null, removed_at: null };
      await repo.insertOverride(trx, row);
    }
    await repo.writeCalendarVersion(trx, ctx.newId(), at, by);
    await recordAudit(trx, ctx, actor, {
      action: existing ? 'calendar.day_change' : 'calendar.day_set',
      objectType: 'calendar_override',
      objectId: row.id,
      agencyId: auditAgencyId,
      summary: `节假日安排：${label}${existing ? `，原为${overrideKindLabels[existing.kind]}${existing.note ? `（${existing.note}）` : ''}` : ''}`,
      before: existing ? { date: existing.date, kind: existing.kind, note: existing.note, document: existing.document } : null,
      after: { date: row.date, kind: row.kind, note: row.note, document: row.document },
    });
    return row;
  });
  await calendarStoreFor(ctx.db).reload();
  return saved;
}

/** Removes a day setting: the date goes back to the official arrangement (or the weekend rule). */
export async function removeDay(ctx: ServiceContext, actor: Actor, id: string): Promise<repo.OverrideRow> {
  const auditAgencyId = await authorizeEdit(ctx, actor);
  const at = ctx.now().toISOString();
  const by = actorAccountId(actor);
  const removed = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findOverrideById(trx, id);
    if (!row || row.removed_at !== null) throw new NotFoundError('要删除的日期设置不存在或已被删除，请刷新页面。');
    await repo.removeOverrides(trx, [row.id], by, at);
    await repo.writeCalendarVersion(trx, ctx.newId(), at, by);
    await recordAudit(trx, ctx, actor, {
      action: 'calendar.day_remove',
      objectType: 'calendar_override',
      objectId: row.id,
      agencyId: auditAgencyId,
      summary: `节假日安排：删除${chineseDate(row.date as LocalDate, true)}的设置（${overrideKindLabels[row.kind]}${row.note ? `，${row.note}` : ''}）`,
      before: { date: row.date, kind: row.kind, note: row.note, document: row.document },
      after: null,
    });
    return row;
  });
  await calendarStoreFor(ctx.db).reload();
  return removed;
}

/** Every day setting in force (for `gongkai calendar list`), with the entered years. */
export async function listCalendarEntries(ctx: ServiceContext): Promise<{ overrides: repo.OverrideRow[]; arrangements: repo.ArrangementRow[] }> {
  const [overrides, arrangements] = await Promise.all([repo.listLiveOverrides(ctx.db), repo.listArrangements(ctx.db)]);
  return { overrides, arrangements };
}

// Lists of cases: the staff home page by urgency, the case list, table 三 of a year, readable agencies.
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import type { ReplyClock } from '../../law/clock.ts';
import { addDays, type LocalDate } from '../../law/local-date.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { grantRootsFor, type Actor } from '../accounts/domain/policy.ts';
import { findSubtreeIds, listAgenciesByIds } from '../agencies/agencies.repository.ts';
import * as repo from './applications.repository.ts';
import { caseClock, urgencyOf, type CaseFacts, type Urgency } from './domain/case-clock.ts';
import { lateInYear } from './domain/late-replies.ts';
import { authorizeOn, factsOf, readAuthorized, today, type ApplicationsDeps } from './service-support.ts';

// The clock is a pure function of (calendar, facts, date); the home page recomputes it for every open
// case on every visit, so results are kept per calendar (a changed override makes a new calendar).
const clockCache = new WeakMap<WorkingDayCalendar, Map<string, ReplyClock>>();
const CLOCK_CACHE_LIMIT = 20_000;

function cachedClock(calendar: WorkingDayCalendar, facts: CaseFacts, asOf: LocalDate): ReplyClock {
  let cache = clockCache.get(calendar);
  if (!cache) clockCache.set(calendar, (cache = new Map()));
  const key = `${asOf}|${JSON.stringify(facts)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const clock = caseClock(calendar, facts, asOf);
  if (cache.size >= CLOCK_CACHE_LIMIT) cache.clear();
  cache.set(key, clock);
  return clock;
}

export interface HomeCase extends repo.CaseListRow {
  urgency: Urgency;
  dueOn: string | null;
  workingDaysRemaining: number | null;
  /** Working days past the final deadline (已逾期 N 个工作日); 0 when not overdue. */
  workingDaysOverdue: number;
}

export interface StaffHome {
  overdue: HomeCase[];
  dueSoon: HomeCase[];
  onTime: HomeCase[];
  /** 条例第三十一条：等待双方确认的申请（平常信函、网上、传真）— warned daily (spec §2). */
  awaitingConfirmation: HomeCase[];
  awaitingCorrection: HomeCase[];
}

/** The staff home page section: open cases by urgency, derived from the reply clock as of today. */
export async function staffHome(deps: Pick<ApplicationsDeps, 'ctx' | 'calendar'>, actor: Actor, agencyId: string): Promise<StaffHome> {
  const { ctx } = deps;
  // One query for the cases and every record their clocks read, alongside the permission check
  // (BENCHMARKS.md: on PostgreSQL the sequential round trips, not the clock, were the cost).
  const { cases: open, records } = await readAuthorized(ctx, actor, 'agency.read', agencyId, () => repo.openCasesWithClockRecords(ctx.db, agencyId));
  const asOf = today(ctx);
  const home: StaffHome = { overdue: [], dueSoon: [], onTime: [], awaitingConfirmation: [], awaitingCorrection: [] };
  for (const row of open) {
    const clock = cachedClock(deps.calendar, factsOf(row, records), asOf);
    const item: HomeCase = { ...row, urgency: urgencyOf(clock), dueOn: clock.finalDueOn, workingDaysRemaining: clock.progress?.workingDaysRemaining ?? null, workingDaysOverdue: clock.progress?.workingDaysOverdue ?? 0 };
    if (row.status === 'awaiting_confirmation') home.awaitingConfirmation.push(item);
    else if (row.status === 'correction_requested') home.awaitingCorrection.push(item);
    else if (item.urgency === 'overdue') home.overdue.push(item);
    else if (item.urgency === 'due_soon') home.dueSoon.push(item);
    else home.onTime.push(item);
  }
  const byDue = (a: HomeCase, b: HomeCase) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');
  home.overdue.sort(byDue);
  home.dueSoon.sort(byDue);
  home.onTime.sort(byDue);
  return home;
}

export interface ReplyUrgencyCounts {
  open: number;
  overdue: number;
  dueSoon: number;
}

/**
 * Open, overdue and due-soon cases of many agencies at once (the 政务公开办 dashboard): the same reply clock
 * and the same buckets as staffHome (a case waiting for confirmation or for 补正 is neither overdue nor
 * due soon), counted per agency from a handful of grouped queries instead of a home page per agency.
 * Callers authorize (the dashboard checks 'oversight.read' on the subtree).
 */
export async function replyUrgencyByAgency(deps: Pick<ApplicationsDeps, 'ctx' | 'calendar'>, agencyIds: readonly string[]): Promise<Map<string, ReplyUrgencyCounts>> {
  const { ctx } = deps;
  const asOf = today(ctx);
  // 条例第三十三条：20 working days from receipt (receipt is never before arrival; pauses and extensions only
  // move the deadline later), so a case can be due within the 3-working-day window only after 17 working
  // days have passed. 14 calendar days never hold 17 working days, even with 调休 weekends: a case that
  // arrived within the last 14 days is on time and its clock need not be run.
  const arrivedBy = addDays(asOf, -15);
  const [open, { cases, records, customDueOn }] = await Promise.all([
    repo.countOpenCasesByAgency(ctx.db, agencyIds),
    repo.clockCandidatesWithRecords(ctx.db, agencyIds, arrivedBy),
  ]);
  const result = new Map<string, ReplyUrgencyCounts>();
  for (const [agencyId, n] of open) result.set(agencyId, { open: n, overdue: 0, dueSoon: 0 });
  // Each case's own records, so building its facts does not scan every record of the county.
  const own = new Map<string, repo.ClockRecords>();
  const recordsOf = (id: string) => {
    let r = own.get(id);
    if (!r) own.set(id, (r = { corrections: [], consultations: [], extensions: [], fees: [] }));
    return r;
  };
  for (const c of records.corrections) recordsOf(c.application_id).corrections.push(c);
  for (const c of records.consultations) recordsOf(c.application_id).consultations.push(c);
  for (const e of records.extensions) recordsOf(e.application_id).extensions.push(e);
  for (const f of records.fees) recordsOf(f.application_id).fees.push(f);
  const none: repo.ClockRecords = { corrections: [], consultations: [], extensions: [], fees: [] };
  for (const row of cases) {
    const clock = cachedClock(deps.calendar, factsOf({ ...row, custom_due_on: customDueOn.get(row.id) ?? null }, own.get(row.id) ?? none), asOf);
    const urgency = urgencyOf(clock);
    if (urgency !== 'overdue' && urgency !== 'due_soon') continue;
    const counts = result.get(row.agency_id) ?? { open: 0, overdue: 0, dueSoon: 0 };
    if (urgency === 'overdue') counts.overdue += 1;
    else counts.dueSoon += 1;
    result.set(row.agency_id, counts);
  }
  return result;
}

export async function listCases(
  deps: ApplicationsDeps,
  actor: Actor,
  agencyId: string,
  filter: { status?: string | undefined; q?: string | undefined; page: number },
  pageSize = 50,
): Promise<{ rows: repo.CaseListRow[]; total: number; page: number; pageSize: number }> {
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  const result = await repo.listCases(deps.ctx.db, agencyId, {
    status: filter.status && filter.status !== 'open' ? filter.status : undefined,
    open: filter.status === 'open',
    text: filter.q,
    limit: pageSize,
    offset: (filter.page - 1) * pageSize,
  });
  return { ...result, page: filter.page, pageSize };
}

/** 年报表三 of the agency for the year (the annual report calls this; supervisors read their subtree). */
export async function table3ForYear(deps: ApplicationsDeps, actor: Actor, agencyId: string, year: number): Promise<Record<string, number>> {
  return readAuthorized(deps.ctx, actor, 'agency.read', agencyId, () => repo.table3Counts(deps.ctx.db, agencyId, year));
}

/**
 * How many cases were late in the year (answered after the deadline, or still unanswered past it at the
 * end of the year or today) — the annual report hands it to checkReport as overdueReplies (条例第三十三条).
 * The reply clock decides, exactly as on the case page.
 */
export async function overdueRepliesInYear(deps: Pick<ApplicationsDeps, 'ctx' | 'calendar'>, actor: Actor, agencyId: string, year: number): Promise<number> {
  const { ctx } = deps;
  await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const rows = await repo.casesOfYear(ctx.db, agencyId, year);
  const records = await repo.clockRecords(ctx.db, agencyId, rows.map((r) => r.id));
  const asOf = today(ctx);
  // The cached clock: the editor asks again on every visit, with the same facts and day.
  const clockOf = (facts: CaseFacts, day: LocalDate) => cachedClock(deps.calendar, facts, day);
  return rows.filter((row) => lateInYear(clockOf, factsOf(row, records), year, asOf)).length;
}

/** Agencies whose cases the actor may list: own agencies, and subtrees for supervisors/admins. */
export async function readableAgencies(ctx: ServiceContext, actor: Actor): Promise<Array<{ id: string; name: string }>> {
  const ids = new Set<string>();
  for (const root of grantRootsFor(actor, 'agency.read')) {
    if (root.reach === 'own') ids.add(root.agencyId);
    else for (const id of await findSubtreeIds(ctx.db, root.agencyId)) ids.add(id);
  }
  return (await listAgenciesByIds(ctx.db, [...ids], { includeArchived: false })).map((a) => ({ id: a.id, name: a.name }));
}

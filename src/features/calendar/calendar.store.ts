// The calendar every deadline is counted on (条例第三十三条): the bundled official arrangements plus the
// installation's overrides from the database, built once and kept in memory — the reply clock of every
// open case on the staff home page walks it thousands of times per visit.
//
// Freshness: a change made through calendar.service.ts calls reload() after its transaction commits, so
// the same process counts with it from then on. Another process (a second web server, or
// `gongkai calendar import` run while the server is up) changes the `calendar.version` setting row in the
// same transaction as the days; each process re-reads that one row at most every `recheckMs` (5 s) before
// a request that counts deadlines (keepCalendarFresh) and reloads the days only when it changed.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import type { LocalDate } from '../../law/local-date.ts';
import { createOfficialCalendar } from '../../law/official-arrangements.ts';
import { listArrangements, listLiveOverrides, readCalendarVersion } from './calendar.repository.ts';

export const CALENDAR_RECHECK_MS = 5_000;

export class CalendarStore {
  private calendar: WorkingDayCalendar | null = null;
  private version: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private invalidated = false;
  private loading: Promise<void> | null = null;

  private readonly db: Kysely<DB>;
  private readonly recheckMs: number;
  private readonly monotonicNow: () => number;

  constructor(db: Kysely<DB>, recheckMs = CALENDAR_RECHECK_MS, monotonicNow: () => number = () => performance.now()) {
    this.db = db;
    this.recheckMs = recheckMs;
    this.monotonicNow = monotonicNow;
  }

  /** The calendar as last loaded. `fresh()` must have run once (keepCalendarFresh does it per request). */
  current(): WorkingDayCalendar {
    if (!this.calendar) throw new Error('工作日历尚未载入：请先调用 CalendarStore.fresh()。');
    return this.calendar;
  }

  /** The calendar, reloaded first when it changed in this process or (checked every recheckMs) in another. */
  async fresh(): Promise<WorkingDayCalendar> {
    const due = this.invalidated || !this.calendar || this.monotonicNow() - this.checkedAt >= this.recheckMs;
    if (due) {
      this.loading ??= this.refresh().finally(() => {
        this.loading = null;
      });
      await this.loading;
    }
    return this.current();
  }

  /**
   * Called after a change has committed: reloads now, so every later use in this process — also by
   * features that only read `current()` — counts with the change.
   */
  async reload(): Promise<void> {
    // A load already under way may have read the days before the change: let it finish, then load again.
    if (this.loading) await this.loading;
    this.invalidated = true;
    await this.fresh();
  }

  private async refresh(): Promise<void> {
    const forced = this.invalidated || !this.calendar;
    this.invalidated = false;
    const version = await readCalendarVersion(this.db);
    this.checkedAt = this.monotonicNow();
    if (!forced && version === this.version) return;
    const [overrides, arrangements] = await Promise.all([listLiveOverrides(this.db), listArrangements(this.db)]);
    this.calendar = createOfficialCalendar(
      overrides.map((o) => ({ date: o.date as LocalDate, kind: o.kind, note: o.note })),
      new Set(arrangements.map((a) => a.year)),
    );
    this.version = version;
  }
}

// One store per database handle: the web app, each test app and each CLI run have their own.
const stores = new WeakMap<Kysely<DB>, CalendarStore>();

export function calendarStoreFor(db: Kysely<DB>): CalendarStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new CalendarStore(db)));
  return store;
}

/** The installation's calendar, loaded (or re-checked) now: for the CLI and other one-off callers. */
export async function loadInstallationCalendar(db: Kysely<DB>): Promise<WorkingDayCalendar> {
  return calendarStoreFor(db).fresh();
}

/**
 * For a feature's route plugin whose services count working days: before each of its requests, make
 * sure the store is loaded and not stale, so `calendarStoreFor(db).current()` is safe in the handler.
 */
export function keepCalendarFresh(app: FastifyInstance): void {
  const store = calendarStoreFor(app.context.db);
  app.addHook('onRequest', async () => {
    await store.fresh();
  });
}

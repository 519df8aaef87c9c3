// The installation's calendar in memory (calendar.store.ts) on both databases: a change through the
// service counts at once in the same process; another process's store (here: a second store on the same
// database, as a second web server or the CLI would hold) notices the version row at its next re-check.
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { removeDay, saveDay } from '../../src/features/calendar/calendar.service.ts';
import { CalendarStore, calendarStoreFor } from '../../src/features/calendar/calendar.store.ts';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('calendar store', (under) => {
  it('reloads in-process after a change and across processes after the re-check interval', async () => {
    const ctx = under.context();
    const own = calendarStoreFor(ctx.db);
    let clock = 0;
    const other = new CalendarStore(ctx.db, 5_000, () => clock);
    // Monday 2026-12-07 is an ordinary working day in the official 2026 arrangement.
    expect((await own.fresh()).isWorkingDay('2026-12-07' as never)).toBe(true);
    expect((await other.fresh()).isWorkingDay('2026-12-07' as never)).toBe(true);

    const day = await saveDay(ctx, SYSTEM_ACTOR, { date: '2026-12-07', kind: 'rest_day', note: '本县放假', document: '' });
    // Same process: at once, without waiting for a re-check.
    expect(own.current().isWorkingDay('2026-12-07' as never)).toBe(false);
    // The other process keeps its calendar until its re-check interval has passed…
    clock = 4_999;
    expect((await other.fresh()).isWorkingDay('2026-12-07' as never)).toBe(true);
    // …then sees the version row changed and reloads.
    clock = 5_000;
    expect((await other.fresh()).isWorkingDay('2026-12-07' as never)).toBe(false);

    await removeDay(ctx, SYSTEM_ACTOR, day.id);
    expect(own.current().isWorkingDay('2026-12-07' as never)).toBe(true);
    clock = 10_000;
    expect((await other.fresh()).isWorkingDay('2026-12-07' as never)).toBe(true);
    // The removed setting is kept as history with who and when.
    const row = await ctx.db.selectFrom('calendar_override').selectAll().where('id', '=', day.id).executeTakeFirstOrThrow();
    expect(row.removed_at).not.toBeNull();
  });

  it('at most one day setting in force per date: a second one for the same date changes it', async () => {
    const ctx = under.context();
    const first = await saveDay(ctx, SYSTEM_ACTOR, { date: '2026-12-08', kind: 'rest_day', note: '', document: '' });
    const second = await saveDay(ctx, SYSTEM_ACTOR, { date: '2026-12-08', kind: 'workday', note: '更正', document: '' });
    expect(second.id).toBe(first.id);
    const live = await ctx.db.selectFrom('calendar_override').select(['kind', 'note']).where('date', '=', '2026-12-08').where('removed_at', 'is', null).execute();
    expect(live).toEqual([{ kind: 'workday', note: '更正' }]);
    const audit = await ctx.db.selectFrom('audit_event').select('summary').where('object_id', '=', first.id).orderBy('occurred_at').orderBy('id').execute();
    expect(audit.map((a) => a.summary)).toEqual([
      '节假日安排：2026年12月8日设为休息日',
      '节假日安排：2026年12月8日设为工作日（更正），原为休息日',
    ]);
  });
});

describe('calendar store before loading', () => {
  it('refuses to hand out a calendar it has not loaded', () => {
    const store = new CalendarStore({} as never);
    expect(() => store.current()).toThrow('工作日历尚未载入');
  });
});

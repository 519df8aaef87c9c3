import { describe, expect, it } from 'vitest';
import { addDays, isWeekend, localDate, type LocalDate } from '../../../law/local-date.ts';
import { releaseDueOn, releaseTiming } from './release-deadline.ts';

// A calendar with weekends only, enough to check the arithmetic around the deadline; the real
// holiday calendar is law's WorkingDayCalendar and is tested there.
const weekendsOnly = (from: LocalDate, n: number): LocalDate => {
  let d = from;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
};

describe('Art. 26 release deadline', () => {
  it('counts 20 working days from the day after formation: formed Monday 2024-03-04, due Monday 2024-04-01', () => {
    // 4 March 2024 is a Monday; the 20th working day after it (weekends skipped) is Monday 1 April.
    expect(releaseDueOn(localDate('2024-03-04'), weekendsOnly)).toBe('2024-04-01');
  });

  it('accepts a shorter limit from the standard catalogue but never a longer one', () => {
    expect(releaseDueOn(localDate('2024-03-04'), weekendsOnly, 5)).toBe('2024-03-11');
    expect(() => releaseDueOn(localDate('2024-03-04'), weekendsOnly, 21)).toThrow(/1 至 20 个工作日/);
  });

  it('derives overdue from today, never from a stored flag', () => {
    const dueOn = localDate('2024-04-01');
    const dueSoonFrom = localDate('2024-03-26');
    expect(releaseTiming({ dueOn, dueSoonFrom, publishedOn: null, today: localDate('2024-03-20') }).state).toBe('pending');
    expect(releaseTiming({ dueOn, dueSoonFrom, publishedOn: null, today: localDate('2024-03-27') }).state).toBe('due_soon');
    expect(releaseTiming({ dueOn, dueSoonFrom, publishedOn: null, today: localDate('2024-04-01') }).state).toBe('due_soon');
    expect(releaseTiming({ dueOn, dueSoonFrom, publishedOn: null, today: localDate('2024-04-02') }).state).toBe('overdue');
  });

  it('tells an on-time publication on the due day from a late one the day after', () => {
    const dueOn = localDate('2024-04-01');
    const base = { dueOn, dueSoonFrom: dueOn, today: localDate('2024-05-01') };
    expect(releaseTiming({ ...base, publishedOn: localDate('2024-04-01') }).state).toBe('published_on_time');
    expect(releaseTiming({ ...base, publishedOn: localDate('2024-04-02') }).state).toBe('published_late');
  });
});

import { describe, expect, it } from 'vitest';
import { beijingDayEnd, beijingDayStart, formatBeijingTime } from './format.ts';

describe('showing instants in Beijing time', () => {
  it('shows 02:15:03 UTC as 10:15:03 the same day in Beijing', () => {
    expect(formatBeijingTime('2026-03-02T02:15:03.000Z')).toBe('2026-03-02 10:15:03');
  });

  it('shows 16:30 UTC on 31 December as 00:30 on 1 January of the next year in Beijing', () => {
    expect(formatBeijingTime('2025-12-31T16:30:00.000Z')).toBe('2026-01-01 00:30:00');
  });

  it('starts a Beijing day at 16:00 UTC of the day before and ends it 24 hours later', () => {
    expect(beijingDayStart('2026-03-02')).toBe('2026-03-01T16:00:00.000Z');
    expect(beijingDayEnd('2026-03-02')).toBe('2026-03-02T16:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../../../law/official-arrangements.ts';
import { localDate } from '../../../law/local-date.ts';
import { caseClock, urgencyOf } from './case-clock.ts';

const calendar = createOfficialCalendar();

// spec application-procedure.md §5.2: online application confirmed Wednesday 2024-09-25.
const base = { channel: 'online' as const, arrivedOn: '2024-09-24', receivedOn: '2024-09-25' };

describe('the clock of a case (spec §5.2 worked example across the 2024 National Day holiday)', () => {
  it('a case confirmed on 2024-09-25 is due on Monday 2024-10-28', () => {
    expect(caseClock(calendar, base, localDate('2024-10-01')).finalDueOn).toBe('2024-10-28');
  });

  it('with a correction arriving 2024-10-09 the reply is due on 2024-11-05', () => {
    const clock = caseClock(calendar, { ...base, correction: { requestedOn: '2024-09-27', dueOn: '2024-10-18', correctedOn: '2024-10-09' } }, localDate('2024-10-10'));
    expect(clock.finalDueOn).toBe('2024-11-05');
  });

  it('a third-party consultation from 10-14 to 10-21 moves it to 11-12, and an extension to 12-10', () => {
    const facts = {
      ...base,
      correction: { requestedOn: '2024-09-27', dueOn: '2024-10-18', correctedOn: '2024-10-09' },
      consultations: [{ partyKind: 'third_party' as const, dispatchedOn: '2024-10-14', partyReceivedOn: '2024-10-15', repliedOn: '2024-10-21' }],
    };
    expect(caseClock(calendar, facts, localDate('2024-10-22')).finalDueOn).toBe('2024-11-12');
    expect(caseClock(calendar, { ...facts, extension: { approvedOn: '2024-11-08' } }, localDate('2024-11-08')).finalDueOn).toBe('2024-12-10');
  });

  it('is overdue the day after the deadline and due soon within 3 working days of it', () => {
    expect(urgencyOf(caseClock(calendar, base, localDate('2024-10-29')))).toBe('overdue');
    // 10-23 Wed: 24, 25, 28 remain = 3 working days
    expect(urgencyOf(caseClock(calendar, base, localDate('2024-10-23')))).toBe('due_soon');
    // 10-22 Tue: 23, 24, 25, 28 remain = 4
    expect(urgencyOf(caseClock(calendar, base, localDate('2024-10-22')))).toBe('on_time');
  });

  it('a case still waiting for confirmation has no deadline yet', () => {
    const clock = caseClock(calendar, { ...base, receivedOn: null }, localDate('2024-10-01'));
    expect(clock.finalDueOn).toBeNull();
    expect(urgencyOf(clock)).toBe('not_running');
  });
});

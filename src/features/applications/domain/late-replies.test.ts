import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../../../law/official-arrangements.ts';
import { localDate, type LocalDate } from '../../../law/local-date.ts';
import { caseClock, type CaseFacts } from './case-clock.ts';
import { lateInYear } from './late-replies.ts';

const official = createOfficialCalendar();
const calendar = (facts: CaseFacts, asOf: LocalDate) => caseClock(official, facts, asOf);
// spec application-procedure.md §5.2: an online application confirmed 2024-09-25 is due Monday 2024-10-28
// (20 working days across the National Day holiday).
const base = { channel: 'online' as const, arrivedOn: '2024-09-24', receivedOn: '2024-09-25' };
const endOf2025 = localDate('2025-12-31');

describe('late replies of a report year', () => {
  it('a reply on the deadline day is on time; the next day is late', () => {
    expect(lateInYear(calendar, { ...base, decidedOn: '2024-10-28' }, 2024, endOf2025)).toBe(false);
    expect(lateInYear(calendar, { ...base, decidedOn: '2024-10-29' }, 2024, endOf2025)).toBe(true);
  });

  it('a case still unanswered on 31 December past its deadline is late in that year', () => {
    expect(lateInYear(calendar, base, 2024, endOf2025)).toBe(true);
  });

  it('a case carried over late and answered late in January is late in both years', () => {
    const facts = { ...base, decidedOn: '2025-01-06' };
    expect(lateInYear(calendar, facts, 2024, endOf2025)).toBe(true);
    expect(lateInYear(calendar, facts, 2025, endOf2025)).toBe(true);
  });

  it('in the running year only days up to today count', () => {
    // On 2024-10-20 the case still has working days left (due 10-28).
    expect(lateInYear(calendar, base, 2024, localDate('2024-10-20'))).toBe(false);
    expect(lateInYear(calendar, base, 2024, localDate('2024-10-29'))).toBe(true);
  });

  it('ignores a case answered in an earlier year, received after the year, or never received', () => {
    expect(lateInYear(calendar, { ...base, decidedOn: '2024-10-29' }, 2025, endOf2025)).toBe(false);
    expect(lateInYear(calendar, base, 2023, endOf2025)).toBe(false);
    expect(lateInYear(calendar, { ...base, receivedOn: null }, 2024, endOf2025)).toBe(false);
  });

  it('within 20 calendar days of receipt a case is never late, whatever its events', () => {
    // Received 2024-10-08 (after the holiday), answered 2024-10-28: 20 calendar days, 15 working days.
    expect(lateInYear(calendar, { channel: 'in_person', arrivedOn: '2024-10-08', receivedOn: '2024-10-08', decidedOn: '2024-10-28' }, 2024, endOf2025)).toBe(false);
    // Received 2024-12-20 and open on 31 December: 11 days, not yet late in 2024.
    expect(lateInYear(calendar, { channel: 'in_person', arrivedOn: '2024-12-20', receivedOn: '2024-12-20' }, 2024, endOf2025)).toBe(false);
  });

  it('an approved extension moves the deadline: a reply within it is on time', () => {
    // Worked by hand: 20 further working days after 10-28 — Oct 29–31, Nov 1, 4–8, 11–15, 18–22, 25 — end 2024-11-25.
    expect(lateInYear(calendar, { ...base, extension: { approvedOn: '2024-10-25' }, decidedOn: '2024-11-20' }, 2024, endOf2025)).toBe(false);
  });
});

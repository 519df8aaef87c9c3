import { describe, expect, it } from 'vitest';
import { localDate } from '../../../law/local-date.ts';
import { createOfficialCalendar } from '../../../law/official-arrangements.ts';
import { complaintAnswerDueOn, groupQueryCode, isComplaintOverdue, maskContact, overdueIfFiledOnOrBefore } from './complaint.ts';

describe('masking a complainant’s contact for readers who do not answer it', () => {
  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskContact('13812345678')).toBe('138****5678');
    expect(maskContact('0375-7012345')).toBe('037****2345');
  });
  it('keeps the first letter and the domain of an e-mail address', () => {
    expect(maskContact('zhangsan@example.com')).toBe('z***@example.com');
  });
  it('keeps only the first character of anything else', () => {
    expect(maskContact('张先生')).toBe('张**');
    expect(maskContact('王')).toBe('*');
  });
});

describe('when an unanswered complaint is flagged (15 working days, a product default)', () => {
  const calendar = createOfficialCalendar();

  it('counts 15 working days after the filing day in an ordinary month', () => {
    // Filed Mon 2 Nov 2026; working days 3,4,5,6 | 9–13 | 16–20 | 23 → the 15th is Mon 23 Nov.
    expect(complaintAnswerDueOn(calendar, localDate('2026-11-02'))).toBe('2026-11-23');
    expect(isComplaintOverdue(calendar, localDate('2026-11-02'), localDate('2026-11-23'))).toBe(false);
    expect(isComplaintOverdue(calendar, localDate('2026-11-02'), localDate('2026-11-24'))).toBe(true);
  });

  it('skips the 2026 春节 holiday and counts its 调休 Saturdays', () => {
    // Filed Fri 13 Feb 2026: Sat 14 Feb (调休上班) is day 1, 15–23 Feb are holidays, 24–27 Feb days 2–5,
    // Sat 28 Feb (调休上班) day 6, 2–6 Mar days 7–11, 9–12 Mar days 12–15.
    expect(complaintAnswerDueOn(calendar, localDate('2026-02-13'))).toBe('2026-03-12');
    // Filed during the holiday: the count starts with the first working day after it (24 Feb), so 13 Mar.
    expect(complaintAnswerDueOn(calendar, localDate('2026-02-18'))).toBe('2026-03-13');
  });

  it('finds the last filing date that is overdue today, for a count in one query', () => {
    // On Thu 26 Nov 2026: filed Wed 4 Nov → due Wed 25 Nov (overdue); filed 5 Nov → due 26 Nov (not yet).
    expect(overdueIfFiledOnOrBefore(calendar, localDate('2026-11-26'))).toBe('2026-11-04');
    // On Fri 13 Mar 2026 every filing from 14 Feb to 23 Feb is due that very day, so the walk crosses the holiday.
    expect(overdueIfFiledOnOrBefore(calendar, localDate('2026-03-13'))).toBe('2026-02-13');
  });
});

describe('the complaint 查询码 as shown to the complainant', () => {
  it('is grouped in fours for reading aloud', () => {
    expect(groupQueryCode('ABCD2345EFGH')).toBe('ABCD-2345-EFGH');
  });
});

import { describe, expect, it } from 'vitest';
import { localDate } from '../../../law/local-date.ts';
import { confirmationProblem, needsConfirmation, receiptDate } from './channels.ts';

const d = localDate;

describe('receipt date by channel (条例第三十一条)', () => {
  it('an application handed in is received the day it is handed in', () => {
    expect(receiptDate({ channel: 'in_person', arrivedOn: d('2024-09-25') })).toBe('2024-09-25');
  });
  it('a signed-for letter is received the day the organ signs for it', () => {
    expect(receiptDate({ channel: 'post_signed', arrivedOn: d('2024-09-26') })).toBe('2024-09-26');
  });
  it('an ordinary letter, an online form, an e-mail and a fax are received only on the day both sides confirm', () => {
    for (const channel of ['post_ordinary', 'online', 'email', 'fax'] as const) {
      expect(needsConfirmation(channel)).toBe(true);
      expect(receiptDate({ channel, arrivedOn: d('2024-09-25') })).toBeNull();
      expect(receiptDate({ channel, arrivedOn: d('2024-09-25'), confirmedOn: d('2024-09-27') })).toBe('2024-09-27');
    }
  });
  it('refuses a confirmation dated before the application arrived', () => {
    expect(confirmationProblem(d('2024-09-25'), d('2024-09-24'))).toContain('不能早于');
    expect(confirmationProblem(d('2024-09-25'), d('2024-09-25'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { needsConfirmation } from './channels.ts';

describe('submission channels (条例第三十一条)', () => {
  it('an application handed in or a signed-for letter is received without a confirmation step', () => {
    expect(needsConfirmation('in_person')).toBe(false);
    expect(needsConfirmation('post_signed')).toBe(false);
  });
  it('an ordinary letter, an online form, an e-mail and a fax wait until both sides confirm', () => {
    for (const channel of ['post_ordinary', 'online', 'email', 'fax'] as const) expect(needsConfirmation(channel)).toBe(true);
  });
});

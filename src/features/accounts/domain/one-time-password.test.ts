import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateOneTimePassword } from './one-time-password.ts';
import { checkPassword } from './password-rule.ts';

describe('one-time passwords', () => {
  it('always pass the password rule, even when the random source keeps returning zero', () => {
    expect(checkPassword(generateOneTimePassword(() => 0), 'someone').ok).toBe(true);
  });

  it('pass the password rule for many random draws and avoid look-alike characters', () => {
    for (let i = 0; i < 500; i += 1) {
      const password = generateOneTimePassword(randomInt);
      expect(password).toHaveLength(14);
      expect(password).not.toMatch(/[0O1lI]/);
      expect(checkPassword(password, 'clerk').ok).toBe(true);
    }
  });
});

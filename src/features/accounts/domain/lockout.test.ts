import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isLocked, lockedMessage } from './lockout.ts';

const at = (iso: string) => new Date(iso);

describe('login lockout', () => {
  it('counts wrong passwords without locking up to the fourth', () => {
    let state = { failedLoginCount: 0, lockedUntil: null as string | null };
    for (let i = 1; i <= 4; i += 1) {
      state = afterFailedLogin(state, at('2026-03-02T02:00:00.000Z'));
      expect(state).toMatchObject({ failedLoginCount: i, lockedUntil: null });
    }
  });

  it('locks for 15 minutes at the fifth wrong password in a row', () => {
    const state = afterFailedLogin({ failedLoginCount: 4, lockedUntil: null }, at('2026-03-02T02:00:00.000Z'));
    expect(state).toEqual({ failedLoginCount: 0, lockedUntil: '2026-03-02T02:15:00.000Z', justLocked: true });
    expect(isLocked(state, at('2026-03-02T02:14:59.999Z'))).toBe(true);
    expect(isLocked(state, at('2026-03-02T02:15:00.000Z'))).toBe(false);
  });

  it('tells the user in Beijing time when to try again', () => {
    // 02:15 UTC is 10:15 in Beijing (UTC+8).
    expect(lockedMessage('2026-03-02T02:15:00.000Z')).toBe(
      '密码连续输错 5 次，账号已临时锁定。请于 2026年3月2日 10:15（北京时间）后再试，或联系本单位管理员重置密码。',
    );
  });

  it('crosses midnight correctly when converting to Beijing time', () => {
    expect(lockedMessage('2026-12-31T16:05:00.000Z')).toContain('2027年1月1日 00:05');
  });
});

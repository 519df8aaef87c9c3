import { describe, expect, it } from 'vitest';
import { afterFailedLogin, afterSourceFailure, isKnownSource, isLocked, lockedMessage } from './lockout.ts';

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
      '密码连续输错 5 次，这个用户名在您现在所用的网络上已暂停登录。请于 2026年3月2日 10:15（北京时间）后再试，或联系本单位管理员重置密码。',
    );
  });

  it('crosses midnight correctly when converting to Beijing time', () => {
    expect(lockedMessage('2026-12-31T16:05:00.000Z')).toContain('2027年1月1日 00:05');
  });

  it('locks an account only at the twentieth wrong password in a row when given that bound', () => {
    const state = afterFailedLogin({ failedLoginCount: 18, lockedUntil: null }, at('2026-03-02T02:00:00.000Z'), 20);
    expect(state).toEqual({ failedLoginCount: 19, lockedUntil: null, justLocked: false });
    expect(afterFailedLogin(state, at('2026-03-02T02:00:00.000Z'), 20)).toMatchObject({ justLocked: true, lockedUntil: '2026-03-02T02:15:00.000Z' });
  });

  it('counts an address’s failures within 15 minutes of its first one, and pauses it at the thirtieth', () => {
    let state = afterSourceFailure(undefined, at('2026-03-02T02:00:00.000Z'));
    expect(state).toEqual({ failedLoginCount: 1, windowStartedAt: '2026-03-02T02:00:00.000Z', lockedUntil: null, justLocked: false });
    for (let i = 2; i <= 29; i += 1) state = afterSourceFailure(state, at('2026-03-02T02:14:00.000Z'));
    expect(state.failedLoginCount).toBe(29);
    expect(afterSourceFailure(state, at('2026-03-02T02:14:59.000Z'))).toMatchObject({ justLocked: true, lockedUntil: '2026-03-02T02:29:59.000Z' });
    // The window has closed: counting starts again.
    expect(afterSourceFailure(state, at('2026-03-02T02:15:00.000Z'))).toMatchObject({ failedLoginCount: 1, windowStartedAt: '2026-03-02T02:15:00.000Z' });
  });

  it('knows an address for 90 days after a sign-in from it', () => {
    expect(isKnownSource('2026-03-02T02:00:00.000Z', at('2026-05-31T02:00:00.000Z'))).toBe(true);
    expect(isKnownSource('2026-03-02T02:00:00.000Z', at('2026-05-31T02:00:00.001Z'))).toBe(false);
    expect(isKnownSource(undefined, at('2026-03-02T02:00:00.000Z'))).toBe(false);
  });
});

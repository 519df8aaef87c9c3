// Temporary lockout after repeated wrong passwords (GB/T 22239-2019 8.1.4.1 b：应具有登录失败处理功能，
// 应配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施). Pure.

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LoginState {
  readonly failedLoginCount: number;
  /** ISO instant, or null when not locked. */
  readonly lockedUntil: string | null;
}

export function isLocked(state: LoginState, now: Date): boolean {
  return state.lockedUntil !== null && new Date(state.lockedUntil).getTime() > now.getTime();
}

/** The state after one more wrong password: the fifth in a row locks for 15 minutes and resets the count. */
export function afterFailedLogin(state: LoginState, now: Date): LoginState & { readonly justLocked: boolean } {
  const count = (isLocked(state, now) ? 0 : state.failedLoginCount) + 1;
  if (count >= MAX_FAILED_LOGINS) {
    return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString(), justLocked: true };
  }
  return { failedLoginCount: count, lockedUntil: null, justLocked: false };
}

/** Beijing wall-clock time of an instant, e.g. "2026年3月2日 10:15" — what the locked-out user is told. */
export function beijingTime(instant: string): string {
  const shifted = new Date(new Date(instant).getTime() + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日 ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

export function lockedMessage(lockedUntil: string): string {
  return `密码连续输错 ${MAX_FAILED_LOGINS} 次，账号已临时锁定。请于 ${beijingTime(lockedUntil)}（北京时间）后再试，或联系本单位管理员重置密码。`;
}

// Temporary lockout after repeated wrong passwords (GB/T 22239-2019 8.1.4.1 b：应具有登录失败处理功能，
// 应配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施), built so that nobody can use it
// to learn which accounts exist or to lock someone else out (issue 13 item 5). Pure.
//
// Three counters:
// - per user name and network address: 5 wrong passwords in a row pause that name **at that address**
//   for 15 minutes. Counted by the name typed, whether or not an account has it, so a name nobody has
//   gets exactly the same answers as a real one;
// - per address: 30 failed sign-ins within 15 minutes, whatever the names, pause the address;
// - per account, from anywhere: 20 wrong passwords in a row lock the account for 15 minutes — but the
//   right password from an address the account signed in from within 90 days still gets in, so a
//   stranger elsewhere cannot lock the person out of their own office.

/** Wrong passwords for one user name from one address before that name is paused there. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** Failed sign-ins from one address within LOCKOUT_MINUTES before the address is paused. */
export const MAX_FAILED_LOGINS_PER_SOURCE = 30;
/** Wrong passwords in a row for one account, from any address, before the account is locked. */
export const MAX_FAILED_LOGINS_PER_ACCOUNT = 20;
/** How long an address an account signed in from stays "known" to it. */
export const KNOWN_SOURCE_DAYS = 90;

export interface LoginState {
  readonly failedLoginCount: number;
  /** ISO instant, or null when not locked. */
  readonly lockedUntil: string | null;
}

export function isLocked(state: LoginState, now: Date): boolean {
  return state.lockedUntil !== null && new Date(state.lockedUntil).getTime() > now.getTime();
}

/** The state after one more wrong password: the `max`-th in a row locks for 15 minutes and resets the count. */
export function afterFailedLogin(state: LoginState, now: Date, max: number = MAX_FAILED_LOGINS): LoginState & { readonly justLocked: boolean } {
  const count = (isLocked(state, now) ? 0 : state.failedLoginCount) + 1;
  if (count >= max) {
    return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString(), justLocked: true };
  }
  return { failedLoginCount: count, lockedUntil: null, justLocked: false };
}

/** An address's failures, counted within a window of LOCKOUT_MINUTES that starts at its first failure. */
export interface WindowState extends LoginState {
  readonly windowStartedAt: string;
}

export function afterSourceFailure(state: WindowState | undefined, now: Date): WindowState & { readonly justLocked: boolean } {
  const windowOpen = state !== undefined && state.lockedUntil === null && now.getTime() - new Date(state.windowStartedAt).getTime() < LOCKOUT_MINUTES * 60_000;
  const count = (windowOpen ? state.failedLoginCount : 0) + 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now.toISOString();
  if (count >= MAX_FAILED_LOGINS_PER_SOURCE) {
    return { failedLoginCount: 0, windowStartedAt, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString(), justLocked: true };
  }
  return { failedLoginCount: count, windowStartedAt, lockedUntil: null, justLocked: false };
}

/** Whether an address the account last signed in from at `lastSuccessAt` still counts as its own. */
export function isKnownSource(lastSuccessAt: string | undefined, now: Date): boolean {
  return lastSuccessAt !== undefined && now.getTime() - new Date(lastSuccessAt).getTime() <= KNOWN_SOURCE_DAYS * 86_400_000;
}

/** Beijing wall-clock time of an instant, e.g. "2026年3月2日 10:15" — what the locked-out user is told. */
export function beijingTime(instant: string): string {
  const shifted = new Date(new Date(instant).getTime() + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日 ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

export const INVALID_CREDENTIALS = '用户名或密码不正确。';

/** After a wrong password (or a name nobody has — the same words): how many tries are left here. */
export function wrongPasswordMessage(failuresHere: number): string {
  const left = MAX_FAILED_LOGINS - failuresHere;
  return `${INVALID_CREDENTIALS}再输错 ${left} 次，这个用户名将在您现在所用的网络上暂停登录 ${LOCKOUT_MINUTES} 分钟。`;
}

/** The user name is paused at this address (the same words whether or not an account has the name). */
export function lockedMessage(lockedUntil: string): string {
  return `密码连续输错 ${MAX_FAILED_LOGINS} 次，这个用户名在您现在所用的网络上已暂停登录。请于 ${beijingTime(lockedUntil)}（北京时间）后再试，或联系本单位管理员重置密码。`;
}

/** The address is paused: too many failed sign-ins from it, whatever the names. */
export function sourceLockedMessage(lockedUntil: string): string {
  return `您所用的网络登录失败次数过多，已暂停登录。请于 ${beijingTime(lockedUntil)}（北京时间）后再试。`;
}

/** Only to someone who typed the right password: the account is locked and this address is not one it knows. */
export function accountLockedMessage(lockedUntil: string): string {
  return `该账号近期多次登录失败，已临时锁定至 ${beijingTime(lockedUntil)}（北京时间）。请在您以前登录过的电脑或网络上登录，或联系本单位管理员重置密码。`;
}

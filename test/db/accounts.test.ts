import { expect, it } from 'vitest';
import {
  changeOwnPassword,
  createAccount,
  disableAccount,
  grantRole,
  listAccounts,
  loadActor,
  renameAccount,
  resetPassword,
  revokeRole,
  signIn,
} from '../../src/features/accounts/accounts.service.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { searchAudit } from '../../src/features/audit/audit.service.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/platform/errors.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree } from './tree.ts';

describeEachDatabase('accounts service', ({ context, database }) => {
  it('creates an account with an argon2id hash and a one-time password that must be changed at first sign-in', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A1');
    const { account, oneTimePassword } = await createAccount(ctx, SYSTEM_ACTOR, {
      agencyId: tree.townA.id,
      username: 'A1-Clerk',
      displayName: '张三',
      roles: ['clerk'],
    });
    expect(account).toMatchObject({ username: 'a1-clerk', displayName: '张三', mustChangePassword: true, agencyId: tree.townA.id });
    expect(account.grants.map((g) => [g.agencyId, g.role])).toEqual([[tree.townA.id, 'clerk']]);
    const row = await database().db.selectFrom('account').select('password_hash').where('id', '=', account.id).executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain(oneTimePassword);
    const result = await signIn(ctx, { username: 'A1-CLERK', password: oneTimePassword });
    expect(result).toMatchObject({ ok: true, mustChangePassword: true });
  });

  it('refuses a second account with the same username in any letter case', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A2');
    await createAccount(ctx, SYSTEM_ACTOR, { agencyId: tree.townA.id, username: 'a2-user', displayName: '李四' });
    await expect(createAccount(ctx, SYSTEM_ACTOR, { agencyId: tree.townB.id, username: 'A2-USER', displayName: '王五' })).rejects.toThrow(ConflictError);
  });

  it('pauses a user name at one address for 15 minutes after five wrong passwords from there, and says when to retry', async () => {
    let now = new Date('2026-03-02T02:00:00.000Z');
    const ctx = context(() => now);
    const tree = await buildTree(ctx, 'A3');
    const { password } = await accountWith(ctx, tree.townA, 'clerk', 'a3-clerk');
    for (let i = 1; i <= 4; i += 1) {
      const r = await signIn(ctx, { username: 'a3-clerk', password: 'wrong-password' }, '203.0.113.5');
      expect(r).toEqual({ ok: false, reason: 'invalid', message: `用户名或密码不正确。再输错 ${5 - i} 次，这个用户名将在您现在所用的网络上暂停登录 15 分钟。` });
    }
    const fifth = await signIn(ctx, { username: 'a3-clerk', password: 'wrong-password' }, '203.0.113.5');
    expect(fifth).toMatchObject({ ok: false, reason: 'locked', retryAt: '2026-03-02T02:15:00.000Z' });
    if (fifth.ok) throw new Error('unreachable');
    // 02:15 UTC is 10:15 in Beijing.
    expect(fifth.message).toBe('密码连续输错 5 次，这个用户名在您现在所用的网络上已暂停登录。请于 2026年3月2日 10:15（北京时间）后再试，或联系本单位管理员重置密码。');
    // Even the right password is refused from that address while paused …
    now = new Date('2026-03-02T02:14:00.000Z');
    expect(await signIn(ctx, { username: 'a3-clerk', password }, '203.0.113.5')).toMatchObject({ ok: false, reason: 'locked' });
    // … but not from another address: a stranger's guesses do not lock the person out.
    expect(await signIn(ctx, { username: 'a3-clerk', password }, '198.51.100.7')).toMatchObject({ ok: true });
    now = new Date('2026-03-02T02:15:00.000Z');
    expect(await signIn(ctx, { username: 'a3-clerk', password }, '203.0.113.5')).toMatchObject({ ok: true });
    const actions = (await searchAudit(ctx, SYSTEM_ACTOR, { agencyId: tree.townA.id, pageSize: 50 })).rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'account.login_failed')).toHaveLength(5);
    // accountWith signed in once to set the password, then the two sign-ins above.
    expect(actions.filter((a) => a === 'account.login')).toHaveLength(3);
  });

  it('answers a user name nobody has exactly like a wrong password, try by try, lock included', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L7');
    await accountWith(ctx, tree.townA, 'clerk', 'l7-clerk');
    for (let i = 1; i <= 7; i += 1) {
      const real = await signIn(ctx, { username: 'l7-clerk', password: `wrong-${i}` }, '203.0.113.7');
      const nobody = await signIn(ctx, { username: 'l7-nobody', password: `wrong-${i}` }, '203.0.113.7');
      expect(nobody).toEqual(real);
    }
    expect(await signIn(ctx, { username: 'nobody-here', password: 'whatever' }, '203.0.113.8')).toEqual({
      ok: false,
      reason: 'invalid',
      message: '用户名或密码不正确。再输错 4 次，这个用户名将在您现在所用的网络上暂停登录 15 分钟。',
    });
  });

  it('locks an account after twenty wrong passwords from anywhere, but lets the right password in from an address it signed in from', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L8');
    const { password } = await accountWith(ctx, tree.townA, 'leader', 'l8-leader');
    // The leader signs in at the office once.
    expect(await signIn(ctx, { username: 'l8-leader', password }, '198.51.100.20')).toMatchObject({ ok: true });
    // Strangers on four addresses try five passwords each: twenty in a row lock the account.
    for (const stranger of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']) {
      for (let i = 0; i < 5; i += 1) await signIn(ctx, { username: 'l8-leader', password: `guess-${i}` }, stranger);
    }
    const lockEvents = (await searchAudit(ctx, SYSTEM_ACTOR, { agencyId: tree.townA.id, action: 'account.lock' })).rows;
    expect(lockEvents).toHaveLength(1);
    // The right password from a new address is refused, and only then says the account is locked (02:15 UTC = 10:15).
    expect(await signIn(ctx, { username: 'l8-leader', password }, '192.0.2.99')).toEqual({
      ok: false,
      reason: 'locked',
      retryAt: '2026-03-02T02:15:00.000Z',
      message: '该账号近期多次登录失败，已临时锁定至 2026年3月2日 10:15（北京时间）。请在您以前登录过的电脑或网络上登录，或联系本单位管理员重置密码。',
    });
    // A wrong password on the locked account still reads like any wrong password (nothing learned).
    expect(await signIn(ctx, { username: 'l8-leader', password: 'guess-x' }, '192.0.2.98')).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('再输错 4 次') });
    // The office still gets in.
    expect(await signIn(ctx, { username: 'l8-leader', password }, '198.51.100.20')).toMatchObject({ ok: true });
  });

  it('pauses an address after thirty failed sign-ins within 15 minutes, whatever the names', async () => {
    let now = new Date('2026-03-02T02:00:00.000Z');
    const ctx = context(() => now);
    const tree = await buildTree(ctx, 'L9');
    const { password } = await accountWith(ctx, tree.townA, 'clerk', 'l9-clerk');
    let last;
    for (let i = 1; i <= 30; i += 1) last = await signIn(ctx, { username: `l9-guess-${i}`, password: 'x' }, '203.0.113.30');
    expect(last).toEqual({ ok: false, reason: 'locked', retryAt: '2026-03-02T02:15:00.000Z', message: '您所用的网络登录失败次数过多，已暂停登录。请于 2026年3月2日 10:15（北京时间）后再试。' });
    expect(await signIn(ctx, { username: 'l9-clerk', password }, '203.0.113.30')).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signIn(ctx, { username: 'l9-clerk', password }, '203.0.113.31')).toMatchObject({ ok: true });
    // Failures spread beyond the window do not add up: 29, then a quarter of an hour later one more.
    for (let i = 1; i <= 29; i += 1) await signIn(ctx, { username: `l9-slow-${i}`, password: 'x' }, '203.0.113.32');
    now = new Date('2026-03-02T02:16:00.000Z');
    expect(await signIn(ctx, { username: 'l9-slow-30', password: 'x' }, '203.0.113.32')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a disabled account even with the right password, and loads no actor for it', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A4');
    const { password, accountId } = await accountWith(ctx, tree.townA, 'clerk', 'a4-clerk');
    const { actor: admin } = await accountWith(ctx, tree.townA, 'admin', 'a4-admin');
    await disableAccount(ctx, admin, accountId);
    expect(await signIn(ctx, { username: 'a4-clerk', password })).toMatchObject({ ok: false, reason: 'disabled' });
    expect(await loadActor(ctx, accountId)).toBeNull();
  });

  it('changes the password only with the current one and a password that meets the rule', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A5');
    const { actor, password } = await accountWith(ctx, tree.townA, 'clerk', 'a5-clerk');
    await expect(changeOwnPassword(ctx, actor, { currentPassword: 'wrong', newPassword: 'Caoba-Town-2026', confirmPassword: 'Caoba-Town-2026' })).rejects.toMatchObject({
      fields: { currentPassword: '当前密码不正确。' },
    });
    await expect(changeOwnPassword(ctx, actor, { currentPassword: password, newPassword: 'short1A', confirmPassword: 'short1A' })).rejects.toThrow(ValidationError);
    await expect(changeOwnPassword(ctx, actor, { currentPassword: password, newPassword: 'Caoba-Town-2026', confirmPassword: 'Caoba-Town-2027' })).rejects.toMatchObject({
      fields: { confirmPassword: '两次输入的新密码不一致' },
    });
    await changeOwnPassword(ctx, actor, { currentPassword: password, newPassword: 'Caoba-Town-2026', confirmPassword: 'Caoba-Town-2026' });
    expect(await signIn(ctx, { username: 'a5-clerk', password })).toMatchObject({ ok: false });
    expect(await signIn(ctx, { username: 'a5-clerk', password: 'Caoba-Town-2026' })).toMatchObject({ ok: true, mustChangePassword: false });
  });

  it('lets an admin reset a password, which lifts a lockout and demands a change', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A6');
    const { accountId } = await accountWith(ctx, tree.townA, 'clerk', 'a6-clerk');
    for (let i = 0; i < 5; i += 1) await signIn(ctx, { username: 'a6-clerk', password: 'wrong' });
    const { actor: admin } = await accountWith(ctx, tree.townA, 'admin', 'a6-admin');
    const { oneTimePassword } = await resetPassword(ctx, admin, accountId);
    expect(await signIn(ctx, { username: 'a6-clerk', password: oneTimePassword })).toMatchObject({ ok: true, mustChangePassword: true });
  });

  it('lets a township admin manage only its own accounts, and a county admin those of the whole county', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A7');
    const { accountId: clerkB } = await accountWith(ctx, tree.townB, 'clerk', 'a7-clerk-b');
    await accountWith(ctx, tree.townA, 'clerk', 'a7-clerk-a');
    const { actor: townAdmin } = await accountWith(ctx, tree.townA, 'admin', 'a7-admin-a');
    const { actor: countyAdmin } = await accountWith(ctx, tree.county, 'admin', 'a7-admin-c');
    expect((await listAccounts(ctx, townAdmin)).map((a) => a.username)).toEqual(['a7-admin-a', 'a7-clerk-a']);
    expect((await listAccounts(ctx, countyAdmin)).map((a) => a.username)).toEqual(['a7-admin-a', 'a7-admin-c', 'a7-clerk-a', 'a7-clerk-b']);
    await expect(resetPassword(ctx, townAdmin, clerkB)).rejects.toThrow(NotFoundError);
    await expect(resetPassword(ctx, countyAdmin, clerkB)).resolves.toHaveProperty('oneTimePassword');
  });

  it('grants supervision on a government only, and a revoked role no longer counts', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A8');
    const { account } = await createAccount(ctx, SYSTEM_ACTOR, { agencyId: tree.office.id, username: 'a8-supervisor', displayName: '赵六' });
    await expect(grantRole(ctx, SYSTEM_ACTOR, { accountId: account.id, agencyId: tree.townA.id, role: 'supervisor' })).rejects.toThrow(ValidationError);
    const grant = await grantRole(ctx, SYSTEM_ACTOR, { accountId: account.id, agencyId: tree.county.id, role: 'supervisor' });
    await expect(grantRole(ctx, SYSTEM_ACTOR, { accountId: account.id, agencyId: tree.county.id, role: 'supervisor' })).rejects.toThrow(ConflictError);
    expect((await loadActor(ctx, account.id))).toMatchObject({ grants: [{ agencyId: tree.county.id, role: 'supervisor' }] });
    await revokeRole(ctx, SYSTEM_ACTOR, grant.id);
    expect((await loadActor(ctx, account.id))).toMatchObject({ grants: [] });
  });

  it('refuses a clerk creating accounts', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A9');
    const { actor } = await accountWith(ctx, tree.townA, 'clerk', 'a9-clerk');
    await expect(createAccount(ctx, actor, { agencyId: tree.townA.id, username: 'a9-new', displayName: '新人' })).rejects.toThrow(ForbiddenError);
  });

  it('never leaves a partial record: a failing role grant undoes the account it was created with', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'A10');
    // Supervisor on a township is refused inside the same transaction that inserted the account.
    await expect(
      createAccount(ctx, SYSTEM_ACTOR, { agencyId: tree.townA.id, username: 'a10-half', displayName: '半个', roles: ['clerk', 'supervisor'] }),
    ).rejects.toThrow(ValidationError);
    const rows = await database().db.selectFrom('account').select('id').where('username', '=', 'a10-half').execute();
    expect(rows).toEqual([]);
    const events = await searchAudit(ctx, SYSTEM_ACTOR, { agencyId: tree.townA.id, action: 'account.create' });
    expect(events.total).toBe(0);
  });
});

describeEachDatabase('account profile', ({ context }) => {
  it('renames an account, refusing an empty name, and records the old and new name', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'R1');
    const { accountId } = await accountWith(ctx, tree.townA, 'clerk', 'r1-clerk');
    const { actor: admin } = await accountWith(ctx, tree.townA, 'admin', 'r1-admin');
    await expect(renameAccount(ctx, admin, accountId, ' ')).rejects.toMatchObject({ fields: { displayName: '姓名至少 2 个字' } });
    expect(await renameAccount(ctx, admin, accountId, '李明')).toMatchObject({ displayName: '李明' });
    const [event] = (await searchAudit(ctx, SYSTEM_ACTOR, { action: 'account.rename', objectId: accountId })).rows;
    expect(event).toMatchObject({ before: { displayName: '测试clerk' }, after: { displayName: '李明' } });
  });
});

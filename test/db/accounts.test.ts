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

  it('locks the account for 15 minutes after five wrong passwords and says when to retry', async () => {
    let now = new Date('2026-03-02T02:00:00.000Z');
    const ctx = context(() => now);
    const tree = await buildTree(ctx, 'A3');
    const { password } = await accountWith(ctx, tree.townA, 'clerk', 'a3-clerk');
    for (let i = 1; i <= 4; i += 1) {
      const r = await signIn(ctx, { username: 'a3-clerk', password: 'wrong-password' });
      expect(r).toEqual({ ok: false, reason: 'invalid', message: `用户名或密码不正确。再输错 ${5 - i} 次，账号将被临时锁定 15 分钟。` });
    }
    const fifth = await signIn(ctx, { username: 'a3-clerk', password: 'wrong-password' });
    expect(fifth).toMatchObject({ ok: false, reason: 'locked', retryAt: '2026-03-02T02:15:00.000Z' });
    if (fifth.ok) throw new Error('unreachable');
    expect(fifth.message).toContain('2026年3月2日 10:15（北京时间）');
    // Even the right password is refused while locked.
    now = new Date('2026-03-02T02:14:00.000Z');
    expect(await signIn(ctx, { username: 'a3-clerk', password })).toMatchObject({ ok: false, reason: 'locked' });
    now = new Date('2026-03-02T02:15:00.000Z');
    expect(await signIn(ctx, { username: 'a3-clerk', password })).toMatchObject({ ok: true });
    const actions = (await searchAudit(ctx, SYSTEM_ACTOR, { agencyId: tree.townA.id, pageSize: 50 })).rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'account.login_failed')).toHaveLength(4);
    expect(actions.filter((a) => a === 'account.lock')).toHaveLength(1);
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const ctx = context();
    expect(await signIn(ctx, { username: 'nobody-here', password: 'whatever' })).toEqual({ ok: false, reason: 'invalid', message: '用户名或密码不正确。' });
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

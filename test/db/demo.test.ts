import { expect, it } from 'vitest';
import { listAccounts, signIn } from '../../src/features/accounts/accounts.service.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { listAgencies } from '../../src/features/agencies/agencies.service.ts';
import { formatCredentials, loadDemoIfEmpty } from '../../src/features/demo/demo.service.ts';
import { describeEachDatabase } from '../support/db.ts';

describeEachDatabase('demo county', ({ context }) => {
  it('loads the county, its 政务公开办, three townships and two departments into an empty database, once', async () => {
    const ctx = context();
    const first = await loadDemoIfEmpty(ctx);
    expect(first.loaded).toBe(true);
    const tree = await listAgencies(ctx, SYSTEM_ACTOR);
    expect(tree.map((a) => `${'-'.repeat(a.depth)}${a.name}`)).toEqual([
      '示范县人民政府',
      '-示范县人民政府办公室（政务公开办）',
      '-土门关乡人民政府',
      '-草坝镇人民政府',
      '-曹镇乡人民政府',
      '-示范县发展和改革局',
      '-示范县自然资源局',
    ]);
    const second = await loadDemoIfEmpty(ctx);
    expect(second).toEqual({ loaded: false, agencies: 0, credentials: [], hooks: [] });
    expect(await listAgencies(ctx, SYSTEM_ACTOR)).toHaveLength(7);
    // The whole demo (catalogue import, applications, 12 published annual reports) through the services:
    // seconds on an idle machine, more on PostgreSQL under a loaded CI — the same allowance as the other demo tests.
  }, 180_000);

  it('gives one account per role whose one-time password signs in and must be changed', async () => {
    const ctx = context();
    const accounts = await listAccounts(ctx, SYSTEM_ACTOR);
    expect(accounts.map((a) => a.username).sort()).toEqual(['county-admin', 'gkb-supervisor', 'tmg-admin', 'tmg-clerk', 'tmg-leader', 'tmg-reviewer']);
    expect(accounts.every((a) => a.mustChangePassword)).toBe(true);
  });

  it('places the supervisor at the 政务公开办 with supervision granted on the county government, and the clerk on 土门关乡', async () => {
    const ctx = context();
    const accounts = await listAccounts(ctx, SYSTEM_ACTOR);
    const supervisor = accounts.find((a) => a.username === 'gkb-supervisor')!;
    const clerk = accounts.find((a) => a.username === 'tmg-clerk')!;
    const agencies = await listAgencies(ctx, SYSTEM_ACTOR);
    const nameOf = (id: string) => agencies.find((a) => a.id === id)!.name;
    expect(supervisor.grants.map((g) => [nameOf(g.agencyId), g.role])).toEqual([['示范县人民政府', 'supervisor']]);
    expect(nameOf(supervisor.agencyId)).toBe('示范县人民政府办公室（政务公开办）');
    expect(clerk.grants.map((g) => [nameOf(g.agencyId), g.role])).toEqual([['土门关乡人民政府', 'clerk']]);
  });
});

describeEachDatabase('demo credentials', ({ context }) => {
  it('are returned once, in clear, and each signs in', async () => {
    const ctx = context();
    const result = await loadDemoIfEmpty(ctx);
    expect(result.credentials).toHaveLength(6);
    for (const credential of result.credentials) {
      expect(await signIn(ctx, { username: credential.username, password: credential.password })).toMatchObject({ ok: true, mustChangePassword: true });
    }
    const text = formatCredentials(result.credentials);
    expect(text).toContain('仅显示这一次');
    expect(text).toContain('tmg-clerk');
  });
});

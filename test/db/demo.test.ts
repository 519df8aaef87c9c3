import { expect, it } from 'vitest';
import { listAccounts, signIn } from '../../src/features/accounts/accounts.service.ts';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { listAgencies } from '../../src/features/agencies/agencies.service.ts';
import { formatCredentials, loadDemo, loadDemoIfEmpty } from '../../src/features/demo/demo.service.ts';
import { demoHooks } from '../../src/features/demo/index.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { describeEachDatabase } from '../support/db.ts';

// Loading the whole demo (≈1,700 catalogue items indexed for search, applications, appeals, two years of
// reports) takes 5–25 s on a loaded two-core machine; the default 30 s per test left no margin.
const DEMO_LOAD_MS = 120_000;

describeEachDatabase('demo county', ({ context }) => {
  it('a hook failing half-way leaves nothing behind: agencies, accounts, hook records and audit events all rolled back', async () => {
    const ctx = context();
    const count = async (table: 'agency' | 'account' | 'audit_event' | 'catalogue_item' | 'application') =>
      Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    // Every real hook runs (catalogue items and applications are created), then one that writes an agency
    // of its own and fails after it.
    const failing = [
      ...demoHooks,
      {
        name: '故障演示',
        load: async (hookCtx: typeof ctx) => {
          const written = await hookCtx.db.selectFrom('catalogue_item').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
          writtenBeforeFailure = Number(written.n);
          await createAgency(hookCtx, SYSTEM_ACTOR, { parentId: null, code: 'half-way', name: '半途单位', level: 'county_government' });
          throw new Error('模拟的故障');
        },
      },
    ];
    let writtenBeforeFailure = 0;
    await expect(loadDemo(ctx, failing)).rejects.toThrow('示范数据载入失败，已全部撤销，数据库中没有留下任何示范记录。原因：模拟的故障');
    expect(writtenBeforeFailure).toBeGreaterThan(0);
    for (const table of ['agency', 'account', 'audit_event', 'catalogue_item', 'application'] as const) expect(await count(table), table).toBe(0);
    // Still empty, so the next start loads the demo as usual (the tests below use it).
  }, DEMO_LOAD_MS);

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
  }, DEMO_LOAD_MS);

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
  }, DEMO_LOAD_MS);
});

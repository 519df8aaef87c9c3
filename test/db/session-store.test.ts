// The session store on web_session, on both databases: a session comes back until it expires, is
// pruned after, and all sessions of an account can be ended at once (password change, disable).
import type { Session } from 'fastify';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAccount } from '../../src/features/accounts/accounts.service.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { DatabaseSessionStore } from '../../src/platform/session-store.ts';
import { describeEachDatabase } from '../support/db.ts';

const HOUR = 3600 * 1000;

function sessionLike(data: Record<string, unknown>, expires: Date): Session {
  return { ...data, cookie: { expires: expires.toISOString(), originalMaxAge: 8 * HOUR, path: '/', httpOnly: true } } as unknown as Session;
}

describeEachDatabase('web sessions in the database', (under) => {
  it('returns a stored session until its cookie expiry, then nothing, and prunes it', async () => {
    let now = new Date('2026-03-02T02:00:00.000Z');
    const store = new DatabaseSessionStore(under.database().db, { maxAgeMs: 8 * HOUR, now: () => now });
    await store.save('s-expiring', sessionLike({ currentAgencyId: 'x' }, new Date(now.getTime() + 8 * HOUR)));
    expect((await store.load('s-expiring'))?.currentAgencyId).toBe('x');
    now = new Date(now.getTime() + 8 * HOUR - 1000);
    expect(await store.load('s-expiring')).not.toBeNull();
    now = new Date(now.getTime() + 1000);
    expect(await store.load('s-expiring')).toBeNull();
    expect(await store.pruneExpired()).toBe(1);
    expect(await store.pruneExpired()).toBe(0);
  });

  it('overwrites a session saved again under the same id', async () => {
    const now = new Date('2026-03-02T02:00:00.000Z');
    const store = new DatabaseSessionStore(under.database().db, { maxAgeMs: 8 * HOUR, now: () => now });
    await store.save('s-same', sessionLike({ currentAgencyId: 'first' }, new Date(now.getTime() + HOUR)));
    await store.save('s-same', sessionLike({ currentAgencyId: 'second' }, new Date(now.getTime() + 2 * HOUR)));
    expect((await store.load('s-same'))?.currentAgencyId).toBe('second');
  });

  it('ends every session of one account except the one asked to keep', async () => {
    const ctx = under.context();
    const agency = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'ss-1', name: '会话测试县人民政府', level: 'county_government' });
    const { account } = await createAccount(ctx, SYSTEM_ACTOR, { agencyId: agency.id, username: 'ss-user', displayName: '会话用户', roles: [] });
    const { account: other } = await createAccount(ctx, SYSTEM_ACTOR, { agencyId: agency.id, username: 'ss-other', displayName: '其他用户', roles: [] });
    const now = new Date('2026-03-02T02:00:00.000Z');
    const store = new DatabaseSessionStore(under.database().db, { maxAgeMs: 8 * HOUR, now: () => now });
    const later = new Date(now.getTime() + HOUR);
    await store.save('s-office', sessionLike({ accountId: account.id }, later));
    await store.save('s-phone', sessionLike({ accountId: account.id }, later));
    await store.save('s-other', sessionLike({ accountId: other.id }, later));
    await store.destroyForAccount(account.id, 's-office');
    expect(await store.load('s-office')).not.toBeNull();
    expect(await store.load('s-phone')).toBeNull();
    expect(await store.load('s-other')).not.toBeNull();
  });
});

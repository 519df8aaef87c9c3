import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { getEffectiveSetting, getSetting, setSetting } from '../../src/features/agencies/settings.service.ts';
import { searchAudit } from '../../src/features/audit/audit.service.ts';
import { ForbiddenError, ValidationError } from '../../src/platform/errors.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, actorWith, buildTree } from './tree.ts';

describeEachDatabase('settings', ({ context }) => {
  it('an agency setting overrides its parent’s, which overrides the global one', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'S1');
    await setSetting(ctx, SYSTEM_ACTOR, null, 's1.page_size', 20);
    expect(await getEffectiveSetting(ctx, tree.townA.id, 's1.page_size')).toBe(20);
    await setSetting(ctx, SYSTEM_ACTOR, tree.county.id, 's1.page_size', 30);
    expect(await getEffectiveSetting(ctx, tree.townA.id, 's1.page_size')).toBe(30);
    await setSetting(ctx, SYSTEM_ACTOR, tree.townA.id, 's1.page_size', { 每页: 50 });
    expect(await getEffectiveSetting(ctx, tree.townA.id, 's1.page_size')).toEqual({ 每页: 50 });
    expect(await getEffectiveSetting(ctx, tree.townB.id, 's1.page_size')).toBe(30);
    expect(await getSetting(ctx, tree.townB.id, 's1.page_size')).toBeUndefined();
  });

  it('replaces a value in place and records before and after', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'S2');
    const { actor } = await accountWith(ctx, tree.townA, 'admin', 's2-admin');
    await setSetting(ctx, actor, tree.townA.id, 's2.prefix', 'A');
    await setSetting(ctx, actor, tree.townA.id, 's2.prefix', 'B');
    expect(await getSetting(ctx, tree.townA.id, 's2.prefix')).toBe('B');
    const events = await searchAudit(ctx, SYSTEM_ACTOR, { action: 'setting.update', agencyId: tree.townA.id });
    expect(events.rows.map((e) => [e.before, e.after])).toEqual([
      [{ value: 'A' }, { value: 'B' }],
      [null, { value: 'A' }],
    ]);
  });

  it('refuses a clerk changing agency settings and anyone but the system changing global ones', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'S3');
    await expect(setSetting(ctx, actorWith('clerk', tree.townA.id), tree.townA.id, 's3.x', 1)).rejects.toThrow(ForbiddenError);
    await expect(setSetting(ctx, actorWith('admin', tree.county.id), null, 's3.x', 1)).rejects.toThrow(ForbiddenError);
    await expect(setSetting(ctx, SYSTEM_ACTOR, null, 'Bad Key', 1)).rejects.toThrow(ValidationError);
  });
});

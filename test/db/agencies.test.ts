import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import {
  archiveAgency,
  createAgency,
  getAncestry,
  getSubtree,
  listAgencies,
  updateAgency,
} from '../../src/features/agencies/agencies.service.ts';
import { findAgencyWithAncestry } from '../../src/features/agencies/agencies.repository.ts';
import { searchAudit } from '../../src/features/audit/audit.service.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/platform/errors.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, actorWith, buildTree } from './tree.ts';

describeEachDatabase('agencies service', ({ context }) => {
  it('lists the whole tree to the system, parents before children in sort order', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L1');
    const listed = (await listAgencies(ctx, SYSTEM_ACTOR)).filter((a) => a.code.startsWith('L1-'));
    expect(listed.map((a) => `${a.code}:${a.depth}`)).toEqual(['L1-C:0', 'L1-GK:1', 'L1-TA:1', 'L1-TB:1', 'L1-ZR:1']);
    expect(listed[2]!.parentId).toBe(tree.county.id);
  });

  it('shows a township clerk only the township, and a county supervisor the whole county', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L2');
    const clerkView = await listAgencies(ctx, actorWith('clerk', tree.townA.id));
    expect(clerkView.map((a) => a.code)).toEqual(['L2-TA']);
    const supervisorView = await listAgencies(ctx, actorWith('supervisor', tree.county.id));
    expect(supervisorView.map((a) => a.code)).toEqual(['L2-C', 'L2-GK', 'L2-TA', 'L2-TB', 'L2-ZR']);
  });

  it('gives the ancestry from the root down and the subtree of a government', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L3');
    expect((await getAncestry(ctx, SYSTEM_ACTOR, tree.townB.id)).map((a) => a.code)).toEqual(['L3-C', 'L3-TB']);
    expect((await getSubtree(ctx, SYSTEM_ACTOR, tree.county.id)).map((a) => a.code)).toEqual(['L3-C', 'L3-GK', 'L3-TA', 'L3-TB', 'L3-ZR']);
  });

  it('reads an agency with its ancestors (parent first) in one query, and nothing for an unknown id', async () => {
    const ctx = context();
    const prefecture = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'LA-P', name: 'LA市人民政府', level: 'prefecture_government' });
    const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: prefecture.id, code: 'LA-C', name: 'LA县人民政府', level: 'county_government' });
    const town = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: 'LA-T', name: 'LA镇人民政府', level: 'township' });
    const found = await findAgencyWithAncestry(ctx.db, town.id);
    expect(found?.agency).toEqual(town);
    expect(found?.ancestry).toEqual([county.id, prefecture.id]);
    expect((await findAgencyWithAncestry(ctx.db, prefecture.id))?.ancestry).toEqual([]);
    expect(await findAgencyWithAncestry(ctx.db, 'no-such-agency')).toBeUndefined();
  });

  it('lets a county admin create a township under the county and records it in the audit log', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L4');
    const { actor: admin } = await accountWith(ctx, tree.county, 'admin', 'l4-admin');
    const created = await createAgency(ctx, admin, { parentId: tree.county.id, code: 'L4-TC', name: '丙镇人民政府', level: 'township', phone: '0838-1234567', postalCode: '618000' });
    expect(created).toMatchObject({ parentId: tree.county.id, code: 'L4-TC', name: '丙镇人民政府', phone: '0838-1234567', postalCode: '618000', archivedAt: null });
    const audit = await searchAudit(ctx, SYSTEM_ACTOR, { objectId: created.id });
    expect(audit.rows.map((r) => [r.action, r.summary])).toEqual([['agency.create', '新建单位“丙镇人民政府”（代码 L4-TC）']]);
  });

  it('refuses a township admin creating an agency under the county', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L5');
    await expect(
      createAgency(ctx, actorWith('admin', tree.townA.id), { parentId: tree.county.id, code: 'L5-X', name: '某某镇人民政府', level: 'township' }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      createAgency(ctx, actorWith('clerk', tree.county.id), { parentId: tree.county.id, code: 'L5-Y', name: '某某镇人民政府', level: 'township' }),
    ).rejects.toThrow(ForbiddenError);
  });

  it('refuses a duplicate code, a township under a township, and bad contact details, leaving nothing behind', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L6');
    await expect(createAgency(ctx, SYSTEM_ACTOR, { parentId: tree.county.id, code: 'L6-TA', name: '重复镇人民政府', level: 'township' })).rejects.toThrow(ConflictError);
    await expect(createAgency(ctx, SYSTEM_ACTOR, { parentId: tree.townA.id, code: 'L6-Z', name: '下级镇人民政府', level: 'township' })).rejects.toThrow(ValidationError);
    const bad = createAgency(ctx, SYSTEM_ACTOR, { parentId: tree.county.id, code: 'L6-Q', name: '丁镇人民政府', level: 'township', postalCode: '6180', email: 'not-an-email' });
    await expect(bad).rejects.toMatchObject({ fields: { postalCode: '邮政编码须为 6 位数字', email: '电子邮箱格式不正确' } });
    const listed = (await listAgencies(ctx, SYSTEM_ACTOR)).filter((a) => a.code.startsWith('L6-'));
    expect(listed).toHaveLength(5);
  });

  it('updates contact details and keeps the before and after in the audit event', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L7');
    const { actor: admin } = await accountWith(ctx, tree.townA, 'admin', 'l7-admin');
    const updated = await updateAgency(ctx, admin, tree.townA.id, { address: '甲镇人民路 1 号', officeHours: '工作日 8:30–12:00，14:30–17:30' });
    expect(updated.address).toBe('甲镇人民路 1 号');
    const [event] = (await searchAudit(ctx, SYSTEM_ACTOR, { objectId: tree.townA.id, action: 'agency.update' })).rows;
    expect(event!.before).toMatchObject({ address: null });
    expect(event!.after).toMatchObject({ address: '甲镇人民路 1 号', officeHours: '工作日 8:30–12:00，14:30–17:30' });
  });

  it('archives a leaf agency but refuses a government that still has live children', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L8');
    await expect(archiveAgency(ctx, SYSTEM_ACTOR, tree.county.id)).rejects.toThrow('下还有未归档的下级单位');
    const archived = await archiveAgency(ctx, SYSTEM_ACTOR, tree.townB.id);
    expect(archived.archivedAt).toBe(ctx.now().toISOString());
    const live = (await listAgencies(ctx, SYSTEM_ACTOR)).filter((a) => a.code.startsWith('L8-')).map((a) => a.code);
    expect(live).not.toContain('L8-TB');
    const all = (await listAgencies(ctx, SYSTEM_ACTOR, { includeArchived: true })).filter((a) => a.code.startsWith('L8-')).map((a) => a.code);
    expect(all).toContain('L8-TB');
    await expect(archiveAgency(ctx, SYSTEM_ACTOR, tree.townB.id)).rejects.toThrow(ConflictError);
  });

  it('refuses a new root agency from anyone but the system', async () => {
    const ctx = context();
    const tree = await buildTree(ctx, 'L9');
    await expect(
      createAgency(ctx, actorWith('admin', tree.county.id), { parentId: null, code: 'L9-ROOT', name: '另一个县人民政府', level: 'county_government' }),
    ).rejects.toThrow(ValidationError);
  });
});

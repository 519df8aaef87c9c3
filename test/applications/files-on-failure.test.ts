// Files written for a command whose transaction then fails must not stay on disk with no record (an
// applicant's ID card scan nobody could find to delete): the application's materials, a reply's files
// and the copies made under 条例第四十四条. The failure is forced by a trigger refusing the insert.
import { existsSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import * as service from '../../src/features/applications/applications.service.ts';
import { fileStores } from '../../src/features/file-stores.ts';
import { sweepOrphanFiles } from '../../src/platform/orphan-files.ts';
import { describeEachDatabase } from '../support/db.ts';
import { refuseInserts } from '../support/refuse-inserts.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { minimalPdf } from '../catalogue/files.ts';
import { applicantForm, depsFor, type MovableDeps } from './support.ts';

const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describeEachDatabase('files of a failed command are removed', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let n = 0;
  const materialsDir = () => join(deps.dataDir, 'files', 'applications');
  const replyDir = () => join(deps.dataDir, 'files', 'applications', 'reply');
  const catalogueDir = () => join(deps.dataDir, 'files', 'catalogue');
  const pdf = (name: string) => ({ originalName: name, data: minimalPdf(['Village road repair fund 2024']) });
  const register = (files: Array<{ originalName: string; data: Buffer }> = []) => {
    deps.setToday('2024-10-08');
    return service.registerApplication(
      deps,
      clerk,
      tree.townA.id,
      { ...applicantForm({ submissionKey: `fof-key-${String(++n).padStart(12, '0')}` }), channel: 'in_person', arrivedOn: '2024-10-08' },
      files,
    );
  };

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'FF');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'ff_clerk')).actor;
  });

  it('removes an application’s materials when the case cannot be recorded, and records nothing', async () => {
    const allow = await refuseInserts(under, 'application_attachment');
    try {
      await expect(register([pdf('身份证复印件.pdf')])).rejects.toThrow('refused by test');
    } finally {
      await allow();
    }
    expect(filesIn(materialsDir()).filter((f) => f !== 'reply')).toEqual([]);
    expect(await deps.ctx.db.selectFrom('application').select('id').where('agency_id', '=', tree.townA.id).execute()).toEqual([]);
    // The same submission goes through once the database accepts it, with its file.
    await register([pdf('身份证复印件.pdf')]);
    expect(filesIn(materialsDir()).filter((f) => f !== 'reply')).toHaveLength(1);
  });

  it('removes a reply’s files when the reply cannot be recorded, and the case stays unanswered', async () => {
    const c = await register();
    const allow = await refuseInserts(under, 'application_reply');
    try {
      await expect(
        service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'disclosed', decidedOn: '2024-10-15', provided: '道路维修资金文件' }, [pdf('道路维修资金.pdf')]),
      ).rejects.toThrow('refused by test');
    } finally {
      await allow();
    }
    expect(filesIn(replyDir())).toEqual([]);
    expect((await service.getCase(deps, clerk, tree.townA.id, c.applicationId)).reply).toBeNull();
  });

  it('removes the draft’s copies when turning a reply into 主动公开 fails (条例第四十四条), keeping the reply’s own file', async () => {
    const c = await register();
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'disclosed', decidedOn: '2024-10-15', provided: '道路维修资金文件' }, [pdf('道路维修资金.pdf')]);
    const answered = await service.getCase(deps, clerk, tree.townA.id, c.applicationId);
    const form = { category: answered.publish!.categories[0]!.value, title: '甲镇2024年村道维修资金', summary: '依申请公开后纳入主动公开', body: '村道维修资金安排', topicCategory: '城乡建设', writtenOn: '2024-10-15' };
    const allow = await refuseInserts(under, 'catalogue_attachment');
    try {
      await expect(service.publishProactively(deps, clerk, tree.townA.id, c.applicationId, form)).rejects.toThrow('refused by test');
    } finally {
      await allow();
    }
    expect(filesIn(catalogueDir())).toEqual([]);
    expect(filesIn(replyDir())).toHaveLength(1);
    expect((await service.getCase(deps, clerk, tree.townA.id, c.applicationId)).publication).toBeNull();
  });

  it('stores a committed file under its final name only, synced, with nothing pending left', async () => {
    const before = new Set(filesIn(materialsDir()));
    const c = await register([pdf('户口本.pdf')]);
    const added = filesIn(materialsDir()).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^[0-9a-f]{32}\.pdf$/);
    const [row] = await deps.ctx.db.selectFrom('application_attachment').select('stored_name').where('application_id', '=', c.applicationId).execute();
    expect(row?.stored_name).toBe(added[0]);
  });

  it('at start sweeps what a killed process left: finishes a committed rename, quarantines orphans, never touches a recorded file', async () => {
    const dir = materialsDir();
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    // A committed case whose file is old: recorded, so never swept whatever its age.
    const kept = await register([pdf('身份证.pdf')]);
    const keptName = (await deps.ctx.db.selectFrom('application_attachment').select('stored_name').where('application_id', '=', kept.applicationId).executeTakeFirstOrThrow()).stored_name;
    utimesSync(join(dir, keptName), twoHoursAgo, twoHoursAgo);
    // A case committed just before the kill, its rename not done: the file is still pending.
    const renamed = await register([pdf('户籍证明.pdf')]);
    const pendingName = (await deps.ctx.db.selectFrom('application_attachment').select('stored_name').where('application_id', '=', renamed.applicationId).executeTakeFirstOrThrow()).stored_name;
    renameSync(join(dir, pendingName), join(dir, `${pendingName}.pending`));
    // Readers find it meanwhile.
    expect((await service.attachmentFile(deps, clerk, tree.townA.id, renamed.applicationId, (await deps.ctx.db.selectFrom('application_attachment').select('id').where('application_id', '=', renamed.applicationId).executeTakeFirstOrThrow()).id)).data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Killed mid-upload: a pending file and a final-named one with no case, both two hours old …
    const orphans = ['0123456789abcdef0123456789abcdef.pdf.pending', 'fedcba9876543210fedcba9876543210.jpg'];
    for (const name of orphans) {
      writeFileSync(join(dir, name), 'scan of an ID card');
      utimesSync(join(dir, name), twoHoursAgo, twoHoursAgo);
    }
    // … and one written a moment ago (another process may be about to commit it).
    writeFileSync(join(dir, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png.pending'), 'in flight');

    const report = await sweepOrphanFiles({ dataDir: deps.dataDir, stores: fileStores(deps.ctx.db, deps.dataDir), now: new Date() });
    expect(report).toEqual({ finished: 1, quarantined: 2, deleted: 0 });
    const left = new Set(filesIn(dir));
    expect(left.has(keptName)).toBe(true);
    expect(left.has(pendingName)).toBe(true);
    expect(left.has(`${pendingName}.pending`)).toBe(false);
    expect(left.has('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png.pending')).toBe(true);
    for (const name of orphans) expect(left.has(name)).toBe(false);
    expect(filesIn(join(deps.dataDir, 'quarantine', 'files', 'applications')).sort()).toEqual([...orphans].sort());
    // A second sweep finds nothing new; thirty days later the quarantine is emptied (the in-flight
    // file's own process has meanwhile removed it, as a failed command does).
    expect(await sweepOrphanFiles({ dataDir: deps.dataDir, stores: fileStores(deps.ctx.db, deps.dataDir), now: new Date() })).toEqual({ finished: 0, quarantined: 0, deleted: 0 });
    rmSync(join(dir, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png.pending'));
    expect((await sweepOrphanFiles({ dataDir: deps.dataDir, stores: fileStores(deps.ctx.db, deps.dataDir), now: new Date(Date.now() + 31 * 86_400_000) })).deleted).toBe(2);
    expect(filesIn(join(deps.dataDir, 'quarantine', 'files', 'applications'))).toEqual([]);
    expect(new Set(filesIn(dir)).has(keptName)).toBe(true);
  });
});

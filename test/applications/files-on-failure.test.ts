// Files written for a command whose transaction then fails must not stay on disk with no record (an
// applicant's ID card scan nobody could find to delete): the application's materials, a reply's files
// and the copies made under 条例第四十四条. The failure is forced by a trigger refusing the insert.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import * as service from '../../src/features/applications/applications.service.ts';
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
});

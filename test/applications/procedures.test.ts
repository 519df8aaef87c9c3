import mammoth from 'mammoth';
import { beforeAll, expect, it } from 'vitest';
import * as service from '../../src/features/applications/applications.service.ts';
import { letterToDocx } from '../../src/features/applications/applications.letters.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { ValidationError } from '../../src/platform/errors.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm, depsFor, type MovableDeps } from './support.ts';

describeEachDatabase('registration rules, fees, templates and Word letters', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let n = 0;
  const register = (extra: Record<string, string>) =>
    service.registerApplication(deps, clerk, tree.townA.id, { ...applicantForm({ submissionKey: `proc-key-${String(++n).padStart(12, '0')}` }), ...extra });

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'PR');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'pr_clerk')).actor;
  });

  it('条例第三十一条: in person is received the day handed in; an ordinary letter waits for confirmation; signed-for post needs the signing date', async () => {
    const inPerson = await register({ channel: 'in_person', arrivedOn: '2024-09-24' });
    expect(inPerson.status).toBe('received');
    expect((await service.getCase(deps, clerk, tree.townA.id, inPerson.applicationId)).application.received_on).toBe('2024-09-24');
    const letter = await register({ channel: 'post_ordinary', arrivedOn: '2024-09-24' });
    expect(letter.status).toBe('awaiting_confirmation');
    const signed = await register({ channel: 'post_signed', arrivedOn: '2024-09-24' }).catch((e: unknown) => e);
    expect((signed as ValidationError).fields.receivedOn).toContain('签收日期');
    const early = await service.confirmReceipt(deps, clerk, tree.townA.id, letter.applicationId, { confirmedOn: '2024-09-23', method: '电话' }).catch((e: unknown) => e);
    expect((early as ValidationError).fields.confirmedOn).toContain('不能早于');
  });

  it('a per-volume fee for 45 pages is 15 × 10 元 = 150 元; unpaid by the deadline, the case can only end as 逾期未缴费', async () => {
    deps.setToday('2024-09-25');
    const c = await register({ channel: 'in_person', arrivedOn: '2024-09-25' });
    await service.startHandling(deps, clerk, tree.townA.id, c.applicationId);
    const amount = await service.issueFeeNotice(deps, clerk, tree.townA.id, c.applicationId, { method: 'per_volume', pages: '45', sentOn: '2024-09-26', receivedOn: '2024-09-27' });
    expect(amount).toBe(15_000);
    // spec §10.4: notice received Friday 2024-09-27 → last payment day Wednesday 2024-10-30.
    const late = await service.recordPayment(deps, clerk, tree.townA.id, c.applicationId, { paidOn: '2024-10-31', receiptNo: 'FS-001' }).catch((e: unknown) => e);
    expect((late as ValidationError).fields.paidOn).toContain('2024-10-30');
    const wrong = await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'disclosed', decidedOn: '2024-11-01' }).catch((e: unknown) => e);
    expect((wrong as ValidationError).fields.replyType).toContain('缴纳');
    const early = await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'fee_unpaid', decidedOn: '2024-10-30' }).catch((e: unknown) => e);
    expect((early as ValidationError).fields.decidedOn).toContain('期限届满后');
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'fee_unpaid', decidedOn: '2024-11-01' });
    expect((await service.getCase(deps, clerk, tree.townA.id, c.applicationId)).application.outcome).toBe('outcomes.other_handling.fee_unpaid_overdue');
  });

  it('an edited reply template is used for the next reply; a template with an unknown placeholder is refused', async () => {
    const bad = await service.saveLetterTemplate(deps, clerk, tree.townA.id, { kind: 'reply:outcomes.granted', title: '答复书', body: '{{applicantName}}：{{unknownThing}}' }).catch((e: unknown) => e);
    expect((bad as ValidationError).fields.body).toContain('{{unknownThing}}');
    await service.saveLetterTemplate(deps, clerk, tree.townA.id, {
      kind: 'reply:outcomes.granted',
      title: '{{agencyName}}政府信息公开申请答复书',
      body: '{{applicantName}}：\n\n您于{{receivedOn}}申请的“{{description}}”，本机关决定予以公开。\n\n{{remedy}}',
    });
    const c = await register({ channel: 'in_person', arrivedOn: '2024-09-25' });
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'disclosed', decidedOn: '2024-09-30' });
    const letter = await service.caseLetter(deps, clerk, tree.townA.id, c.applicationId, 'reply');
    expect(letter.paragraphs[1]).toBe('您于2024年9月25日申请的“请公开本镇2024年征地补偿标准及其文件”，本机关决定予以公开。');
  });

  it('the Word letter reads back with its title, addressee and remedy statement', async () => {
    const c = await register({ channel: 'in_person', arrivedOn: '2024-09-25' });
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'withheld_internal_affairs', decidedOn: '2024-10-08', reasons: '所申请信息为本机关干部考核内部材料' });
    const docx = await letterToDocx(await service.caseLetter(deps, clerk, tree.townA.id, c.applicationId, 'reply'));
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain(`${tree.townA.name}政府信息公开申请答复书`);
    expect(value).toContain('张三：');
    expect(value).toContain('所申请信息为本机关干部考核内部材料');
    expect(value).toContain('行政复议');
    expect(value).toContain('2024年10月8日');
  });
});

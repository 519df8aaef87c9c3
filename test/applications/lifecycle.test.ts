import { beforeAll, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/platform/errors.ts';
import * as service from '../../src/features/applications/applications.service.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm, depsFor, type MovableDeps } from './support.ts';

describeEachDatabase('application lifecycle (spec §5.2 worked example A → B → C)', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let leader: Actor;
  let supervisor: Actor;
  let otherClerk: Actor;

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'LC');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'lc_clerk')).actor;
    leader = (await accountWith(deps.ctx, tree.townA, 'leader', 'lc_leader')).actor;
    supervisor = (await accountWith(deps.ctx, tree.county, 'supervisor', 'lc_super')).actor;
    otherClerk = (await accountWith(deps.ctx, tree.townB, 'clerk', 'lc_clerk_b')).actor;
  });

  let caseId = '';
  let number = '';
  let queryCode = '';

  it('a portal submission gets the first number of the year and waits for confirmation (条例第三十一条)', async () => {
    deps.setToday('2024-09-24');
    const result = await service.submitFromPortal(deps, tree.townA.code, applicantForm());
    expect(result.applicationNumber).toBe(`${tree.townA.code}-2024-0001`);
    expect(result.status).toBe('awaiting_confirmation');
    expect(result.duplicate).toBe(false);
    expect(result.queryCode).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    caseId = result.applicationId;
    number = result.applicationNumber;
    queryCode = result.queryCode;
  });

  it('submitting the same form twice (double click, retry) returns the same case and query code, never a second case', async () => {
    const [a, b] = await Promise.all([
      service.submitFromPortal(deps, tree.townA.code, applicantForm()),
      service.submitFromPortal(deps, tree.townA.code, applicantForm()),
    ]);
    expect(a.applicationId).toBe(caseId);
    expect(b.applicationId).toBe(caseId);
    expect(a.queryCode).toBe(queryCode);
    expect(a.duplicate).toBe(true);
    const count = await deps.ctx.db.selectFrom('application').select((eb) => eb.fn.countAll<number>().as('n')).where('agency_id', '=', tree.townA.id).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('refuses an invalid ID number with a Chinese message on that field and stores nothing', async () => {
    const error = await service
      .submitFromPortal(deps, tree.townA.code, applicantForm({ idNumber: '110105194912310021', submissionKey: 'key-bad-id-000000001' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.idNumber).toContain('身份证号码不正确');
  });

  it('confirmation on Wednesday 2024-09-25 fixes the receipt date; the deadline is Monday 2024-10-28', async () => {
    deps.setToday('2024-09-25');
    await service.confirmReceipt(deps, clerk, tree.townA.id, caseId, { confirmedOn: '2024-09-25', method: '电话确认' });
    const view = await service.getCase(deps, clerk, tree.townA.id, caseId);
    expect(view.application.status).toBe('received');
    expect(view.application.received_on).toBe('2024-09-25');
    expect(view.clock.finalDueOn).toBe('2024-10-28');
    expect(view.clock.explanation.length).toBeGreaterThan(0);
  });

  it('a correction requested 09-27 and received 10-09 restarts the clock: due 2024-11-05; a second correction is refused', async () => {
    deps.setToday('2024-09-27');
    await service.requestCorrection(deps, clerk, tree.townA.id, caseId, { requestedOn: '2024-09-27', items: '请写明所需文件的名称或文号', correctionDueOn: '2024-10-18' });
    deps.setToday('2024-10-09');
    await service.receiveCorrection(deps, clerk, tree.townA.id, caseId, { correctedOn: '2024-10-09' });
    await service.startHandling(deps, clerk, tree.townA.id, caseId);
    const view = await service.getCase(deps, clerk, tree.townA.id, caseId);
    expect(view.application.status).toBe('in_progress');
    expect(view.clock.finalDueOn).toBe('2024-11-05');
    await expect(
      service.requestCorrection(deps, clerk, tree.townA.id, caseId, { requestedOn: '2024-10-10', items: '再补一次', correctionDueOn: '2024-10-30' }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('a third-party consultation 10-14 → reply 10-21 pauses 5 working days: due 2024-11-12', async () => {
    deps.setToday('2024-10-14');
    await service.startConsultation(deps, clerk, tree.townA.id, caseId, {
      partyKind: 'third_party', partyName: '某某建设有限公司', subject: '补偿协议中的商业条款', dispatchedOn: '2024-10-14', partyReceivedOn: '2024-10-15',
    });
    const consulting = await service.getCase(deps, clerk, tree.townA.id, caseId);
    expect(consulting.application.status).toBe('consulting');
    deps.setToday('2024-10-21');
    await service.recordConsultationReply(deps, clerk, tree.townA.id, caseId, {
      consultationId: consulting.consultations[0]!.id, repliedOn: '2024-10-21', position: 'objects', summary: '涉及商业秘密，不同意公开',
    });
    const view = await service.getCase(deps, clerk, tree.townA.id, caseId);
    expect(view.application.status).toBe('in_progress');
    expect(view.clock.finalDueOn).toBe('2024-11-12');
  });

  it('only the leader approves an extension (条例第三十三条第二款); approved 11-08 it runs to 2024-12-10', async () => {
    deps.setToday('2024-11-08');
    await expect(service.approveExtension(deps, clerk, tree.townA.id, caseId, { approvedOn: '2024-11-08', reason: '需协调多个部门' })).rejects.toBeInstanceOf(ForbiddenError);
    await service.approveExtension(deps, leader, tree.townA.id, caseId, { approvedOn: '2024-11-08', reason: '需协调多个部门' });
    const view = await service.getCase(deps, clerk, tree.townA.id, caseId);
    expect(view.application.status).toBe('extended');
    expect(view.clock.finalDueOn).toBe('2024-12-10');
  });

  it('a withheld reply without reasons is refused; with reasons it records the table 三 row and a letter with the remedy', async () => {
    deps.setToday('2024-11-20');
    const missing = await service.replyToApplication(deps, clerk, tree.townA.id, caseId, { replyType: 'withheld_third_party', decidedOn: '2024-11-20' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    await service.replyToApplication(deps, clerk, tree.townA.id, caseId, {
      replyType: 'withheld_third_party', decidedOn: '2024-11-20', reasons: '第三方书面说明该信息涉及其商业秘密，且不公开不会对公共利益造成重大影响',
    });
    const view = await service.getCase(deps, clerk, tree.townA.id, caseId);
    expect(view.application.status).toBe('replied');
    expect(view.application.outcome).toBe('outcomes.withheld.third_party_rights');
    expect(view.reply?.letter_body).toContain('第十五条');
    expect(view.reply?.letter_body).toContain('申请行政复议；对行政复议决定不服的');
    await service.recordDelivery(deps, clerk, tree.townA.id, caseId, { method: 'email', deliveredOn: '2024-11-20', proof: '已发送至申请人邮箱' });
    expect((await service.getCase(deps, clerk, tree.townA.id, caseId)).application.status).toBe('delivered');
  });

  it('the applicant follows the case and downloads the reply letter with number + query code; a wrong code reveals nothing', async () => {
    const track = await service.trackApplication(deps, number, queryCode.toLowerCase());
    expect(track.statusLabel).toBe('已送达');
    expect(track.hasReplyLetter).toBe(true);
    const letter = await service.replyLetterForApplicant(deps, number, queryCode);
    expect(letter.title).toBe(`${tree.townA.name}政府信息公开申请答复书`);
    expect(letter.paragraphs[0]).toContain('张三');
    await expect(service.trackApplication(deps, number, 'AAAAAAAAAA')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('staff see the applicant masked; unmasking is allowed to the handling clerk and audited', async () => {
    const view = await service.getCase(deps, clerk, tree.townA.id, caseId);
    expect(view.applicant.idNumber).toBe('110105********002X');
    expect(view.applicant.phone).toBe('138****5678');
    expect(view.applicant.name).toBe('张*');
    const full = await service.revealApplicant(deps, clerk, tree.townA.id, caseId);
    expect(full.id_number).toBe('11010519491231002X');
    const audit = await deps.ctx.db.selectFrom('audit_event').select('action').where('object_id', '=', caseId).execute();
    const actions = audit.map((a) => a.action);
    expect(actions).toContain('application.personal_data_read');
    expect(actions).toContain('application.submit');
    expect(actions).toContain('application.reply');
    expect(actions).toContain('application.approve_extension');
  });

  it('the supervisor reads the case over its subtree but may neither handle it nor unmask the applicant', async () => {
    const view = await service.getCase(deps, supervisor, tree.townA.id, caseId);
    expect(view.canHandle).toBe(false);
    await expect(service.revealApplicant(deps, supervisor, tree.townA.id, caseId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(service.addNote(deps, supervisor, tree.townA.id, caseId, { body: '请加快办理' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("another township's clerk cannot read this township's case", async () => {
    await expect(service.getCase(deps, otherClerk, tree.townA.id, caseId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('every transition is in the case event log with its actor, in order', async () => {
    const view = await service.getCase(deps, clerk, tree.townA.id, caseId);
    expect(view.events.map((e) => e.event)).toEqual([
      'submit', 'confirm_receipt', 'request_correction', 'receive_correction', 'start_handling', 'start_consultation',
      'conclude_consultation', 'approve_extension', 'reply', 'deliver',
    ]);
    expect(view.events.slice(1).every((e) => e.actor_id !== null)).toBe(true);
  });
});

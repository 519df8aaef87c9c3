// Issue 11 item 1: no letter goes out with a blank, a placeholder, a note to staff or doubled punctuation.
// Every letter kind — the 24 reply types, 补正告知书, 延期答复告知书, 延迟答复告知书, 第三方意见征询函,
// 收费通知书 — rendered for hand-built cases and for every case of the demo, read by patterns written here
// (not the product's own check); and an agency without 救济途径设置 cannot issue a reply at all.
import { beforeAll, expect, it } from 'vitest';
import * as service from '../../src/features/applications/applications.service.ts';
import { SYSTEM_ACTOR, type Actor } from '../../src/features/accounts/domain/policy.ts';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { deleteSetting } from '../../src/features/agencies/settings.repository.ts';
import { loadDemo } from '../../src/features/demo/demo.service.ts';
import { replyTypeDefinitions } from '../../src/law/replies.ts';
import { createOfficialCalendar } from '../../src/law/official-arrangements.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm, depsFor, type MovableDeps } from './support.ts';

/** What must never reach an applicant, written out by hand. */
const forbidden: Array<[string, RegExp]> = [
  ['blank', /__|＿/u],
  ['placeholder', /\{\{|\}\}|【|】/u],
  ['note to staff', /请在[^。]{0,20}中填写|请填写|待填/u],
  ['doubled punctuation', /[。，；：、][。，；：、]/u],
];

function expectClean(what: string, letter: { title: string; paragraphs: string[]; agencyName: string; date?: string | undefined }) {
  const text = [letter.title, ...letter.paragraphs, letter.agencyName, letter.date ?? ''].join('\n');
  for (const [name, pattern] of forbidden) expect(pattern.test(text), `${what}: ${name} in\n${text}`).toBe(false);
  expect(letter.paragraphs.length, what).toBeGreaterThan(2);
}

const fail = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the call to be refused'); }, (e: unknown) => e);

describeEachDatabase('every letter kind goes out complete (issue 11 item 1)', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let leader: Actor;
  let key = 0;

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'LK');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'lk_clerk')).actor;
    leader = (await accountWith(deps.ctx, tree.townA, 'leader', 'lk_leader')).actor;
  });

  const register = async (agencyId = tree.townA.id, actor = clerk) => {
    deps.setToday('2024-09-25');
    const r = await service.registerApplication(deps, actor, agencyId, {
      ...applicantForm({ submissionKey: `lk-key-${String(++key).padStart(12, '0')}`, description: '本镇2024年征地补偿标准及其文件。' }),
      channel: 'in_person',
      arrivedOn: '2024-09-25',
    });
    return r.applicationId;
  };

  it('a reply of each of the 24 types, with the clerk’s own punctuation (“见附件。”), reads complete', async () => {
    for (const definition of replyTypeDefinitions) {
      const id = await register();
      const fields: Record<string, unknown> = { replyType: definition.id, decidedOn: '2024-10-08', reasons: '经检索，相关材料已按规定处理。' };
      if (definition.id === 'disclosed' || definition.id === 'partially_disclosed') fields.provided = '见附件。';
      if (definition.id === 'partially_disclosed') fields.grounds = [{ part: '被征收户的身份证号码', ground: 'withheld_third_party', reason: '属于个人隐私。' }];
      if (definition.id === 'correction_overdue') {
        await service.requestCorrection(deps, clerk, tree.townA.id, id, { requestedOn: '2024-09-26', items: '请写明文件名称。', correctionDueOn: '2024-10-10' });
        fields.decidedOn = '2024-10-11';
        deps.setToday('2024-10-11');
      } else if (definition.id === 'fee_unpaid') {
        await service.startHandling(deps, clerk, tree.townA.id, id);
        await service.issueFeeNotice(deps, clerk, tree.townA.id, id, { method: 'per_volume', pages: '45', sentOn: '2024-09-26', receivedOn: '2024-09-26' });
        // 20 working days from 2024-09-26 (国庆 1–7 October off) end on 2024-10-31.
        fields.decidedOn = '2024-11-01';
        deps.setToday('2024-11-01');
      } else {
        await service.startHandling(deps, clerk, tree.townA.id, id);
      }
      await service.replyToApplication(deps, clerk, tree.townA.id, id, fields);
      const letter = await service.caseLetter(deps, clerk, tree.townA.id, id, 'reply');
      expectClean(definition.id, letter);
      if (definition.id === 'partially_disclosed') expect(letter.paragraphs.join('')).toContain('本机关向您提供可以公开的部分：见附件。不予公开的部分及理由如下');
      if (definition.id === 'disclosed') expect(letter.paragraphs.join('')).toContain('本机关决定予以公开。见附件。');
    }
  });

  it('补正告知书, 延期答复告知书, 延迟答复告知书, 第三方意见征询函 and 收费通知书 read complete', async () => {
    const correction = await register();
    await service.requestCorrection(deps, clerk, tree.townA.id, correction, { requestedOn: '2024-09-26', items: '请写明所需文件的名称或文号。', correctionDueOn: '2024-10-18' });
    expectClean('correction', await service.caseLetter(deps, clerk, tree.townA.id, correction, 'correction'));

    const extended = await register();
    await service.startHandling(deps, clerk, tree.townA.id, extended);
    await service.approveExtension(deps, leader, tree.townA.id, extended, { approvedOn: '2024-10-21', reason: '涉及三个行政村，需逐户核对。' });
    expectClean('extension', await service.caseLetter(deps, clerk, tree.townA.id, extended, 'extension'));

    const later = await register();
    await service.startHandling(deps, clerk, tree.townA.id, later);
    await service.setCustomDeadline(deps, clerk, tree.townA.id, later, { setOn: '2024-10-15', dueOn: '2024-11-29', reason: '申请数量大，需逐件审查。' });
    expectClean('custom_deadline', await service.caseLetter(deps, clerk, tree.townA.id, later, 'custom_deadline'));

    const consulted = await register();
    await service.startHandling(deps, clerk, tree.townA.id, consulted);
    await service.startConsultation(deps, clerk, tree.townA.id, consulted, { partyKind: 'third_party', partyName: '某某建材有限公司', subject: '合同中的报价', dispatchedOn: '2024-09-27' });
    expectClean('consultation', await service.caseLetter(deps, clerk, tree.townA.id, consulted, 'consultation'));

    const fee = await register();
    await service.startHandling(deps, clerk, tree.townA.id, fee);
    await service.issueFeeNotice(deps, clerk, tree.townA.id, fee, { method: 'per_volume', pages: '45', sentOn: '2024-09-26', receivedOn: '2024-09-26' });
    expectClean('fee', await service.caseLetter(deps, clerk, tree.townA.id, fee, 'fee'));
  });

  it('an agency with no 救济途径设置 cannot issue a reply: refused in Chinese, nothing stored; the preview shows what is missing', async () => {
    const bare = await buildTree(deps.ctx, 'LN', { remedy: false });
    const bareClerk = (await accountWith(deps.ctx, bare.townA, 'clerk', 'ln_clerk')).actor;
    await deleteSetting(deps.ctx.db, 'global', 'applications.remedy');
    const id = await register(bare.townA.id, bareClerk);
    await service.startHandling(deps, bareClerk, bare.townA.id, id);
    const input = { replyType: 'not_exist', decidedOn: '2024-10-08', reasons: '经检索，本机关未制作该信息。' };

    const preview = await service.previewReply(deps, bareClerk, bare.townA.id, id, input);
    expect(preview.problems.map((p) => p.fixAt.kind)).toEqual(['remedy_settings', 'remedy_settings']);
    expect(preview.letter.paragraphs.join('')).toContain('向＿＿＿＿（行政复议机关');

    const refused = await fail(service.replyToApplication(deps, bareClerk, bare.townA.id, id, input));
    expect(refused).toBeInstanceOf(service.LetterNotReadyError);
    expect((refused as Error).message).toMatch(/^告知书还有未完成的内容，不能发出：1\. “行政复议机关”尚未填写.*2\. “人民法院”尚未填写/u);
    const view = await service.getCase(deps, bareClerk, bare.townA.id, id);
    expect(view.reply).toBeNull();
    expect(view.application.status).toBe('in_progress');
    expect(await service.remedyProblems(deps.ctx, bare.townA.id)).toHaveLength(2);

    // Once the county sets them, the same reply goes out and the preview was exactly it.
    const countyAdmin = (await accountWith(deps.ctx, bare.county, 'admin', 'ln_admin')).actor;
    await service.saveRemedySettings(deps.ctx, countyAdmin, bare.county.id, { 'below.reconsiderationBody': bare.county.name, 'below.court': 'LN县人民法院' });
    const ready = await service.previewReply(deps, bareClerk, bare.townA.id, id, input);
    expect(ready.problems).toEqual([]);
    await service.replyToApplication(deps, bareClerk, bare.townA.id, id, input);
    const sent = await service.caseLetter(deps, bareClerk, bare.townA.id, id, 'reply');
    expect(sent).toEqual(ready.letter);
    expectClean('after setting', sent);
  });

  it('a letter stored with a blank (issued before the check) is neither printed nor shown to the applicant', async () => {
    deps.setToday('2024-09-25');
    const portal = await service.submitFromPortal(deps, tree.townA.code, applicantForm({ submissionKey: 'lk-portal-000000000001' }));
    await service.confirmReceipt(deps, clerk, tree.townA.id, portal.applicationId, { confirmedOn: '2024-09-25', method: '电话确认' });
    await service.startHandling(deps, clerk, tree.townA.id, portal.applicationId);
    await service.replyToApplication(deps, clerk, tree.townA.id, portal.applicationId, { replyType: 'not_exist', decidedOn: '2024-10-08' });
    await deps.ctx.db.updateTable('application_reply').set({ letter_body: '张三：\n\n见附件。。\n\n可以向＿＿＿＿（行政复议机关，请在“救济途径设置”中填写）申请行政复议。' }).where('application_id', '=', portal.applicationId).execute();

    const held = await fail(service.caseLetter(deps, clerk, tree.townA.id, portal.applicationId, 'reply'));
    expect(held).toBeInstanceOf(service.LetterNotReadyError);
    const track = await service.trackApplication(deps, portal.applicationNumber, portal.queryCode);
    expect(track.hasReplyLetter).toBe(false);
    expect(track.replyLetterHeld).toBe(true);
    const applicant = await fail(service.replyLetterForApplicant(deps, portal.applicationNumber, portal.queryCode));
    expect((applicant as Error).message).toContain('答复书内容尚待本机关补全');
  });
});

describeEachDatabase('the demo’s letters go out complete (issue 11 item 1)', (under) => {
  it('every letter of every demo case of 土门关乡 reads complete, and the demo agencies have their 行政复议机关 and court', async () => {
    const ctx = under.context();
    await loadDemo(ctx);
    const deps = { ctx, calendar: createOfficialCalendar(), secret: 'x', dataDir: '' };
    const agency = (await findAgencyByCode(ctx.db, '999000021'))!;
    const remedy = await service.effectiveRemedy(ctx, agency.id);
    expect([remedy.reconsiderationBody.value, remedy.court.value]).toEqual(['示范县人民政府', '示范县人民法院']);
    const county = (await findAgencyByCode(ctx.db, '999000010'))!;
    const own = await service.effectiveRemedy(ctx, county.id);
    expect([own.reconsiderationBody.value, own.court.value]).toEqual(['示范市人民政府', '示范市中级人民法院']);

    const cases = await service.listCases(deps, SYSTEM_ACTOR, agency.id, { page: 1 });
    let letters = 0;
    for (const row of cases.rows) {
      const view = await service.getCase(deps, SYSTEM_ACTOR, agency.id, row.id);
      const kinds = service.caseLetterKinds({
        reply: Boolean(view.reply), correction: Boolean(view.correction), extension: Boolean(view.extension),
        customDeadline: Boolean(view.customDeadline), consultations: view.consultations.length, fees: view.fees.length,
      });
      for (const kind of kinds) {
        expectClean(`${view.application.application_number} ${kind}`, await service.caseLetter(deps, SYSTEM_ACTOR, agency.id, row.id, kind));
        letters++;
      }
    }
    // 6 answered cases + 1 correction + 1 extension + 1 consultation (hand-counted from applications.demo.ts).
    expect(letters).toBeGreaterThanOrEqual(9);
  }, 180_000);
});

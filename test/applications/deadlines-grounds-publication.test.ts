// 条例第三十五条 later deadline, several refusal grounds (条例第三十六条第（三）项、第三十七条), 条例第四十四条
// 转为主动公开 and the remedy statement settings (spec §8.1), on both databases. Every expected date and
// text below was worked out from the law, the spec and the 2024 holiday table, not read from the code.
import { beforeAll, expect, it } from 'vitest';
import * as service from '../../src/features/applications/applications.service.ts';
import type { Actor } from '../../src/features/accounts/domain/policy.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/platform/errors.ts';
import { describeEachDatabase } from '../support/db.ts';
import { accountWith, buildTree, type TestTree } from '../db/tree.ts';
import { deleteSetting } from '../../src/features/agencies/settings.repository.ts';
import { applicantForm, depsFor, type MovableDeps } from './support.ts';

const fail = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the call to be refused'); }, (e: unknown) => e);

describeEachDatabase('Art. 35 deadline, several grounds, Art. 44 publication, remedy settings', (under) => {
  let deps: MovableDeps;
  let tree: TestTree;
  let clerk: Actor;
  let clerkB: Actor;
  let leader: Actor;
  let countyAdmin: Actor;
  let townAdmin: Actor;
  let n = 0;
  const register = (agencyId: string, actor: Actor, on: string, extra: Record<string, string> = {}) => {
    deps.setToday(on);
    return service.registerApplication(deps, actor, agencyId, {
      ...applicantForm({ submissionKey: `dgp-key-${String(++n).padStart(12, '0')}` }),
      channel: 'in_person',
      arrivedOn: on,
      ...extra,
    });
  };
  const audits = (action: string, objectId: string) =>
    deps.ctx.db.selectFrom('audit_event').select(['action', 'summary']).where('action', '=', action).where('object_id', '=', objectId).execute();

  beforeAll(async () => {
    deps = depsFor(under);
    tree = await buildTree(deps.ctx, 'DG');
    clerk = (await accountWith(deps.ctx, tree.townA, 'clerk', 'dg_clerk')).actor;
    clerkB = (await accountWith(deps.ctx, tree.townB, 'clerk', 'dg_clerk_b')).actor;
    leader = (await accountWith(deps.ctx, tree.townA, 'leader', 'dg_leader')).actor;
    countyAdmin = (await accountWith(deps.ctx, tree.county, 'admin', 'dg_county_admin')).actor;
    townAdmin = (await accountWith(deps.ctx, tree.townA, 'admin', 'dg_town_admin')).actor;
  });

  // ── 条例第三十五条 ────────────────────────────────────────────────────────────────────────────────

  it('条例第三十五条: a later deadline must come after the statutory one (spec §5.2 A: received 2024-09-25 → due 2024-10-28) and be fixed before it expires', async () => {
    const c = await register(tree.townA.id, clerk, '2024-09-25');
    await service.startHandling(deps, clerk, tree.townA.id, c.applicationId);
    const notLater = await fail(service.setCustomDeadline(deps, clerk, tree.townA.id, c.applicationId, { setOn: '2024-10-15', dueOn: '2024-10-28', reason: '数量大' }));
    expect(notLater).toBeInstanceOf(ValidationError);
    expect((notLater as ValidationError).fields.dueOn).toBe('延迟答复期限应晚于法定答复期限（2024年10月28日）；在法定期限内能够答复的，无需确定延迟答复期限');
    const tooLate = await fail(service.setCustomDeadline(deps, clerk, tree.townA.id, c.applicationId, { setOn: '2024-10-29', dueOn: '2024-11-29', reason: '数量大' }));
    expect((tooLate as ValidationError).fields.setOn).toBe('法定答复期限已于2024年10月28日届满，届满后不能再确定延迟答复期限');
    const beforeReceipt = await fail(service.setCustomDeadline(deps, clerk, tree.townA.id, c.applicationId, { setOn: '2024-09-24', dueOn: '2024-11-29', reason: '数量大' }));
    expect((beforeReceipt as ValidationError).fields.setOn).toBe('确定日期不能早于收到申请之日（2024年9月25日）');
    const noReason = await fail(service.setCustomDeadline(deps, clerk, tree.townA.id, c.applicationId, { setOn: '2024-10-15', dueOn: '2024-11-29', reason: '  ' }));
    expect((noReason as ValidationError).fields.reason).toBe('请填写延迟答复的理由');
    // Nothing was stored by the refused attempts.
    expect((await service.getCase(deps, clerk, tree.townA.id, c.applicationId)).customDeadline).toBeNull();
  });

  it('条例第三十五条: the clock runs to the later deadline, the case page explains it, the letter tells the applicant, the change is audited', async () => {
    const c = await register(tree.townA.id, clerk, '2024-09-25');
    await service.startHandling(deps, clerk, tree.townA.id, c.applicationId);
    const reason = '申请人一次申请公开近十年全部会议纪要，共计三百余件，需逐件审查';
    deps.setToday('2024-10-15');
    await service.setCustomDeadline(deps, clerk, tree.townA.id, c.applicationId, { setOn: '2024-10-15', dueOn: '2024-11-29', reason });
    deps.setToday('2024-11-20');
    const view = await service.getCase(deps, clerk, tree.townA.id, c.applicationId);
    expect(view.customDeadline).toMatchObject({ set_on: '2024-10-15', due_on: '2024-11-29', statutory_due_on: '2024-10-28', reason, legal_basis: '《中华人民共和国政府信息公开条例》第三十五条' });
    expect(view.application.custom_due_on).toBe('2024-11-29');
    expect(view.clock.dueOn).toBe('2024-10-28');
    expect(view.clock.finalDueOn).toBe('2024-11-29');
    // 2024-11-20 is past the statutory date but inside the later deadline: not overdue.
    expect(view.urgency).not.toBe('overdue');
    const home = await service.staffHome(deps, clerk, tree.townA.id);
    expect(home.overdue.map((h) => h.id)).not.toContain(c.applicationId);
    expect([...home.dueSoon, ...home.onTime].find((h) => h.id === c.applicationId)?.dueOn).toBe('2024-11-29');
    expect(view.clock.explanation).toContain('10月28日（周一）第20日，答复期限届满');
    expect(view.clock.explanation).toContain('10月15日依条例第三十五条确定延迟答复期限至11月29日（周五）');
    expect(view.events.map((e) => e.event)).toContain('set_custom_deadline');
    expect(await audits('application.custom_deadline', c.applicationId)).toHaveLength(1);

    const letter = await service.caseLetter(deps, clerk, tree.townA.id, c.applicationId, 'custom_deadline');
    expect(letter.title).toBe(`${tree.townA.name}政府信息公开申请延迟答复告知书`);
    const text = letter.paragraphs.join('\n');
    expect(text).toContain('本机关于2024年9月25日收到您提出的政府信息公开申请');
    expect(text).toContain('数量、频次明显超过合理范围');
    expect(text).toContain('第三十三条规定的期限（2024年10月28日）内答复');
    expect(text).toContain(`理由如下：${reason}。`);
    expect(text).toContain('根据《中华人民共和国政府信息公开条例》第三十五条的规定，本机关确定延迟答复的期限为：2024年11月29日前作出答复。');
    expect(letter.date).toBe('2024年10月15日');

    // The applicant's tracking page lists it as a step of the case, dated when it was recorded, with what
    // the 延迟答复告知书 above tells them (its date, the statutory and the new deadline, the reason, the basis)
    // and nothing else of the record (who fixed it stays inside).
    const track = await service.trackApplication(deps, c.applicationNumber, c.queryCode);
    expect(track.dueOn).toBe('2024-11-29');
    const told = { setOn: '2024-10-15', statutoryDueOn: '2024-10-28', dueOn: '2024-11-29', reason, legalBasis: '《中华人民共和国政府信息公开条例》第三十五条' };
    expect(track.customDeadline).toEqual(told);
    expect(track.steps).toEqual([
      { at: '2024-09-25T02:00:00.000Z', label: '登记申请' },
      { at: '2024-09-25T02:00:00.000Z', label: '开始办理' },
      { at: '2024-10-15T02:00:00.000Z', label: '确定延迟答复期限（条例第三十五条）', customDeadline: told },
    ]);

    const again = await fail(service.setCustomDeadline(deps, clerk, tree.townA.id, c.applicationId, { setOn: '2024-10-16', dueOn: '2024-12-20', reason }));
    expect(again).toBeInstanceOf(ConflictError);
    // A reply on 2024-11-20 is on time under the later deadline.
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'disclosed', decidedOn: '2024-11-20', provided: '会议纪要已通过电子邮件发送' });
    const replied = await service.getCase(deps, clerk, tree.townA.id, c.applicationId);
    expect(replied.clock.progress?.repliedLate).toBe(false);
  });

  it('条例第三十五条: not before receipt is confirmed, not after the reply, and not by a leader who does not handle cases', async () => {
    deps.setToday('2024-09-25');
    const online = await service.submitFromPortal(deps, tree.townA.code, applicantForm({ submissionKey: 'dgp-online-0000000001' }));
    expect(await fail(service.setCustomDeadline(deps, clerk, tree.townA.id, online.applicationId, { setOn: '2024-09-26', dueOn: '2024-12-20', reason: '数量大' }))).toBeInstanceOf(ConflictError);
    const c = await register(tree.townA.id, clerk, '2024-09-25');
    expect(await fail(service.setCustomDeadline(deps, leader, tree.townA.id, c.applicationId, { setOn: '2024-09-26', dueOn: '2024-12-20', reason: '数量大' }))).toBeInstanceOf(ForbiddenError);
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'not_exist', decidedOn: '2024-09-30' });
    const afterReply = await fail(service.setCustomDeadline(deps, clerk, tree.townA.id, c.applicationId, { setOn: '2024-09-30', dueOn: '2024-12-20', reason: '数量大' }));
    expect((afterReply as ConflictError).message).toContain('已答复');
  });

  // ── several grounds ───────────────────────────────────────────────────────────────────────────────

  it('部分公开 on two grounds: each withheld part with its ground and reason in the letter; counted once as 部分公开 (spec §6)', async () => {
    const c = await register(tree.townA.id, clerk, '2024-09-25');
    await service.startHandling(deps, clerk, tree.townA.id, c.applicationId);
    deps.setToday('2024-10-21');
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, {
      replyType: 'partially_disclosed',
      decidedOn: '2024-10-21',
      provided: '征地补偿标准文件正文',
      'grounds.0.part': '附件3中被征收户的身份证号码和家庭住址',
      'grounds.0.ground': 'withheld_third_party',
      'grounds.0.reason': '属于个人隐私，权利人书面表示不同意公开。',
      'grounds.1.part': '附件5会议讨论记录',
      'grounds.1.ground': 'withheld_process_info',
      'grounds.1.reason': '属于研究过程中形成的讨论记录',
    });
    const view = await service.getCase(deps, clerk, tree.townA.id, c.applicationId);
    expect(view.application.outcome).toBe('outcomes.partially_granted');
    expect(view.withheld).toEqual([
      { part: '附件3中被征收户的身份证号码和家庭住址', ground: 'withheld_third_party', reason: '属于个人隐私，权利人书面表示不同意公开。' },
      { part: '附件5会议讨论记录', ground: 'withheld_process_info', reason: '属于研究过程中形成的讨论记录' },
    ]);
    const secondary = view.reply!.secondary_grounds;
    expect(typeof secondary === 'string' ? JSON.parse(secondary) : secondary).toEqual(['outcomes.withheld.third_party_rights', 'outcomes.withheld.process_information']);
    expect(view.reply!.legal_basis).toBe('《中华人民共和国政府信息公开条例》第三十七条、第十五条、第十六条第二款');

    const text = (await service.caseLetter(deps, clerk, tree.townA.id, c.applicationId, 'reply')).paragraphs.join('\n');
    expect(text).toContain('本机关向您提供可以公开的部分：征地补偿标准文件正文');
    expect(text).toContain(
      '不予公开的部分及理由如下：\n' +
        '1. 附件3中被征收户的身份证号码和家庭住址：涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，依据《中华人民共和国政府信息公开条例》第十五条不予公开，理由：属于个人隐私，权利人书面表示不同意公开；\n' +
        '2. 附件5会议讨论记录：属于讨论记录、过程稿、磋商信函、请示报告等过程性信息，依据《中华人民共和国政府信息公开条例》第十六条第二款不予公开，理由：属于研究过程中形成的讨论记录。',
    );
    expect(text).toContain('依据：《中华人民共和国政府信息公开条例》第三十七条、第十五条、第十六条第二款。');
    // spec §8.1 / README U9: a partial refusal offers reconsideration first, litigation only after it.
    expect(text).toContain('对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内');
    expect(text).not.toContain('六个月');

    const t = await service.table3ForYear(deps, clerk, tree.townA.id, 2024);
    expect(t['applications.outcomes.partially_granted.natural_person']).toBe(1);
    expect(t['applications.outcomes.withheld.third_party_rights.natural_person'] ?? 0).toBe(0);
    expect(t['applications.outcomes.withheld.process_information.natural_person'] ?? 0).toBe(0);
  });

  it('a full refusal on a principal and a further ground: counted under the principal ground only, both in the letter', async () => {
    const c = await register(tree.townA.id, clerk, '2024-09-25');
    await service.startHandling(deps, clerk, tree.townA.id, c.applicationId);
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, {
      replyType: 'withheld_state_secret',
      decidedOn: '2024-10-22',
      reasons: '所申请文件已依法定为秘密级国家秘密',
      grounds: [{ ground: 'withheld_prohibited_by_laws', reason: '《中华人民共和国保守国家秘密法》禁止公开' }],
    });
    const view = await service.getCase(deps, clerk, tree.townA.id, c.applicationId);
    expect(view.application.outcome).toBe('outcomes.withheld.state_secret');
    const secondary = view.reply!.secondary_grounds;
    expect(typeof secondary === 'string' ? JSON.parse(secondary) : secondary).toEqual(['outcomes.withheld.prohibited_by_laws']);
    // Both grounds rest on 条例第十四条, already in the basis of a state-secret refusal.
    expect(view.reply!.legal_basis).toBe('《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项');
    const text = (await service.caseLetter(deps, clerk, tree.townA.id, c.applicationId, 'reply')).paragraphs.join('\n');
    expect(text).toContain(
      '理由：所申请文件已依法定为秘密级国家秘密；此外，属于法律、行政法规禁止公开的政府信息，依据《中华人民共和国政府信息公开条例》第十四条不予公开，理由：《中华人民共和国保守国家秘密法》禁止公开。',
    );
  });

  it('refuses incomplete or misplaced withheld rows with the field named, keeping nothing', async () => {
    const c = await register(tree.townA.id, clerk, '2024-09-25');
    await service.startHandling(deps, clerk, tree.townA.id, c.applicationId);
    const none = await fail(service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'partially_disclosed', decidedOn: '2024-10-08', provided: '正文' }));
    expect((none as ValidationError).fields['grounds.0.part']).toBe('部分公开须逐项列明不予公开的内容、依据和理由（条例第三十七条）');
    const incomplete = await fail(service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, {
      replyType: 'partially_disclosed', decidedOn: '2024-10-08',
      'grounds.0.part': '附件1', 'grounds.0.ground': 'withheld_third_party', 'grounds.0.reason': '个人隐私',
      'grounds.1.part': '附件2', 'grounds.1.ground': 'withheld_internal_affairs',
    }));
    expect((incomplete as ValidationError).fields['grounds.1.reason']).toBe('请说明不予公开的理由（条例第三十六条第（三）项、第三十七条）');
    const misplaced = await fail(service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, {
      replyType: 'disclosed', decidedOn: '2024-10-08', 'grounds.0.ground': 'withheld_third_party', 'grounds.0.reason': '个人隐私',
    }));
    expect((misplaced as ValidationError).fields['grounds.0.ground']).toContain('只有“部分公开”或“不予公开”的答复');
    const view = await service.getCase(deps, clerk, tree.townA.id, c.applicationId);
    expect(view.reply).toBeNull();
    expect(view.application.status).toBe('in_progress');
  });

  // ── remedy settings (spec §8.1) ───────────────────────────────────────────────────────────────────

  it('救济途径: no reply letter while the names are not set (issue 11 item 1); the county default reaches the township, the county itself uses its own; periods in Chinese numerals', async () => {
    // The tree was built with the county's settings; an installation that has none yet:
    await deleteSetting(deps.ctx.db, tree.county.id, 'applications.remedy');
    const before = await register(tree.townB.id, clerkB, '2024-09-25');
    const statusBefore = (await service.getCase(deps, clerkB, tree.townB.id, before.applicationId)).application.status;
    const refused = await fail(service.replyToApplication(deps, clerkB, tree.townB.id, before.applicationId, { replyType: 'not_exist', decidedOn: '2024-09-30' }));
    expect(refused).toBeInstanceOf(service.LetterNotReadyError);
    const problems = (refused as InstanceType<typeof service.LetterNotReadyError>).problems;
    expect(problems.map((p) => [p.message.slice(0, 12), p.fixAt.kind])).toEqual([
      ['“行政复议机关”尚未填写', 'remedy_settings'],
      ['“人民法院”尚未填写（…', 'remedy_settings'],
    ]);
    expect((refused as Error).message).toContain('请在“救济途径设置”中修改');
    // Nothing was issued: no reply, no status change, no event.
    const unchanged = await service.getCase(deps, clerkB, tree.townB.id, before.applicationId);
    expect(unchanged.reply).toBeNull();
    expect(unchanged.application.status).toBe(statusBefore);
    expect(unchanged.events.map((e) => e.event)).not.toContain('reply');
    expect(await service.remedyProblems(deps.ctx, tree.townB.id)).toHaveLength(2);

    await service.saveRemedySettings(deps.ctx, countyAdmin, tree.county.id, {
      'self.reconsiderationBody': '某某市人民政府',
      'self.court': '某某市中级人民法院',
      'below.reconsiderationBody': `${tree.county.name}`,
      'below.court': 'DG县人民法院',
      'below.reconsiderationDays': '',
      'below.litigationMonths': '',
    });
    expect(await audits('setting.update', 'applications.remedy')).toHaveLength(1);
    expect(await service.remedyProblems(deps.ctx, tree.townB.id)).toEqual([]);
    const countyOwn = await service.effectiveRemedy(deps.ctx, tree.county.id);
    expect(countyOwn.reconsiderationBody).toEqual({ value: '某某市人民政府', source: { kind: 'own' } });
    const town = await service.effectiveRemedy(deps.ctx, tree.townB.id);
    expect(town.reconsiderationBody).toEqual({ value: tree.county.name, source: { kind: 'inherited', agencyName: tree.county.name } });
    expect(town.reconsiderationDays).toEqual({ value: 60, source: { kind: 'statute' } });

    await service.replyToApplication(deps, clerkB, tree.townB.id, before.applicationId, { replyType: 'not_exist', decidedOn: '2024-09-30' });
    const filled = (await service.caseLetter(deps, clerkB, tree.townB.id, before.applicationId, 'reply')).paragraphs.join('\n');
    expect(filled).toContain(`申请人如对本答复不服，可以自收到本答复之日起六十日内向${tree.county.name}申请行政复议，或者自收到本答复之日起六个月内向DG县人民法院提起行政诉讼。`);
    // A letter already sent keeps its text (what was sent is what is stored) when the settings change.
    await service.saveRemedySettings(deps.ctx, countyAdmin, tree.county.id, {
      'self.reconsiderationBody': '某某市人民政府', 'self.court': '某某市中级人民法院', 'below.reconsiderationBody': `${tree.county.name}`, 'below.court': 'DG县第二人民法院',
    });
    expect((await service.caseLetter(deps, clerkB, tree.townB.id, before.applicationId, 'reply')).paragraphs.join('\n')).toContain('六个月内向DG县人民法院提起行政诉讼');
  });

  it('救济途径: a township overrides one field, longer statutory periods print as set; bad values and wrong people are refused', async () => {
    await service.saveRemedySettings(deps.ctx, townAdmin, tree.townA.id, { 'self.court': '某某铁路运输法院', 'self.reconsiderationDays': '90', 'self.litigationMonths': '3' });
    const town = await service.effectiveRemedy(deps.ctx, tree.townA.id);
    expect(town.court).toEqual({ value: '某某铁路运输法院', source: { kind: 'own' } });
    expect(town.reconsiderationBody.source).toEqual({ kind: 'inherited', agencyName: tree.county.name });
    const c = await register(tree.townA.id, clerk, '2024-09-25');
    await service.replyToApplication(deps, clerk, tree.townA.id, c.applicationId, { replyType: 'not_exist', decidedOn: '2024-09-30' });
    expect((await service.caseLetter(deps, clerk, tree.townA.id, c.applicationId, 'reply')).paragraphs.join('\n')).toContain(
      `申请人如对本答复不服，可以自收到本答复之日起九十日内向${tree.county.name}申请行政复议，或者自收到本答复之日起三个月内向某某铁路运输法院提起行政诉讼。`,
    );

    const short = await fail(service.saveRemedySettings(deps.ctx, townAdmin, tree.townA.id, { 'self.reconsiderationDays': '30' }));
    expect((short as ValidationError).fields['self.reconsiderationDays']).toBe('行政复议申请期限不得少于六十日（行政复议法第二十条）');
    expect(await fail(service.saveRemedySettings(deps.ctx, clerk, tree.townA.id, { 'self.court': '某法院' }))).toBeInstanceOf(ForbiddenError);
    expect(await fail(service.saveRemedySettings(deps.ctx, townAdmin, tree.county.id, { 'self.court': '某法院' }))).toBeInstanceOf(ForbiddenError);
    // The refused saves changed nothing.
    expect((await service.effectiveRemedy(deps.ctx, tree.townA.id)).reconsiderationDays.value).toBe(90);
    // The county administrator may set a township's own values (agency.manage reaches the subtree).
    await service.saveRemedySettings(deps.ctx, countyAdmin, tree.townA.id, { 'self.court': '某某铁路运输法院' });
    expect((await service.effectiveRemedy(deps.ctx, tree.townA.id)).reconsiderationDays).toEqual({ value: 60, source: { kind: 'statute' } });
  });

  // ── 条例第四十四条 ────────────────────────────────────────────────────────────────────────────────

  it('条例第四十四条: similar requests are counted; an answered case becomes a catalogue draft linked both ways, once, in one transaction', async () => {
    const description = '请公开乙乡2024年农村危房改造补助对象名单及补助标准';
    const first = await register(tree.townB.id, clerkB, '2024-10-08', { description });
    // Same words from another applicant, and the same request with 其 inserted: the request has 25 distinct
    // character bigrams, the variant loses 及补 and gains 及其、其补 → 24 shared of 27 → Jaccard 0.89.
    await register(tree.townB.id, clerkB, '2024-10-09', { description, name: '李四', idNumber: '110105194912310011', phone: '13900001111' });
    await register(tree.townB.id, clerkB, '2024-10-10', { description: '请公开乙乡2024年农村危房改造补助对象名单及其补助标准', name: '王五', idNumber: '110105194912310038', phone: '13900002222' });
    await register(tree.townB.id, clerkB, '2024-10-10', { description: '乙乡卫生院建设资金使用情况' });
    const open = await service.getCase(deps, clerkB, tree.townB.id, first.applicationId);
    expect(open.similar.map((s) => s.score)).toEqual([1, 0.89]);
    expect(open.publish).toBeNull();

    await service.replyToApplication(deps, clerkB, tree.townB.id, first.applicationId, { replyType: 'disclosed', decidedOn: '2024-10-15', provided: '补助对象名单（已隐去身份证号码）及补助标准文件' });
    const answered = await service.getCase(deps, clerkB, tree.townB.id, first.applicationId);
    expect(answered.publish?.defaults.body).toBe('补助对象名单（已隐去身份证号码）及补助标准文件');
    expect(answered.publish?.categories.length).toBeGreaterThan(0);
    const category = answered.publish!.categories[0]!.value;
    const form = { category, title: '乙乡2024年农村危房改造补助对象及标准', summary: '依申请公开后纳入主动公开', body: '补助对象名单及补助标准', topicCategory: '城乡建设', writtenOn: '2024-10-15' };

    const countItems = async () => (await deps.ctx.db.selectFrom('catalogue_item').select('id').where('agency_id', '=', tree.townB.id).execute()).length;
    const itemsBefore = await countItems();
    const badCategory = await fail(service.publishProactively(deps, clerkB, tree.townB.id, first.applicationId, { ...form, category: 'no.such.category' }));
    expect(badCategory).toBeInstanceOf(ValidationError);
    expect(await countItems()).toBe(itemsBefore);
    expect((await service.getCase(deps, clerkB, tree.townB.id, first.applicationId)).publication).toBeNull();

    deps.setToday('2024-10-16');
    const itemId = await service.publishProactively(deps, clerkB, tree.townB.id, first.applicationId, form);
    const item = await deps.ctx.db.selectFrom('catalogue_item').select(['title', 'status', 'source', 'agency_id']).where('id', '=', itemId).executeTakeFirstOrThrow();
    expect(item).toEqual({ title: form.title, status: 'draft', source: `依申请公开转为主动公开（申请编号 ${first.applicationNumber}）`, agency_id: tree.townB.id });
    const linked = await service.getCase(deps, clerkB, tree.townB.id, first.applicationId);
    expect(linked.publication).toEqual({ catalogueItemId: itemId });
    expect(linked.publish).toBeNull();
    expect(linked.events.map((e) => e.event)).toContain('publish_proactively');
    expect(await audits('application.publish_proactively', first.applicationId)).toHaveLength(1);
    expect(await audits('catalogue_item.create', itemId)).toHaveLength(1);
    expect(await fail(service.publishProactively(deps, clerkB, tree.townB.id, first.applicationId, form))).toBeInstanceOf(ConflictError);
  });

  it('条例第四十四条: only 予以公开 / 部分公开 cases, and only by staff who handle cases', async () => {
    const c = await register(tree.townB.id, clerkB, '2024-10-08', { description: '乙乡1998年土地详查原始图件' });
    await service.replyToApplication(deps, clerkB, tree.townB.id, c.applicationId, { replyType: 'not_exist', decidedOn: '2024-10-10' });
    expect((await service.getCase(deps, clerkB, tree.townB.id, c.applicationId)).publish).toBeNull();
    const form = { category: 'x', title: '标题', summary: '概述', body: '正文', topicCategory: '其他', writtenOn: '2024-10-10' };
    expect(await fail(service.publishProactively(deps, clerkB, tree.townB.id, c.applicationId, form))).toBeInstanceOf(ConflictError);
    expect(await fail(service.publishProactively(deps, clerk, tree.townB.id, c.applicationId, form))).toBeInstanceOf(ForbiddenError);
  });
});

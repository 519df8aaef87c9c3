import { expect, it } from 'vitest';
import { applyWorkflow, compareVersions, createItem, getItemDetail, listOverdue, normativeDocumentCells, resolveScanHit, updateItem } from '../../src/features/catalogue/catalogue.service.ts';
import { searchPublished } from '../../src/features/search/search.service.ts';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { describeEachDatabase } from '../support/db.ts';
import { catalogueWorld, lowIncomeNotice } from './support.ts';

describeEachDatabase('catalogue review before release (条例第十七条) and search', (under) => {
  it('publishes only after 保密审查 and both approval levels, then assigns the first 索引号 of the year', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CA');
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice());
    expect(item.status).toBe('draft');
    await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' });
    await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'pass_security_review', comment: '经审查不涉及国家秘密' });
    const level1 = await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'approve', comment: '同意' });
    expect(level1).toMatchObject({ status: 'approval', approvalLevel: 1, indexNo: null });
    const published = await applyWorkflow(ctx, w.deps, w.leader, item.id, { event: 'approve', comment: '同意发布' });
    // The test clock is 2026-03-02 (Beijing time); default template without a credit code: {agencyCode}/{yyyy}-{seq:5}.
    expect(published).toMatchObject({ status: 'published', indexNo: 'CA-TA/2026-00001', publishedOn: '2026-03-02', publishedVersion: 1 });
    const detail = await getItemDetail(ctx, w.deps, w.leader, item.id);
    expect(detail.steps.map((s) => [s.event, s.level_title, s.comment])).toEqual([
      ['submit', null, null],
      ['pass_security_review', '保密审查', '经审查不涉及国家秘密'],
      ['approve', '办公室负责人', '同意'],
      ['approve', '分管领导', '同意发布'],
    ]);
    const audit = await ctx.db.selectFrom('audit_event').select('action').where('object_id', '=', item.id).orderBy('occurred_at').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual([
      'catalogue_item.create',
      'catalogue_item.submit',
      'catalogue_item.pass_security_review',
      'catalogue_item.approve',
      'catalogue_item.publish',
    ]);
  });

  it('sets the Art. 26 deadline 20 working days after the 成文日期, skipping the 2026 Spring Festival and counting its makeup Saturdays', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CB');
    // Worked by hand from the 2026 arrangement (2.15–2.23 off; Sat 2.14 and Sat 2.28 worked):
    // 2.11 2.12 2.13 2.14 | 2.24 2.25 2.26 2.27 2.28 | 3.2–3.6 | 3.9–3.13 | 3.16 → the 20th is 16 March.
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ writtenOn: '2026-02-10' }));
    expect(item.publishDueOn).toBe('2026-03-16');
    // On 2 March the deadline is 10 working days away: not yet due soon, not overdue.
    const overdue = await listOverdue(ctx, w.deps, w.supervisor, [w.tree.townA.id]);
    expect(overdue.find((r) => r.id === item.id)).toBeUndefined();
    const late = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ writtenOn: '2026-01-05' }));
    const seen = await listOverdue(ctx, w.deps, w.supervisor, [w.tree.townA.id]);
    expect(seen.find((r) => r.id === late.id)?.timing.state).toBe('overdue');
    // A supervisor of another subtree, or a leader of another township, sees nothing of town A.
    expect(await listOverdue(ctx, w.deps, w.otherLeader, [w.tree.townA.id])).toEqual([]);
  });

  it('refuses approval by the wrong role and hides the item from another agency', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CC');
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice());
    await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' });
    await expect(applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'pass_security_review' })).rejects.toThrow(/审核主动公开信息/);
    await expect(applyWorkflow(ctx, w.deps, w.otherLeader, item.id, { event: 'return', comment: '不同意' })).rejects.toThrow(/找不到该信息/);
    await expect(createItem(ctx, w.deps, w.supervisor, w.tree.townA.id, lowIncomeNotice())).rejects.toThrow(/起草主动公开信息/);
  });

  it('refuses submission while a hit is unanswered, lets the drafter delete or ask to keep, and leaves keeping to the reviewer', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CD');
    const body = '张某某，身份证号11010519491231002X，联系电话13812345678，月保障金额1260元。';
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ body }));
    // 条例第十五条: two hits (the ID number and the mobile number), neither answered — the item cannot go to review.
    await expect(applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' })).rejects.toThrow('还有 2 处疑似个人信息未处理：请逐条删除，或写明理由申请保留（由审核人决定）后再提交审查。');
    const detail = await getItemDetail(ctx, w.deps, w.clerk, item.id);
    const [id, phone] = detail.hits;
    expect(id).toMatchObject({ kind: 'id_card', masked: '110105********002X', resolution: 'open' });
    await resolveScanHit(ctx, w.clerk, item.id, id!.id, { action: 'redact' });
    await expect(applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' })).rejects.toThrow(/还有 1 处疑似个人信息未处理/);
    // The drafter may not keep it, only ask to, and must say why.
    await expect(resolveScanHit(ctx, w.clerk, item.id, phone!.id, { action: 'accept', reason: '本人同意' })).rejects.toThrow(/审核主动公开信息/);
    await expect(resolveScanHit(ctx, w.clerk, item.id, phone!.id, { action: 'propose_keep', reason: '' })).rejects.toThrow(/写明理由/);
    await resolveScanHit(ctx, w.clerk, item.id, phone!.id, { action: 'propose_keep', reason: '权利人书面同意公开联系电话' });
    await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' });
    // The request to keep is still open: 保密审查 waits for the reviewer's decision.
    await expect(applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'pass_security_review' })).rejects.toThrow(/1 处疑似个人信息/);
    await expect(resolveScanHit(ctx, w.clerk, item.id, phone!.id, { action: 'propose_keep', reason: '再次说明理由' })).rejects.toThrow(/由审核人决定/);
    await expect(resolveScanHit(ctx, w.reviewer, item.id, phone!.id, { action: 'accept', reason: '' })).rejects.toThrow(/写明理由/);
    await resolveScanHit(ctx, w.reviewer, item.id, phone!.id, { action: 'accept', reason: '权利人书面同意公开联系电话' });
    const after = await getItemDetail(ctx, w.deps, w.reviewer, item.id);
    expect(after.item.body).toBe('张某某，身份证号110105********002X，联系电话13812345678，月保障金额1260元。');
    expect(after.hits.map((h) => [h.resolution, h.reason])).toEqual([
      ['redacted', null],
      ['accepted', '权利人书面同意公开联系电话'],
    ]);
    await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'pass_security_review' });
    const audit = await ctx.db.selectFrom('audit_event').select(['action', 'summary']).where('object_id', '=', item.id).orderBy('occurred_at').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual([
      'catalogue_item.create',
      'catalogue_item.redact',
      'catalogue_item.propose_keep_personal_data',
      'catalogue_item.submit',
      'catalogue_item.accept_personal_data',
      'catalogue_item.pass_security_review',
    ]);
    // The audit log records the masked form only.
    expect(audit.some((a) => a.summary.includes('11010519491231002X') || a.summary.includes('13812345678'))).toBe(false);
  });

  it('keeps every version when a returned item is edited, and compares them line by line', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CE');
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ body: '第一条 保障标准每人每月500元。\n第二条 自公布之日起施行。' }));
    await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' });
    await expect(applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'return' })).rejects.toThrow(/修改意见/);
    await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'return', comment: '保障标准已调整为600元' });
    const edited = await updateItem(ctx, w.deps, w.clerk, item.id, lowIncomeNotice({ body: '第一条 保障标准每人每月600元。\n第二条 自公布之日起施行。' }));
    expect(edited.version).toBe(2);
    const cmp = await compareVersions(ctx, w.reviewer, item.id, 1, 2);
    expect(cmp.body).toEqual([
      { op: 'removed', text: '第一条 保障标准每人每月500元。' },
      { op: 'added', text: '第一条 保障标准每人每月600元。' },
      { op: 'same', text: '第二条 自公布之日起施行。' },
    ]);
    await expect(updateItem(ctx, w.deps, w.clerk, item.id, lowIncomeNotice({ title: '' }))).rejects.toThrow(/请填写标题/);
  });

  it('finds a published item by a two-character word with the word marked, never a draft, and drops it when withdrawn', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CF');
    const budget = await createItem(
      ctx,
      w.deps,
      w.clerk,
      w.tree.townA.id,
      lowIncomeNotice({ title: '甲镇2026年部门预算公开说明', body: '一、收支总体情况：2026年收入预算1200万元。<script>', category: 'budgets', summary: '部门预算及说明' }),
    );
    await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title: '预算草稿不得外泄', category: 'budgets' }));
    for (const [actor, event] of [
      [w.clerk, 'submit'],
      [w.reviewer, 'pass_security_review'],
      [w.reviewer, 'approve'],
      [w.leader, 'approve'],
    ] as const) {
      await applyWorkflow(ctx, w.deps, actor, budget.id, { event });
    }
    const resolve = async (code: string) => (await findAgencyByCode(ctx.db, code))?.id ?? null;
    const page = await searchPublished(ctx, { q: '预算', agency: 'CF-TA' }, resolve);
    expect(page.results.map((r) => r.id)).toEqual([budget.id]);
    expect(page.results[0]!.title.filter((s) => s.mark).map((s) => s.text)).toContain('预算');
    expect(page.results[0]!.path).toBe(`/gk/CF-TA/items/${budget.id}`);
    await expect(applyWorkflow(ctx, w.deps, w.clerk, budget.id, { event: 'withdraw', comment: '内容有误' })).rejects.toThrow(/批准发布/);
    await applyWorkflow(ctx, w.deps, w.leader, budget.id, { event: 'withdraw', comment: '数据有误，更正后重新发布' });
    expect((await searchPublished(ctx, { q: '预算', agency: 'CF-TA' }, resolve)).results).toEqual([]);
  });

  it('computes table 二 first block from published normative documents', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'CG');
    const doc = lowIncomeNotice({ title: '甲镇农村宅基地管理办法', category: 'laws_and_documents', isNormativeDocument: true, documentNo: '甲政发〔2026〕1号' });
    const a = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, doc);
    await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, { ...doc, title: '未发布的办法' });
    for (const [actor, event] of [
      [w.clerk, 'submit'],
      [w.reviewer, 'pass_security_review'],
      [w.reviewer, 'approve'],
      [w.leader, 'approve'],
    ] as const) {
      await applyWorkflow(ctx, w.deps, actor, a.id, { event });
    }
    const cells = await normativeDocumentCells(ctx, w.leader, w.tree.townA.id, 2026);
    expect(cells['active_disclosure.art20_item1.normative_documents.issued_this_year']).toBe(1);
    expect(cells['active_disclosure.art20_item1.normative_documents.currently_valid']).toBe(1);
    expect(cells['active_disclosure.art20_item1.regulations.issued_this_year']).toBe(0);
  });
});

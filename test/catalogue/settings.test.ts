// The catalogue settings of an agency: 索引号 template (§5.1), approval chain (条例第十七条), sensitive
// words and own columns (条例第二十二条); a county's values are the defaults of the agencies below it.
import { expect, it } from 'vitest';
import { changeColumn, loadSettings, saveApprovalChain, saveIndexSettings, saveSensitiveWords, settingsPage } from '../../src/features/catalogue/catalogue-settings.service.ts';
import { applyWorkflow, createItem, getItemDetail, updateItem } from '../../src/features/catalogue/catalogue.service.ts';
import { accountWith } from '../db/tree.ts';
import { describeEachDatabase } from '../support/db.ts';
import { catalogueWorld, lowIncomeNotice } from './support.ts';

describeEachDatabase('catalogue settings', (under) => {
  it('inherits the county’s approval chain until the township sets its own, and the chain decides publication', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'SC');
    const countyAdmin = (await accountWith(ctx, w.tree.county, 'admin', 'sc_county_admin')).actor;
    const townAdmin = (await accountWith(ctx, w.tree.townA, 'admin', 'sc_town_admin')).actor;

    // The county sets one level for its whole tree: 办公室负责人 (a reviewer) signs, and that is the release.
    await saveApprovalChain(ctx, countyAdmin, w.tree.county.id, { level1Title: '办公室负责人', level1Role: 'reviewer' });
    expect((await loadSettings(ctx.db, w.tree.townA.id)).approvalChain).toEqual([{ title: '办公室负责人', role: 'reviewer' }]);
    const page = await settingsPage(ctx, townAdmin, w.tree.townA.id);
    expect(page.sourceLabels.chain).toBe('沿用SC县人民政府的设置');

    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title: '一级审批' }));
    await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' });
    await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'pass_security_review' });
    const published = await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'approve' });
    expect(published.status).toBe('published');

    // The township adds 主要领导 as a third level of its own; the county's stays as it was.
    await saveApprovalChain(ctx, townAdmin, w.tree.townA.id, {
      level1Title: '党政办负责人',
      level1Role: 'reviewer',
      level2Title: '分管领导',
      level2Role: 'leader',
      level3Title: '主要领导',
      level3Role: 'leader',
    });
    expect((await loadSettings(ctx.db, w.tree.townA.id)).approvalChain.map((l) => l.title)).toEqual(['党政办负责人', '分管领导', '主要领导']);
    expect((await loadSettings(ctx.db, w.tree.townB.id)).approvalChain.map((l) => l.title)).toEqual(['办公室负责人']);
    // Back to the county's.
    await saveApprovalChain(ctx, townAdmin, w.tree.townA.id, { inherit: 'on' });
    expect((await loadSettings(ctx.db, w.tree.townA.id)).approvalChain.map((l) => l.title)).toEqual(['办公室负责人']);

    // Four levels, none, or a level without who signs are refused in Chinese.
    await expect(saveApprovalChain(ctx, townAdmin, w.tree.townA.id, {})).rejects.toThrow(/审批链应为 1 至 3 级/);
    await expect(saveApprovalChain(ctx, townAdmin, w.tree.townA.id, { level1Title: '分管领导', level1Role: '' })).rejects.toMatchObject({ fields: { level1Role: '请选择第 1 级“分管领导”由谁审批（审核人员或领导）。' } });

    // Only the agency's 管理员 (or the county's, above it) may change settings.
    await expect(saveApprovalChain(ctx, w.clerk, w.tree.townA.id, { level1Title: '办公室负责人', level1Role: 'reviewer' })).rejects.toThrow(/没有在该单位“管理单位设置”的权限/);
    const otherAdmin = (await accountWith(ctx, w.tree.townB, 'admin', 'sc_other_admin')).actor;
    await expect(saveApprovalChain(ctx, otherAdmin, w.tree.townA.id, { level1Title: '办公室负责人', level1Role: 'reviewer' })).rejects.toThrow(/找不到该单位/);
    await expect(settingsPage(ctx, w.supervisor, w.tree.townA.id)).rejects.toThrow(/没有在该单位“管理单位设置”的权限/);

    const audit = await ctx.db.selectFrom('audit_event').select(['action', 'summary']).where('agency_id', '=', w.tree.townA.id).where('action', '=', 'catalogue.settings_update').execute();
    expect(audit.map((a) => a.summary)).toEqual(['审批链设为 经办人 → 党政办负责人 → 分管领导 → 主要领导', '审批链改为沿用上级单位的设置']);
  });

  it('numbers by the template in force at publication; numbers already issued never change', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'SI');
    const admin = (await accountWith(ctx, w.tree.townA, 'admin', 'si_admin')).actor;
    const publish = async (title: string) => {
      const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title }));
      await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' });
      await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'pass_security_review' });
      await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'approve' });
      return applyWorkflow(ctx, w.deps, w.leader, item.id, { event: 'approve' });
    };
    // The default template needs the 统一社会信用代码: refused until it is filled.
    await expect(saveIndexSettings(ctx, admin, w.tree.townA.id, { indexPattern: '{credit_code}/{yyyy}-{seq:5}', seqReset: 'yearly' })).rejects.toMatchObject({
      fields: { indexPattern: '索引号模板需要统一社会信用代码，请先在机关设置中填写。' },
    });
    await expect(saveIndexSettings(ctx, admin, w.tree.townA.id, { indexPattern: '{credit_code}/{yyyy}', seqReset: 'yearly', creditCode: '11410000005184228X' })).rejects.toMatchObject({
      fields: { indexPattern: '索引号模板必须包含且只包含一个流水号 {seq:N}，以保证索引号不重复。' },
    });
    await expect(saveIndexSettings(ctx, admin, w.tree.townA.id, { indexPattern: '{credit_code}/{yyyy}-{seq:5}', seqReset: 'yearly', creditCode: '11410000005184228' })).rejects.toMatchObject({
      fields: { creditCode: '统一社会信用代码应为 18 位（数字和大写字母，不含 I、O、S、V、Z）。' },
    });
    await saveIndexSettings(ctx, admin, w.tree.townA.id, { indexPattern: '{credit_code}/{yyyy}-{seq:5}', seqReset: 'yearly', creditCode: '11410000005184228x' });
    const page = await settingsPage(ctx, admin, w.tree.townA.id);
    // The test clock is 2 March 2026; nothing published yet this year.
    expect(page.example).toEqual({ example: '11410000005184228X/2026-00001', problem: null });

    const first = await publish('第一条');
    expect(first.indexNo).toBe('11410000005184228X/2026-00001');
    await saveIndexSettings(ctx, admin, w.tree.townA.id, { indexPattern: '{region_code}-{yyyy}-{seq:6}', seqReset: 'yearly', creditCode: '11410000005184228X', regionCode: '411082' });
    expect((await settingsPage(ctx, admin, w.tree.townA.id)).example.example).toBe('411082-2026-000002');
    const second = await publish('第二条');
    // The counter carries on (never reused); the first item keeps its number.
    expect(second.indexNo).toBe('411082-2026-000002');
    const rows = await ctx.db.selectFrom('catalogue_item').select(['title', 'index_no']).where('agency_id', '=', w.tree.townA.id).orderBy('index_no').execute();
    expect(rows).toEqual([
      { title: '第一条', index_no: '11410000005184228X/2026-00001' },
      { title: '第二条', index_no: '411082-2026-000002' },
    ]);
  });

  it('keeps a clean sensitive-word list: one a line, blanks and repeats dropped, size-limited', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'SW');
    const admin = (await accountWith(ctx, w.tree.townA, 'admin', 'sw_admin')).actor;
    expect(await saveSensitiveWords(ctx, admin, w.tree.townA.id, { words: '  内部资料\r\n\r\n内部资料\n绝密 \n\n' })).toBe(2);
    expect((await loadSettings(ctx.db, w.tree.townA.id)).sensitiveWords).toEqual(['内部资料', '绝密']);
    await expect(saveSensitiveWords(ctx, admin, w.tree.townA.id, { words: `绝密\n${'长'.repeat(31)}` })).rejects.toMatchObject({ fields: { words: expect.stringContaining('第 2 行') } });
    const many = Array.from({ length: 501 }, (_, i) => `词${i}`).join('\n');
    await expect(saveSensitiveWords(ctx, admin, w.tree.townA.id, { words: many })).rejects.toMatchObject({ fields: { words: '敏感词最多 500 个（去重后现有 501 个），请精简。' } });
    // A refused save changes nothing.
    expect((await loadSettings(ctx.db, w.tree.townA.id)).sensitiveWords).toEqual(['内部资料', '绝密']);
    // The scanner uses them on the next save of a draft.
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title: '含内部资料字样的通知' }));
    const hits = await ctx.db.selectFrom('catalogue_scan_hit').select(['kind', 'masked']).where('item_id', '=', item.id).where('kind', '=', 'sensitive_word').execute();
    expect(hits.length).toBe(1);
  });

  it('adds, renames, orders and hides own columns; a column holding items is never deleted', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'SL');
    const admin = (await accountWith(ctx, w.tree.townA, 'admin', 'sl_admin')).actor;
    const villages = await changeColumn(ctx, admin, w.tree.townA.id, { action: 'add', label: '村务公开' });
    const revival = await changeColumn(ctx, admin, w.tree.townA.id, { action: 'add', label: '乡村振兴' });
    expect([villages, revival]).toEqual(['own_1', 'own_2']);
    await expect(changeColumn(ctx, admin, w.tree.townA.id, { action: 'add', label: '村务公开' })).rejects.toThrow('已有名为“村务公开”的栏目，请换一个名称。');
    // A statutory column's name cannot be taken either.
    await expect(changeColumn(ctx, admin, w.tree.townA.id, { action: 'add', label: '社会救助' })).rejects.toThrow(/已有名为“社会救助”/);
    await changeColumn(ctx, admin, w.tree.townA.id, { action: 'rename', id: villages, label: '村务公开专栏' });
    await changeColumn(ctx, admin, w.tree.townA.id, { action: 'up', id: revival });
    await expect(changeColumn(ctx, admin, w.tree.townA.id, { action: 'up', id: revival })).rejects.toThrow('该栏目已在最前。');
    expect((await loadSettings(ctx.db, w.tree.townA.id)).columns).toEqual([
      { id: 'own_2', label: '乡村振兴' },
      { id: 'own_1', label: '村务公开专栏' },
    ]);

    const villageDraft = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title: '村务公开草稿', category: villages }));
    await expect(changeColumn(ctx, admin, w.tree.townA.id, { action: 'delete', id: villages })).rejects.toThrow(/栏目“村务公开专栏”下有 1 条信息（含草稿），不能删除/);
    await changeColumn(ctx, admin, w.tree.townA.id, { action: 'hide', id: villages });
    // Hidden: no new information is filed there.
    await expect(createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ category: villages }))).rejects.toThrow(/请选择本单位公开目录中的信息分类/);
    // The draft already there keeps its column when edited, and its form still offers it.
    const edited = await updateItem(ctx, w.deps, w.clerk, villageDraft.id, lowIncomeNotice({ title: '村务公开草稿（改）', category: villages }));
    expect(edited.category).toBe(villages);
    expect((await getItemDetail(ctx, w.deps, w.clerk, villageDraft.id)).categories.at(-1)).toMatchObject({ id: villages, label: '村务公开专栏（已隐藏）' });
    await changeColumn(ctx, admin, w.tree.townA.id, { action: 'delete', id: revival });
    // A new column never takes an old id back.
    expect(await changeColumn(ctx, admin, w.tree.townA.id, { action: 'add', label: '美丽乡村' })).toBe('own_3');
    const page = await settingsPage(ctx, admin, w.tree.townA.id);
    expect(page.columns.map((c) => [c.label, c.hidden, c.itemCount])).toEqual([
      ['村务公开专栏', true, 1],
      ['美丽乡村', false, 0],
    ]);
    await expect(changeColumn(ctx, w.clerk, w.tree.townA.id, { action: 'add', label: '其他' })).rejects.toThrow(/没有在该单位“管理单位设置”的权限/);
    const audit = await ctx.db.selectFrom('audit_event').select('summary').where('action', '=', 'catalogue.column_change').where('agency_id', '=', w.tree.townA.id).orderBy('occurred_at').orderBy('id').execute();
    expect(audit).toHaveLength(7);
  });
});

// 公开事项标准目录 (国办发〔2019〕54号; spec §2.3) on both databases: rows added and changed with their
// uniqueness rules, CSV import that updates by 一级+二级事项 and imports nothing when one row is bad,
// items filed under a 二级事项 and counted, a row holding items never deleted, scoping and audit.
import { expect, it } from 'vitest';
import { applyWorkflow, createItem } from '../../src/features/catalogue/catalogue.service.ts';
import {
  deleteStandardRow,
  exportStandardCatalogue,
  fileItemUnderRow,
  importStandardCatalogue,
  publicStandardCatalogue,
  saveStandardRow,
  standardCatalogueForStaff,
} from '../../src/features/catalogue/standard-catalogue.service.ts';
import { describeEachDatabase } from '../support/db.ts';
import { catalogueWorld, lowIncomeNotice } from './support.ts';

const HEADER = '序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级';
const row = (seq: number, l1: string, l2: string, extra = '') =>
  `${seq},${l1},${l2},办事指南；审批结果${extra},《社会救助暂行办法》,信息形成或变更之日起20个工作日内,甲镇人民政府,政府网站、公开栏,全社会,主动,乡级、村级`;
const utf8 = (text: string) => new TextEncoder().encode(text);

describeEachDatabase('公开事项标准目录', (under) => {
  it('imports all rows or none, updates by 事项, files items and counts the published ones', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'SK');
    const town = w.tree.townA.id;

    // A bad fourth line (公开对象) stops the whole file: nothing imported.
    const bad = [HEADER, row(1, '社会救助', '最低生活保障'), row(2, '社会救助', '临时救助'), row(3, '就业', '就业服务').replace('全社会', '本村村民')].join('\r\n');
    await expect(importStandardCatalogue(ctx, w.clerk, town, utf8(bad))).rejects.toMatchObject({ fields: { file: '第 4 行“公开对象”：公开对象应为“全社会”或“特定群众”。' } });
    expect((await standardCatalogueForStaff(ctx, w.clerk, town)).rows).toEqual([]);
    // Excel's GBK “CSV” is refused with how to save it properly.
    await expect(importStandardCatalogue(ctx, w.clerk, town, new Uint8Array([0xd0, 0xf2, 0xba, 0xc5]))).rejects.toThrow(/CSV UTF-8/);

    const good = [HEADER, row(1, '社会救助', '最低生活保障'), row(2, '社会救助', '临时救助'), row(3, '就业', '就业服务')].join('\r\n');
    expect(await importStandardCatalogue(ctx, w.clerk, town, utf8(`\uFEFF${good}`))).toEqual({ added: 3, updated: 0 });
    const rows = (await standardCatalogueForStaff(ctx, w.clerk, town)).rows;
    expect(rows.map((r) => [r.seq, r.item_level2, r.level])).toEqual([
      [1, '最低生活保障', '乡级（镇级）、村级'],
      [2, '临时救助', '乡级（镇级）、村级'],
      [3, '就业服务', '乡级（镇级）、村级'],
    ]);
    const lowIncome = rows[0]!.id;

    // Two items filed under 最低生活保障: one published, one still a draft.
    const published = await createItem(ctx, w.deps, w.clerk, town, lowIncomeNotice({ title: '已发布的低保公示' }));
    await applyWorkflow(ctx, w.deps, w.clerk, published.id, { event: 'submit' });
    await applyWorkflow(ctx, w.deps, w.reviewer, published.id, { event: 'pass_security_review' });
    await applyWorkflow(ctx, w.deps, w.reviewer, published.id, { event: 'approve' });
    await applyWorkflow(ctx, w.deps, w.leader, published.id, { event: 'approve' });
    const draft = await createItem(ctx, w.deps, w.clerk, town, lowIncomeNotice({ title: '低保公示草稿' }));
    await fileItemUnderRow(ctx, w.clerk, published.id, lowIncome);
    await fileItemUnderRow(ctx, w.clerk, draft.id, lowIncome);
    const counted = (await publicStandardCatalogue(ctx, town)).find((r) => r.id === lowIncome)!;
    expect([counted.itemCount, counted.publishedCount]).toEqual([2, 1]);

    // Re-importing swaps two 序号 and changes a text; the filed items stay with their row.
    const swapped = [HEADER, row(2, '社会救助', '最低生活保障', '（含保障金额）'), row(1, '社会救助', '临时救助')].join('\n');
    expect(await importStandardCatalogue(ctx, w.clerk, town, utf8(swapped))).toEqual({ added: 0, updated: 2 });
    const after = (await standardCatalogueForStaff(ctx, w.clerk, town)).rows;
    expect(after.map((r) => [r.seq, r.item_level2, r.itemCount])).toEqual([
      [1, '临时救助', 0],
      [2, '最低生活保障', 2],
      [3, '就业服务', 0],
    ]);
    expect(after[1]!.content_elements).toBe('办事指南；审批结果（含保障金额）');
    // A 序号 taken by a row the file does not mention is refused with the line.
    await expect(importStandardCatalogue(ctx, w.clerk, town, utf8([HEADER, row(3, '养老服务', '高龄津贴')].join('\n')))).rejects.toMatchObject({
      fields: { file: '第 2 行：序号 3 已用于目录中的“就业 › 就业服务”（文件中没有这一行）。请改用其他序号。' },
    });

    // A row holding items is never deleted; an empty one is.
    await expect(deleteStandardRow(ctx, w.clerk, town, lowIncome)).rejects.toThrow('“社会救助 › 最低生活保障”下已归入 2 条信息，不能删除；请先把这些信息改归其他事项。');
    await deleteStandardRow(ctx, w.clerk, town, after[2]!.id);

    // Rows by form: 序号 and 事项 unique.
    await expect(saveStandardRow(ctx, w.clerk, town, null, { seq: '1', item_level1: '养老服务', item_level2: '高龄津贴', content_elements: '名单', basis: '省规定', time_limit: '20个工作日内', responsible_body: '甲镇人民政府', channels: '公开栏', audience: '特定群众', mode: '主动', level: '村级' })).rejects.toMatchObject({
      fields: { seq: '序号 1 已用于“社会救助 › 临时救助”。' },
    });
    const id = await saveStandardRow(ctx, w.clerk, town, null, { seq: '3', item_level1: '养老服务', item_level2: '高龄津贴', content_elements: '名单', basis: '省规定', time_limit: '20个工作日内', responsible_body: '甲镇人民政府', channels: '公开栏', audience: '特定群众', mode: '主动公开', level: '村级' });
    expect((await publicStandardCatalogue(ctx, town)).find((r) => r.id === id)?.mode).toBe('主动');

    // The export is the table as it now stands, written out by hand here (BOM for Excel, CRLF lines):
    // the swapped 序号, the changed text, 就业服务 deleted, 高龄津贴 added with 主动公开 → 主动.
    const { csv } = await exportStandardCatalogue(ctx, w.supervisor, town);
    expect(csv).toBe(
      '\uFEFF序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\r\n' +
        '1,社会救助,临时救助,办事指南；审批结果,《社会救助暂行办法》,信息形成或变更之日起20个工作日内,甲镇人民政府,政府网站、公开栏,全社会,主动,乡级（镇级）、村级\r\n' +
        '2,社会救助,最低生活保障,办事指南；审批结果（含保障金额）,《社会救助暂行办法》,信息形成或变更之日起20个工作日内,甲镇人民政府,政府网站、公开栏,全社会,主动,乡级（镇级）、村级\r\n' +
        '3,养老服务,高龄津贴,名单,省规定,20个工作日内,甲镇人民政府,公开栏,特定群众,主动,村级\r\n',
    );
    // And it reads back: importing the exported file changes nothing.
    expect(await importStandardCatalogue(ctx, w.clerk, town, utf8(csv))).toEqual({ added: 0, updated: 3 });
    expect((await standardCatalogueForStaff(ctx, w.clerk, town)).rows.map((r) => [r.seq, r.item_level1, r.item_level2, r.content_elements, r.audience, r.mode, r.level])).toEqual([
      [1, '社会救助', '临时救助', '办事指南；审批结果', '全社会', '主动', '乡级（镇级）、村级'],
      [2, '社会救助', '最低生活保障', '办事指南；审批结果（含保障金额）', '全社会', '主动', '乡级（镇级）、村级'],
      [3, '养老服务', '高龄津贴', '名单', '特定群众', '主动', '村级'],
    ]);

    // Another township's clerk can neither read nor change it, nor file its items; the leader reads only.
    const other = await (await import('../db/tree.ts')).accountWith(ctx, w.tree.townB, 'clerk', 'sk_other_clerk');
    await expect(standardCatalogueForStaff(ctx, other.actor, town)).rejects.toThrow(/找不到该单位/);
    await expect(fileItemUnderRow(ctx, other.actor, draft.id, lowIncome)).rejects.toThrow(/找不到该单位/);
    expect((await standardCatalogueForStaff(ctx, w.leader, town)).canEdit).toBe(false);
    await expect(importStandardCatalogue(ctx, w.leader, town, utf8(good))).rejects.toThrow(/起草主动公开信息/);

    const audit = await ctx.db.selectFrom('audit_event').select('action').where('agency_id', '=', town).where('action', 'like', 'catalogue.standard%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['catalogue.standard_import', 'catalogue.standard_import', 'catalogue.standard_import', 'catalogue.standard_row_create', 'catalogue.standard_row_delete']);
  });
});

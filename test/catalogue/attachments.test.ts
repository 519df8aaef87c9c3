// Attachments of catalogue items (条例第二十四条 下载): type checked by content, 20 MB limit, stored under
// generated names outside the web root, text extracted for search and for the personal-data scanner.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { findAgencyByCode } from '../../src/features/agencies/agencies.repository.ts';
import { addAttachment, applyWorkflow, createItem, getItemDetail, readAttachment, removeAttachment, resolveScanHit } from '../../src/features/catalogue/catalogue.service.ts';
import { publicItem } from '../../src/features/catalogue/catalogue.public.ts';
import { searchPublished } from '../../src/features/search/search.service.ts';
import { describeEachDatabase } from '../support/db.ts';
import { refuseInserts } from '../support/refuse-inserts.ts';
import { docxBomb, pdfBomb } from '../support/bombs.ts';
import { VALID_ID, VALID_ID_MASKED, minimalPdf, smallDocx } from './files.ts';
import { catalogueWorld, lowIncomeNotice } from './support.ts';

const storedNamePattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(pdf|docx)$/;
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describeEachDatabase('catalogue attachments', (under) => {
  it('stores a real PDF and a real .docx under generated names outside the web root; their text is scanned and searchable once published', async () => {
    const ctx = under.context();
    const dataDir = under.database().dataDir;
    const w = await catalogueWorld(ctx, dataDir, 'AT');
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title: '关于召开自来水价格听证会的公告', body: '定于2026年3月20日召开听证会，参加人名单见附件。' }));

    const pdf = minimalPdf(['Lingnan township water tariff hearing: agenda', 'Contact desk 3, town hall']);
    const docx = await smallDocx(['岭南镇自来水价格听证会参加人名单', `消费者代表：李某某，身份证号${VALID_ID}`]);
    const pdfId = await addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: '听证会议程.pdf', data: pdf });
    const docxId = await addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: '参加人名单.docx', data: docx });

    const rows = await ctx.db.selectFrom('catalogue_attachment').selectAll().where('item_id', '=', item.id).orderBy('file_name').execute();
    expect(rows.map((r) => [r.id, r.file_name, r.media_type, r.size_bytes])).toEqual([
      [docxId, '参加人名单.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx.byteLength],
      [pdfId, '听证会议程.pdf', 'application/pdf', pdf.byteLength],
    ]);
    for (const [row, bytes] of [
      [rows[0]!, docx],
      [rows[1]!, pdf],
    ] as const) {
      // A generated name, not the one the uploader chose; kept in <dataDir>/files/catalogue, not under public/.
      expect(row.stored_name).toMatch(storedNamePattern);
      expect(row.stored_name).not.toContain('名单');
      const path = join(dataDir, 'files', 'catalogue', row.stored_name);
      expect(relative(dataDir, path).split(/[\\/]/)).not.toContain('public');
      expect(readFileSync(path).equals(bytes)).toBe(true);
      expect(row.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(rows[1]!.extracted_text).toContain('Lingnan township water tariff hearing');
    expect(rows[0]!.extracted_text).toContain('岭南镇自来水价格听证会参加人名单');

    // The scanner found the ID number inside the Word file (and only there), and it blocks 保密审查.
    const detail = await getItemDetail(ctx, w.deps, w.reviewer, item.id);
    expect(detail.hits.map((h) => [h.location, h.kind, h.masked, h.resolution])).toEqual([[`attachment:${docxId}`, 'id_card', VALID_ID_MASKED, 'open']]);
    // Redacting inside an attachment is impossible: the drafter is told to fix the file and upload it again,
    // or asks to keep it (the list is published by law) — then the item may go to review.
    await expect(resolveScanHit(ctx, w.clerk, item.id, detail.hits[0]!.id, { action: 'redact' })).rejects.toThrow(/附件中的个人信息请在原文件中删除/);
    await expect(applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' })).rejects.toThrow(/1 处疑似个人信息未处理/);
    await resolveScanHit(ctx, w.clerk, item.id, detail.hits[0]!.id, { action: 'propose_keep', reason: '听证参加人名单依法公示，本人书面同意' });
    await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'submit' });
    await expect(applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'pass_security_review' })).rejects.toThrow(/1 处疑似个人信息/);
    await resolveScanHit(ctx, w.reviewer, item.id, detail.hits[0]!.id, { action: 'accept', reason: '听证参加人名单依法公示，本人书面同意' });
    await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'pass_security_review' });
    await applyWorkflow(ctx, w.deps, w.reviewer, item.id, { event: 'approve' });
    await applyWorkflow(ctx, w.deps, w.leader, item.id, { event: 'approve' });

    const resolve = async (code: string) => (await findAgencyByCode(ctx.db, code))?.id ?? null;
    // Words that are only in the attachments, not in the title or the body.
    expect((await searchPublished(ctx, { q: '参加人名单', agency: 'AT-TA' }, resolve)).results.map((r) => r.id)).toEqual([item.id]);
    expect((await searchPublished(ctx, { q: '消费者代表', agency: 'AT-TA' }, resolve)).results.map((r) => r.id)).toEqual([item.id]);
    expect((await searchPublished(ctx, { q: 'tariff', agency: 'AT-TA' }, resolve)).results.map((r) => r.id)).toEqual([item.id]);

    // The public (no actor) may download it now, byte for byte.
    const got = await readAttachment(ctx, w.deps, null, item.id, pdfId);
    expect(got).toMatchObject({ fileName: '听证会议程.pdf', mediaType: 'application/pdf' });
    expect(got.data.equals(pdf)).toBe(true);
  });

  it('refuses a file whose content is not what its name says, and an oversize file, with a Chinese message and nothing stored', async () => {
    const ctx = under.context();
    const dataDir = under.database().dataDir;
    const w = await catalogueWorld(ctx, dataDir, 'AU');
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice());
    const dir = join(dataDir, 'files', 'catalogue');
    const before = filesIn(dir).length;
    const docx = await smallDocx(['这是一个 Word 文件']);
    const refusals: Array<[string, Uint8Array, RegExp]> = [
      // A Windows program renamed to .pdf ("MZ" header).
      ['通知.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00 This program cannot be run in DOS mode.', 'latin1'), /只能上传 PDF、Word（.docx）或图片/],
      // A real Word file that claims to be a PDF.
      ['通知.pdf', docx, /只能上传 PDF、Word（.docx）或图片/],
      // A real PDF that claims to be a Word file.
      ['通知.docx', minimalPdf(['not a Word file']), /文件内容是 PDF，与文件名“.docx”不符/],
      // Plain text named .docx.
      ['名单.docx', Buffer.from('张三 李四 王五', 'utf8'), /只能上传 PDF、Word（.docx）或图片/],
      // 20 MB = 20 × 1024 × 1024 = 20 971 520 bytes is the limit; one byte more is refused even though it is a PDF.
      ['大文件.pdf', Buffer.concat([minimalPdf(['big']), Buffer.alloc(20 * 1024 * 1024 + 1 - minimalPdf(['big']).byteLength, 0x20)]), /附件不能超过 20 MB/],
      ['空.pdf', new Uint8Array(0), /上传的文件是空的/],
    ];
    for (const [fileName, data, message] of refusals) {
      await expect(addAttachment(ctx, w.deps, w.clerk, item.id, { fileName, data }), fileName).rejects.toThrow(message);
    }
    expect(filesIn(dir).length).toBe(before);
    expect(await ctx.db.selectFrom('catalogue_attachment').select('id').where('item_id', '=', item.id).execute()).toEqual([]);
    const audit = await ctx.db.selectFrom('audit_event').select('action').where('object_id', '=', item.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['catalogue_item.create']);
  });

  it('refuses a Word file whose part unpacks to 2 GiB and a PDF whose stream unpacks to 1 GiB (decompression bombs), in Chinese, storing nothing', async () => {
    const ctx = under.context();
    const dataDir = under.database().dataDir;
    const w = await catalogueWorld(ctx, dataDir, 'AB');
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice());
    const dir = join(dataDir, 'files', 'catalogue');
    const before = filesIn(dir).length;
    // Each is ~2 MB on disk, under the 20 MB upload limit: only the part/stream limit can stop it.
    await expect(addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: '通知.docx', data: docxBomb(2047) })).rejects.toThrow(/解压后超过 32 MB.*压缩炸弹/);
    await expect(addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: '通知.docx', data: docxBomb(2047, { lie: true }) })).rejects.toThrow(/解压后超过 32 MB/);
    await expect(addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: '通知.pdf', data: pdfBomb(1024) })).rejects.toThrow(/PDF 文件中有一段内容解压后超过 64 MB/);
    expect(filesIn(dir).length).toBe(before);
    expect(await ctx.db.selectFrom('catalogue_attachment').select('id').where('item_id', '=', item.id).execute()).toEqual([]);
  });

  it('removes the stored file when the attachment cannot be recorded, so no file stays on disk without a record', async () => {
    const ctx = under.context();
    const dataDir = under.database().dataDir;
    const w = await catalogueWorld(ctx, dataDir, 'AF');
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title: '关于村道维修资金安排的公告' }));
    const before = filesIn(join(dataDir, 'files', 'catalogue'));
    const allow = await refuseInserts(under, 'catalogue_attachment');
    try {
      await expect(addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: '资金安排.pdf', data: minimalPdf(['Village road fund 2026']) })).rejects.toThrow('refused by test');
    } finally {
      await allow();
    }
    expect(filesIn(join(dataDir, 'files', 'catalogue'))).toEqual(before);
  });

  it('lets only the drafting agency attach, and hides an unpublished attachment from the public and from other agencies', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'AV');
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice());
    const pdf = minimalPdf(['draft attachment']);
    await expect(addAttachment(ctx, w.deps, w.otherLeader, item.id, { fileName: 'a.pdf', data: pdf })).rejects.toThrow(/找不到该信息/);
    const id = await addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: 'a.pdf', data: pdf });
    await expect(readAttachment(ctx, w.deps, null, item.id, id)).rejects.toThrow(/找不到该附件/);
    await expect(readAttachment(ctx, w.deps, w.otherLeader, item.id, id)).rejects.toThrow(/找不到该信息/);
    expect((await readAttachment(ctx, w.deps, w.reviewer, item.id, id)).data.equals(pdf)).toBe(true);
  });
});

describeEachDatabase('catalogue attachments of a revision under review', (under) => {
  it('keep the published set public until the revision is published (条例第十七条): a new upload is staff-only, a removed one stays public', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'RV');
    const release = async (id: string) => {
      await applyWorkflow(ctx, w.deps, w.clerk, id, { event: 'submit' });
      await applyWorkflow(ctx, w.deps, w.reviewer, id, { event: 'pass_security_review' });
      await applyWorkflow(ctx, w.deps, w.reviewer, id, { event: 'approve' });
      await applyWorkflow(ctx, w.deps, w.leader, id, { event: 'approve' });
    };
    const item = await createItem(ctx, w.deps, w.clerk, w.tree.townA.id, lowIncomeNotice({ title: '关于2026年春耕备耕物资补贴的公告' }));
    const first = await addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: '补贴标准.pdf', data: minimalPdf(['Subsidy rates 2026, first edition']) });
    await release(item.id);
    const publicNames = async () => (await publicItem(ctx, w.tree.townA.id, item.id)).attachments.map((a) => a.fileName);
    expect(await publicNames()).toEqual(['补贴标准.pdf']);

    // The revision replaces the file; until it passes review the public keeps the first one.
    await applyWorkflow(ctx, w.deps, w.clerk, item.id, { event: 'revise' });
    const second = await addAttachment(ctx, w.deps, w.clerk, item.id, { fileName: '补贴标准（修订）.pdf', data: minimalPdf(['Subsidy rates 2026, revised draft']) });
    await removeAttachment(ctx, w.clerk, item.id, first);
    expect(await publicNames()).toEqual(['补贴标准.pdf']);
    expect((await readAttachment(ctx, w.deps, null, item.id, first)).fileName).toBe('补贴标准.pdf');
    await expect(readAttachment(ctx, w.deps, null, item.id, second)).rejects.toThrow('找不到该附件');
    await expect(readAttachment(ctx, w.deps, w.otherLeader, item.id, second)).rejects.toThrow();
    expect((await readAttachment(ctx, w.deps, w.clerk, item.id, second)).fileName).toBe('补贴标准（修订）.pdf');

    await release(item.id);
    expect(await publicNames()).toEqual(['补贴标准（修订）.pdf']);
    expect((await readAttachment(ctx, w.deps, null, item.id, second)).fileName).toBe('补贴标准（修订）.pdf');
    await expect(readAttachment(ctx, w.deps, null, item.id, first)).rejects.toThrow('找不到该附件');
  });
});

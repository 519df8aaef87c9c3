// Bulk audit of published reports through the staff pages, on both databases: the seed reports and
// corpus documents (text, HTML, Word, PDF, a .zip of them) uploaded at once, checked off the request
// thread, results reloadable and downloadable. Expected agency names and years are the hand-read values
// of test/fixtures/reports{,-rich}/expected/*.json; expected rules are docs/report-rules.md's seed table
// (written by hand) and, for 洪泽区 2023, the sums of its printed table 四 in the expected file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { openTestApp, signedInAs, testDialects, type TestApp, type TestBrowser } from '../support/app.ts';
import { upload, waitUntilDone } from './report-audit-support.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const text = (name: string) => readFileSync(join(fixtures, 'reports', name));
const rich = (name: string) => readFileSync(join(fixtures, 'reports-rich', name));
const expected = (path: string) => JSON.parse(readFileSync(join(fixtures, path), 'utf8')) as { agency: string | null; year: number | null; cells: Record<string, number | null> };

/** 表四 blocks whose printed 总计 differs from the sum of its four result columns (T4_*_TOTAL, HARD). */
function table4TotalsThatFail(cells: Record<string, number | null>): number {
  let failing = 0;
  for (const block of ['administrative_reconsideration', 'litigation_direct', 'litigation_after_reconsideration']) {
    const v = (c: string) => cells[`review_litigation.${block}.${c}`] ?? 0;
    if (v('total') !== v('upheld') + v('corrected') + v('other_result') + v('pending')) failing += 1;
  }
  return failing;
}

for (const dialect of testDialects()) {
  describe(`bulk audit of published reports over HTTP [${dialect}]`, () => {
    let t: TestApp;
    let supervisor: TestBrowser;
    let clerk: TestBrowser;
    let batchUrl = '';

    beforeAll(async () => {
      t = await openTestApp({ dialect });
      const county = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: null, code: 'ra-county', name: '核查县人民政府', level: 'county_government' });
      const town = await createAgency(t.app.context, SYSTEM_ACTOR, { parentId: county.id, code: 'ra-town', name: '核查镇人民政府', level: 'township' });
      supervisor = await signedInAs(t, { agencyId: county.id, username: `ra_super_${dialect}`, roles: ['supervisor'] });
      clerk = await signedInAs(t, { agencyId: town.id, username: `ra_clerk_${dialect}`, roles: ['clerk'] });
    }, 60_000);
    afterAll(async () => t?.close());

    it('checks text, HTML, Word, PDF and a .zip uploaded at once, reporting bad files per file in Chinese', async () => {
      const zip = new JSZip();
      zip.file('曹镇乡2024.txt', text('004_2e14c0d31e5d676b.txt'));
      zip.file('新闻稿.txt', text('not-report-news.txt'));
      zip.file('旧的/套娃.zip', Buffer.from('PK\u0003\u0004 not really'));
      zip.file('空文件.txt', Buffer.alloc(0));
      const archive = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      const response = await upload(supervisor, [
        { name: '000.txt', data: text('000_86e1ed2bd8e108a0.txt') },
        { name: '001.txt', data: text('001_f16022773bcf5753.txt') },
        { name: '002.txt', data: text('002_2ca9e04ed4bb8715.txt') },
        { name: '003.txt', data: text('003_2dc4deb19782afd0.txt') },
        { name: '洪泽区2023.txt', data: text('kiro_hongzequ_2023.layout.txt') },
        { name: '沭阳县发改局2023.html', data: rich('kiro_shuyang-fgj_2023.simplified.html') },
        { name: '淮安市2024.pdf', data: rich('gnb_huaianshi_2024.pdf') },
        { name: '空白模板.docx', data: rich('gnb_blank-template_2021.docx') },
        { name: '金湖县乱码.json', data: rich('kiro_jinhuxian-llmparse-mojibake_2023.json') },
        { name: '打包.zip', data: archive },
      ]);
      expect(response.status).toBe(303);
      batchUrl = response.location!;
      expect(batchUrl).toMatch(/^\/admin\/oversight\/report-audit\/[0-9a-f-]{36}$/);

      const page = await waitUntilDone(supervisor, batchUrl);
      const $ = page.$();
      const row = (file: string) => {
        const tr = $(`tr[data-file="${file}"]`);
        expect(tr.length, file).toBe(1);
        const cells = tr.children().map((_, td) => $(td).text().trim()).get();
        // The page names each finding in Chinese; its code is in the data-rule attribute only.
        const rules = tr.children().eq(6).find('li[data-rule]').map((_, li) => $(li).attr('data-rule')).get();
        return { agency: cells[2], year: cells[3], errors: cells[4], warnings: cells[5], findings: cells[6] ?? '', rules };
      };
      const seeds: Array<[string, string]> = [
        ['000.txt', 'reports/expected/000_86e1ed2bd8e108a0.json'],
        ['001.txt', 'reports/expected/001_f16022773bcf5753.json'],
        ['002.txt', 'reports/expected/002_2ca9e04ed4bb8715.json'],
        ['003.txt', 'reports/expected/003_2dc4deb19782afd0.json'],
        ['打包.zip/曹镇乡2024.txt', 'reports/expected/004_2e14c0d31e5d676b.json'],
        ['洪泽区2023.txt', 'reports/expected/kiro_hongzequ_2023.layout.json'],
        ['沭阳县发改局2023.html', 'reports-rich/expected/kiro_shuyang-fgj_2023.json'],
        ['淮安市2024.pdf', 'reports-rich/expected/gnb_huaianshi_2024.json'],
      ];
      for (const [file, truth] of seeds) {
        const e = expected(truth);
        expect([file, row(file).agency, row(file).year]).toEqual([file, e.agency, String(e.year)]);
      }
      // docs/report-rules.md: no seed report breaks a HARD rule; the rules named there appear. Seed 001's table 三
      // stops after （三）2, which the reader reports as an error of its own (as `gongkai report check` does).
      for (const file of ['000.txt', '002.txt', '003.txt', '打包.zip/曹镇乡2024.txt']) expect([file, row(file).errors]).toEqual([file, '0']);
      expect(row('001.txt').errors).toBe('1');
      expect(row('001.txt').findings).toMatch(/错误（表格不完整）[^错]*表三/);
      expect(row('000.txt').rules).toContain('R_SIX_SECTIONS');
      expect(row('000.txt').rules).toContain('R_SECTION6_FEES');
      expect(row('001.txt').rules).toContain('CHECK_SKIPPED');
      expect(row('003.txt').rules).toContain('T4_VS_T3_PLAUSIBLE');
      expect(row('003.txt').rules).toContain('R_REPORT_DATE');
      expect(row('打包.zip/曹镇乡2024.txt').rules).toContain('R_CITED_DOCUMENT');
      // Seed 002 passes every rule; only the reader's own note about where it placed (六)/(七) may appear.
      expect(row('002.txt').rules.filter((id) => !id.startsWith('READ_'))).toEqual([]);
      // 洪泽区 2023 prints 行政复议 总计 0 beside 维持 10 + 纠正 1, and 复议后起诉 总计 0 beside 维持 5.
      const hongze = expected('reports/expected/kiro_hongzequ_2023.layout.json');
      expect(row('洪泽区2023.txt').errors).toBe(String(table4TotalsThatFail(hongze.cells)));
      expect(row('洪泽区2023.txt').findings).toContain('表四"行政复议"：总计 0 ≠ 结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0（合计 11）。');
      // The blank official template reads, with no agency or year printed.
      expect(row('空白模板.docx')).toMatchObject({ agency: '未识别', year: '未识别' });
      // Not reports, or not checkable: a message each, in Chinese.
      for (const file of ['金湖县乱码.json', '打包.zip/新闻稿.txt', '打包.zip/旧的/套娃.zip', '打包.zip/空文件.txt']) {
        expect([file, row(file).findings]).toEqual([file, expect.stringMatching(/^无法核查：\S/)]);
      }
      expect(row('打包.zip/旧的/套娃.zip').findings).toContain('压缩包里的压缩包不再解压');
      expect(row('打包.zip/空文件.txt').findings).toContain('文件是空的');
    }, 180_000);

    it('reloads the same results later and downloads them as CSV (with BOM) and JSON', async () => {
      const again = await supervisor.get(batchUrl);
      expect(again.body).toContain('核查完成');
      const csv = await supervisor.get(`${batchUrl}/results.csv`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.startsWith('\ufeff序号,文件,核查状态')).toBe(true);
      expect(csv.body).toContain('洪泽区2023.txt,已核查,洪泽区人民政府,2023,');
      const json = JSON.parse((await supervisor.get(`${batchUrl}/results.json`)).body);
      expect(json.files).toHaveLength(13);
      const huaian = json.files.find((f: { file: string }) => f.file === '淮安市2024.pdf');
      expect(huaian).toMatchObject({ status: 'checked', agency: '淮安市人民政府', year: 2024, format: 'gov_2021' });
    });

    it('refuses an upload without files, keeping the page, and a corrupt archive per file', async () => {
      const empty = await upload(supervisor, []);
      expect(empty.status).toBe(400);
      expect(empty.body).toContain('请选择要核查的年度报告文件');
      const broken = await upload(supervisor, [{ name: '坏的.zip', data: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]) }]);
      expect(broken.status).toBe(303);
      const page = await waitUntilDone(supervisor, broken.location!);
      expect(page.body).toContain('压缩包已损坏或不是 .zip 格式');
    });

    it('refuses a township clerk, and shows a batch to nobody outside the county', async () => {
      expect((await clerk.get('/admin/oversight/report-audit')).status).toBe(403);
      expect((await clerk.get(batchUrl)).status).toBe(404);
      expect((await clerk.get(`${batchUrl}/results.csv`)).status).toBe(404);
    });
  });
}

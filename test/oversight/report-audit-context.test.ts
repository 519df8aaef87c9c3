// The bulk audit checks uploaded reports with the context the deadline and cross-year rules need, on
// both databases. Expected values are worked out from the documents and the law, not from the output:
// - 淮安市洪泽区人民政府 2024 (kiro_hongzequ_2024) is a 区 government: deadline 2025-03-31 (条例第四十九条第二款).
//   Paired with its 2023 report: 上年结转 0 in every column = 2023's 结转下年度 0; 规范性文件 现行有效 8 =
//   2023's 5 + 制发 3 − 废止 0; 2023's 表四 has no 尚未审结 — so no cross-year rule fails.
// - 沭阳县发展和改革局 2023 is a county department signed 2024年1月17日: deadline 2024-01-31, on time by
//   its signature; published 2024-02-05 it is late.
// - 段店乡 2019 (seed 003) is signed 2019年12月31日, a township: on time (2020-01-31).
// - 土门关乡人民政府 2021 (seed 000) prints 上年结转 0 for 自然人; the 2020 report published here says 1 was
//   carried over: T3_PRIOR_CARRYOVER (SOFT: the uploaded file was not produced here). As a township its
//   deadline is 2022-01-31 (the county default, spec §7), so a publication on 2022-02-10 is late.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import { createAgency } from '../../src/features/agencies/agencies.service.ts';
import { uncheckedReasons } from '../../src/features/oversight/domain/audit-context.ts';
import { emptyReport, withCell } from '../../src/report/index.ts';
import { csrfTokenFrom, openTestApp, signedInAs, testDialects, type PageResponse, type TestApp, type TestBrowser } from '../support/app.ts';
import { upload, waitUntilDone } from './report-audit-support.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const text = (name: string) => readFileSync(join(fixtures, 'reports', name));
const rich = (name: string) => readFileSync(join(fixtures, 'reports-rich', name));

interface Row {
  id: string;
  findings: string;
  /** The rule codes of the findings shown (data-rule attributes; the page shows their Chinese names). */
  rules: string[];
  level: string;
  publishedOn: string;
  prior: string;
  unchecked: string[];
}

function rowOf(page: PageResponse, file: string): Row {
  const $ = page.$();
  const tr = $(`tr[data-file="${file}"]`);
  expect(tr.length, file).toBe(1);
  const dd = tr.find('.audit-context dl dd').map((_, e) => $(e).text().trim()).get();
  // The last three entries are level, date and last year's report (a corrected name/year comes first).
  const [level, publishedOn, prior] = dd.slice(-3);
  return {
    id: String(tr.attr('id')).replace(/^file-/, ''),
    findings: tr.children().eq(6).text(),
    rules: tr.children().eq(6).find('li[data-rule]').map((_, e) => $(e).attr('data-rule')).get(),
    level: level ?? '',
    publishedOn: publishedOn ?? '',
    prior: prior ?? '',
    unchecked: tr.find('.audit-unchecked li').map((_, e) => $(e).text().trim()).get(),
  };
}

for (const dialect of testDialects()) {
  describe(`bulk audit with context: deadline and cross-year rules [${dialect}]`, () => {
    let t: TestApp;
    let supervisor: TestBrowser;
    let batchUrl = '';

    beforeAll(async () => {
      t = await openTestApp({ dialect });
      const ctx = t.app.context;
      const county = await createAgency(ctx, SYSTEM_ACTOR, { parentId: null, code: 'rc-county', name: '核查县人民政府', level: 'county_government' });
      const town = await createAgency(ctx, SYSTEM_ACTOR, { parentId: county.id, code: 'rc-tumen', name: '土门关乡人民政府', level: 'township' });
      supervisor = await signedInAs(t, { agencyId: county.id, username: `rc_super_${dialect}`, roles: ['supervisor'] });
      // 土门关乡's 2020 report as published on this platform (gov_2019, the format of 2020): one application
      // of a natural person received and carried over to 2021.
      let prior = emptyReport('gov_2019', 2020, '土门关乡人民政府');
      for (const [key, value] of [
        ['applications.new_received.natural_person', 1],
        ['applications.new_received.total', 1],
        ['applications.carried_to_next_year.natural_person', 1],
        ['applications.carried_to_next_year.total', 1],
      ] as const) prior = withCell(prior, key, value);
      const at = ctx.now().toISOString();
      await ctx.db
        .insertInto('annual_report')
        .values({
          id: ctx.newId(),
          agency_id: town.id,
          year: 2020,
          format: 'gov_2019',
          status: 'published',
          version: 5,
          agency_name: '土门关乡人民政府',
          texts: '{}',
          computed_cells: '{}',
          findings: '[]',
          report_date: '2021-01-20',
          published_on: '2021-01-25',
          published_report: JSON.stringify(prior),
          created_at: at,
          updated_at: at,
        })
        .execute();
    }, 60_000);
    afterAll(async () => t?.close());

    it('pairs consecutive years of one organ in the batch and lists what could not be checked', async () => {
      const response = await upload(supervisor, [
        { name: '洪泽区2023.txt', data: text('kiro_hongzequ_2023.layout.txt') },
        { name: '洪泽区2024.txt', data: text('kiro_hongzequ_2024.layout.txt') },
        { name: '沭阳县发改局2023.html', data: rich('kiro_shuyang-fgj_2023.simplified.html') },
        { name: '003.txt', data: text('003_2dc4deb19782afd0.txt') },
        { name: '新闻稿.txt', data: text('not-report-news.txt') },
      ]);
      expect(response.status).toBe(303);
      batchUrl = response.location!;
      const page = await waitUntilDone(supervisor, batchUrl);

      const y2024 = rowOf(page, '洪泽区2024.txt');
      expect(y2024.level).toBe('县（市、区）人民政府（按名称推定）');
      expect(y2024.prior).toBe('本批第 1 个文件“洪泽区2023.txt”（2023年度）');
      expect(y2024.publishedOn).toBe('未知');
      expect(y2024.unchecked).toEqual([uncheckedReasons.noDate, uncheckedReasons.noRecords]);
      for (const rule of ['T3_PRIOR_CARRYOVER', 'T2_VALID_CONTINUITY', 'T4_PENDING_CONTINUITY', 'R_DEADLINE']) expect([rule, y2024.rules.includes(rule)]).toEqual([rule, false]);

      const y2023 = rowOf(page, '洪泽区2023.txt');
      expect(y2023.prior).toBe('无');
      expect(y2023.unchecked).toEqual([uncheckedReasons.noDate, uncheckedReasons.noPrior, uncheckedReasons.noRecords]);

      const fgj = rowOf(page, '沭阳县发改局2023.html');
      expect(fgj.level).toBe('县级政府部门（按名称推定）');
      expect(fgj.publishedOn).toBe('2024-01-17（落款日期（实际发布不早于此日））');
      expect(fgj.unchecked).toEqual([uncheckedReasons.noPrior, uncheckedReasons.noRecords]);
      expect(fgj.rules).not.toContain('R_DEADLINE');

      const seed003 = rowOf(page, '003.txt');
      expect(seed003.level).toBe('乡镇人民政府（按名称推定）');
      expect(seed003.publishedOn).toBe('2019-12-31（落款日期（实际发布不早于此日））');
      expect(seed003.rules).not.toContain('R_DEADLINE');

      const csv = (await supervisor.get(`${batchUrl}/results.csv`)).body;
      const line = csv.split('\r\n').find((l) => l.startsWith('2,洪泽区2024.txt,'))!;
      expect(line).toContain(',淮安市洪泽区人民政府,2024,县（市、区）人民政府（按名称推定）,未知,本批第 1 个文件“洪泽区2023.txt”（2023年度）,');
      expect(line).toContain(uncheckedReasons.noDate);
      const json = JSON.parse((await supervisor.get(`${batchUrl}/results.json`)).body);
      const j2024 = json.files.find((f: { file: string }) => f.file === '洪泽区2024.txt');
      expect(j2024.context).toMatchObject({ agencyLevel: 'county_government', agencyLevelSource: 'name', publishedOn: null, comparedWith: { kind: 'batch', seq: 1, year: 2023 } });
      expect(j2024.unchecked).toEqual([uncheckedReasons.noDate, uncheckedReasons.noRecords]);
    }, 180_000);

    it('re-checks after a correction: a late publication date gives R_DEADLINE, a corrected year undoes the pairing', async () => {
      const before = await supervisor.get(batchUrl);
      const id2024 = rowOf(before, '洪泽区2024.txt').id;
      const id2023 = rowOf(before, '洪泽区2023.txt').id;
      const action = `${batchUrl}/files/${id2024}/corrections`;

      // A date that does not exist is refused next to the field, with what was typed kept.
      const refused = await supervisor.post(action, { _csrf: csrfTokenFrom(before.body, action), published_on: '2025-02-30', year: '二〇二四' });
      expect(refused.status).toBe(400);
      const form = refused.$()(`form[action="${action}"]`);
      expect(form.text()).toContain('日期“2025-02-30”不存在：2025年2月只有28天。');
      expect(form.text()).toContain('年度应为四位数字，例如 2024');
      expect(form.find('input[name="year"]').attr('value')).toBe('二〇二四');

      const saved = await supervisor.post(action, { _csrf: csrfTokenFrom(before.body, action), published_on: '2025-04-20' });
      expect(saved.status).toBe(303);
      let page = await waitUntilDone(supervisor, batchUrl);
      let y2024 = rowOf(page, '洪泽区2024.txt');
      expect(y2024.publishedOn).toBe('2025-04-20（人工更正）');
      expect(y2024.findings).toContain('报告于2025年4月20日公布，晚于2025年3月31日的期限（条例第四十九条第二款：县级以上地方人民政府的年度报告于每年3月31日前公布）。');
      expect(y2024.unchecked).toEqual([uncheckedReasons.noRecords]);

      // The 2023 file said to be of 2022: 2024 has no report of the year before any more.
      const again = await supervisor.get(batchUrl);
      const action2023 = `${batchUrl}/files/${id2023}/corrections`;
      expect((await supervisor.post(action2023, { _csrf: csrfTokenFrom(again.body, action2023), year: '2022' })).status).toBe(303);
      page = await waitUntilDone(supervisor, batchUrl);
      y2024 = rowOf(page, '洪泽区2024.txt');
      expect(y2024.prior).toBe('无');
      expect(y2024.unchecked).toEqual([uncheckedReasons.noPrior, uncheckedReasons.noRecords]);

      // A file that could not be read has nothing to correct: a Chinese notice, nothing saved.
      const news = page.$()('tr[data-file="新闻稿.txt"]');
      expect(news.find('form').length).toBe(0);
      const newsAction = `${batchUrl}/files/${String(news.attr('id')).replace(/^file-/, '')}/corrections`;
      const refusedNews = await supervisor.post(newsAction, { _csrf: csrfTokenFrom(page.body), published_on: '2025-01-20' });
      expect(refusedNews.status).toBe(303);
      expect((await supervisor.get(refusedNews.location!)).body).toContain('这个文件无法读取，更正机关、年度或日期也不能核查。');

      const events = await t.app.context.db.selectFrom('audit_event').select(['action', 'object_id']).where('action', '=', 'report_audit.correct').execute();
      expect(events.map((e) => e.object_id).sort()).toEqual([id2024, id2023].sort());
    }, 180_000);

    it('uses the upload form’s date over a signature, and the name over the form’s level', async () => {
      const refused = await upload(supervisor, [{ name: '沭阳县发改局2023.html', data: rich('kiro_shuyang-fgj_2023.simplified.html') }], { published_on: '2025-02-30', agency_level: 'township' });
      expect(refused.status).toBe(400);
      expect(refused.body).toContain('日期“2025-02-30”不存在：2025年2月只有28天。');
      expect(refused.$()('input[name="published_on"]').attr('value')).toBe('2025-02-30');
      expect(refused.$()('select[name="agency_level"] option[selected]').attr('value')).toBe('township');

      const response = await upload(supervisor, [{ name: '沭阳县发改局2023.html', data: rich('kiro_shuyang-fgj_2023.simplified.html') }], { published_on: '2024-02-05', agency_level: 'township' });
      expect(response.status).toBe(303);
      const fgj = rowOf(await waitUntilDone(supervisor, response.location!), '沭阳县发改局2023.html');
      expect(fgj.level).toBe('县级政府部门（按名称推定）');
      expect(fgj.publishedOn).toBe('2024-02-05（本批默认值）');
      expect(fgj.findings).toContain('报告于2024年2月5日公布，晚于2024年1月31日的期限（条例第四十九条第一款：县级以上人民政府部门于每年1月31日前公布年度报告）。');
    }, 180_000);

    it('compares with the report the organ published on this platform, at the level of the agency tree', async () => {
      const response = await upload(supervisor, [{ name: '土门关乡2021.txt', data: text('000_86e1ed2bd8e108a0.txt') }], { published_on: '2022-02-10', agency_level: 'county_department' });
      expect(response.status).toBe(303);
      const row = rowOf(await waitUntilDone(supervisor, response.location!), '土门关乡2021.txt');
      expect(row.level).toBe('乡镇人民政府（本平台机构设置）');
      expect(row.prior).toBe('本平台已发布的“土门关乡人民政府”2020年度报告（2021-01-25发布）');
      expect(row.unchecked).toEqual([uncheckedReasons.noRecords]);
      expect(row.rules.filter((r) => r === 'T3_PRIOR_CARRYOVER')).toHaveLength(1);
      expect(row.findings).toContain('本年"二、上年结转" 0 ≠ 2020年度报告"四、结转下年度继续办理" 1');
      expect(row.findings).toContain('报告于2022年2月10日公布，晚于2022年1月31日的期限');
    }, 180_000);
  });
}

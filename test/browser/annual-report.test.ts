// The annual report end to end in Chromium: the clerk generates the 2024 draft from the cases, fixes the
// blocking findings the page shows and submits; the leader returns it with a comment; the clerk resubmits;
// the leader approves and publishes; a visitor finds it in the 专栏, and the Word file it downloads reads
// back (mammoth) with table 三's （七）总计 row as worked out by hand from the cases below.
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SYSTEM_ACTOR } from '../../src/features/accounts/domain/policy.ts';
import * as applications from '../../src/features/applications/applications.service.ts';
import { createOfficialCalendar } from '../../src/law/official-arrangements.ts';
import { buildTree, type TestTree } from '../db/tree.ts';
import { applicantForm } from '../applications/support.ts';
import { createStaff, openTestApp, type TestApp } from '../support/app.ts';
import { launchChromium, serveOnLoopback, signInFirstTime } from '../support/browser.ts';
import { chromiumPath } from '../support/environment.ts';

const executablePath = chromiumPath();
const suite = executablePath ? describe : describe.skip;

// The cases of 甲镇 (worked out by hand for report year 2024):
//  A 自然人   received 2024-03-04, disclosed 2024-03-15          → 新收, 予以公开
//  B 商业企业 received 2024-05-06, 本机关不掌握 2024-05-20        → 新收, （四）1
//  C 自然人   received 2024-12-23, still open on 31 December     → 新收, 结转下年度
// Table 三 （七）总计 row: 自然人 1, 商业企业 1, 科研机构 0, 社会公益组织 0, 法律服务机构 0, 其他 0, 总计 2.
suite(`annual report workflow in Chromium${executablePath ? '' : ' — SKIPPED: Chromium 不存在'}`, () => {
  let t: TestApp;
  let tree: TestTree;
  let browser: Browser;
  let base = '';
  let now = new Date('2024-03-04T02:00:00.000Z');
  const setToday = (date: string) => {
    now = new Date(`${date}T02:00:00.000Z`);
  };
  const passwords = { clerk: '', leader: '' };
  let clerk: Page;
  let leader: Page;
  let reportUrl = '';

  beforeAll(async () => {
    t = await openTestApp({ now: () => now });
    tree = await buildTree(t.app.context, 'BA');
    const deps = { ctx: t.app.context, calendar: createOfficialCalendar(), secret: 'browser-annual-report-secret-0123456789', dataDir: '' };
    let key = 0;
    const register = async (received: string, form: Record<string, string>) => {
      setToday(received);
      const r = await applications.registerApplication(deps, SYSTEM_ACTOR, tree.townA.id, {
        ...applicantForm({ submissionKey: `ba-key-${String(++key).padStart(12, '0')}`, ...form }),
        channel: 'in_person',
        arrivedOn: received,
      });
      return r.applicationId;
    };
    const a = await register('2024-03-04', { description: '本镇2024年低保资金发放名单' });
    setToday('2024-03-15');
    await applications.replyToApplication(deps, SYSTEM_ACTOR, tree.townA.id, a, { replyType: 'disclosed', decidedOn: '2024-03-15', reasons: '已提供' });
    const b = await register('2024-05-06', {
      applicantType: 'commercial_enterprise', name: '某某建设有限公司', idDocumentType: 'credit_code', idNumber: '91350100M000100Y43', description: '1998年本镇土地出让台账',
    });
    setToday('2024-05-20');
    await applications.replyToApplication(deps, SYSTEM_ACTOR, tree.townA.id, b, { replyType: 'not_exist', decidedOn: '2024-05-20', reasons: '经检索，本机关未制作或获取该台账。' });
    await register('2024-12-23', { description: '村道硬化项目验收资料' });
    // The report is drafted in January, before the 31 January deadline (条例第四十九条).
    setToday('2025-01-15');
    passwords.clerk = (await createStaff(t.app, { agencyId: tree.townA.id, username: 'ba_clerk', displayName: '王经办', roles: ['clerk'] })).oneTimePassword;
    passwords.leader = (await createStaff(t.app, { agencyId: tree.townA.id, username: 'ba_leader', displayName: '赵领导', roles: ['leader'] })).oneTimePassword;
    base = await serveOnLoopback(t.app);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(username: string, oneTime: string): Promise<Page> {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await signInFirstTime(page, base, username, oneTime, 'Gongkai-年报-2025!');
    return page;
  }

  async function press(page: Page, event: string) {
    const form = `form[action="${new URL(reportUrl).pathname}/${event}"]`;
    // 退回修改、审定通过、公布 ask for a ticked confirmation first.
    if (event !== 'submit') await page.check(`${form} input[name="confirm"]`);
    await Promise.all([page.waitForURL(reportUrl), page.click(`${form} button[type=submit]`)]);
  }

  const status = (page: Page) => page.textContent('strong.report-status');

  it('the clerk generates the draft and sees what blocks submission', async () => {
    clerk = await signIn('ba_clerk', passwords.clerk);
    await clerk.goto(`${base}/admin/annual-reports`);
    await clerk.fill('#field-year', '2024');
    await Promise.all([clerk.waitForURL(/\/admin\/annual-reports\/[0-9a-f-]+$/), clerk.click('main form[action="/admin/annual-reports"] button[type=submit]')]);
    reportUrl = clerk.url();
    expect(await clerk.textContent('h1')).toBe('BA甲镇人民政府2024年度政府信息公开工作年度报告');
    expect(await status(clerk)).toBe('草稿');
    expect(await clerk.textContent('.deadline-label')).toBe('距2025年1月31日的公布期限还有 16 天');
    // Blocking on the page: the 【请补充…】 marks of sections 一 and 五; to check: table 二/四 cells left blank.
    // Each finding by its Chinese name (the code is only in data-rule).
    const unfinished = await clerk.locator('li.finding-error[data-rule="DRAFT_UNFINISHED"]').allTextContents();
    expect(unfinished.map((e) => /^必须改正：还有待补充的内容\s*(正文“[^”]+”)/.exec(e)?.[1])).toEqual(['正文“一、总体情况”', '正文“五、存在的主要问题及改进情况”']);
    expect(await clerk.locator('li.finding-warning[data-rule="BLANK_CELL"]').first().textContent()).toMatch(/^请核对：单元格空白/);
    expect(await clerk.locator('main').textContent()).not.toMatch(/DRAFT_UNFINISHED|BLANK_CELL/);
    // Submitting now is refused with the first error, the report stays a draft.
    await press(clerk, 'submit');
    expect(await clerk.textContent('.notice-error')).toContain('处必须改正的错误，不能提交审定');
    expect(await status(clerk)).toBe('草稿');
  });

  it('edits tables 二 and 四 as grids: 总计 follows the boxes as typed, and on a phone each grid scrolls in its own box', async () => {
    const box = (c: string) => `input[name="cell.review_litigation.administrative_reconsideration.${c}"]`;
    const total = 'output[id="total-review_litigation.administrative_reconsideration.total"]';
    await clerk.fill(box('upheld'), '2');
    await clerk.fill(box('pending'), '1');
    // 结果维持 2 + 尚未审结 1 (the other two still blank) = 3, before any save.
    expect(await clerk.textContent(total)).toBe('3');
    await clerk.setViewportSize({ width: 360, height: 800 });
    expect(await clerk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const grid = clerk.locator('.report-grid[data-table="review_litigation"]');
    const { scroll, client } = await grid.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    await clerk.setViewportSize({ width: 1280, height: 800 });
    await clerk.reload();
  });

  it('the clerk fills in the cells and the sections, saves with no error left and submits', async () => {
    const cells = clerk.locator('form[aria-label="年度报告内容"] input[name^="cell."]');
    for (let i = 0; i < (await cells.count()); i++) await cells.nth(i).fill('0');
    const general = (await clerk.inputValue('textarea[name="text.general_situation"]')).replace(/【请补充[^】]*】/g, '');
    await clerk.fill('textarea[name="text.general_situation"]', `${general}全年政府信息公开工作平稳有序。`);
    await clerk.fill('textarea[name="text.problems_and_improvements"]', '存在的问题：专栏更新不够及时。改进措施：明确专人每月检查。');
    await Promise.all([clerk.waitForURL(reportUrl), clerk.click('form[aria-label="年度报告内容"] button[type=submit]')]);
    expect(await clerk.textContent('.notice-success')).toContain('已保存，检查未发现必须改正的错误');
    expect(await clerk.locator('li.finding-error').count()).toBe(0);
    expect(await clerk.inputValue('textarea[name="text.general_situation"]')).toContain('收到政府信息公开申请3件，上年结转0件；办结2件，结转下年度继续办理1件。');
    await press(clerk, 'submit');
    expect(await status(clerk)).toBe('已提交待审定');
  });

  it('the leader returns it with a comment; the clerk sees the comment and resubmits', async () => {
    leader = await signIn('ba_leader', passwords.leader);
    await leader.goto(reportUrl);
    await leader.fill(`form[action="${new URL(reportUrl).pathname}/return"] input[name="comment"]`, '第一部分请补充平台建设的具体做法。');
    await press(leader, 'return');
    expect(await status(leader)).toBe('草稿');
    await clerk.goto(reportUrl);
    expect(await clerk.textContent('.notice-warning')).toContain('领导退回意见：第一部分请补充平台建设的具体做法。');
    await press(clerk, 'submit');
    expect(await status(clerk)).toBe('已提交待审定');
  });

  it('the leader approves and publishes', async () => {
    await leader.goto(reportUrl);
    await press(leader, 'approve');
    expect(await status(leader)).toBe('已审定待公布');
    await press(leader, 'publish');
    expect(await status(leader)).toBe('已公布');
    expect(await leader.textContent('.deadline-label')).toBe('已于2025年1月15日公布，在2025年1月31日的公布期限内');
  });

  it('a visitor finds it in the 专栏, and the Word download reads back with table 三 as worked out by hand', async () => {
    const visitor = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await visitor.goto(`${base}/gk/${tree.townA.code}/annual-reports/`);
    await Promise.all([visitor.waitForURL(/\/annual-reports\/2024$/), visitor.click(`a[href="/gk/${tree.townA.code}/annual-reports/2024"]`)]);
    expect(await visitor.textContent('header.site-header .site-name')).toBeTruthy();
    expect(await visitor.textContent('nav[aria-label="专栏栏目"] a[aria-current="page"]')).toBe('政府信息公开年报');
    expect(await visitor.textContent('article.report-view td[data-cell="applications.new_received.total"]')).toBe('3');
    const [download] = await Promise.all([visitor.waitForEvent('download'), visitor.click(`a[href="/gk/${tree.townA.code}/annual-reports/2024/word"]`)]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await download.path())!);
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    const $ = cheerio.load(html);
    const totalRow = $('tr').filter((_, tr) => $(tr).text().includes('（七）总计')).first();
    const numbers = totalRow.find('td').map((_, td) => $(td).text().trim()).get().filter((s) => /^\d+$/.test(s));
    expect(numbers).toEqual(['1', '1', '0', '0', '0', '0', '2']);
    const received = $('tr').filter((_, tr) => $(tr).text().includes('一、本年新收政府信息公开申请数量')).first();
    expect(received.find('td').map((_, td) => $(td).text().trim()).get().filter((s) => /^\d+$/.test(s))).toEqual(['2', '1', '0', '0', '0', '0', '3']);
  });
});

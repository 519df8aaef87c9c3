// 主动公开 in Chromium: a clerk drafts an item with a phone number in it, redacts it, submits; the
// reviewer passes 保密审查 and approves; the leader approves; a visitor finds it in the 专栏, opens
// its page and finds it through search with the word marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveOnLoopback, signInFirstTime } from '../support/browser.ts';
import { chromiumPath } from '../support/environment.ts';
import { createStaff, openTestApp, type TestApp } from '../support/app.ts';
import { buildTree, type TestTree } from '../db/tree.ts';

const executablePath = chromiumPath();
const suite = executablePath ? describe : describe.skip;

suite(`catalogue from draft to public page and search in Chromium${executablePath ? '' : ' — SKIPPED: Chromium 不存在'}`, () => {
  let t: TestApp;
  let tree: TestTree;
  let browser: Browser;
  let base = '';
  const passwords: Record<string, string> = {};

  beforeAll(async () => {
    t = await openTestApp({ now: () => new Date('2026-03-02T02:00:00.000Z') });
    tree = await buildTree(t.app.context, 'CB');
    for (const [username, role, name] of [
      ['cb_clerk', 'clerk', '李经办'],
      ['cb_reviewer', 'reviewer', '张审核'],
      ['cb_leader', 'leader', '刘领导'],
    ] as const) {
      passwords[username] = (await createStaff(t.app, { agencyId: tree.townA.id, username, displayName: name, roles: [role] })).oneTimePassword;
    }
    base = await serveOnLoopback(t.app);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await signInFirstTime(page, base, username, passwords[username]!, 'Gongkai-浏览器-2026!');
    return page;
  }

  async function workflow(page: Page, itemUrl: string, event: string, comment = '') {
    await page.goto(itemUrl);
    if (comment) await page.fill('#field-comment', comment);
    await Promise.all([page.waitForLoadState('load'), page.click(`button[name="event"][value="${event}"]`)]);
    expect(await page.locator('.error-summary').allTextContents()).toEqual([]);
  }

  it('drafts, redacts a phone number, reviews, approves and publishes; the public finds it', async () => {
    const clerk = await signedIn('cb_clerk');
    await clerk.goto(`${base}/admin/catalogue`);
    await clerk.click('text=新建信息');
    await clerk.fill('#field-title', '甲镇2026年春季森林防火工作通知');
    await clerk.fill('#field-summary', '部署2026年春季森林防火工作。');
    await clerk.fill('#field-body', '各村：清明前后火险等级高，严禁野外用火。\n联系人：王某，电话13812345678。');
    await clerk.fill('#field-writtenOn', '2026-02-27');
    await clerk.fill('#field-topicCategory', '公安、安全生产-应急管理');
    await clerk.selectOption('#field-category', 'emergencies');
    await clerk.fill('#field-documentNo', '甲政发〔2026〕5号');
    await Promise.all([clerk.waitForURL(/\/admin\/catalogue\/items\//), clerk.click('main button[type=submit]')]);
    const itemUrl = clerk.url();
    // The scanner shows the number in context, masked.
    await expect.poll(() => clerk.locator('#h-hits').textContent()).toContain('1 处待处理');
    expect(await clerk.locator('td mark').first().textContent()).toBe('138****5678');
    await Promise.all([clerk.waitForLoadState('load'), clerk.click('button:has-text("删除（遮盖为 138****5678）")')]);
    expect(await clerk.locator('.item-body').textContent()).toContain('电话138****5678');
    await workflow(clerk, itemUrl, 'submit');

    const reviewer = await signedIn('cb_reviewer');
    await workflow(reviewer, itemUrl, 'pass_security_review', '经审查不涉及国家秘密');
    await workflow(reviewer, itemUrl, 'approve', '同意');
    const leader = await signedIn('cb_leader');
    await workflow(leader, itemUrl, 'approve', '同意发布');
    expect(await leader.locator('main').textContent()).toContain('CB-TA/2026-00001');

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${base}/gk/CB-TA/statutory-content/?category=emergencies`);
    await Promise.all([visitor.waitForLoadState('load'), visitor.click('text=甲镇2026年春季森林防火工作通知')]);
    expect(await visitor.locator('table.metadata').textContent()).toContain('甲政发〔2026〕5号');
    expect(await visitor.locator('article').textContent()).not.toContain('13812345678');

    await visitor.goto(`${base}/search`);
    await visitor.fill('#s-q', '防火');
    await Promise.all([visitor.waitForLoadState('load'), visitor.click('main form[role=search] button[type=submit]')]);
    expect(await visitor.locator('.search-results h3 a').first().textContent()).toBe('甲镇2026年春季森林防火工作通知');
    expect(await visitor.locator('.search-results mark').first().textContent()).toBe('防火');
  }, 180_000);
});

// The demo in Chromium: the clerk's 工作台 lists the demo's overdue work at 360 and 1280 px (the demo is
// dated relative to today: the 关前河河道采砂 case was received 23 working days ago, its deadline the
// 20th → 已逾期 3 个工作日; 低保资金 formed 60 days ago and never released → past 条例第二十六条).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startDemoServer, type DemoServer } from '../support/demo-server.ts';
import { chromiumPath } from '../support/environment.ts';

const executablePath = chromiumPath();

describe.skipIf(!executablePath)(`the workbench in Chromium${executablePath ? '' : ' — SKIPPED: Chromium 不存在'}`, () => {
  let demo: DemoServer;
  let browser: Browser;
  const newPassword = 'Gongzuotai-2026-冬';

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    demo?.close();
  });

  async function signIn(page: Page, username: string): Promise<void> {
    const account = demo.accounts.find((a) => a.username === username)!;
    await page.goto(`${demo.baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${demo.baseUrl}/account/password`);
    await page.getByLabel('初始密码').fill(account.password);
    await page.getByLabel(/^新密码/).fill(newPassword);
    await page.getByLabel('再次输入新密码').fill(newPassword);
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.waitForURL(`${demo.baseUrl}/admin`);
  }

  it('the clerk’s workbench lists the overdue applications and the item past its 第二十六条 deadline, first, with links', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, 'tmg-clerk');
    const overdue = page.locator('#work-applications-overdue');
    expect(Number(await overdue.locator('.work-count').textContent())).toBeGreaterThanOrEqual(1);
    await expect.poll(() => overdue.textContent()).toContain('关前河河道采砂许可及监管记录');
    expect(await overdue.textContent()).toContain('已逾期 3 个工作日');
    expect(await page.locator('#work-catalogue-release-overdue').textContent()).toContain('土门关乡2025年度农村低保资金发放情况');
    // The first line of the applications panel is the overdue one.
    expect(await page.locator('section[aria-labelledby="work-applications"] .work-line').first().getAttribute('id')).toBe('work-applications-overdue');
    await overdue.getByRole('link', { name: /关前河河道采砂/ }).click();
    await page.waitForURL(/\/admin\/applications\/[0-9a-f-]{36}$/);
    expect(await page.locator('h1').textContent()).toContain('申请');
    // The case page (issue 11 item 8): only the actions 办理中 allows, one form open (作出答复), 登记撤回 last
    // and apart, one 不予公开 row with “再添加一项”, and the days as 已逾期.
    expect(await page.locator('#days-remaining').textContent()).toBe('已逾期 3 个工作日');
    const actions = await page.locator('details.case-action-item > summary').allTextContents();
    expect(actions).toContain('作出答复');
    expect(actions).toContain('征求意见');
    expect(actions).not.toContain('确认收到');
    expect(actions).not.toContain('登记送达');
    expect(actions.at(-1)).toBe('登记撤回');
    expect(await page.locator('details.case-action-item[open]').count()).toBe(1);
    expect(await page.locator('details.case-action-item[open] > summary').textContent()).toBe('作出答复');
    expect(await page.locator('details.case-action-danger > summary').textContent()).toBe('登记撤回');
    expect(await page.locator('#form-withdraw').isVisible()).toBe(false);
    expect(await page.locator('.withheld-row:visible').count()).toBe(1);
    await page.click('#withheld-rows > details > summary');
    expect(await page.locator('.withheld-row:visible').count()).toBe(2);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6900);
    // A phone: nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${demo.baseUrl}/admin`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  }, 60_000);
});

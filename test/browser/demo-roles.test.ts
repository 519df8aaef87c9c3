// The real server in Chromium: `npm start`'s entry point on a random port with a fresh data folder
// loads the demo county and prints the demo accounts once; each demo role signs in, is made to
// change its one-time password, and sees the menu of its role. Also: large-text mode, the phone
// layout, and a clean shutdown on SIGTERM. Skipped loudly when Chromium is absent.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startDemoServer, type DemoAccount, type DemoServer } from '../support/demo-server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/environment.ts';

const executablePath = chromiumPath();

// The menu each demo role must see (labels of this platform's own entries; features add more).
const ADMIN_ONLY = ['机关管理', '用户与授权', '操作日志'];
const expectedMenus: Record<string, { shows: string[]; hides: string[] }> = {
  'tmg-clerk': { shows: ['工作台', '修改密码'], hides: ADMIN_ONLY },
  'tmg-reviewer': { shows: ['工作台', '修改密码'], hides: ADMIN_ONLY },
  'tmg-leader': { shows: ['工作台', '操作日志', '修改密码'], hides: ['机关管理', '用户与授权'] },
  'tmg-admin': { shows: ['工作台', '机关管理', '用户与授权', '操作日志'], hides: [] },
  'gkb-supervisor': { shows: ['工作台', '机关管理', '操作日志'], hides: ['用户与授权'] },
  'county-admin': { shows: ['工作台', '机关管理', '用户与授权', '操作日志'], hides: [] },
};

describe.skipIf(!executablePath)(`the demo in Chromium${executablePath ? '' : ' — SKIPPED: Chromium 不存在'}`, () => {
  let demo: DemoServer;
  let baseUrl = '';
  let browser: Browser;
  let accounts: readonly DemoAccount[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    baseUrl = demo.baseUrl;
    accounts = demo.accounts;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    demo?.close();
  });

  it('prints the address and the six demo accounts with one-time passwords on first start', () => {
    expect(demo.output()).toContain(`已启动：${baseUrl}/`);
    expect(accounts.map((a) => a.username)).toEqual(Object.keys(expectedMenus));
  });

  for (const username of Object.keys(expectedMenus)) {
    it(`${username} changes the one-time password and sees the menu of its role`, async () => {
      const account = accounts.find((a) => a.username === username);
      expect(account, `示范账号 ${username} 未打印`).toBeDefined();
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel('用户名').fill(account!.username);
      await page.getByLabel('密码').fill(account!.password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(`${baseUrl}/account/password`).catch(async (error: unknown) => {
        throw new Error(`${String(error)}\n${page.url()}\n${await page.locator('main').textContent()}`);
      });
      expect(await page.locator('h1').textContent()).toBe('请设置您自己的密码');
      const newPassword = 'Qingshi-2026-春季';
      await page.getByLabel('初始密码').fill(account!.password);
      await page.getByLabel(/^新密码/).fill(newPassword);
      await page.getByLabel('再次输入新密码').fill(newPassword);
      await page.getByRole('button', { name: '保存新密码' }).click();
      await page.waitForURL(`${baseUrl}/admin`).catch(async (error: unknown) => {
        throw new Error(`${String(error)}\n${page.url()}\n${await page.locator('main').textContent()}`);
      });
      expect(await page.locator('h1').textContent()).toBe(`您好，${account!.displayName}`);
      const menu = await page.locator('nav.staff-nav a').allTextContents();
      for (const label of expectedMenus[username]!.shows) expect(menu, username).toContain(label);
      for (const label of expectedMenus[username]!.hides) expect(menu, username).not.toContain(label);
      await context.close();
    });
  }

  it('switches to large text without JavaScript and keeps it on the next page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await fontSize()).toBe('16px');
    await page.getByRole('link', { name: '大字模式' }).click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await fontSize()).toBe('21px');
    await page.goto(`${baseUrl}/login`);
    expect(await fontSize()).toBe('21px');
    await context.close();
  });

  it('fits a phone screen: no sideways scrolling on the portal and the 专栏', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ['/', '/gk/999000021/', '/login']) {
      await page.goto(`${baseUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('prints a 专栏 page without the header, menus or the large-text switch', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/gk/999000021/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('a.large-text-toggle').first().isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await context.close();
  });

  it('offers a skip link as the first thing the keyboard reaches', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await context.close();
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => demo.process.once('exit', (code) => resolve(code)));
    demo.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(demo.output()).toContain('收到 SIGTERM，正在停止');
  }, 30_000);
});

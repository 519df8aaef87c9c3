// Nothing wider than the screen (issue 11.5): every public page of the demo and the main staff pages of
// each demo role, at 360 px (a phone), at 360 px in 大字模式 and at 1280 px, on the real server
// (`npm start`'s entry point). A page fails when it scrolls sideways or an element reaches past the screen
// outside its own scroll container; badges and nowrap text must stay on one line, and at 1280 px no date
// (2026-10-08) may break at its hyphen. The failure names the page, the width and the widest element.
// Pages are found by following links (the 专栏 tabs, the menu of each role, the first case, item and report
// of each list), so pages added later are measured too. Skipped loudly when Chromium is absent.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startDemoServer, type DemoServer } from '../support/demo-server.ts';
import { chromiumPath } from '../support/environment.ts';
import { measureWidth, widthProblems } from '../support/page-width.ts';

const executablePath = chromiumPath();
const TOWN = '999000021'; // 土门关乡人民政府, the demo's busiest agency
const report004 = join(import.meta.dirname, '..', 'fixtures', 'reports', '004_2e14c0d31e5d676b.txt');

interface Pass {
  readonly width: number;
  readonly largeText: boolean;
}
const PHONE: Pass = { width: 360, largeText: false };
const PHONE_LARGE: Pass = { width: 360, largeText: true };
const DESKTOP: Pass = { width: 1280, largeText: false };

/** Links of the page that stay on this site and lead to a page (not a download, feed or form action). */
async function pageLinks(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.locator(selector).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((h) => h.startsWith(origin)).map((h) => new URL(h).pathname + new URL(h).search))].filter(
    (p) => !/\/(word|excel|print\.pdf)$|\.(xml|csv|json|docx|xlsx|pdf)$|\/attachments\/|\/display\/|\/logout|#/.test(p),
  );
}

async function setLargeText(page: Page, base: string, on: boolean): Promise<void> {
  await page.goto(`${base}/display/large-text?set=${on ? 'on' : 'off'}&return=%2F`);
}

/** Loads each path once per pass and collects the problems of each (all of them, so one run names every page). */
async function measureAll(page: Page, base: string, label: string, paths: readonly string[], passes: readonly Pass[]): Promise<string[]> {
  const problems: string[] = [];
  for (const pass of passes) {
    await page.setViewportSize({ width: pass.width, height: 800 });
    await setLargeText(page, base, pass.largeText);
    for (const path of paths) {
      const response = await page.goto(`${base}${path}`);
      const where = `${label} ${path} @${pass.width}px${pass.largeText ? ' 大字模式' : ''}`;
      if (!response || response.status() >= 400) {
        problems.push(`${where}：打开失败（${response?.status() ?? '无响应'}）`);
        continue;
      }
      problems.push(...widthProblems(where, await measureWidth(page, { checkDates: pass.width >= 1280 })));
    }
  }
  await setLargeText(page, base, false);
  return problems;
}

describe.skipIf(!executablePath)(`nothing wider than the screen, every demo page${executablePath ? '' : ' — SKIPPED: Chromium 不存在'}`, () => {
  let demo: DemoServer;
  let base = '';
  let browser: Browser;

  beforeAll(async () => {
    demo = await startDemoServer();
    base = demo.baseUrl;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    demo?.close();
  });

  it('public pages: portal, each 专栏 page, an item, search, apply, track, complaint, reports and their print view, the standard catalogue', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const paths = new Set<string>(['/', `/gk/${TOWN}/`, '/search', `/search?q=${encodeURIComponent('通知')}`, `/gk/${TOWN}/apply`, '/apply/track', `/gk/${TOWN}/complaint`, '/complaint/track', `/gk/${TOWN}/standard-catalogue`, '/login']);
    await page.goto(`${base}/`);
    for (const p of await pageLinks(page, 'main a[href^="/gk/"]')) paths.add(p); // every agency's 专栏 home
    await page.goto(`${base}/gk/${TOWN}/`);
    for (const p of await pageLinks(page, 'main a')) paths.add(p); // its columns
    await page.goto(`${base}/gk/${TOWN}/statutory-content/`);
    const category = (await pageLinks(page, '.category-picker a')).find((p) => p.includes('category='));
    if (category) paths.add(category);
    const item = (await pageLinks(page, 'main table a')).find((p) => p.includes('/items/'));
    expect(item, '法定主动公开内容没有信息').toBeDefined();
    paths.add(item!);
    await page.goto(`${base}/gk/${TOWN}/annual-reports/`);
    const reports = (await pageLinks(page, 'main a')).filter((p) => /\/annual-reports\/\d{4}(\/print)?$/.test(p));
    expect(reports.length, '年报栏目没有已公布的报告').toBeGreaterThanOrEqual(2);
    for (const p of reports) paths.add(p);

    // The portal, 7 agencies' 专栏 homes, 4 columns, a category, an item, 2 reports + print, search, forms…
    expect(paths.size).toBeGreaterThanOrEqual(20);
    const problems = await measureAll(page, base, '公开页面', [...paths], [PHONE, PHONE_LARGE, DESKTOP]);
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);

  for (const username of ['tmg-clerk', 'tmg-reviewer', 'tmg-leader', 'tmg-admin', 'gkb-supervisor', 'county-admin']) {
    it(`${username}: the first-sign-in password page, the workbench, every menu page, a case, an item and its edit form, a report`, async () => {
      const account = demo.accounts.find((a) => a.username === username);
      expect(account, `示范账号 ${username} 未打印`).toBeDefined();
      const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.goto(`${base}/login`);
      await page.fill('#field-username', username);
      await page.fill('#field-password', account!.password);
      await page.click('main button[type=submit]');
      await page.waitForURL(`${base}/account/password`);
      // The page without a menu takes the whole width (it was a 190 px column beside an empty menu column).
      const mainWidth = await page.locator('main').evaluate((m) => m.getBoundingClientRect().width);
      expect(mainWidth, '首次登录修改密码页面的主要内容过窄').toBeGreaterThan(600);
      const problems = await measureAll(page, base, username, ['/account/password'], [PHONE, DESKTOP]);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${base}/account/password`);
      await page.fill('#field-currentPassword', account!.password);
      await page.fill('#field-newPassword', 'Kuandu-2026-屏幕');
      await page.fill('#field-confirmPassword', 'Kuandu-2026-屏幕');
      await page.click('main button[type=submit]');
      await page.waitForURL(`${base}/admin`);

      const paths = new Set<string>(['/admin', ...(await pageLinks(page, 'nav.staff-nav a'))]);
      // The first record of each list: a case, an item (and its edit form), an annual report.
      for (const [list, pattern] of [
        ['/admin/applications', /^\/admin\/applications\/[0-9a-f-]{36}$/],
        ['/admin/catalogue', /^\/admin\/catalogue\/items\/[0-9a-f-]{36}$/],
        ['/admin/annual-reports', /^\/admin\/annual-reports\/[0-9a-f-]{36}$/],
      ] as const) {
        if (![...paths].some((p) => p.split('?')[0] === list)) continue;
        await page.goto(`${base}${list}`);
        const first = (await pageLinks(page, 'main a')).find((p) => pattern.test(p));
        if (!first) continue;
        paths.add(first);
        // The item's edit form, when this role may edit it (its page then links to it).
        await page.goto(`${base}${first}`);
        if (await page.locator(`main a[href$="/edit"]`).count()) paths.add(`${first}/edit`);
      }
      if (username === 'gkb-supervisor') {
        // The bulk audit's results: one real report checked in the background.
        await page.goto(`${base}/admin/oversight/report-audit`);
        await page.setInputFiles('#field-files', report004);
        await page.getByRole('button', { name: '开始核查' }).click();
        await page.waitForURL(/\/admin\/oversight\/report-audit\/[0-9a-f-]{36}$/);
        await page.locator('.audit-progress', { hasText: '核查完成' }).waitFor({ timeout: 60_000 });
        paths.add(new URL(page.url()).pathname);
      }
      expect(paths.size, `${username} 的页面太少`).toBeGreaterThanOrEqual(4);
      problems.push(...(await measureAll(page, base, username, [...paths], username === 'tmg-clerk' ? [PHONE, PHONE_LARGE, DESKTOP] : [PHONE, DESKTOP])));
      await context.close();
      expect(problems).toEqual([]);
    }, 600_000);
  }
});

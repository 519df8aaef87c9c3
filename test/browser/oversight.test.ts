// The 政务公开办 in Chromium on the real server (`npm start`'s entry point, demo county): the demo supervisor
// opens 监督汇总 from the menu, sees 土门关乡 (the demo's overdue application) among the problems first, follows
// an overdue figure to the list it counts, downloads the CSV, and checks a published report file in the
// background (the checker thread under the real server), then corrects its publication date so the
// 条例第四十九条 deadline is checked. Skipped loudly when Chromium is absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startDemoServer, type DemoServer } from '../support/demo-server.ts';
import { chromiumPath } from '../support/environment.ts';

const executablePath = chromiumPath();
const seed004 = join(import.meta.dirname, '..', 'fixtures', 'reports', '004_2e14c0d31e5d676b.txt');

describe.skipIf(!executablePath)(`oversight in Chromium${executablePath ? '' : ' — SKIPPED: Chromium 不存在'}`, () => {
  let demo: DemoServer;
  let baseUrl = '';
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    baseUrl = demo.baseUrl;
    const output = demo.output();
    const match = /^\s{2}gkb-supervisor\s+(\S{14})\s/m.exec(output);
    if (!match) throw new Error(`没有打印 gkb-supervisor 的初始密码：\n${output}`);
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').fill('gkb-supervisor');
    await page.getByLabel('密码').fill(match[1]!);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${baseUrl}/account/password`);
    const newPassword = 'Jiandu-2026-公开办';
    await page.getByLabel('初始密码').fill(match[1]!);
    await page.getByLabel(/^新密码/).fill(newPassword);
    await page.getByLabel('再次输入新密码').fill(newPassword);
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.waitForURL(`${baseUrl}/admin`);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    demo?.close();
  });

  it('opens 监督汇总 from the menu: every agency of the county, problems first, a totals row', async () => {
    await page.locator('nav.staff-nav').getByRole('link', { name: '监督汇总' }).click();
    await page.waitForURL(`${baseUrl}/admin/oversight`);
    expect(await page.locator('h1').textContent()).toBe('政务公开监督汇总');
    const names = await page.locator('table.oversight-table tbody th[scope="row"]').allTextContents();
    // The demo county: the government, its 政务公开办, three townships, two departments.
    expect(names).toHaveLength(7);
    expect(names).toContain('土门关乡人民政府');
    const problemRows = await page.locator('table.oversight-table tbody tr.row-problem').count();
    // Rows with problems come first: no row without problems before a row with problems.
    const classes = await page.locator('table.oversight-table tbody tr').evaluateAll((rows) => rows.map((r) => r.classList.contains('row-problem')));
    expect(classes).toEqual([...Array(problemRows).fill(true), ...Array(classes.length - problemRows).fill(false)]);
    expect(await page.locator('tfoot tr.totals-row th').textContent()).toBe('合计（7 个单位）');
  });

  it('follows 土门关乡’s overdue figure to its overdue applications', async () => {
    await page.goto(`${baseUrl}/admin/oversight`);
    const row = page.locator('table.oversight-table tbody tr[data-agency="999000021"]');
    const overdue = row.locator('td').nth(1).locator('a');
    expect(Number(await overdue.textContent())).toBeGreaterThan(0);
    await overdue.click();
    await page.waitForURL(/\/admin\/applications\?agency=.+#overdue$/);
    expect(await page.locator('h2#overdue').textContent()).toContain('已逾期');
  });

  it('downloads the table as CSV with a byte-order mark', async () => {
    await page.goto(`${baseUrl}/admin/oversight`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 CSV' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeff单位,单位代码,')).toBe(true);
    expect(text).toContain('土门关乡人民政府,999000021,');
  });

  it('checks an uploaded report in the background and shows what was read', async () => {
    await page.goto(`${baseUrl}/admin/oversight/report-audit`);
    await page.setInputFiles('#field-files', seed004);
    await page.getByRole('button', { name: '开始核查' }).click();
    await page.waitForURL(/\/admin\/oversight\/report-audit\/[0-9a-f-]{36}$/);
    // The page refreshes itself until the checker has finished.
    await page.locator('.audit-progress', { hasText: '核查完成' }).waitFor({ timeout: 60_000 });
    const row = page.locator('tr[data-file="004_2e14c0d31e5d676b.txt"]');
    expect(await row.locator('td').nth(1).textContent()).toBe('湛河区曹镇乡人民政府');
    // The finding by its Chinese name; the code only in data-rule (and the downloads).
    expect(await row.locator('li[data-rule="R_CITED_DOCUMENT"]').textContent()).toContain('引用的格式文件不正确');
    expect(await row.textContent()).not.toContain('R_CITED_DOCUMENT');
    // 曹镇乡人民政府 is in the demo county's tree: a township (条例第四十九条 as the county sets it, default
    // 1月31日). Its file states no date, so the deadline rule has not run, and the page says so.
    expect(await row.locator('.audit-context dl').textContent()).toContain('乡镇人民政府（本平台机构设置）');
    expect(await row.locator('.audit-unchecked').textContent()).toContain('未检查：缺少发布日期');

    // The supervisor gives the date it was published: 2025年2月10日 is after 2025年1月31日.
    await row.getByText('更正核查依据').click();
    await row.getByLabel('发布日期').fill('2025-02-10');
    await row.getByRole('button', { name: '保存并重新核查' }).click();
    await page.locator('.audit-progress', { hasText: '核查完成' }).waitFor({ timeout: 60_000 });
    const again = page.locator('tr[data-file="004_2e14c0d31e5d676b.txt"]');
    expect(await again.textContent()).toContain('报告于2025年2月10日公布，晚于2025年1月31日的期限');
    expect(await again.locator('.audit-context dl').textContent()).toContain('2025-02-10（人工更正）');
  }, 120_000);
});

// Charts in Chromium (issue 12 §5): on the demo county's published 2025 report of 土门关乡 (compared with its
// 2024 report) and on the supervisor's 监督汇总, each chart is an image the browser decodes, scaled to the
// screen at 360 px and at 1280 px, with its numbers folding out below it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signInFirstTime } from '../support/browser.ts';
import { startDemoServer, type DemoServer } from '../support/demo-server.ts';
import { chromiumPath } from '../support/environment.ts';

const executablePath = chromiumPath();
const suite = executablePath ? describe : describe.skip;

async function chartsOn(page: Page) {
  return page.$$eval('figure.chart', (figures) =>
    figures.map((f) => {
      const img = f.querySelector('img.chart-image') as HTMLImageElement;
      return { decoded: img.complete && img.naturalWidth > 0, width: img.getBoundingClientRect().width, caption: f.querySelector('figcaption')?.textContent ?? '', rows: f.querySelectorAll('tbody tr').length };
    }),
  );
}

suite(`charts in Chromium${executablePath ? '' : ' — SKIPPED: Chromium 不存在'}`, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const lastYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) - 1;

  it('draws this year against last on a public annual report, readable at 360 and 1280 px', async () => {
    await page.goto(`${server.baseUrl}/gk/999000021/annual-reports/${lastYear}`);
    await page.waitForLoadState('load');
    expect(await page.textContent('#report-charts')).toBe(`图解：${lastYear}年与${lastYear - 1}年对比`);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const charts = await chartsOn(page);
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.decoded, c.caption).toBe(true);
        expect(c.width).toBeLessThanOrEqual(width);
        expect(c.width).toBeGreaterThan(width === 360 ? 280 : 400);
      }
    }
    // The 申请人类型 chart's numbers: six applicant types.
    expect((await chartsOn(page)).find((c) => c.caption === '新收申请的申请人类型')?.rows).toBe(6);
  });

  it('shows the supervisor the dashboard charts', async () => {
    const supervisor = server.accounts.find((a) => a.username === 'gkb-supervisor')!;
    await signInFirstTime(page, server.baseUrl, supervisor.username, supervisor.password, 'Charts-Test-2026!');
    await page.goto(`${server.baseUrl}/admin/oversight`);
    await page.setViewportSize({ width: 360, height: 800 });
    const charts = await chartsOn(page);
    expect(charts.map((c) => c.caption)).toContain(`${lastYear}年度报告进度`);
    for (const c of charts) {
      expect(c.decoded, c.caption).toBe(true);
      expect(c.width).toBeLessThanOrEqual(360);
    }
  });
});

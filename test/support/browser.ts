// Browser tests drive Debian's Chromium through playwright-core. The flags keep Chromium off the
// network (this machine has none) and let it run as root in CI.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from './environment.ts';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium 不存在：浏览器测试应已跳过');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** Serves the app on a random loopback port and answers its base URL. */
export async function serveOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/**
 * Signs in with a one-time password and sets the account's own, as every new account must at first
 * sign-in; the page ends on the staff workbench.
 */
export async function signInFirstTime(page: Page, base: string, username: string, oneTime: string, newPassword: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.fill('#field-username', username);
  await page.fill('#field-password', oneTime);
  // The sign-in form's own button: the portal header's 检索 button comes first on the page.
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/account\/password/);
  await page.fill('#field-currentPassword', oneTime);
  await page.fill('#field-newPassword', newPassword);
  await page.fill('#field-confirmPassword', newPassword);
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/admin/);
}

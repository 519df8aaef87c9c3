// Browser tests drive Debian's Chromium through playwright-core. The flags keep Chromium off the
// network (this machine has none) and let it run as root in CI.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
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

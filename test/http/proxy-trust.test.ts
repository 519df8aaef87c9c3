// Which client address the real server believes (issue 13 item 2). The attack pass found that with
// HOST=0.0.0.0 — the README's office setup — the server trusted X-Forwarded-For from anyone, so rotating
// that header escaped every rate limit. Now only GONGKAI_TRUST_PROXY's proxies are believed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealServer, type RealServer } from '../support/real-server.ts';

/** Eleven lookups on the tracking form (10 a minute per client, platform/rate-limits.ts); the statuses. */
async function trackLookups(server: RealServer, forwardedFor: (i: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 11; i += 1) {
    const response = await fetch(`${server.baseUrl}/apply/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor(i) },
      body: 'applicationNumber=X-2026-0001&queryCode=ABCDEFGHJK',
    });
    statuses.push(response.status);
    await response.arrayBuffer();
  }
  return statuses;
}

describe('the real server and forwarded addresses', () => {
  const dirs: string[] = [];
  let open: RealServer;
  let behindProxy: RealServer;

  beforeAll(async () => {
    const dir = () => {
      const d = mkdtempSync(join(tmpdir(), 'gongkai-proxy-'));
      dirs.push(d);
      return d;
    };
    [open, behindProxy] = await Promise.all([
      startRealServer({ dataDir: dir(), env: { HOST: '0.0.0.0' } }),
      startRealServer({ dataDir: dir(), env: { HOST: '0.0.0.0', GONGKAI_TRUST_PROXY: '127.0.0.1' } }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([open?.stop('SIGTERM'), behindProxy?.stop('SIGTERM')]);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('with HOST=0.0.0.0 and no GONGKAI_TRUST_PROXY, a rotating X-Forwarded-For does not escape the tracking form’s limit', async () => {
    const statuses = await trackLookups(open, (i) => `203.0.113.${i + 1}`);
    // The first ten reach the form (and are refused without its CSRF token); the eleventh is stopped.
    expect(statuses.slice(0, 10).every((s) => s === 403)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('behind a trusted proxy, each forwarded client has its own budget, and one client is still limited', async () => {
    const rotating = await trackLookups(behindProxy, (i) => `198.51.100.${i + 1}`);
    expect(rotating.every((s) => s === 403)).toBe(true);
    const same = await trackLookups(behindProxy, () => '198.51.100.200');
    expect(same.slice(0, 10).every((s) => s === 403)).toBe(true);
    expect(same[10]).toBe(429);
  });

  it('sends HSTS and Secure cookies only when a trusted proxy says the visitor came over HTTPS', async () => {
    const overHttps = await fetch(`${behindProxy.baseUrl}/login`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(overHttps.headers.getSetCookie().find((c) => c.startsWith('gk_csrf='))).toMatch(/; Secure/);
    const plain = await fetch(`${behindProxy.baseUrl}/login`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.getSetCookie().find((c) => c.startsWith('gk_csrf='))).not.toMatch(/; Secure/);
    // Without the setting nobody's X-Forwarded-Proto counts.
    const spoofed = await fetch(`${open.baseUrl}/login`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
    expect(spoofed.headers.getSetCookie().find((c) => c.startsWith('gk_csrf='))).not.toMatch(/; Secure/);
  });
});

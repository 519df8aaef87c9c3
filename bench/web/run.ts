// How many pages a second does the real server answer? Starts `bin/start.js` (SQLite, demo county,
// LOG_LEVEL=warn) in a child process on a free port, signs in one demo account, then load-tests each
// page with autocannon for --seconds with --connections concurrent clients:
//   npx tsx bench/web/run.ts [--seconds 10] [--connections 10]
// Pages: /healthz (one query), / (agency directory), /gk/<township>/ (专栏 home),
// /gk/<township>/guide/ (a sub-column), /login (form with a CSRF token: a new signed cookie each),
// /admin as a signed-in clerk (session load + actor + menu).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } } });
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

class Jar {
  private readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  }
}

async function signIn(base: string, username: string, password: string): Promise<string> {
  const jar = new Jar();
  const token = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { cookie: jar.header() }, redirect: 'manual' });
    jar.take(response);
    const match = /name="_csrf" value="([^"]+)"/.exec(await response.text());
    if (!match) throw new Error(`no CSRF token on ${path}`);
    return match[1]!;
  };
  const post = async (path: string, fields: Record<string, string>) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    jar.take(response);
    return response;
  };
  await post('/login', { username, password, _csrf: await token('/login') });
  const newPassword = 'Bench-2026-春季!';
  const changed = await post('/account/password', { currentPassword: password, newPassword, confirmPassword: newPassword, _csrf: await token('/account/password') });
  if (changed.status !== 303) throw new Error(`password change failed: HTTP ${changed.status}`);
  return jar.header();
}

const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-bench-web-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
const server = spawn(process.execPath, ['bin/start.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
server.stdout!.on('data', (chunk: Buffer) => {
  output += chunk.toString('utf8');
});
try {
  const started = Date.now();
  while (!output.includes('county-admin')) {
    if (Date.now() - started > 60_000) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const clerk = /^\s{2}tmg-clerk\s+(\S{14})/m.exec(output);
  if (!clerk) throw new Error('demo clerk not printed');
  const cookie = await signIn(base, 'tmg-clerk', clerk[1]!);

  const pages: Array<{ name: string; path: string; headers?: Record<string, string> }> = [
    { name: '/healthz', path: '/healthz' },
    { name: '/ (agency directory)', path: '/' },
    { name: '/gk/999000021/ (专栏)', path: '/gk/999000021/' },
    { name: '/gk/999000021/guide/', path: '/gk/999000021/guide/' },
    { name: '/login (new CSRF cookie each)', path: '/login' },
    { name: '/admin (signed-in clerk)', path: '/admin', headers: { cookie } },
  ];
  process.stdout.write(`| page | requests/s (mean) | latency p50 | latency p99 | non-2xx |\n|---|---|---|---|---|\n`);
  for (const page of pages) {
    const result = await autocannon({ url: `${base}${page.path}`, connections: CONNECTIONS, duration: SECONDS, headers: page.headers ?? {} });
    const non2xx = result.non2xx;
    process.stdout.write(
      `| ${page.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${non2xx} |\n`,
    );
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

// `npm start` stopped by its PID (issue 11 item 11): a service manager, a script or `kill <pid>` sends
// SIGTERM (or SIGINT) to npm, not to the server. npm forwards the signal to its child; the start script
// `exec`s node so that child is the server itself (a shell in between would die and leave the server
// running). The server then stops cleanly, releases its pid file, and npm exits with it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

// Starting npm, Node 24 and tsx takes seconds on a busy shared machine: a generous timeout, no timing asserted.
describe('npm start stops with its PID', { timeout: 180_000 }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} to npm stops the server and npm exits`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-start-'));
      const port = String(20_000 + Math.floor(Math.random() * 20_000));
      const npm = spawn('npm', ['start'], { cwd: root, env: { ...process.env, GONGKAI_DATA_DIR: dataDir, PORT: port, GONGKAI_DEMO: '0', NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      npm.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      npm.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
      expect(await waitFor(() => out.includes('政府信息公开平台已启动'), 120_000), out).toBe(true);
      const pidFile = join(dataDir, 'gongkai.pid');
      const server = Number(readFileSync(pidFile, 'utf8').trim());
      expect(server).not.toBe(npm.pid);
      expect(alive(server)).toBe(true);

      npm.kill(signal);
      await exited;
      expect(await waitFor(() => !alive(server), 20_000), `server ${server} still running after ${signal} to npm ${npm.pid}\n${out}`).toBe(true);
      expect(out).toContain(`收到 ${signal}，正在停止`);
      expect(existsSync(pidFile)).toBe(false);
    });
  }
});

// The real server for browser tests: `npm start`'s entry point (bin/start.js) on a free loopback port with
// a fresh data folder, which loads the demo county and prints the demo accounts once.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './real-server.ts';

export interface DemoAccount {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
}

export interface DemoServer {
  readonly process: ChildProcess;
  readonly baseUrl: string;
  readonly dataDir: string;
  /** Everything the server has printed so far (stdout and stderr). */
  output(): string;
  /** The demo accounts with their one-time passwords, as printed at the first start. */
  readonly accounts: readonly DemoAccount[];
  /** Kills the server if it still runs and removes its data folder. */
  close(): void;
}

/** Reads the demo accounts the server prints once: “  username  password  姓名（单位 · 角色）”. */
export function parseCredentials(output: string): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  for (const line of output.split('\n')) {
    const match = /^\s{2}([a-z][a-z0-9._-]+)\s+(\S{14})\s+(\S+?)（/.exec(line);
    if (match) accounts.push({ username: match[1]!, password: match[2]!, displayName: match[3]! });
  }
  return accounts;
}

/** Starts the server and waits until it has printed the demo accounts (the last thing the first start prints). */
export async function startDemoServer(options: { readonly timeoutMs?: number } = {}): Promise<DemoServer> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-browser-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.GONGKAI_SECRET;
  delete env.GONGKAI_DEMO;
  const child = spawn(process.execPath, ['bin/start.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const close = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`服务未在 ${timeoutMs / 1000} 秒内启动：\n${output}`)), timeoutMs);
      const check = setInterval(() => {
        if (output.includes('county-admin')) {
          clearInterval(check);
          clearTimeout(timer);
          resolve();
        }
      }, 100);
      child.once('exit', (code) => {
        clearInterval(check);
        clearTimeout(timer);
        reject(new Error(`服务意外退出（${code}）：\n${output}`));
      });
    });
  } catch (error) {
    close();
    throw error;
  }
  return { process: child, baseUrl, dataDir, output: () => output, accounts: parseCredentials(output), close };
}

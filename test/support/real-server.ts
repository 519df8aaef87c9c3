// The real server (`npm start`'s bin/start.js) as a child process on a free port, for tests that are
// about the process itself: what HOST and GONGKAI_TRUST_PROXY do to the addresses it believes, and what
// survives a SIGKILL. No demo county (GONGKAI_DEMO=0) unless the caller asks; the caller owns the data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RealServer {
  readonly process: ChildProcess;
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  readonly port: number;
  output(): string;
  /** Sends the signal (default SIGKILL) and waits until the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts bin/start.js with `env` on top of a clean environment and waits until /healthz answers. */
export async function startRealServer(options: { readonly dataDir: string; readonly env?: NodeJS.ProcessEnv; readonly port?: number; readonly timeoutMs?: number }): Promise<RealServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), GONGKAI_DATA_DIR: options.dataDir, GONGKAI_DEMO: '0', LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'GONGKAI_SECRET', 'GONGKAI_TRUST_PROXY', 'GONGKAI_PUBLIC_URL', 'HOST']) delete env[name];
  Object.assign(env, options.env);
  const child = spawn(process.execPath, ['bin/start.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`服务意外退出（${child.exitCode ?? child.signalCode}）：\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`服务未能按时启动：\n${output}`);
    }
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { process: child, baseUrl, port, output: () => output, stop };
}

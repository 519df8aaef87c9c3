// `npm start`: configuration from the environment, migrations, the demo county on first start (its
// one-time passwords printed once), then listen. SIGINT/SIGTERM close the server and the database
// cleanly so no request or transaction is cut in half.
import { z } from 'zod';
import { buildApp } from './app.ts';
import { openMigratedDatabase } from './db/open.ts';
import { formatCredentials, loadDemoIfEmpty } from './features/demo/demo.service.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { loggerOptions } from './platform/log-lines.ts';
import { claimPidFile } from './platform/pid-file.ts';
import { createServiceContext } from './platform/service-context.ts';

// The two settings only the server needs; everything else is in platform/config.ts.
const serverEnvironment = z.object({
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'LOG_LEVEL 须为 fatal、error、warn、info、debug、trace 或 silent' }).default('info'),
});

const SESSION_PRUNE_INTERVAL_MS = 3600 * 1000;

async function start(): Promise<void> {
  const config = loadConfig();
  const environment = serverEnvironment.safeParse(process.env);
  if (!environment.success) throw new ConfigError(`配置有误：${environment.error.issues.map((i) => i.message).join('；')}`);
  const { HOST: host, LOG_LEVEL: level } = environment.data;

  // One server per data folder; restore and demo reload refuse while this file names a live process.
  const releasePidFile = claimPidFile(config.dataDir);
  const database = await openMigratedDatabase({ url: config.databaseUrl, dataDir: config.dataDir, readThreads: config.readThreads });
  const where = database.dialect === 'sqlite' ? `SQLite 文件 ${database.sqlitePath}` : 'PostgreSQL';
  process.stdout.write(`数据库：${where}${database.appliedMigrations.length > 0 ? `（本次完成 ${database.appliedMigrations.length} 项迁移）` : ''}\n`);

  // A real installation sets GONGKAI_DEMO=0 and creates its agencies and first administrator with
  // `gongkai agencies add` / `gongkai accounts add` (docs/operations.md).
  const demo = config.loadDemo
    ? await loadDemoIfEmpty(createServiceContext({ db: database.db, dialect: database.dialect }))
    : { loaded: false as const };

  const app = await buildApp({ database, secret: config.secret, logger: loggerOptions(level, process.stdout, process.env.NODE_ENV), trustProxy: config.trustProxy, publicUrl: config.publicUrl, pageCache: config.pageCache, sweepOrphanFiles: true });
  await app.listen({ port: config.port, host });
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shownHost}:${config.port}/`;
  process.stdout.write(`\n公开（Gongkai）政府信息公开平台已启动：${url}\n工作人员登录：${url}login\n`);
  if (demo.loaded) {
    process.stdout.write(`\n首次启动，已载入示范县数据（${demo.agencies} 个单位）。\n${formatCredentials(demo.credentials)}\n\n`);
  }

  const prune = setInterval(() => {
    app.sessionStore.pruneExpired().catch((error: unknown) => app.log.error({ err: error }, 'session prune failed'));
  }, SESSION_PRUNE_INTERVAL_MS);
  prune.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(prune);
    process.stdout.write(`收到 ${signal}，正在停止……\n`);
    try {
      // close() stops accepting connections and waits for requests in flight.
      await app.close();
      await database.close();
      releasePidFile();
      process.exitCode = 0;
    } catch (error) {
      process.stderr.write(`停止时出错：${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

try {
  await start();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const address = (error as { code?: string }).code === 'EADDRINUSE' ? '端口已被占用，请设置其他端口（例如 PORT=3001 npm start）。' : '';
  process.stderr.write(`公开（Gongkai）无法启动：${address || message}\n`);
  process.exitCode = 1;
}

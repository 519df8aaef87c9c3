// Says loudly which suites cannot run on this machine, so a skipped suite is never mistaken for a pass.
import { chromiumPath } from './environment.ts';

export default function setup(): void {
  const missing: string[] = [];
  if (!process.env.PG_URL) missing.push('PostgreSQL (PG_URL 未设置): 数据库测试只在 SQLite 上运行');
  if (!chromiumPath()) missing.push('Chromium (/usr/bin/chromium 不存在): 浏览器测试已跳过');
  if (missing.length > 0) {
    const bar = '!'.repeat(78);
    process.stderr.write(
      `\n${bar}\n! SKIPPED SUITES — 以下测试套件未运行:\n${missing.map((m) => `!   - ${m}`).join('\n')}\n` +
        `! CI (.ci/run) installs both; run it to test everything.\n${bar}\n\n`,
    );
  }
}

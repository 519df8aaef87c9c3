// Runs the real `gongkai` command the way a user does (node bin/gongkai.js …) and captures its output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const richFixtures = fileURLToPath(new URL('../fixtures/reports-rich/', import.meta.url));
export const seedsDir = `${richFixtures}seeds`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runGongkai(args: string[]): CliRun {
  const result = spawnSync(process.execPath, ['bin/gongkai.js', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each run starts Node and compiles the sources with tsx: on a shared 2-core machine that can take seconds. */
export const cliTimeout = 120_000;

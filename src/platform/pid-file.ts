// The running server writes its process id to <dataDir>/gongkai.pid, so commands that must not run
// beside it (restore, demo reload) can refuse instead of pulling the database from under it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PID_FILE_NAME = 'gongkai.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user — still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a live server using this data folder, or null (a stale file from a crash is ignored). */
export function runningServerPid(dataDir: string): number | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, PID_FILE_NAME), 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  return alive(pid) ? pid : null;
}

/** Called by the server at start; returns the function to call at shutdown. */
export function claimPidFile(dataDir: string): () => void {
  const other = runningServerPid(dataDir);
  if (other !== null) {
    throw new Error(`数据目录 ${dataDir} 已被正在运行的服务（进程 ${other}）使用。同一数据目录只能运行一个服务。`);
  }
  const path = join(dataDir, PID_FILE_NAME);
  writeFileSync(path, `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path, { force: true });
    } catch {
      // Already gone.
    }
  };
}

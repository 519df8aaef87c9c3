// The start-up sweep of stored files (issue 13 item 7). A process killed mid-upload (SIGKILL, power cut)
// cannot run its clean-up, so at the next start every folder of stored files is compared with the
// records that name them:
// - `<name>.pending` whose record committed: the rename the killed process did not get to — done now;
// - `<name>.pending` or `<name>` with no record, older than the grace period: **moved** to
//   `<dataDir>/quarantine/<same path>` (not deleted: if a record exists that this version does not know
//   of — a restore of files newer than the database, a bug — nothing is lost, and an administrator can
//   look before deleting). Quarantined files are personal data kept without purpose (个人信息保护法第十九条),
//   so the sweep deletes those that have been in quarantine for 30 days;
// - younger files are left alone: another process on the same database (PostgreSQL) may be writing them.
// The folders and what records them come from the features (features/file-stores.ts).
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { PENDING_SUFFIX } from './durable-files.ts';

export interface FileStore {
  /** Absolute folder of the stored files (only its own files; sub-folders are other stores). */
  readonly dir: string;
  /** Which of `names` (final names) a committed record names. */
  recorded(names: readonly string[]): Promise<ReadonlySet<string>>;
}

export interface SweepReport {
  readonly finished: number;
  readonly quarantined: number;
  readonly deleted: number;
}

/** Files younger than this are never touched: a request may be writing them. */
export const SWEEP_GRACE_MS = 60 * 60 * 1000;
/** How long a quarantined file is kept before the sweep deletes it. */
export const QUARANTINE_DAYS = 30;

export const quarantineDirOf = (dataDir: string) => join(dataDir, 'quarantine');

async function filesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function sweepOrphanFiles(options: { readonly dataDir: string; readonly stores: readonly FileStore[]; readonly now: Date; readonly graceMs?: number }): Promise<SweepReport> {
  const { dataDir, stores, now } = options;
  const graceMs = options.graceMs ?? SWEEP_GRACE_MS;
  let finished = 0;
  let quarantined = 0;
  for (const store of stores) {
    const names = await filesIn(store.dir);
    if (names.length === 0) continue;
    const finalOf = (name: string) => (name.endsWith(PENDING_SUFFIX) ? name.slice(0, -PENDING_SUFFIX.length) : name);
    const recorded = await store.recorded([...new Set(names.map(finalOf))]);
    for (const name of names) {
      const path = join(store.dir, name);
      const final = finalOf(name);
      if (recorded.has(final)) {
        if (name !== final) {
          await rename(path, join(store.dir, final));
          finished += 1;
        }
        continue;
      }
      const age = now.getTime() - (await stat(path)).mtimeMs;
      if (age < graceMs) continue;
      const target = join(quarantineDirOf(dataDir), relative(dataDir, store.dir), name);
      await mkdir(dirname(target), { recursive: true });
      await rename(path, target);
      quarantined += 1;
    }
  }
  const deleted = await deleteOldQuarantine(quarantineDirOf(dataDir), now);
  return { finished, quarantined, deleted };
}

async function deleteOldQuarantine(dir: string, now: Date): Promise<number> {
  let deleted = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    // ctime: when the file was moved here (a rename changes it; mtime is the upload's).
    if (now.getTime() - (await stat(path)).ctimeMs > QUARANTINE_DAYS * 86_400_000) {
      await rm(path, { force: true });
      deleted += 1;
    }
  }
  return deleted;
}

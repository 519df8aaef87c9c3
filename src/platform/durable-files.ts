// Uploaded files reach their final name only after the transaction that records them has committed, and
// are on the disk (fsync) before it commits (issue 13 item 7). A writer puts the bytes under
// `<final name>.pending` and syncs them; removingFilesOnFailure (files-on-failure.ts) renames every
// pending file to its final name once the transaction has committed and syncs the folder, or deletes it
// if the transaction failed. A process killed in between leaves either a `.pending` file whose record
// never committed (swept at the next start, orphan-files.ts) or one whose record did (the sweep, and
// any reader meanwhile, finds it under the pending name and finishes the rename).
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Suffix of a file written and synced whose record has not (yet) committed. */
export const PENDING_SUFFIX = '.pending';

export const pendingPathOf = (finalPath: string) => `${finalPath}${PENDING_SUFFIX}`;

/** Writes `data` to `<finalPath>.pending` (never over an existing file) and syncs it to the disk. */
export async function writePendingFile(finalPath: string, data: Uint8Array, mode = 0o600): Promise<void> {
  const handle = await open(pendingPathOf(finalPath), 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The same, synchronously (applications intake checks and writes in one go). */
export function writePendingFileSync(finalPath: string, data: Uint8Array, mode = 0o600): void {
  const fd = openSync(pendingPathOf(finalPath), 'wx', mode);
  try {
    let offset = 0;
    while (offset < data.byteLength) offset += writeSync(fd, data, offset, data.byteLength - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Syncs a folder, so a rename (or a new file) in it survives a power cut. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * After the commit: renames each pending file to its final name, then syncs their folders. A path that
 * has no pending file (written another way, or already renamed) is left as it is.
 */
export async function finishPendingFiles(finalPaths: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const path of finalPaths) {
    try {
      await rename(pendingPathOf(path), path);
      folders.add(dirname(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  for (const folder of folders) await syncFolder(folder);
}

/** Reads a stored file; between the commit and the rename it is still under its pending name. */
export async function readStored<T>(finalPath: string, read: (path: string) => Promise<T>): Promise<T> {
  try {
    return await read(finalPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return read(pendingPathOf(finalPath));
  }
}

export function readStoredSync<T>(finalPath: string, read: (path: string) => T): T {
  try {
    return read(finalPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return read(pendingPathOf(finalPath));
  }
}

// Uploaded files are written before (or while) the transaction that records them runs. If that
// transaction fails, the files would stay on disk with no record pointing at them — an applicant's ID
// card scan kept without any trace of why, which nobody could find to delete. Every command that stores
// files runs its transaction through this: the writers put them under a pending name, synced
// (durable-files.ts); on success they get their final name, on failure they are removed.
import { rm } from 'node:fs/promises';
import { finishPendingFiles, pendingPathOf } from './durable-files.ts';

/**
 * Runs `body`; if it throws, deletes the files listed in `written` (final paths, which `body` may still
 * be adding to) under their pending and final names and throws the same error. If it succeeds (its
 * transaction has committed), renames each pending file to its final name. A file that cannot be
 * removed does not hide the original error; a rename that fails after the commit is left to the
 * start-up sweep (orphan-files.ts), readers find the file under its pending name meanwhile.
 */
export async function removingFilesOnFailure<T>(written: readonly string[], body: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await body();
  } catch (error) {
    await Promise.allSettled(written.flatMap((path) => [rm(path, { force: true }), rm(pendingPathOf(path), { force: true })]));
    throw error;
  }
  await finishPendingFiles(written).catch(() => undefined);
  return result;
}

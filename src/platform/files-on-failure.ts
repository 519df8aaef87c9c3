// Uploaded files are written to disk before (or while) the transaction that records them runs. If that
// transaction fails, the files would stay on disk with no record pointing at them — an applicant's ID
// card scan kept without any trace of why, which nobody could find to delete. Every command that stores
// files runs its transaction through this, so a failure removes what it wrote.
import { rm } from 'node:fs/promises';

/**
 * Runs `body`; if it throws, deletes the files listed in `written` (which `body` may still be adding to)
 * and throws the same error. A file that cannot be removed does not hide the original error.
 */
export async function removingFilesOnFailure<T>(written: readonly string[], body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    await Promise.allSettled(written.map((path) => rm(path, { force: true })));
    throw error;
  }
}

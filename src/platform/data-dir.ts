// Where a database's files (attachments, generated letters) live on disk: shared by every feature that
// stores files, so it belongs to the platform rather than to one feature.
import { dirname, resolve } from 'node:path';
import type { Database } from '../db/database.ts';

/** The data folder of a database: the test harness's, the SQLite file's folder, or GONGKAI_DATA_DIR. */
export function dataDirOf(database: Database): string {
  const withDir = database as Database & { dataDir?: string };
  if (withDir.dataDir) return withDir.dataDir;
  if (database.sqlitePath) return dirname(database.sqlitePath);
  return resolve(process.env.GONGKAI_DATA_DIR ?? './data');
}

// Every folder of stored files and the records that name them, for the start-up sweep
// (platform/orphan-files.ts). A feature that stores files adds ONE entry here.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { FileStore } from '../platform/orphan-files.ts';
import { attachmentsDir as applicationFilesDir } from './applications/applications.files.ts';
import { replyFilesDir } from './applications/reply-files.ts';
import { attachmentsDir as catalogueFilesDir } from './catalogue/attachments.ts';
import { auditFilesDir } from './oversight/report-audit.files.ts';

/** Names are looked up in slices, so a folder of 100,000 files is never one giant query. */
const SLICE = 500;

async function inSlices(names: readonly string[], lookup: (slice: string[]) => Promise<Array<{ stored_name: string | null }>>): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < names.length; i += SLICE) {
    for (const row of await lookup(names.slice(i, i + SLICE))) if (row.stored_name) found.add(row.stored_name);
  }
  return found;
}

export function fileStores(db: Kysely<DB>, dataDir: string): FileStore[] {
  const applicationAttachments = (names: readonly string[]) =>
    inSlices(names, (slice) => db.selectFrom('application_attachment').select('stored_name').where('stored_name', 'in', slice).execute());
  return [
    // Materials applicants upload (intake) and the files provided with a reply: one table, two folders.
    { dir: applicationFilesDir(dataDir), recorded: applicationAttachments },
    { dir: replyFilesDir(dataDir), recorded: applicationAttachments },
    { dir: catalogueFilesDir(dataDir), recorded: (names) => inSlices(names, (slice) => db.selectFrom('catalogue_attachment').select('stored_name').where('stored_name', 'in', slice).execute()) },
    { dir: auditFilesDir(dataDir), recorded: (names) => inSlices(names, (slice) => db.selectFrom('report_audit_file').select('stored_name').where('stored_name', 'in', slice).execute()) },
  ];
}

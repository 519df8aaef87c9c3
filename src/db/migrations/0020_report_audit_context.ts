// The bulk audit of published reports checks each file with its context (条例第四十九条 deadline, the
// agency level, last year's report): the batch's defaults given on the upload form, each file's parsed
// report (kept so a correction re-checks without reading the file again), the publication date the file
// states, the supervisor's per-file corrections and the context the check ran with (shown on the results
// page, including which rules could not run). Forward-only; never edit after it has shipped.
import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  // Defaults for every file of the batch (YYYY-MM-DD; a level of the report engine), null when not given.
  await db.schema.alterTable('report_audit_batch').addColumn('published_on', 'text').execute();
  await db.schema.alterTable('report_audit_batch').addColumn('agency_level', 'text').execute();
  // AnnualReport (JSON) as the reader made it; null until the file has been read.
  await db.schema.alterTable('report_audit_file').addColumn('report', t.json).execute();
  // A date the file itself gives for its publication ('page': 发布日期 printed on the saved web page;
  // 'signature': the date under the signature), YYYY-MM-DD.
  await db.schema.alterTable('report_audit_file').addColumn('stated_published_on', 'text').execute();
  await db.schema.alterTable('report_audit_file').addColumn('stated_published_source', 'text').execute();
  // The supervisor's corrections of this file: { agencyName?, year?, agencyLevel?, publishedOn? } (JSON).
  await db.schema.alterTable('report_audit_file').addColumn('corrections', t.json).execute();
  // The context the last check ran with and the rules it could not run (JSON, see audit-context.ts).
  await db.schema.alterTable('report_audit_file').addColumn('context', t.json).execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

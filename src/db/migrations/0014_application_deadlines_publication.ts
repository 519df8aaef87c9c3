// 依申请公开, second round: the 条例第三十五条 later deadline with its reason and basis, and the link from a
// case to the 主动公开 draft made from it (条例第四十四条), and what a reply provided. Forward-only.
import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  // 条例第三十五条：申请理由合理但无法在第三十三条规定的期限内答复的，可以确定延迟答复的合理期限并告知申请人.
  // One per application (primary key); application.custom_due_on keeps the date the clock reads.
  await db.schema
    .createTable('application_custom_deadline')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('set_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    /** The deadline without it (20 working days, pauses, extension), for the letter and the audit. */
    .addColumn('statutory_due_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  // 条例第四十四条：多个申请人就相同政府信息提出公开申请，且该信息属于可以公开的，可以纳入主动公开范围.
  await db.schema
    .createTable('application_publication')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('catalogue_item_id', 'text', (c) => c.notNull().references('catalogue_item.id'))
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  // What the reply provided (条例第三十六条第（二）项、第三十七条), kept apart from the letter so a 主动公开
  // draft can start from it without the letter's personal data.
  await db.schema.alterTable('application_reply').addColumn('provided', 'text').execute();
  await db.schema.createIndex('application_publication_item_idx').on('application_publication').column('catalogue_item_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

// 主动公开, second part: the 公开事项标准目录 of each agency (国办发〔2019〕54号, spec active-disclosure.md
// §2.3), which catalogue item is filed under which 二级事项, and complaints from the public that
// something was not disclosed or is wrong (条例第四十七条第二款、第五十一条, spec §6).
// Forward-only; never edit after it has shipped — add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { checkIn, columnTypes } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const COMPLAINT_KINDS = ['not_disclosed', 'inaccurate'] as const;
const COMPLAINT_STATUSES = ['open', 'answered'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  // One row of the standard catalogue, with exactly the columns of the township catalogue seen in
  // research (spec §2.3): 序号, 一级事项, 二级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体,
  // 公开渠道和载体, 公开对象, 公开方式, 公开层级. Free text where catalogues word things differently.
  await db.schema
    .createTable('catalogue_standard_row')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('item_level1', 'text', (c) => c.notNull())
    .addColumn('item_level2', 'text', (c) => c.notNull())
    .addColumn('content_elements', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('time_limit', 'text', (c) => c.notNull())
    .addColumn('responsible_body', 'text', (c) => c.notNull())
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('catalogue_standard_row_seq_unique', ['agency_id', 'seq'])
    .addUniqueConstraint('catalogue_standard_row_item_unique', ['agency_id', 'item_level1', 'item_level2'])
    .execute();

  // An item is filed under at most one 二级事项 of its agency's standard catalogue.
  await db.schema
    .createTable('catalogue_item_standard_row')
    .addColumn('item_id', 'text', (c) => c.primaryKey().references('catalogue_item.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('standard_row_id', 'text', (c) => c.notNull().references('catalogue_standard_row.id'))
    .addColumn('filed_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('catalogue_item_standard_row_row_idx').on('catalogue_item_standard_row').column('standard_row_id').execute();

  await db.schema
    .createTable('catalogue_complaint')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    // Against an item page, or against a 专栏 column (category id) when the information is missing altogether.
    .addColumn('item_id', 'text', (c) => c.references('catalogue_item.id'))
    .addColumn('category', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', COMPLAINT_KINDS)))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', COMPLAINT_STATUSES)))
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('account.id'))
    .addColumn('answered_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addCheckConstraint('catalogue_complaint_target', sql`item_id is not null or category is not null`)
    .execute();
  await db.schema.createIndex('catalogue_complaint_agency_idx').on('catalogue_complaint').columns(['agency_id', 'status', 'created_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

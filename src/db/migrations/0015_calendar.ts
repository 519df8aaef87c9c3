// The working-day calendar administrators edit (条例第三十三条 counts 工作日): the arrangements entered from
// the 国务院办公厅's yearly notice, and single days set by hand. Installation-wide, not per agency: the
// holiday arrangement is the State Council's and applies to every organ the installation serves (one
// county's tree, or a province's), so every deadline of the installation must count the same days.
// Removed days are kept (removed_at): a case's deadline may have been counted with them.
// Forward-only; never edit after it has shipped — add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { checkIn, columnTypes } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const KINDS = ['holiday', 'makeup_workday', 'workday', 'rest_day'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  // One row per year whose whole arrangement was entered (the notice's 文号): that year counts as loaded.
  await db.schema
    .createTable('calendar_arrangement')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('account.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addCheckConstraint('calendar_arrangement_year_range', sql`year between 2000 and 2100`)
    .execute();

  await db.schema
    .createTable('calendar_override')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', KINDS)))
    // Festival name (春节) or why the day was changed.
    .addColumn('note', 'text', (c) => c.notNull())
    // The notice the day comes from, e.g. 国办发明电〔2025〕7号; empty for a local correction.
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('account.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('removed_by', 'text', (c) => c.references('account.id'))
    .addColumn('removed_at', t.instant)
    .execute();
  // At most one day setting in force per date; removed ones stay as history.
  await db.schema
    .createIndex('calendar_override_live_date')
    .unique()
    .on('calendar_override')
    .column('date')
    .where(sql.ref('removed_at'), 'is', null)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

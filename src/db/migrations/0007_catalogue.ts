// 主动公开 catalogue: items with every version kept, attachments, policy ↔ 解读 links, release
// channels, scanner hits, review steps, 索引号 counters and the 指南/制度 pages of each 专栏.
// Forward-only; never edit after it has shipped — add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { checkIn, columnTypes } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const STATUSES = ['draft', 'security_review', 'approval', 'returned', 'published', 'withdrawn'] as const;
const VALIDITY = ['valid', 'invalid', 'abolished'] as const;
const DISCLOSURE_MODES = ['proactive', 'on_request', 'not_disclosed'] as const;
const AUDIENCES = ['public', 'specific'] as const;
const CHANNEL_KINDS = ['website', 'new_media', 'gazette', 'press_conference', 'newspaper_broadcast', 'notice_board', 'electronic_screen', 'reading_room', 'other'] as const;
const HIT_KINDS = ['id_card', 'bank_card', 'mobile', 'sensitive_word'] as const;
const RESOLUTIONS = ['open', 'redacted', 'accepted'] as const;
const PAGE_KINDS = ['guide', 'rules'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('catalogue_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    // 索引号: assigned at first publication, never reused or changed (active-disclosure.md §5.1).
    .addColumn('index_no', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('written_on', 'text', (c) => c.notNull())
    .addColumn('changed_on', 'text')
    .addColumn('publish_due_on', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text')
    .addColumn('document_no', 'text')
    .addColumn('topic_category', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('genre', 'text')
    .addColumn('validity', 'text', (c) => c.check(sql`validity is null or ${checkIn('validity', VALIDITY)}`))
    .addColumn('effective_on', 'text')
    .addColumn('abolished_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('disclosure_mode', 'text', (c) => c.notNull().check(checkIn('disclosure_mode', DISCLOSURE_MODES)))
    .addColumn('audience', 'text', (c) => c.notNull().check(checkIn('audience', AUDIENCES)))
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text')
    .addColumn('is_normative_document', t.bool, (c) => c.notNull().defaultTo(t.false))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', STATUSES)))
    .addColumn('approval_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('published_version', 'integer')
    .addColumn('withdrawn_reason', 'text')
    .addColumn('withdrawn_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addCheckConstraint('catalogue_item_version_positive', sql`version >= 1`)
    .execute();
  await db.schema
    .createIndex('catalogue_item_index_no_unique')
    .on('catalogue_item')
    .columns(['agency_id', 'index_no'])
    .unique()
    .where(sql.ref('index_no'), 'is not', null)
    .execute();
  // The portal lists an agency's public items (published at least once, not withdrawn) newest first,
  // by category or all together; only public rows are in these partial indexes. status and
  // published_version are repeated as columns so SQLite can count per category from the index alone
  // (it does not treat partial-index predicate columns as covered; PostgreSQL does).
  await db.schema
    .createIndex('catalogue_item_portal_category_idx')
    .on('catalogue_item')
    .columns(['agency_id', 'category', 'published_on', 'status', 'published_version'])
    .where(sql<boolean>`published_version is not null and status <> 'withdrawn'`)
    .execute();
  await db.schema
    .createIndex('catalogue_item_portal_idx')
    .on('catalogue_item')
    .columns(['agency_id', 'published_on', 'status', 'published_version'])
    .where(sql<boolean>`published_version is not null and status <> 'withdrawn'`)
    .execute();
  await db.schema
    .createIndex('catalogue_item_published_idx')
    .on('catalogue_item')
    .column('published_on')
    .where(sql<boolean>`published_version is not null and status <> 'withdrawn'`)
    .execute();
  await db.schema.createIndex('catalogue_item_staff_idx').on('catalogue_item').columns(['agency_id', 'updated_at']).execute();
  await db.schema.createIndex('catalogue_item_due_idx').on('catalogue_item').columns(['agency_id', 'status', 'publish_due_on']).execute();

  await db.schema
    .createTable('catalogue_item_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalogue_item.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', t.json, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('catalogue_item_version_unique', ['item_id', 'version'])
    .execute();

  await db.schema
    .createTable('catalogue_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalogue_item.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    // Generated name under the data folder, outside any web root (DESIGN §5).
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('extracted_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('removed_at', t.instant)
    .execute();
  await db.schema.createIndex('catalogue_attachment_item_idx').on('catalogue_attachment').column('item_id').execute();

  await db.schema
    .createTable('catalogue_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('policy_item_id', 'text', (c) => c.notNull().references('catalogue_item.id'))
    .addColumn('interpretation_item_id', 'text', (c) => c.notNull().references('catalogue_item.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('catalogue_link_unique', ['policy_item_id', 'interpretation_item_id'])
    .addCheckConstraint('catalogue_link_not_self', sql`policy_item_id <> interpretation_item_id`)
    .execute();
  await db.schema.createIndex('catalogue_link_interpretation_idx').on('catalogue_link').column('interpretation_item_id').execute();

  await db.schema
    .createTable('catalogue_channel')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', CHANNEL_KINDS)))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('archived_at', t.instant)
    .execute();
  await db.schema.createIndex('catalogue_channel_agency_idx').on('catalogue_channel').column('agency_id').execute();

  // 条例第二十三条: one item may go out through several channels, each on its own date.
  await db.schema
    .createTable('catalogue_publication')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalogue_item.id'))
    .addColumn('channel_id', 'text', (c) => c.notNull().references('catalogue_channel.id'))
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('catalogue_publication_unique', ['item_id', 'channel_id'])
    .execute();
  await db.schema.createIndex('catalogue_publication_channel_idx').on('catalogue_publication').columns(['channel_id', 'published_on']).execute();

  await db.schema
    .createTable('catalogue_scan_hit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalogue_item.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // 'body', 'title', 'summary' or 'attachment:<id>'.
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', HIT_KINDS)))
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('masked', 'text', (c) => c.notNull())
    .addColumn('before_text', 'text', (c) => c.notNull())
    .addColumn('after_text', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text', (c) => c.notNull().check(checkIn('resolution', RESOLUTIONS)))
    .addColumn('reason', 'text')
    .addColumn('resolved_by', 'text', (c) => c.references('account.id'))
    .addColumn('resolved_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('catalogue_scan_hit_item_idx').on('catalogue_scan_hit').columns(['item_id', 'version']).execute();

  await db.schema
    .createTable('catalogue_review_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('catalogue_item.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('level_title', 'text')
    .addColumn('comment', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('account.id'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('occurred_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('catalogue_review_step_item_idx').on('catalogue_review_step').columns(['item_id', 'occurred_at']).execute();

  await db.schema
    .createTable('catalogue_index_counter')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('catalogue_index_counter_pk', ['agency_id', 'scope'])
    .execute();

  await db.schema
    .createTable('catalogue_page')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', PAGE_KINDS)))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('account.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('catalogue_page_unique', ['agency_id', 'kind'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

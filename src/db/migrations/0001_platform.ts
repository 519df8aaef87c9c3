// Platform tables: agencies, accounts and their role grants, web sessions, the audit log, settings.
// Forward-only; never edit after it has shipped — add a new migration instead.
import { sql, type Kysely } from 'kysely';
import { checkIn, columnTypes } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const AGENCY_LEVELS = [
  'province_government',
  'prefecture_government',
  'county_government',
  'provincial_department',
  'prefecture_department',
  'county_department',
  'township',
  'subdistrict',
  'disclosure_office',
] as const;
const ROLES = ['clerk', 'reviewer', 'leader', 'admin', 'supervisor'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('agency')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('agency.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('level', 'text', (c) => c.notNull().check(checkIn('level', AGENCY_LEVELS)))
    .addColumn('address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('office_hours', 'text')
    .addColumn('settings', t.json, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('archived_at', t.instant)
    .addCheckConstraint('agency_not_own_parent', sql`parent_id is null or parent_id <> id`)
    .execute();
  await db.schema.createIndex('agency_parent_idx').on('agency').column('parent_id').execute();

  await db.schema
    .createTable('account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', t.bool, (c) => c.notNull().defaultTo(t.true))
    .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', t.instant)
    .addColumn('disabled_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('password_changed_at', t.instant)
    .addColumn('last_login_at', t.instant)
    // Usernames are stored in lower case so uniqueness and login ignore case on both databases.
    .addCheckConstraint('account_username_lower', sql`username = lower(username)`)
    .addCheckConstraint('account_failed_login_count', sql`failed_login_count >= 0`)
    .execute();
  await db.schema.createIndex('account_agency_idx').on('account').column('agency_id').execute();

  await db.schema
    .createTable('role_grant')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(checkIn('role', ROLES)))
    .addColumn('granted_by', 'text', (c) => c.references('account.id'))
    .addColumn('granted_at', t.instant, (c) => c.notNull())
    .addColumn('revoked_by', 'text', (c) => c.references('account.id'))
    .addColumn('revoked_at', t.instant)
    .execute();
  // One live grant per (account, agency, role); revoked grants stay as history.
  await db.schema
    .createIndex('role_grant_live_unique')
    .on('role_grant')
    .columns(['account_id', 'agency_id', 'role'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
  await db.schema.createIndex('role_grant_agency_idx').on('role_grant').columns(['agency_id', 'role']).execute();

  await db.schema
    .createTable('web_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.references('account.id'))
    .addColumn('data', t.json, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('web_session_expires_idx').on('web_session').column('expires_at').execute();
  await db.schema.createIndex('web_session_account_idx').on('web_session').column('account_id').execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('occurred_at', t.instant, (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('account.id'))
    .addColumn('agency_id', 'text', (c) => c.references('agency.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('before', t.json)
    .addColumn('after', t.json)
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('audit_event_agency_time_idx').on('audit_event').columns(['agency_id', 'occurred_at']).execute();
  await db.schema.createIndex('audit_event_account_time_idx').on('audit_event').columns(['account_id', 'occurred_at']).execute();
  await db.schema.createIndex('audit_event_action_time_idx').on('audit_event').columns(['action', 'occurred_at']).execute();
  await db.schema.createIndex('audit_event_object_idx').on('audit_event').columns(['object_type', 'object_id']).execute();
  await db.schema.createIndex('audit_event_time_idx').on('audit_event').column('occurred_at').execute();

  await db.schema
    .createTable('setting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // 'global' for the whole installation, otherwise the agency id (kept apart so it can be unique).
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.references('agency.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('account.id'))
    .addUniqueConstraint('setting_scope_key_unique', ['scope', 'key'])
    .addCheckConstraint(
      'setting_scope_matches_agency',
      sql`(scope = 'global' and agency_id is null) or (agency_id is not null and scope = agency_id)`,
    )
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

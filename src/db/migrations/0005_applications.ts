// 依申请公开: applications, applicants (personal data kept in its own table), attachments, the case
// event log, notes, consultations, extension, correction, fee notices, replies, delivery, numbering
// and per-agency notice-letter templates. Forward-only. Actor columns (created_by …) are null when the
// system acted (demo load, CLI), as in audit_event.account_id.
import { sql, type Kysely } from 'kysely';
import { checkIn, columnTypes } from './column-types.ts';

// Copied, not imported: a migration must keep meaning what it meant when it was written.
const STATUSES = [
  'awaiting_confirmation', 'received', 'correction_requested', 'in_progress', 'consulting', 'extended',
  'fee_notice', 'fee_paid', 'replied', 'delivered', 'withdrawn',
] as const;
const APPLICANT_TYPES = [
  'natural_person', 'commercial_enterprise', 'research_institution', 'social_welfare_organization',
  'legal_service_organization', 'other_organization',
] as const;
const OUTCOMES = [
  'outcomes.granted', 'outcomes.partially_granted',
  'outcomes.withheld.state_secret', 'outcomes.withheld.prohibited_by_laws',
  'outcomes.withheld.endangers_security_stability', 'outcomes.withheld.third_party_rights',
  'outcomes.withheld.internal_affairs', 'outcomes.withheld.process_information',
  'outcomes.withheld.law_enforcement_files', 'outcomes.withheld.administrative_inquiry',
  'outcomes.unable_to_provide.not_held', 'outcomes.unable_to_provide.requires_creation',
  'outcomes.unable_to_provide.still_unclear_after_correction',
  'outcomes.not_processed.petition_complaint_report', 'outcomes.not_processed.repeated_application',
  'outcomes.not_processed.public_publication', 'outcomes.not_processed.excessive_without_reason',
  'outcomes.not_processed.confirm_or_reissue',
  'outcomes.other_handling.correction_overdue', 'outcomes.other_handling.fee_unpaid_overdue',
  'outcomes.other_handling.other',
] as const;
const CHANNELS = ['in_person', 'post_signed', 'post_ordinary', 'online', 'email', 'fax'] as const;
const DELIVERY_FORMS = ['paper', 'email', 'electronic_copy', 'inspection', 'other'] as const;
const DELIVERY_CHANNELS = ['post', 'pickup', 'email', 'online'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('application')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('application_number', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    .addColumn('submission_key', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', STATUSES)))
    .addColumn('outcome', 'text', (c) => c.check(checkIn('outcome', OUTCOMES)))
    .addColumn('applicant_type', 'text', (c) => c.notNull().check(checkIn('applicant_type', APPLICANT_TYPES)))
    .addColumn('channel', 'text', (c) => c.notNull().check(checkIn('channel', CHANNELS)))
    .addColumn('oral_application', t.bool, (c) => c.notNull().defaultTo(t.false))
    .addColumn('recorded_by', 'text', (c) => c.references('account.id'))
    .addColumn('arrived_on', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text')
    .addColumn('receipt_evidence', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('document_no', 'text')
    .addColumn('purpose', 'text')
    .addColumn('delivery_form', 'text', (c) => c.notNull().check(checkIn('delivery_form', DELIVERY_FORMS)))
    .addColumn('delivery_channel', 'text', (c) => c.notNull().check(checkIn('delivery_channel', DELIVERY_CHANNELS)))
    .addColumn('assigned_to', 'text', (c) => c.references('account.id'))
    .addColumn('custom_due_on', 'text')
    .addColumn('repeat_of_id', 'text', (c) => c.references('application.id'))
    .addColumn('repeat_score', 'real')
    .addColumn('decided_on', 'text')
    .addColumn('delivered_on', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('application_agency_year_sequence_unique', ['agency_id', 'year', 'sequence'])
    // A retried portal submission finds its case through this constraint (idempotent intake).
    .addUniqueConstraint('application_agency_submission_key_unique', ['agency_id', 'submission_key'])
    // Status and outcome are kept apart but must agree: an outcome exactly when the case has ended.
    .addCheckConstraint(
      'application_outcome_when_ended',
      sql`(status in ('replied','delivered','withdrawn')) = (outcome is not null and decided_on is not null)`,
    )
    .execute();
  // Staff home page (open cases by agency) and table 三 (received/decided in a year) — see bench/applications.
  await db.schema.createIndex('application_agency_status_idx').on('application').columns(['agency_id', 'status']).execute();
  await db.schema.createIndex('application_agency_received_idx').on('application').columns(['agency_id', 'received_on']).execute();
  await db.schema.createIndex('application_agency_decided_idx').on('application').columns(['agency_id', 'decided_on']).execute();

  await db.schema
    .createTable('applicant')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('application.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_document_type', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('agent_name', 'text')
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('id_key', 'text', (c) => c.notNull())
    .addColumn('phone_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('applicant_id_key_idx').on('applicant').column('id_key').execute();
  await db.schema.createIndex('applicant_name_phone_idx').on('applicant').columns(['name_key', 'phone_key']).execute();

  await db.schema
    .createTable('application_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['application_material', 'reply_information'])))
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('application_attachment_application_idx').on('application_attachment').column('application_id').execute();

  await db.schema
    .createTable('application_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('account.id'))
    .addColumn('occurred_at', t.instant, (c) => c.notNull())
    .addColumn('detail', t.json)
    .execute();
  await db.schema.createIndex('application_event_application_idx').on('application_event').columns(['application_id', 'occurred_at']).execute();

  await db.schema
    .createTable('application_note')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('application_note_application_idx').on('application_note').column('application_id').execute();

  await db.schema
    .createTable('application_consultation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('party_kind', 'text', (c) => c.notNull().check(checkIn('party_kind', ['third_party', 'other_organ'])))
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('dispatched_on', 'text', (c) => c.notNull())
    .addColumn('party_received_on', 'text')
    .addColumn('replied_on', 'text')
    .addColumn('reply_summary', 'text')
    .addColumn('reply_position', 'text', (c) => c.check(checkIn('reply_position', ['agrees', 'objects', 'no_reply'])))
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('application_consultation_application_idx').on('application_consultation').column('application_id').execute();

  // 条例第三十三条第二款：one extension per application (primary key), approved by the office's head.
  await db.schema
    .createTable('application_extension')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('approved_by', 'text', (c) => c.references('account.id'))
    .addColumn('approved_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  // 条例第三十条：一次性告知 — one correction request per application (primary key).
  await db.schema
    .createTable('application_correction')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('correction_due_on', 'text', (c) => c.notNull())
    .addColumn('corrected_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('application_fee_notice')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('method', 'text', (c) => c.notNull().check(checkIn('method', ['per_application', 'per_volume'])))
    .addColumn('month_ordinal', 'integer')
    .addColumn('pages', 'integer')
    .addColumn('amount_fen', 'integer', (c) => c.notNull().check(sql`amount_fen >= 0`))
    .addColumn('notice_sent_on', 'text', (c) => c.notNull())
    .addColumn('notice_received_on', 'text')
    .addColumn('paid_on', 'text')
    .addColumn('paid_amount_fen', 'integer')
    .addColumn('receipt_no', 'text')
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('application_fee_notice_application_idx').on('application_fee_notice').column('application_id').execute();

  await db.schema
    .createTable('application_reply')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('reply_type', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(checkIn('outcome', OUTCOMES)))
    .addColumn('letter_number', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('withheld_parts', t.json)
    .addColumn('secondary_grounds', t.json)
    .addColumn('letter_body', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('application_delivery')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('application.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('method', 'text', (c) => c.notNull().check(checkIn('method', DELIVERY_CHANNELS)))
    .addColumn('delivered_on', 'text', (c) => c.notNull())
    .addColumn('proof', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('account.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('application_sequence')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('application_sequence_pk', ['agency_id', 'year'])
    .execute();

  await db.schema
    .createTable('notice_letter_template')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('account.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('notice_letter_template_agency_kind_unique', ['agency_id', 'kind'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('迁移只能向前执行（forward-only）；如需撤销请从备份恢复。');
}

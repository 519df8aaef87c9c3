// Table interfaces of the applications feature, composed into the database's DB type by src/db/schema.ts.
// Legal dates are 'YYYY-MM-DD' text on both databases; instants are ISO-8601 UTC strings as the
// repositories hand them over; booleans are 0/1 numbers; money is in 分.
import type { ColumnType } from 'kysely';

/** An instant: ISO-8601 UTC text on SQLite, timestamptz on PostgreSQL, always a string in code. */
type Instant = ColumnType<string, string, string>;
type Flag = ColumnType<number | boolean, number | boolean, number | boolean>;

export interface ApplicationTable {
  id: string;
  agency_id: string;
  application_number: string;
  year: number;
  sequence: number;
  /** SHA-256 of the applicant's query code; the code itself is shown once on the receipt. */
  query_code_hash: string;
  /** Client-generated key of a portal submission: a retry returns the same case (unique per agency). */
  submission_key: string | null;
  status: string;
  outcome: string | null;
  applicant_type: string;
  channel: string;
  oral_application: Flag;
  recorded_by: string | null;
  arrived_on: string;
  received_on: string | null;
  receipt_evidence: string | null;
  description: string;
  document_no: string | null;
  purpose: string | null;
  delivery_form: string;
  delivery_channel: string;
  assigned_to: string | null;
  /** 条例第三十五条：申请数量、频次明显超过合理范围时确定的合理延迟答复期限。 */
  custom_due_on: string | null;
  repeat_of_id: string | null;
  repeat_score: number | null;
  decided_on: string | null;
  delivered_on: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface ApplicantTable {
  application_id: string;
  name: string;
  id_document_type: string;
  id_number: string;
  phone: string;
  email: string | null;
  address: string | null;
  postal_code: string | null;
  agent_name: string | null;
  /** Normalised copies used to find the same applicant's earlier cases (条例第三十五条、第三十六条第六项). */
  name_key: string;
  id_key: string;
  phone_key: string;
}

export interface ApplicationAttachmentTable {
  id: string;
  application_id: string;
  agency_id: string;
  /** application_material (submitted with the application) | reply_information (provided with the reply) */
  kind: string;
  original_name: string;
  stored_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: Instant;
}

export interface ApplicationEventTable {
  id: string;
  application_id: string;
  agency_id: string;
  event: string;
  from_status: string | null;
  to_status: string;
  actor_id: string | null;
  occurred_at: Instant;
  /** JSON text with what the event recorded (dates, counterpart, outcome). */
  detail: string | null;
}

export interface ApplicationNoteTable {
  id: string;
  application_id: string;
  agency_id: string;
  author_id: string;
  body: string;
  created_at: Instant;
}

export interface ApplicationConsultationTable {
  id: string;
  application_id: string;
  agency_id: string;
  /** third_party (条例第三十二条) | other_organ (条例第三十四条) */
  party_kind: string;
  party_name: string;
  subject: string;
  dispatched_on: string;
  party_received_on: string | null;
  replied_on: string | null;
  reply_summary: string | null;
  /** agrees | objects | no_reply */
  reply_position: string | null;
  created_by: string | null;
  created_at: Instant;
}

export interface ApplicationExtensionTable {
  application_id: string;
  agency_id: string;
  approved_by: string | null;
  approved_on: string;
  reason: string;
  created_at: Instant;
}

export interface ApplicationCorrectionTable {
  application_id: string;
  agency_id: string;
  requested_on: string;
  items: string;
  correction_due_on: string;
  corrected_on: string | null;
  created_by: string | null;
  created_at: Instant;
}

export interface ApplicationFeeNoticeTable {
  id: string;
  application_id: string;
  agency_id: string;
  /** per_application (109号第四条) | per_volume (109号第五条) */
  method: string;
  month_ordinal: number | null;
  pages: number | null;
  amount_fen: number;
  notice_sent_on: string;
  notice_received_on: string | null;
  paid_on: string | null;
  paid_amount_fen: number | null;
  receipt_no: string | null;
  created_by: string | null;
  created_at: Instant;
}

export interface ApplicationReplyTable {
  application_id: string;
  agency_id: string;
  /** law's ReplyType (src/law/replies.ts): the form of reply, finer than the table 三 row. */
  reply_type: string;
  outcome: string;
  letter_number: string;
  reasons: string;
  legal_basis: string;
  /** JSON array of { part, ground, reason }: each withheld part (条例第三十七条) or further refusal ground. */
  withheld_parts: string | null;
  /** JSON array of further outcome codes the refusal also rests on (not counted). */
  secondary_grounds: string | null;
  /** What the reply provided or how to obtain it (migration 0014; null on earlier replies). */
  provided: string | null;
  /** Free text of the letter as sent (rendered from the template and edited by the clerk). */
  letter_body: string;
  decided_on: string;
  decided_by: string | null;
  created_at: Instant;
}

export interface ApplicationDeliveryTable {
  application_id: string;
  agency_id: string;
  /** post | pickup | email | online */
  method: string;
  delivered_on: string;
  proof: string | null;
  recorded_by: string | null;
  created_at: Instant;
}

export interface ApplicationSequenceTable {
  agency_id: string;
  year: number;
  last_sequence: number;
}

export interface NoticeLetterTemplateTable {
  id: string;
  agency_id: string;
  /** reply:<outcome code> | correction | extension | consultation | fee */
  kind: string;
  title: string;
  body: string;
  updated_by: string | null;
  updated_at: Instant;
}

/** 条例第三十五条：the reasonable later deadline the organ fixed and told the applicant (migration 0014). */
export interface ApplicationCustomDeadlineTable {
  application_id: string;
  agency_id: string;
  set_on: string;
  due_on: string;
  /** The deadline the law would otherwise set (20 working days, pauses, extension). */
  statutory_due_on: string;
  reason: string;
  legal_basis: string;
  set_by: string | null;
  created_at: Instant;
}

/** 条例第四十四条：the 主动公开 draft made from an answered case (migration 0014). */
export interface ApplicationPublicationTable {
  application_id: string;
  agency_id: string;
  catalogue_item_id: string;
  created_by: string | null;
  created_at: Instant;
}

export interface ApplicationsTables {
  application: ApplicationTable;
  applicant: ApplicantTable;
  application_attachment: ApplicationAttachmentTable;
  application_event: ApplicationEventTable;
  application_note: ApplicationNoteTable;
  application_consultation: ApplicationConsultationTable;
  application_extension: ApplicationExtensionTable;
  application_correction: ApplicationCorrectionTable;
  application_fee_notice: ApplicationFeeNoticeTable;
  application_reply: ApplicationReplyTable;
  application_delivery: ApplicationDeliveryTable;
  application_sequence: ApplicationSequenceTable;
  notice_letter_template: NoticeLetterTemplateTable;
  application_custom_deadline: ApplicationCustomDeadlineTable;
  application_publication: ApplicationPublicationTable;
}

// Kysely types of the catalogue tables (migrations 0007_catalogue, 0016_catalogue_settings and 0019_complaint_query_code).
import type { DisclosureMode, Audience, Validity } from './domain/categories.ts';
import type { HitKind } from './domain/personal-data-scanner.ts';
import type { ItemStatus } from './domain/workflow.ts';

export interface CatalogueItemTable {
  id: string;
  agency_id: string;
  index_no: string | null;
  title: string;
  summary: string;
  body: string;
  publisher: string;
  written_on: string;
  changed_on: string | null;
  publish_due_on: string;
  published_on: string | null;
  document_no: string | null;
  topic_category: string;
  category: string;
  genre: string | null;
  validity: Validity | null;
  effective_on: string | null;
  abolished_on: string | null;
  expires_on: string | null;
  disclosure_mode: DisclosureMode;
  audience: Audience;
  /** Space-separated 关键词. */
  keywords: string;
  source: string | null;
  /** boolean on PostgreSQL, 0/1 on SQLite: read through fromBool. */
  is_normative_document: number | boolean;
  status: ItemStatus;
  approval_level: number;
  version: number;
  published_version: number | null;
  withdrawn_reason: string | null;
  withdrawn_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CatalogueItemVersionTable {
  id: string;
  item_id: string;
  agency_id: string;
  version: number;
  /** JSON text of ItemSnapshot. */
  snapshot: string;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

export interface CatalogueAttachmentTable {
  id: string;
  item_id: string;
  agency_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  extracted_text: string;
  created_by: string | null;
  created_at: string;
  removed_at: string | null;
}

export interface CatalogueLinkTable {
  id: string;
  agency_id: string;
  policy_item_id: string;
  interpretation_item_id: string;
  created_at: string;
}

export const CHANNEL_KINDS = {
  website: '政府网站',
  new_media: '政务新媒体',
  gazette: '政府公报',
  press_conference: '新闻发布会',
  newspaper_broadcast: '报刊广播电视',
  notice_board: '信息公告栏',
  electronic_screen: '电子信息屏',
  reading_room: '查阅场所',
  other: '其他渠道',
} as const;
export type ChannelKind = keyof typeof CHANNEL_KINDS;

export interface CatalogueChannelTable {
  id: string;
  agency_id: string;
  kind: ChannelKind;
  name: string;
  created_at: string;
  archived_at: string | null;
}

export interface CataloguePublicationTable {
  id: string;
  agency_id: string;
  item_id: string;
  channel_id: string;
  published_on: string;
  created_at: string;
}

export type HitResolution = 'open' | 'redacted' | 'accepted';

export interface CatalogueScanHitTable {
  id: string;
  agency_id: string;
  item_id: string;
  version: number;
  location: string;
  kind: HitKind;
  start_offset: number;
  end_offset: number;
  masked: string;
  before_text: string;
  after_text: string;
  resolution: HitResolution;
  reason: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
}

export interface CatalogueReviewStepTable {
  id: string;
  agency_id: string;
  item_id: string;
  version: number;
  event: string;
  from_status: string;
  to_status: string;
  level_title: string | null;
  comment: string | null;
  actor_id: string | null;
  actor_name: string;
  occurred_at: string;
}

export interface CatalogueIndexCounterTable {
  agency_id: string;
  scope: string;
  last_seq: number;
}

export type PageKind = 'guide' | 'rules';

export interface CataloguePageTable {
  id: string;
  agency_id: string;
  kind: PageKind;
  title: string;
  body: string;
  updated_by: string | null;
  updated_at: string;
}

/** One row of the 公开事项标准目录 (国办发〔2019〕54号; spec §2.3). */
export interface CatalogueStandardRowTable {
  id: string;
  agency_id: string;
  seq: number;
  item_level1: string;
  item_level2: string;
  content_elements: string;
  basis: string;
  time_limit: string;
  responsible_body: string;
  channels: string;
  audience: string;
  mode: string;
  level: string;
  created_at: string;
  updated_at: string;
}

export interface CatalogueItemStandardRowTable {
  item_id: string;
  agency_id: string;
  standard_row_id: string;
  filed_at: string;
}

export type ComplaintKind = 'not_disclosed' | 'inaccurate';
export type ComplaintStatus = 'open' | 'answered';
export type ComplaintOutcome = 'published' | 'corrected' | 'not_changed';

/** 条例第四十七条第二款、第五十一条: the public says something was not disclosed, or is wrong. */
export interface CatalogueComplaintTable {
  id: string;
  agency_id: string;
  item_id: string | null;
  category: string | null;
  kind: ComplaintKind;
  body: string;
  contact: string | null;
  status: ComplaintStatus;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  created_at: string;
  /** sha256 of the normalised 查询码; null on complaints filed before codes were issued. */
  query_code_hash: string | null;
  /** What the answer did about it; null while open and on answers recorded before outcomes were asked. */
  outcome: ComplaintOutcome | null;
}

export interface CatalogueTables {
  catalogue_item: CatalogueItemTable;
  catalogue_item_version: CatalogueItemVersionTable;
  catalogue_attachment: CatalogueAttachmentTable;
  catalogue_link: CatalogueLinkTable;
  catalogue_channel: CatalogueChannelTable;
  catalogue_publication: CataloguePublicationTable;
  catalogue_scan_hit: CatalogueScanHitTable;
  catalogue_review_step: CatalogueReviewStepTable;
  catalogue_index_counter: CatalogueIndexCounterTable;
  catalogue_page: CataloguePageTable;
  catalogue_standard_row: CatalogueStandardRowTable;
  catalogue_item_standard_row: CatalogueItemStandardRowTable;
  catalogue_complaint: CatalogueComplaintTable;
}

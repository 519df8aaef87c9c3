// The catalogue item as services and views see it (camelCase; rows are mapped in the repository).
import type { Audience, DisclosureMode, Validity } from './categories.ts';
import type { ItemStatus } from './workflow.ts';

export interface CatalogueItem {
  id: string;
  agencyId: string;
  indexNo: string | null;
  title: string;
  summary: string;
  body: string;
  publisher: string;
  writtenOn: string;
  changedOn: string | null;
  publishDueOn: string;
  publishedOn: string | null;
  documentNo: string | null;
  topicCategory: string;
  category: string;
  genre: string | null;
  validity: Validity | null;
  effectiveOn: string | null;
  abolishedOn: string | null;
  expiresOn: string | null;
  disclosureMode: DisclosureMode;
  audience: Audience;
  keywords: string;
  source: string | null;
  isNormativeDocument: boolean;
  status: ItemStatus;
  approvalLevel: number;
  version: number;
  publishedVersion: number | null;
  withdrawnReason: string | null;
  withdrawnOn: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The fields a version snapshot keeps (everything a reader of the published item sees). */
export const SNAPSHOT_FIELDS = [
  'title',
  'summary',
  'body',
  'publisher',
  'writtenOn',
  'documentNo',
  'topicCategory',
  'category',
  'genre',
  'validity',
  'effectiveOn',
  'abolishedOn',
  'expiresOn',
  'disclosureMode',
  'audience',
  'keywords',
  'source',
  'isNormativeDocument',
] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];
export type ItemSnapshot = Pick<CatalogueItem, SnapshotField>;

export const FIELD_LABELS: Record<SnapshotField | 'indexNo' | 'publishedOn', string> = {
  indexNo: '索引号',
  title: '标题',
  summary: '内容概述',
  body: '正文',
  publisher: '发布机构',
  writtenOn: '成文日期',
  publishedOn: '发布日期',
  documentNo: '文号',
  topicCategory: '主题分类',
  category: '信息分类',
  genre: '体裁',
  validity: '有效性',
  effectiveOn: '实施日期',
  abolishedOn: '废止日期',
  expiresOn: '有效期至',
  disclosureMode: '公开属性',
  audience: '公开对象',
  keywords: '关键词',
  source: '信息来源',
  isNormativeDocument: '规范性文件',
};

export function snapshotOf(item: ItemSnapshot): ItemSnapshot {
  const out = {} as Record<SnapshotField, unknown>;
  for (const f of SNAPSHOT_FIELDS) out[f] = item[f];
  return out as ItemSnapshot;
}

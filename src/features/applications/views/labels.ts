// Options for the applications forms, from the one labels source of each enumeration (DESIGN §6).
import { replyTypeDefinitions, withholdingGrounds } from '../../../law/replies.ts';
import type { SelectOption } from '../../../platform/views/Form.tsx';
import { applicantTypeLabels, applicantTypes } from '../domain/applicant-types.ts';
import {
  deliveryChannelLabels,
  deliveryChannels,
  deliveryFormLabels,
  deliveryForms,
  idDocumentTypeLabels,
  idDocumentTypes,
  submissionChannelLabels,
  submissionChannels,
} from '../domain/channels.ts';
import { applicationStatuses, statusLabels } from '../domain/workflow.ts';

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>): SelectOption[] => keys.map((k) => ({ value: k, label: labels[k] }));

export const applicantTypeOptions = options(applicantTypes, applicantTypeLabels);
export const idDocumentTypeOptions = options(idDocumentTypes, idDocumentTypeLabels);
export const deliveryFormOptions = options(deliveryForms, deliveryFormLabels);
export const deliveryChannelOptions = options(deliveryChannels, deliveryChannelLabels);
export const submissionChannelOptions = options(submissionChannels, submissionChannelLabels);
export const statusOptions: SelectOption[] = [{ value: 'open', label: '全部未办结' }, ...options(applicationStatuses, statusLabels)];
export const replyTypeOptions: SelectOption[] = replyTypeDefinitions.map((d) => ({ value: d.id, label: `${d.name}（${d.basis}）` }));
export const withholdingGroundOptions: SelectOption[] = withholdingGrounds.map((g) => ({ value: g.id, label: `${g.label}（条例${g.article}）` }));
export const partyKindOptions: SelectOption[] = [
  { value: 'third_party', label: '第三方（条例第三十二条）' },
  { value: 'other_organ', label: '其他行政机关（条例第三十四条）' },
];
export const positionOptions: SelectOption[] = [
  { value: 'agrees', label: '同意公开' },
  { value: 'objects', label: '不同意公开' },
  { value: 'no_reply', label: '逾期未提出意见' },
];
export const feeMethodOptions: SelectOption[] = [
  { value: 'per_application', label: '按件计收（国办函〔2020〕109号第四条）' },
  { value: 'per_volume', label: '按量计收（国办函〔2020〕109号第五条）' },
];

export const applicantFieldLabels: Record<string, string> = {
  applicantType: '申请人类型',
  name: '姓名或名称',
  idDocumentType: '身份证明种类',
  idNumber: '证件号码',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  postalCode: '邮政编码',
  agentName: '代理人',
  description: '所需信息',
  documentNo: '文号',
  purpose: '用途',
  deliveryForm: '获取信息的形式',
  deliveryChannel: '获取信息的途径',
  attachments: '附件',
  channel: '提交方式',
  arrivedOn: '到达日期',
  receivedOn: '签收或确认日期',
  receiptEvidence: '收件凭据',
};

/** 2024-10-28 → 2024年10月28日; '' for null. */
export function dateText(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** An instant shown in Beijing time: 2024年9月25日 10:05. */
export function instantText(instant: string): string {
  const d = new Date(new Date(instant).getTime() + 8 * 3600_000);
  const iso = d.toISOString();
  return `${dateText(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
}

/**
 * The reply clock's days as people read them (issue 11 item 8): once the final deadline has passed the
 * case is “已逾期 N 个工作日”, never “剩余 0”; before it, “剩余 N 个工作日”.
 */
export function remainingDaysText(c: { readonly workingDaysRemaining: number | null; readonly workingDaysOverdue: number }): string {
  if (c.workingDaysOverdue > 0) return `已逾期 ${c.workingDaysOverdue} 个工作日`;
  if (c.workingDaysRemaining === null) return '—';
  return `剩余 ${c.workingDaysRemaining} 个工作日`;
}

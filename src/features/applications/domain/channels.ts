// 条例第二十九条、第三十一条：申请的提交渠道决定“收到申请之日”如何确定。
import type { LocalDate } from '../../../law/local-date.ts';

export const submissionChannels = ['in_person', 'post_signed', 'post_ordinary', 'online', 'email', 'fax'] as const;
export type SubmissionChannel = (typeof submissionChannels)[number];

export const submissionChannelLabels: Record<SubmissionChannel, string> = {
  in_person: '当面提交',
  post_signed: '邮寄（挂号、EMS、快递，需签收）',
  post_ordinary: '邮寄（平常信函）',
  online: '网上申请平台',
  email: '电子邮件',
  fax: '传真',
};

export const deliveryForms = ['paper', 'email', 'electronic_copy', 'inspection', 'other'] as const;
export type DeliveryForm = (typeof deliveryForms)[number];
export const deliveryFormLabels: Record<DeliveryForm, string> = {
  paper: '纸质文本',
  email: '电子邮件',
  electronic_copy: '电子数据（光盘、U盘等）',
  inspection: '当场查阅、抄录',
  other: '其他',
};

export const deliveryChannels = ['post', 'pickup', 'email', 'online'] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];
export const deliveryChannelLabels: Record<DeliveryChannel, string> = {
  post: '邮寄',
  pickup: '当面领取',
  email: '电子邮件',
  online: '网上自行下载',
};

export const idDocumentTypes = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_resident', 'credit_code', 'other'] as const;
export type IdDocumentType = (typeof idDocumentTypes)[number];
export const idDocumentTypeLabels: Record<IdDocumentType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_resident: '外国人永久居留身份证',
  credit_code: '统一社会信用代码',
  other: '其他身份证明',
};

/**
 * 条例第三十一条：
 * （一）当面提交的，以提交之日为收到申请之日；
 * （二）以邮寄方式提交的，以行政机关签收之日为收到申请之日；以平常信函等无需签收的邮寄方式提交的，
 *      政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日；
 * （三）通过互联网渠道或者政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日。
 */
export function needsConfirmation(channel: SubmissionChannel): boolean {
  return channel === 'post_ordinary' || channel === 'online' || channel === 'email' || channel === 'fax';
}

export interface ReceiptDateInput {
  channel: SubmissionChannel;
  /** The day the application reached the office (handed in, signed for, letter arrived, submitted online). */
  arrivedOn: LocalDate;
  /** The day both sides confirmed (平常信函、互联网、传真); absent until confirmation is recorded. */
  confirmedOn?: LocalDate | null;
}

/** The statutory receipt date, or null while it still waits for confirmation. */
export function receiptDate(input: ReceiptDateInput): LocalDate | null {
  if (!needsConfirmation(input.channel)) return input.arrivedOn;
  return input.confirmedOn ?? null;
}

/** Why a confirmation date cannot be right (it precedes the arrival), in Chinese; null when fine. */
export function confirmationProblem(arrivedOn: LocalDate, confirmedOn: LocalDate): string | null {
  return confirmedOn < arrivedOn ? `确认日期（${confirmedOn}）不能早于申请到达日期（${arrivedOn}）。` : null;
}

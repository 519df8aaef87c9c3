// 条例第二十九条、第三十一条：申请的提交渠道决定“收到申请之日”如何确定。
import { receiptChannels, type ReceiptChannel } from '../../../law/clock-events.ts';

/** The channels of 条例第三十一条, as law's reply clock knows them. */
export const submissionChannels = receiptChannels;
export type SubmissionChannel = ReceiptChannel;

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
 * 条例第三十一条：平常信函、互联网渠道、传真（及电子邮件）提交的申请，以双方确认之日为收到申请之日；
 * until a confirmation is recorded the case waits as “待确认”. The receipt date itself is computed by
 * law's `receiptDate` (src/law/clock.ts).
 */
export function needsConfirmation(channel: SubmissionChannel): boolean {
  return channel === 'post_ordinary' || channel === 'online' || channel === 'email' || channel === 'fax';
}

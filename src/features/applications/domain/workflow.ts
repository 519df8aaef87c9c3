// The application's procedure as a table of allowed (status, event) → status.
// Status says where the case is in the procedure; how it ended (outcome, table 三 row) is kept
// apart. "Overdue" and "due soon" are derived from the clock, never stored.
import type { OutcomeCode } from './outcomes.ts';

export const applicationStatuses = [
  'awaiting_confirmation', // 条例第三十一条第（二）（三）项：平常信函、互联网、传真须确认后才算收到
  'received',
  'correction_requested', // 条例第三十条
  'in_progress',
  'consulting', // 条例第三十二条、第三十四条
  'extended', // 条例第三十三条第二款
  'fee_notice', // 国办函〔2020〕109号
  'fee_paid',
  'replied',
  'delivered',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const applicationEvents = [
  'confirm_receipt',
  'start_handling',
  'request_correction',
  'receive_correction',
  'start_consultation',
  'conclude_consultation',
  'approve_extension',
  'issue_fee_notice',
  'record_payment',
  'reply',
  'deliver',
  'withdraw',
] as const;
export type ApplicationEvent = (typeof applicationEvents)[number];

type Table = Partial<Record<ApplicationStatus, Partial<Record<ApplicationEvent, ApplicationStatus>>>>;

// Statuses in which the organ is working on the substance and may reply, consult, extend or charge.
const working = {
  start_consultation: 'consulting',
  issue_fee_notice: 'fee_notice',
  reply: 'replied',
  withdraw: 'withdrawn',
} as const;

export const transitions: Table = {
  awaiting_confirmation: { confirm_receipt: 'received', withdraw: 'withdrawn' },
  received: {
    start_handling: 'in_progress',
    request_correction: 'correction_requested',
    // 条例第三十三条第一款：能够当场答复的，应当当场予以答复。
    reply: 'replied',
    withdraw: 'withdrawn',
  },
  // 条例第三十条：补正后重新起算；逾期不补正视为放弃申请（以 reply 记录其他处理结果）。
  correction_requested: { receive_correction: 'received', reply: 'replied', withdraw: 'withdrawn' },
  in_progress: { ...working, approve_extension: 'extended', request_correction: 'correction_requested' },
  consulting: {
    start_consultation: 'consulting',
    conclude_consultation: 'in_progress',
    approve_extension: 'consulting',
    reply: 'replied',
    withdraw: 'withdrawn',
  },
  // 条例第三十三条第二款：延长答复的期限最长不得超过20个工作日 — one extension only, so no second approve_extension.
  extended: { ...working },
  // 国办函〔2020〕109号：逾期未缴费视为放弃申请，以 reply 记录其他处理结果。
  fee_notice: { record_payment: 'fee_paid', reply: 'replied', withdraw: 'withdrawn' },
  fee_paid: { start_consultation: 'consulting', approve_extension: 'extended', reply: 'replied', withdraw: 'withdrawn' },
  replied: { deliver: 'delivered' },
};

export const openStatuses: readonly ApplicationStatus[] = applicationStatuses.filter(
  (s) => s !== 'replied' && s !== 'delivered' && s !== 'withdrawn',
);

export function isOpen(status: ApplicationStatus): boolean {
  return openStatuses.includes(status);
}

export function nextStatus(status: ApplicationStatus, event: ApplicationEvent): ApplicationStatus | null {
  return transitions[status]?.[event] ?? null;
}

export function allowedEvents(status: ApplicationStatus): ApplicationEvent[] {
  return applicationEvents.filter((e) => nextStatus(status, e) !== null);
}

/**
 * Some ends are only possible from a given stage: a case waiting for a correction can only end as
 * 逾期不补正 (条例第三十条), one waiting for payment only as 逾期未缴费 (109号). Returns a Chinese
 * reason when the outcome does not fit the status, or null when it does.
 */
export function outcomeNotAllowedReason(status: ApplicationStatus, outcome: OutcomeCode): string | null {
  if (status === 'correction_requested' && outcome !== 'outcomes.other_handling.correction_overdue') {
    return '申请正在等待补正，只能作出“逾期不补正、不再处理”的处理；收到补正材料后再作答复。';
  }
  if (outcome === 'outcomes.other_handling.correction_overdue' && status !== 'correction_requested') {
    return '只有已发出补正告知且申请人逾期未补正的申请，才能按“逾期不补正”处理。';
  }
  if (status === 'fee_notice' && outcome !== 'outcomes.other_handling.fee_unpaid_overdue') {
    return '申请正在等待缴纳信息处理费，只能作出“逾期未缴费、不再处理”的处理；缴费后再作答复。';
  }
  if (outcome === 'outcomes.other_handling.fee_unpaid_overdue' && status !== 'fee_notice') {
    return '只有已发出收费通知且申请人逾期未缴费的申请，才能按“逾期未缴费”处理。';
  }
  return null;
}

export const statusLabels: Record<ApplicationStatus, string> = {
  awaiting_confirmation: '待确认收到',
  received: '已收到',
  correction_requested: '待补正',
  in_progress: '办理中',
  consulting: '征求意见中',
  extended: '已延期',
  fee_notice: '待缴费',
  fee_paid: '已缴费',
  replied: '已答复',
  delivered: '已送达',
  withdrawn: '已撤回',
};

export const eventLabels: Record<ApplicationEvent, string> = {
  confirm_receipt: '确认收到申请',
  start_handling: '开始办理',
  request_correction: '发出补正告知',
  receive_correction: '收到补正材料',
  start_consultation: '发出征求意见函',
  conclude_consultation: '征求意见结束',
  approve_extension: '批准延长答复期限',
  issue_fee_notice: '发出收费通知',
  record_payment: '登记缴费',
  reply: '作出答复',
  deliver: '登记送达',
  withdraw: '申请人撤回',
};

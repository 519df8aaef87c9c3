// 审阅意见 on an agency's annual report, as a table of allowed (status, event) → status (DESIGN §3).
// 条例第三条：县级以上人民政府的政府信息公开工作主管部门负责推进、指导、协调、监督本行政区域的政府信息公开工作。
// A supervisor leaves a plain comment, or a comment that requires correction (要求整改); the agency answers
// a 要求整改 with what it did; the supervisor then accepts the answer or asks again.
export const reviewStatuses = ['comment', 'correction_required', 'answered', 'accepted'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const reviewEvents = ['answer', 'accept', 'reopen'] as const;
export type ReviewEvent = (typeof reviewEvents)[number];

const TRANSITIONS: Readonly<Record<ReviewStatus, Partial<Record<ReviewEvent, ReviewStatus>>>> = {
  // A plain 审阅意见 needs no answer.
  comment: {},
  correction_required: { answer: 'answered' },
  answered: { accept: 'accepted', reopen: 'correction_required' },
  accepted: {},
};

/** Who does an event: the agency answers; the supervisor accepts or asks again. */
export const reviewEventActor: Readonly<Record<ReviewEvent, 'agency' | 'supervisor'>> = {
  answer: 'agency',
  accept: 'supervisor',
  reopen: 'supervisor',
};

export function nextReviewStatus(status: ReviewStatus, event: ReviewEvent): ReviewStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

/** A 要求整改 still waiting for the agency (answered ones wait for the supervisor, not the agency). */
export function awaitsAgency(status: ReviewStatus): boolean {
  return status === 'correction_required';
}

export const reviewStatusLabels: Readonly<Record<ReviewStatus, string>> = {
  comment: '审阅意见',
  correction_required: '要求整改（待答复）',
  answered: '已答复（待确认）',
  accepted: '整改已确认',
};

export const reviewEventLabels: Readonly<Record<ReviewEvent, string>> = {
  answer: '提交整改答复',
  accept: '确认整改',
  reopen: '要求继续整改',
};

// The annual report's state machine as a table of allowed (status, event) → status (DESIGN §3).
// 条例第四十九条：各级人民政府信息公开工作主管部门和行政机关应当在每年1月31日前向本级政府信息公开工作主管部门
// 提交本行政机关上一年度政府信息公开工作年度报告并向社会公布 — so a report is drafted by the clerk, approved
// by the leader (who answers for it) and then published; a leader may return it with a comment.
export const reportStatuses = ['draft', 'submitted', 'approved', 'published'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportEvents = ['submit', 'return', 'approve', 'publish'] as const;
export type ReportEvent = (typeof reportEvents)[number];

const TRANSITIONS: Readonly<Record<ReportStatus, Partial<Record<ReportEvent, ReportStatus>>>> = {
  draft: { submit: 'submitted' },
  submitted: { approve: 'approved', return: 'draft' },
  // An approved report not yet published can still be returned for a correction.
  approved: { publish: 'published', return: 'draft' },
  // 已公布的年报不再修改：更正应另行说明（条例第四十九条要求向社会公布，公布后的文本须保持原样）。
  published: {},
};

/** The status after `event`, or null when the event is not allowed in `status`. */
export function nextStatus(status: ReportStatus, event: ReportEvent): ReportStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

/** Events allowed in a status, in table order (the editor shows a button for each the user may do). */
export function allowedEvents(status: ReportStatus): ReportEvent[] {
  return reportEvents.filter((e) => TRANSITIONS[status][e] !== undefined);
}

/** Cells and texts can be changed only while the report is a draft. */
export function isEditable(status: ReportStatus): boolean {
  return status === 'draft';
}

export const statusLabels: Readonly<Record<ReportStatus, string>> = {
  draft: '草稿',
  submitted: '已提交待审定',
  approved: '已审定待公布',
  published: '已公布',
};

export const eventLabels: Readonly<Record<ReportEvent, string>> = {
  submit: '提交审定',
  return: '退回修改',
  approve: '审定通过',
  publish: '公布',
};

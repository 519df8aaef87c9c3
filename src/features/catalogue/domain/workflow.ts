// Review before release as a table of allowed (status, event) → status.
// 条例第十七条：行政机关应当建立健全政府信息公开审查机制，明确审查的程序和责任；
// 条例第十一条：依照国家有关规定需要批准的，经批准予以公开。
// Publication is impossible without a recorded 保密审查 and the agency's approval chain
// (active-disclosure.md §3.2). Status (where in the process) is kept apart from the outcome.

export const ITEM_STATUSES = {
  draft: '草稿',
  security_review: '保密审查',
  approval: '审批中',
  returned: '已退回',
  published: '已发布',
  withdrawn: '已撤回',
} as const;
export type ItemStatus = keyof typeof ITEM_STATUSES;

export const WORKFLOW_EVENTS = {
  submit: '提交审查',
  pass_security_review: '保密审查通过',
  approve: '审批通过',
  return: '退回修改',
  revise: '修订',
  withdraw: '撤回',
} as const;
export type WorkflowEvent = keyof typeof WORKFLOW_EVENTS;

/** What the notice after a workflow step says was done (never a bare “操作已完成”). */
export function workflowDoneMessage(event: WorkflowEvent, after: { readonly status: ItemStatus; readonly approvalLevel: number; readonly indexNo: string | null }): string {
  switch (event) {
    case 'submit':
      return '已提交审查，等待保密审查。';
    case 'pass_security_review':
      return '已通过保密审查，转入审批。';
    case 'approve':
      return after.status === 'published' ? `已发布，索引号 ${after.indexNo}。` : `已审批通过，转第 ${after.approvalLevel + 1} 级审批。`;
    case 'return':
      return '已退回经办人修改，修改意见显示在该信息页面顶部。';
    case 'revise':
      return '已开始修订，请修改后重新提交审查。';
    case 'withdraw':
      return '已撤回该信息，撤回理由已记录。';
  }
}

export type StaffRole = 'clerk' | 'reviewer' | 'leader';

/** One level of an agency's approval chain, e.g. { title: '分管领导', role: 'leader' }. */
export interface ApprovalLevel {
  title: string;
  /** 审核 (办公室/科室负责人) or 领导 (分管/主要领导); the drafting 经办人 never signs off. */
  role: 'reviewer' | 'leader';
}

/** Seeds describe two- or three-level sign-off; one level is the minimum for a tiny organ. */
export const MIN_CHAIN = 1;
export const MAX_CHAIN = 3;

export const DEFAULT_CHAIN: readonly ApprovalLevel[] = [
  { title: '办公室负责人', role: 'reviewer' },
  { title: '分管领导', role: 'leader' },
];

export function validateChain(chain: readonly ApprovalLevel[]): string | null {
  if (chain.length < MIN_CHAIN || chain.length > MAX_CHAIN) return `审批链应为 ${MIN_CHAIN} 至 ${MAX_CHAIN} 级。`;
  for (const l of chain) {
    if (l.title.trim() === '') return '每一级审批都需要填写岗位名称。';
    // 经办人 drafts; sign-off needs a reviewer or a leader (条例第十七条 明确审查责任).
    if ((l.role as string) !== 'reviewer' && (l.role as string) !== 'leader') return `“${l.title}”一级只能由审核人员或领导审批，不能由经办人审批。`;
  }
  return null;
}

export interface WorkflowState {
  status: ItemStatus;
  /** 0-based index into the approval chain while status = approval; 0 otherwise. */
  approvalLevel: number;
}

/** Which events the table allows from each status, and where they lead. `approve` depends on the level. */
const TABLE: Record<ItemStatus, Partial<Record<WorkflowEvent, ItemStatus | 'next_level'>>> = {
  draft: { submit: 'security_review', withdraw: 'withdrawn' },
  returned: { submit: 'security_review', withdraw: 'withdrawn' },
  security_review: { pass_security_review: 'approval', return: 'returned' },
  approval: { approve: 'next_level', return: 'returned' },
  published: { revise: 'draft', withdraw: 'withdrawn' },
  withdrawn: {},
};

/** Events that must carry a comment or reason. */
export const EVENTS_NEEDING_REASON: ReadonlySet<WorkflowEvent> = new Set(['return', 'withdraw']);

export type TransitionResult =
  | { ok: true; state: WorkflowState; published: boolean }
  | { ok: false; message: string };

export function allowedEvents(state: WorkflowState): WorkflowEvent[] {
  return Object.keys(TABLE[state.status]) as WorkflowEvent[];
}

/** The role the current step requires for an event, or null when any staff member of the agency may act. */
export function requiredRole(state: WorkflowState, event: WorkflowEvent, chain: readonly ApprovalLevel[]): StaffRole | null {
  switch (event) {
    case 'submit':
    case 'revise':
      return 'clerk';
    case 'pass_security_review':
      return 'reviewer';
    case 'approve':
      return chain[state.approvalLevel]?.role ?? 'leader';
    case 'return':
      return state.status === 'approval' ? (chain[state.approvalLevel]?.role ?? 'leader') : 'reviewer';
    case 'withdraw':
      // Withdrawing a published item removes public information: a leader decides (条例第十七条 责任).
      return state.status === 'published' ? 'leader' : 'clerk';
  }
}

export function transition(
  state: WorkflowState,
  event: WorkflowEvent,
  chain: readonly ApprovalLevel[],
  opts: { reason?: string; openScannerHits?: number; unansweredScannerHits?: number } = {},
): TransitionResult {
  const chainProblem = validateChain(chain);
  if (chainProblem) return { ok: false, message: chainProblem };
  const target = TABLE[state.status][event];
  if (target === undefined) {
    return { ok: false, message: `“${ITEM_STATUSES[state.status]}”状态下不能“${WORKFLOW_EVENTS[event]}”。` };
  }
  if (EVENTS_NEEDING_REASON.has(event) && !(opts.reason && opts.reason.trim().length >= 2)) {
    return { ok: false, message: event === 'return' ? '退回时请填写修改意见。' : '撤回时请填写撤回理由。' };
  }
  // 条例第十五条: the drafter answers every hit before the item goes to review — deleted, or a reason to keep
  // it that the reviewer then accepts or not.
  if (event === 'submit' && (opts.unansweredScannerHits ?? 0) > 0) {
    return { ok: false, message: `还有 ${opts.unansweredScannerHits} 处疑似个人信息未处理：请逐条删除，或写明理由申请保留（由审核人决定）后再提交审查。` };
  }
  // Personal data found by the scanner must be redacted or accepted with a reason before sign-off.
  if ((event === 'pass_security_review' || event === 'approve') && (opts.openScannerHits ?? 0) > 0) {
    return { ok: false, message: `还有 ${opts.openScannerHits} 处疑似个人信息未处理，请逐条删除或说明保留理由后再审批。` };
  }
  if (target === 'next_level') {
    const next = state.approvalLevel + 1;
    if (next >= chain.length) return { ok: true, state: { status: 'published', approvalLevel: 0 }, published: true };
    return { ok: true, state: { status: 'approval', approvalLevel: next }, published: false };
  }
  return { ok: true, state: { status: target, approvalLevel: 0 }, published: false };
}

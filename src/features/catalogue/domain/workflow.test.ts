import { describe, expect, it } from 'vitest';
import { DEFAULT_CHAIN, allowedEvents, requiredRole, transition, validateChain, type ApprovalLevel, type WorkflowState } from './workflow.ts';

const draft: WorkflowState = { status: 'draft', approvalLevel: 0 };
const threeLevels: ApprovalLevel[] = [
  { title: '办公室负责人', role: 'reviewer' },
  { title: '分管领导', role: 'leader' },
  { title: '主要领导', role: 'leader' },
];

function run(events: Parameters<typeof transition>[1][], chain: readonly ApprovalLevel[] = DEFAULT_CHAIN): WorkflowState {
  let s = draft;
  for (const e of events) {
    const r = transition(s, e, chain, { reason: '请补充依据' });
    if (!r.ok) throw new Error(r.message);
    s = r.state;
  }
  return s;
}

describe('review before release (条例第十七条)', () => {
  it('publishes only after 保密审查 and every level of a two-level chain', () => {
    expect(run(['submit'])).toEqual({ status: 'security_review', approvalLevel: 0 });
    expect(run(['submit', 'pass_security_review'])).toEqual({ status: 'approval', approvalLevel: 0 });
    expect(run(['submit', 'pass_security_review', 'approve'])).toEqual({ status: 'approval', approvalLevel: 1 });
    expect(run(['submit', 'pass_security_review', 'approve', 'approve'])).toEqual({ status: 'published', approvalLevel: 0 });
  });

  it('needs three approvals on a three-level chain and reports publication on the last', () => {
    let s: WorkflowState = { status: 'approval', approvalLevel: 0 };
    for (let i = 0; i < 2; i++) {
      const r = transition(s, 'approve', threeLevels);
      expect(r.ok && r.published).toBe(false);
      if (r.ok) s = r.state;
    }
    const last = transition(s, 'approve', threeLevels);
    expect(last).toEqual({ ok: true, state: { status: 'published', approvalLevel: 0 }, published: true });
  });

  it('cannot publish a draft directly', () => {
    const r = transition(draft, 'approve', DEFAULT_CHAIN);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('“草稿”状态下不能“审批通过”。');
  });

  it('returns an item with comments at any review step, and the clerk may resubmit it', () => {
    const r = transition({ status: 'approval', approvalLevel: 1 }, 'return', DEFAULT_CHAIN, { reason: '附件缺页' });
    expect(r).toMatchObject({ ok: true, state: { status: 'returned', approvalLevel: 0 } });
    expect(allowedEvents({ status: 'returned', approvalLevel: 0 })).toContain('submit');
  });

  it('refuses a return or a withdrawal without a written reason', () => {
    expect(transition({ status: 'security_review', approvalLevel: 0 }, 'return', DEFAULT_CHAIN)).toEqual({ ok: false, message: '退回时请填写修改意见。' });
    expect(transition({ status: 'published', approvalLevel: 0 }, 'withdraw', DEFAULT_CHAIN, { reason: ' ' })).toEqual({
      ok: false,
      message: '撤回时请填写撤回理由。',
    });
  });

  it('blocks sign-off while scanner hits are neither redacted nor accepted', () => {
    const r = transition({ status: 'security_review', approvalLevel: 0 }, 'pass_security_review', DEFAULT_CHAIN, { openScannerHits: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('2 处疑似个人信息');
  });

  it('lets a published item be revised into a new draft or withdrawn, and a withdrawn item is final', () => {
    expect(allowedEvents({ status: 'published', approvalLevel: 0 }).sort()).toEqual(['revise', 'withdraw']);
    expect(allowedEvents({ status: 'withdrawn', approvalLevel: 0 })).toEqual([]);
  });

  it('asks the role of the current chain level for approval, and a leader for withdrawing a published item', () => {
    expect(requiredRole({ status: 'approval', approvalLevel: 0 }, 'approve', threeLevels)).toBe('reviewer');
    expect(requiredRole({ status: 'approval', approvalLevel: 2 }, 'approve', threeLevels)).toBe('leader');
    expect(requiredRole({ status: 'published', approvalLevel: 0 }, 'withdraw', threeLevels)).toBe('leader');
  });

  it('accepts chains of one to three levels that a clerk cannot sign', () => {
    expect(validateChain([])).toMatch(/1 至 3 级/);
    expect(validateChain([...threeLevels, { title: '书记', role: 'leader' }])).toMatch(/1 至 3 级/);
    expect(validateChain([{ title: '经办人', role: 'clerk' as 'reviewer' }])).toMatch(/不能由经办人审批/);
    expect(validateChain([{ title: '主要领导', role: 'leader' }])).toBeNull();
  });
});

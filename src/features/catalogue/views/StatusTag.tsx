import { ITEM_STATUSES, type ItemStatus } from '../domain/workflow.ts';
import { RELEASE_TIMING_LABELS, type ReleaseTiming } from '../domain/release-deadline.ts';

export function StatusTag({ status }: { readonly status: ItemStatus }) {
  const cls = status === 'returned' || status === 'withdrawn' ? 'status-tag status-warning' : 'status-tag';
  return <span class={cls}>{ITEM_STATUSES[status]}</span>;
}

export function TimingTag({ timing }: { readonly timing: ReleaseTiming }) {
  const cls =
    timing.state === 'overdue' || timing.state === 'published_late'
      ? 'status-tag status-error'
      : timing.state === 'due_soon'
        ? 'status-tag status-warning'
        : 'status-tag';
  return (
    <span class={cls}>
      {RELEASE_TIMING_LABELS[timing.state]}（期限 {timing.dueOn}）
    </span>
  );
}

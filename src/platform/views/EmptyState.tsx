// The empty state of a list or column: says plainly that there is nothing yet.
import type { ComponentChildren } from 'preact';

export function EmptyState({ children }: { readonly children?: ComponentChildren }) {
  return (
    <div class="empty-state">
      <p>暂无内容</p>
      {children ? <p class="hint">{children}</p> : null}
    </div>
  );
}

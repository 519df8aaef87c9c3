// One-time notices (保存成功、密码已修改 …) shown at the top of the main area; errors are announced.
import { useContext } from 'preact/hooks';
import { PageContext } from './page-context.ts';

const kindLabels = { success: '成功', info: '提示', warning: '注意', error: '错误' } as const;

export function Notices() {
  const { notices } = useContext(PageContext);
  if (notices.length === 0) return null;
  return (
    <div class="notices" aria-label="通知">
      {notices.map((notice) => (
        <p class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <strong>{kindLabels[notice.kind]}：</strong>
          {notice.text}
        </p>
      ))}
    </div>
  );
}

// 工作台: where a staff member lands after signing in — who and where they are, and their menu.
import { useContext } from 'preact/hooks';
import { staffNavigationFor } from '../../../platform/navigation.ts';
import { PageContext } from '../../../platform/views/page-context.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';

export interface WorkbenchPageProps {
  readonly agencyName: string | null;
  readonly roleLabels: readonly string[];
}

export function WorkbenchPage({ agencyName, roleLabels }: WorkbenchPageProps) {
  const page = useContext(PageContext);
  const entries = page.user ? staffNavigationFor(page.user.roles).filter((entry) => entry.id !== 'home') : [];
  return (
    <StaffShell title="工作台" navId="home">
      <h1>您好，{page.user?.displayName}</h1>
      <p>
        当前机关：<strong>{agencyName ?? '（无）'}</strong>
        {roleLabels.length > 0 ? `；您在本机关的角色：${roleLabels.join('、')}` : '；您在本机关还没有任何角色，请联系管理员授权。'}
      </p>
      {entries.length > 0 ? (
        <nav aria-label="常用功能">
          <ul class="columns">
            {entries.map((entry) => (
              <li>
                <a href={entry.href}>{entry.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </StaffShell>
  );
}

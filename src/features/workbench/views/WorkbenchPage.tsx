// 工作台: where a staff member lands after signing in — who and where they are, then their work in the
// current agency, one panel per feature (overdue first, each line a count and links to the cases and
// items), then the menu.
import { useContext } from 'preact/hooks';
import { staffNavigationFor } from '../../../platform/navigation.ts';
import type { WorkbenchLine } from '../../../platform/workbench.ts';
import { PageContext } from '../../../platform/views/page-context.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { ShownPanel } from '../workbench.service.ts';

export interface WorkbenchPageProps {
  readonly agencyName: string | null;
  readonly roleLabels: readonly string[];
  readonly panels: readonly ShownPanel[];
}

const URGENCY_TAGS: Record<WorkbenchLine['urgency'], string> = { overdue: '已逾期', due_soon: '即将到期', waiting: '' };

function Line({ panelId, line }: { panelId: string; line: WorkbenchLine }) {
  const id = `work-${panelId}-${line.id}`;
  const urgent = line.count > 0 && line.urgency !== 'waiting';
  return (
    <li class={`work-line work-${line.count > 0 ? line.urgency : 'none'}`} id={id}>
      <p class="work-line-head">
        <span class="work-count" aria-hidden="true">
          {line.count}
        </span>
        <span class="work-label">
          {line.href ? <a href={line.href}>{line.label}</a> : line.label}
          <span class="visually-hidden">：{line.count} 项</span>
          {urgent ? <span class={`status-tag ${line.urgency === 'overdue' ? 'status-error' : 'status-warning'}`}>{URGENCY_TAGS[line.urgency]}</span> : null}
        </span>
      </p>
      {line.entries.length > 0 ? (
        <ul class="work-entries">
          {line.entries.map((e) => (
            <li>
              <a href={e.href}>{e.label}</a>
              {e.detail ? <span class="work-detail">{e.detail}</span> : null}
            </li>
          ))}
          {line.count > line.entries.length && line.href ? (
            <li>
              <a href={line.href}>查看全部 {line.count} 项</a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

export function WorkbenchPage({ agencyName, roleLabels, panels }: WorkbenchPageProps) {
  const page = useContext(PageContext);
  const entries = page.user ? staffNavigationFor(page.user.roles).filter((entry) => entry.id !== 'home') : [];
  const urgent = panels.flatMap((p) => p.lines).filter((l) => l.count > 0 && l.urgency === 'overdue').reduce((n, l) => n + l.count, 0);
  return (
    <StaffShell title="工作台" navId="home">
      <h1>您好，{page.user?.displayName}</h1>
      <p>
        当前机关：<strong>{agencyName ?? '（无）'}</strong>
        {roleLabels.length > 0 ? `；您在本机关的角色：${roleLabels.join('、')}` : '；您在本机关还没有任何角色，请联系管理员授权。'}
      </p>
      {panels.length > 0 ? (
        <>
          <p class={urgent > 0 ? 'notice notice-error' : 'notice notice-success'} role="status">
            {urgent > 0 ? `有 ${urgent} 项工作已逾期，请优先办理（列在每栏最前面）。` : '没有逾期的工作。'}
          </p>
          <div class="workbench">
            {panels.map((panel) => (
              <section class="work-panel" aria-labelledby={`work-${panel.id}`}>
                <h2 id={`work-${panel.id}`}>
                  <a href={panel.href}>{panel.title}</a>
                </h2>
                {panel.note ? <p class="hint">{panel.note}</p> : null}
                <ul class="work-lines">
                  {panel.lines.map((line) => (
                    <Line panelId={panel.id} line={line} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      ) : null}
      {entries.length > 0 ? (
        <nav aria-label="常用功能">
          <h2>常用功能</h2>
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

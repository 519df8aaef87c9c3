// One sub-column of an agency's 专栏: the tabs of all four, then the column's content as the feature
// that owns it renders it, or “暂无内容”.
import type { ComponentChildren } from 'preact';
import type { Agency } from '../../agencies/domain/agency.ts';
import type { PortalColumn } from '../../../platform/navigation.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { PublicShell } from '../../../platform/views/PublicShell.tsx';
import { agencyPath, columnPagePath, columnPath } from '../portal.paths.ts';

export interface ColumnPageProps {
  readonly agency: Agency;
  readonly columns: readonly PortalColumn[];
  readonly current: PortalColumn;
  readonly content: ComponentChildren | null;
}

/** The tabs of the 专栏's sub-columns; also on pages inside a column (an item, a year's report). */
export function ColumnTabs({ agency, columns, current }: { readonly agency: Pick<Agency, 'code'>; readonly columns: readonly PortalColumn[]; readonly current: PortalColumn }) {
  return (
    <nav aria-label="专栏栏目">
      <ul class="column-tabs">
        {columns.map((column) => (
          <li>
            <a href={columnPath(agency.code, column)} aria-current={column.id === current.id ? 'page' : undefined}>
              {column.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ColumnPage({ agency, columns, current, content }: ColumnPageProps) {
  return (
    <PublicShell
      title={`${current.label} - ${agency.name}`}
      breadcrumbs={[
        { label: '首页', href: '/' },
        { label: agency.name, href: agencyPath(agency.code) },
        { label: current.label },
      ]}
    >
      <ColumnTabs agency={agency} columns={columns} current={current} />
      <h1>{current.label}</h1>
      {current.pages && current.pages.length > 0 ? (
        <ul class="column-pages">
          {current.pages.map((page) => (
            <li>
              <a href={columnPagePath(agency.code, page)}>{page.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {content ?? <EmptyState>{agency.name}尚未在本栏目发布信息。</EmptyState>}
    </PublicShell>
  );
}

// An agency's 政府信息公开专栏 home: the four standard sub-columns (国办公开办函〔2019〕61号) and the
// disclosure office's contact details.
import type { Agency } from '../../agencies/domain/agency.ts';
import type { PortalColumn } from '../../../platform/navigation.ts';
import { PublicShell } from '../../../platform/views/PublicShell.tsx';
import { columnPath } from '../portal.paths.ts';
import { AgencyContact } from './AgencyContact.tsx';

export interface AgencyColumnsProps {
  readonly agency: Agency;
  readonly columns: readonly PortalColumn[];
}

export function AgencyColumns({ agency, columns }: AgencyColumnsProps) {
  return (
    <PublicShell title={`${agency.name}政府信息公开`} breadcrumbs={[{ label: '首页', href: '/' }, { label: agency.name }]}>
      <h1>
        {agency.name}
        <br />
        政府信息公开
      </h1>
      <nav aria-label="专栏栏目">
        <ul class="columns">
          {columns.map((column) => (
            <li>
              <a href={columnPath(agency.code, column)}>{column.label}</a>
              <p class="hint">{column.summary}</p>
            </li>
          ))}
        </ul>
      </nav>
      <AgencyContact agency={agency} />
    </PublicShell>
  );
}

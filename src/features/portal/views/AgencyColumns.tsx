// An agency's 政府信息公开专栏 home: the four standard sub-columns (国办公开办函〔2019〕61号) and the
// disclosure office's contact details.
import type { Agency } from '../../agencies/domain/agency.ts';
import type { PortalColumn } from '../../../platform/navigation.ts';
import { PublicShell } from '../../../platform/views/PublicShell.tsx';
import { agencyPath, columnPagePath, columnPath } from '../portal.paths.ts';
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
              {column.pages?.map((page) => (
                <p>
                  <a href={columnPagePath(agency.code, page)}>{page.label}</a>
                </p>
              ))}
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="apply-title">
        <h2 id="apply-title">依申请公开</h2>
        <p>
          {/* 条例第二十七条：公民、法人或者其他组织可以向行政机关申请获取相关政府信息。 */}
          未主动公开的政府信息，可以向本机关提出政府信息公开申请；本机关自收到申请之日起20个工作日内答复。
        </p>
        <ul class="apply-links">
          <li>
            <a href={`${agencyPath(agency.code)}apply`}>在线提交政府信息公开申请</a>
          </li>
          <li>
            <a href="/apply/track">查询申请办理进度、下载答复</a>
          </li>
        </ul>
      </section>
      <AgencyContact agency={agency} />
    </PublicShell>
  );
}

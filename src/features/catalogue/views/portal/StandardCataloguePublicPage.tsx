// The 公开事项标准目录 in an agency's 专栏 (国办发〔2019〕54号; spec §2.3), with how many published items each
// 二级事项 holds.
import type { Agency } from '../../../agencies/domain/agency.ts';
import { EmptyState } from '../../../../platform/views/EmptyState.tsx';
import { PublicShell } from '../../../../platform/views/PublicShell.tsx';
import type { StandardRowView } from '../../standard-catalogue.service.ts';
import { StandardCatalogueTable } from '../StandardCatalogueTable.tsx';
import { complaintPath } from './ComplaintFormPage.tsx';

export const standardCataloguePath = (code: string) => `/gk/${encodeURIComponent(code)}/standard-catalogue`;

export function StandardCataloguePublicPage({ agency, rows }: { readonly agency: Agency; readonly rows: readonly StandardRowView[] }) {
  const base = `/gk/${encodeURIComponent(agency.code)}/`;
  return (
    <PublicShell
      title={`公开事项标准目录 - ${agency.name}`}
      breadcrumbs={[
        { label: '首页', href: '/' },
        { label: agency.name, href: base },
        { label: '法定主动公开内容', href: `${base}statutory-content/` },
        { label: '公开事项标准目录' },
      ]}
    >
      <h1>{agency.name}公开事项标准目录</h1>
      <p class="hint">依据《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）编制。“已公开”为本栏目中归入该事项的信息条数。</p>
      {rows.length === 0 ? (
        <EmptyState>{agency.name}尚未公布公开事项标准目录。</EmptyState>
      ) : (
        <StandardCatalogueTable rows={rows} countLabel="已公开" count={(r) => <>{r.publishedCount} 条</>} />
      )}
      <p>
        <a href={`${complaintPath(agency.code)}?category=statutory_content`}>认为有应公开未公开的信息？向本机关反映</a>
      </p>
    </PublicShell>
  );
}

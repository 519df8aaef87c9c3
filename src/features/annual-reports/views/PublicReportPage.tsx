// A published report on the public portal (条例第四十九条：向社会公布), inside the portal shell with the
// 专栏's column tabs like every other 专栏 page, with the print view (A4, for printing or saving as PDF)
// and the Word download.
import type { AnnualReport } from '../../../report/index.ts';
import { ReportBody } from '../../../report/index.ts';
import type { PortalColumn } from '../../../platform/navigation.ts';
import { PublicShell } from '../../../platform/views/PublicShell.tsx';
import type { Agency } from '../../agencies/domain/agency.ts';
import { agencyPath, columnPath } from '../../portal/portal.paths.ts';
import { ColumnTabs } from '../../portal/views/ColumnPage.tsx';
import { ReportCharts } from './ReportCharts.tsx';

export interface PublicReportPageProps {
  readonly agency: Agency;
  readonly report: AnnualReport;
  /** Last year's published report, for the charts; null when there is none. */
  readonly prior: AnnualReport | null;
  readonly year: number;
  readonly publishedOn: string | null;
  readonly columns: readonly PortalColumn[];
  readonly current: PortalColumn;
}

export function publicReportPath(code: string, year: number): string {
  return `/gk/${encodeURIComponent(code)}/annual-reports/${year}`;
}

export function PublicReportPage({ agency, report, prior, year, publishedOn, columns, current }: PublicReportPageProps) {
  const base = publicReportPath(agency.code, year);
  return (
    <PublicShell
      title={`${agency.name}${year}年政府信息公开工作年度报告`}
      breadcrumbs={[
        { label: '首页', href: '/' },
        { label: agency.name, href: agencyPath(agency.code) },
        { label: current.label, href: columnPath(agency.code, current) },
        { label: `${year}年度报告` },
      ]}
    >
      <ColumnTabs agency={agency} columns={columns} current={current} />
      <p class="report-downloads">
        {publishedOn ? <span class="meta">{publishedOn}公布。</span> : null}
        <a href={`${base}/print`}>打印版（A4，可另存为 PDF）</a> · <a href={`${base}/word`}>下载 Word（.docx）</a> · <a href={`${base}/excel`}>下载 Excel（.xlsx）</a>
      </p>
      <article class="report-view">
        <ReportBody report={report} />
      </article>
      <ReportCharts report={report} year={year} prior={prior} />
    </PublicShell>
  );
}

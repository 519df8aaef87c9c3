// The 专栏 column 政府信息公开年报: each published report with its web page and Word download.
export function PublishedReportsColumn({ code, agencyName, reports }: { readonly code: string; readonly agencyName: string; readonly reports: ReadonlyArray<{ year: number; publishedOn: string | null }> }) {
  const base = `/gk/${encodeURIComponent(code)}/annual-reports`;
  return (
    <ul class="report-list">
      {reports.map((r) => (
        <li>
          <a href={`${base}/${r.year}`}>
            {agencyName}
            {r.year}年政府信息公开工作年度报告
          </a>
          {r.publishedOn ? <span class="meta">（{r.publishedOn}公布）</span> : null}{' '}
          <a href={`${base}/${r.year}/print`}>打印版</a> · <a href={`${base}/${r.year}/word`}>下载 Word</a>
        </li>
      ))}
    </ul>
  );
}

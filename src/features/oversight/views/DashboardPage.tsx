// 监督汇总: one row per agency of the supervisor's subtree, problems first, totals last, every figure a
// link to the list it counts; CSV download of the same table.
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { COMPLAINT_ANSWER_WORKING_DAYS } from '../../catalogue/domain/complaint.ts';
import type { Dashboard } from '../dashboard.service.ts';
import { DashboardCharts } from './DashboardCharts.tsx';
import { problemCount, reportStateLabels, reportTimelinessLabels, type AgencyFigures, type ReportState } from '../domain/dashboard.ts';

function Figure({ n, href, alert }: { readonly n: number; readonly href: string; readonly alert?: boolean }) {
  if (n === 0) return <span class="figure-zero">0</span>;
  return (
    <a href={href} class={alert ? 'status-error' : undefined}>
      {n}
    </a>
  );
}

function reportHref(row: AgencyFigures): string {
  return row.report.id ? `/admin/annual-reports/${row.report.id}` : `/admin/annual-reports?agency=${encodeURIComponent(row.agencyId)}`;
}

function ReportCell({ row }: { readonly row: AgencyFigures }) {
  const r = row.report;
  const late = r.timeliness === 'late' || r.timeliness === 'overdue';
  return (
    <>
      <td>
        <a href={reportHref(row)}>{reportStateLabels[r.state]}</a>
        {r.publishedOn ? <span class="hint nowrap">（{r.publishedOn}）</span> : null}
      </td>
      <td>
        <span class={late ? 'status-tag status-error' : 'status-tag'}>{reportTimelinessLabels[r.timeliness]}</span>
        <span class="hint nowrap">期限 {r.deadline}</span>
      </td>
      <td>
        {r.id ? (
          <a href={reportHref(row)} class={r.errors > 0 ? 'status-error' : undefined}>
            {r.errors} 错 / {r.warnings} 警
          </a>
        ) : (
          '—'
        )}
        {r.openCorrections > 0 ? (
          <>
            <br />
            <a href={`${reportHref(row)}#reviews`} class="status-warning">
              {r.openCorrections} 项整改待答复
            </a>
          </>
        ) : null}
      </td>
    </>
  );
}

export function DashboardPage({ view }: { readonly view: Dashboard }) {
  const t = view.totals;
  const states = (Object.keys(reportStateLabels) as ReportState[]).map((s) => `${reportStateLabels[s]} ${t.reportStates[s]}`).join('，');
  const applications = (row: AgencyFigures) => `/admin/applications?agency=${encodeURIComponent(row.agencyId)}`;
  return (
    <StaffShell title="监督汇总" navId="oversight" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '监督汇总' }]}>
      <h1>政务公开监督汇总</h1>
      <p>
        截至 {view.today}，共 {t.agencies} 个单位，其中 <strong>{t.agenciesWithProblems}</strong> 个单位有需要督促的问题（排在前面）。
        逾期未答复依照条例第三十三条按答复期限计算（与各单位工作台一致）；超期未公开指超过条例第二十六条规定的 20 个工作日仍未公开的信息；公众意见（条例第四十七条第二款、第五十一条）条例未规定答复期限，按本平台默认的 {COMPLAINT_ANSWER_WORKING_DAYS} 个工作日计算，不计入问题数；
        {view.reportYear}年度报告的期限依照条例第四十九条（乡镇、街道按县级默认的1月31日）。
      </p>
      <p class="actions">
        <a class="button-secondary" href="/admin/oversight/export.csv" download>
          导出 CSV
        </a>
        <a class="button-secondary" href="/admin/oversight/report-audit">
          批量核查已公布年报
        </a>
        <a class="button-secondary" href="/admin/oversight/rollup">
          {view.reportYear}年度报告汇总数据
        </a>
      </p>
      {view.rows.length === 0 ? (
        <EmptyState>监督范围内没有单位。</EmptyState>
      ) : (
        <div class="table-scroll">
          <table class="data-table oversight-table">
            <caption class="visually-hidden">各单位政务公开情况，问题多的单位排在前面</caption>
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">办理中的申请</th>
                <th scope="col">逾期未答复</th>
                <th scope="col">3个工作日内到期</th>
                <th scope="col">超20个工作日未公开</th>
                <th scope="col">公众意见超15个工作日未答复</th>
                <th scope="col">本年已公开信息</th>
                <th scope="col">{view.reportYear}年度报告</th>
                <th scope="col">公布时限</th>
                <th scope="col">规则检查</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr class={problemCount(row) > 0 ? 'row-problem' : undefined} data-agency={row.agencyCode}>
                  <th scope="row">{row.agencyName}</th>
                  <td>
                    <Figure n={row.openApplications} href={`${applications(row)}&status=open#all-cases`} />
                  </td>
                  <td>
                    <Figure n={row.overdueReplies} href={`${applications(row)}#overdue`} alert />
                  </td>
                  <td>
                    <Figure n={row.dueSoonReplies} href={`${applications(row)}#due-soon`} />
                  </td>
                  <td>
                    <Figure n={row.overdueCatalogue} href={`/admin/catalogue/overdue?agency=${encodeURIComponent(row.agencyId)}`} alert />
                  </td>
                  <td>
                    <Figure n={row.overdueComplaints} href="/admin/catalogue/complaints" />
                  </td>
                  <td>
                    <Figure n={row.publishedThisYear} href={`/gk/${encodeURIComponent(view.codes.get(row.agencyId) ?? row.agencyCode)}/`} />
                  </td>
                  <ReportCell row={row} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr class="totals-row">
                <th scope="row">合计（{t.agencies} 个单位）</th>
                <td>{t.openApplications}</td>
                <td>{t.overdueReplies}</td>
                <td>{t.dueSoonReplies}</td>
                <td>{t.overdueCatalogue}</td>
                <td>{t.overdueComplaints}</td>
                <td>{t.publishedThisYear}</td>
                <td>{states}</td>
                <td>
                  逾期发布 {t.reportsLate}，逾期未发布 {t.reportsOverdue}
                </td>
                <td>
                  {t.reportErrors} 错 / {t.reportWarnings} 警{t.openCorrections > 0 ? `；整改待答复 ${t.openCorrections}` : ''}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {view.rows.length > 0 ? <DashboardCharts view={view} /> : null}
    </StaffShell>
  );
}

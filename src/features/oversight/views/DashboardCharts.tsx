// The charts of 监督汇总 (issue 12 §5): what the table says, drawn — applications by agency, the timeliness of
// replies (条例第三十三条) and releases (条例第二十六条), and where this year's annual reports stand
// (条例第四十九条). Agencies with nothing to show are left out of the per-agency charts so the bars stay readable.
import { BarChart } from '../../../platform/views/BarChart.tsx';
import type { Dashboard } from '../dashboard.service.ts';
import { reportStateLabels, type ReportState } from '../domain/dashboard.ts';

const MAX_AGENCIES = 20;

export function DashboardCharts({ view }: { readonly view: Dashboard }) {
  const withApplications = view.rows.filter((r) => r.openApplications + r.overdueReplies + r.dueSoonReplies > 0).slice(0, MAX_AGENCIES);
  const late = view.rows.filter((r) => r.overdueReplies + r.overdueCatalogue > 0).slice(0, MAX_AGENCIES);
  const states = Object.keys(reportStateLabels) as ReportState[];
  return (
    <section aria-labelledby="dashboard-charts" class="charts-section">
      <h2 id="dashboard-charts">图表</h2>
      <div class="charts">
        {withApplications.length > 0 ? (
          <BarChart
            title="各单位办理中的政府信息公开申请"
            horizontal
            unit="件"
            categories={withApplications.map((r) => r.agencyName)}
            series={[
              { name: '办理中', values: withApplications.map((r) => r.openApplications) },
              { name: '逾期未答复', values: withApplications.map((r) => r.overdueReplies) },
              { name: '3个工作日内到期', values: withApplications.map((r) => r.dueSoonReplies) },
            ]}
          />
        ) : null}
        {late.length > 0 ? (
          <BarChart
            title="逾期未答复的申请和超期未公开的信息"
            horizontal
            unit="件"
            categories={late.map((r) => r.agencyName)}
            series={[
              { name: '逾期未答复（条例第三十三条）', values: late.map((r) => r.overdueReplies) },
              { name: '超20个工作日未公开（条例第二十六条）', values: late.map((r) => r.overdueCatalogue) },
            ]}
          />
        ) : null}
        <BarChart
          title={`${view.reportYear}年度报告进度`}
          unit="个单位"
          categories={states.map((s) => reportStateLabels[s])}
          series={[{ name: '单位数', values: states.map((s) => view.totals.reportStates[s]) }]}
        />
      </div>
    </section>
  );
}

// This year against last year on the public report page (issue 12 §5), drawn on the server; each chart
// folds out its numbers. Last year's bars only when its report was published here too.
import type { AnnualReport } from '../../../report/index.ts';
import { BarChart } from '../../../platform/views/BarChart.tsx';
import { activeDisclosureChart, applicantsChart, hasAny, outcomesChart, type ChartData } from '../domain/report-charts.ts';

function series(year: number, now: ChartData, priorYear: number, before: ChartData | null) {
  return before ? [{ name: `${year}年`, values: now.values }, { name: `${priorYear}年`, values: before.values }] : [{ name: `${year}年`, values: now.values }];
}

export function ReportCharts({ report, year, prior }: { readonly report: AnnualReport; readonly year: number; readonly prior: AnnualReport | null }) {
  const charts = [
    { title: '政府信息公开申请办理结果', of: outcomesChart },
    { title: '新收申请的申请人类型', of: applicantsChart },
    { title: '主动公开：本年制发的规章、规范性文件和作出的行政许可、处罚、强制决定', of: activeDisclosureChart },
  ].filter((c) => hasAny(c.of(report), ...(prior ? [c.of(prior)] : [])));
  if (charts.length === 0) return null;
  return (
    <section aria-labelledby="report-charts" class="charts-section">
      <h2 id="report-charts">{prior ? `图解：${year}年与${year - 1}年对比` : `图解：${year}年`}</h2>
      <div class="charts">
        {charts.map((c) => {
          const now = c.of(report);
          return <BarChart title={c.title} unit="件" categories={now.categories} series={series(year, now, year - 1, prior ? c.of(prior) : null)} />;
        })}
      </div>
    </section>
  );
}

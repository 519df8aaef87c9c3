// 汇总数据: the county's tables 二, 三 and 四 of a year, summed over the published reports of the agencies the
// 政务公开办 supervises, in the official layout, with the rules checked on the sums, the agencies without a
// report named, and, for a chosen figure, the agencies that make it up.
import { cellName, ReportBody } from '../../../report/index.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { Contribution } from '../domain/rollup.ts';
import type { RollupView } from '../rollup.service.ts';

export const rollupBase = '/admin/oversight/rollup';

const TABLE_NAMES: Readonly<Record<string, string>> = { active_disclosure: '表二', applications: '表三', review_litigation: '表四' };

export function RollupPage({ view, years, cell }: { readonly view: RollupView; readonly years: readonly number[]; readonly cell: { label: string; key: string; rows: readonly Contribution[] } | null }) {
  const figures = Object.keys(view.contributions);
  return (
    <StaffShell title="汇总数据" navId="oversight" breadcrumbs={[{ label: '监督汇总', href: '/admin/oversight' }, { label: '汇总数据' }]}>
      <h1>{view.year}年度报告汇总数据</h1>
      <form method="get" action={rollupBase} class="inline-form">
        <label for="rollup-year">年度</label>{' '}
        <select id="rollup-year" name="year">
          {years.map((y) => (
            <option value={String(y)} selected={y === view.year}>
              {y}年
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="button-secondary">
          查看
        </button>
      </form>
      <p>
        由 {view.included.length} 个单位已公布的{view.year}年度报告的表二、表三、表四逐格相加（空白和“/”按 0 计）。
        {view.missing.length > 0 ? (
          <strong class="status-error">
            {' '}
            尚未公布、未计入的单位（{view.missing.length} 个）：{view.missing.map((a) => a.name).join('、')}。
          </strong>
        ) : (
          ' 监督范围内应公布年报的单位均已公布。'
        )}
      </p>
      {view.otherFormat.length > 0 ? (
        <p class="notice notice-warning">以下表格使用了与本年度不同的格式，未计入：{view.otherFormat.map((o) => `${o.agencyName}${TABLE_NAMES[o.table] ?? ''}`).join('、')}。</p>
      ) : null}
      <p class="actions">
        <a class="button-secondary" href={`${rollupBase}/${view.year}.docx`}>
          下载 Word
        </a>
        <a class="button-secondary" href={`${rollupBase}/${view.year}.xlsx`}>
          下载 Excel
        </a>
      </p>
      <section aria-labelledby="rollup-cell">
        <h2 id="rollup-cell">某项数字由哪些单位构成</h2>
        {figures.length === 0 ? (
          <p>汇总中没有不为 0 的数字。</p>
        ) : (
          <form method="get" action={rollupBase} class="inline-form">
            <input type="hidden" name="year" value={String(view.year)} />
            <label for="rollup-cell-key">数字</label>{' '}
            <select id="rollup-cell-key" name="cell">
              {figures.map((k) => (
                <option value={k} selected={cell?.key === k}>
                  {cellName(view.report.format, k)}（{String(view.report.cells[k]?.kind === 'number' ? view.report.cells[k].value : 0)}）
                </option>
              ))}
            </select>{' '}
            <button type="submit" class="button-secondary">
              查看构成
            </button>
          </form>
        )}
        {cell ? (
          <div class="table-scroll">
            <table class="data-table">
              <caption>{cell.label}</caption>
              <thead>
                <tr>
                  <th scope="col">单位</th>
                  <th scope="col">数值</th>
                </tr>
              </thead>
              <tbody>
                {cell.rows.map((r) => (
                  <tr>
                    <th scope="row">{r.agencyName}</th>
                    <td>{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <article class="report-view">
        <ReportBody report={view.report} findings={view.findings} />
      </article>
    </StaffShell>
  );
}

// 表三 of the current agency for a year, straight from the cases (the annual report uses the same query).
import { applicationColumns, applicationLeafRows } from '../../../report/formats/index.ts';
import { formats } from '../../../report/formats/index.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';

export function Table3Page({ year, cells }: { year: number; cells: Record<string, number> }) {
  const format = year >= 2021 ? 'gov_2021' : 'gov_2019';
  const columns = applicationColumns(format);
  const table = formats[format].tables.applications;
  const columnLabel = (id: string): string => {
    for (const c of table.columns as ReadonlyArray<{ id: string; label: string; children?: ReadonlyArray<{ id: string; label: string }> }>) {
      if (c.id === id) return c.label;
      const child = c.children?.find((x) => x.id === id);
      if (child) return child.label;
    }
    return id;
  };
  return (
    <StaffShell title={`${year}年表三统计`} navId="applications" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: '表三统计' }]}>
      <h1>{year}年 收到和处理政府信息公开申请情况</h1>
      <form method="get" action="/admin/applications/report" class="filters">
        <label for="report-year">年度</label>
        <input id="report-year" name="year" type="number" value={String(year)} min={2019} max={2100} />
        <button type="submit" class="button-secondary">查看</button>
      </form>
      <p class="hint">由申请办理记录直接统计：新收按收到申请之日，办理结果按答复日期，结转按12月31日仍未办结计算。</p>
      <table>
        <thead>
          <tr>
            <th scope="col">项目</th>
            {columns.map((c) => (
              <th scope="col">{columnLabel(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {applicationLeafRows(format).map((row) => (
            <tr>
              <th scope="row">{row.label}</th>
              {columns.map((c) => (
                <td>{cells[`applications.${row.id}.${c}`] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </StaffShell>
  );
}

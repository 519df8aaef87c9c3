// /admin/calendar: per year, whether the State Council's holiday arrangement is loaded (bundled with the
// software, or entered here), with a loud warning when the current year or the coming 60 days lack one.
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { CalendarOverview } from '../calendar.service.ts';
import { CalendarWarnings } from './CalendarWarnings.tsx';

export function CalendarPage({ overview }: { readonly overview: CalendarOverview }) {
  return (
    <StaffShell title="节假日安排" navId="calendar" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '节假日安排' }]}>
      <h1>节假日安排</h1>
      <p>
        答复期限（条例第三十三条）和主动公开期限（条例第二十六条）按工作日计算：周一至周五，扣除国务院办公厅每年通知的放假日，加上调休上班日。
        每年国务院办公厅公布下一年的安排后（通常在11月至12月），请在此录入；本平台随软件提供已公布年份的安排。
      </p>
      <CalendarWarnings warnings={overview.warnings} canEdit={overview.canEdit} />
      <table id="calendar-years">
        <thead>
          <tr>
            <th scope="col">年份</th>
            <th scope="col">节假日安排</th>
            <th scope="col">来源</th>
            <th scope="col">本平台设置的日期</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {overview.years.map((y) => (
            <tr class={y.loaded ? undefined : 'row-warning'}>
              <th scope="row">{y.year}年</th>
              <td>{y.loaded ? '已载入' : <strong>未载入（按周末和法定节日当天推算）</strong>}</td>
              <td>
                {y.source === 'override'
                  ? `本平台录入${y.document ? `（${y.document}）` : ''}`
                  : y.source === 'official'
                    ? '国务院办公厅通知（随软件提供）'
                    : '—'}
              </td>
              <td>{y.overrideCount > 0 ? `${y.overrideCount}天` : '—'}</td>
              <td>
                <a href={`/admin/calendar/${y.year}`}>{overview.canEdit ? (y.loaded ? '查看或修改' : '录入') : '查看'}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {overview.canEdit ? (
        <form method="get" action="/admin/calendar/year" class="filters">
          <label for="calendar-goto-year">其他年份</label>
          <input id="calendar-goto-year" name="year" inputMode="numeric" maxLength={4} />
          <button type="submit" class="button-secondary">
            打开
          </button>
        </form>
      ) : null}
    </StaffShell>
  );
}

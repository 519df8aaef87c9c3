// /admin/calendar/<year>: the year's special days (holidays, 调休上班日, days set here) with their source;
// for those who may edit, the entry form laid out like the 国务院办公厅 notice (each festival: the days
// off and the weekend days worked instead) and the form to set or remove a single day.
import { overrideKindLabels, overrideKinds } from '../../../law/calendar.ts';
import { weekdayLabel } from '../../../law/local-date.ts';
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { CalendarYearView } from '../calendar.service.ts';
import { ARRANGEMENT_ROWS, rowField } from '../domain/arrangement.ts';

export interface CalendarYearPageProps {
  readonly view: CalendarYearView;
  readonly arrangementState: FormState;
  readonly dayState: FormState;
}

export function arrangementLabels(): Record<string, string> {
  const labels: Record<string, string> = { year: '年份', document: '通知文号' };
  for (let i = 0; i < ARRANGEMENT_ROWS; i += 1) {
    labels[rowField(i, 'Name')] = `第${i + 1}项 节日`;
    labels[rowField(i, 'From')] = `第${i + 1}项 放假开始`;
    labels[rowField(i, 'To')] = `第${i + 1}项 放假结束`;
    labels[rowField(i, 'Makeup')] = `第${i + 1}项 调休上班日`;
  }
  return labels;
}

export const dayLabels = { date: '日期', kind: '日期类型', note: '节日名称或说明', document: '依据文号' } as const;

export function CalendarYearPage({ view, arrangementState, dayState }: CalendarYearPageProps) {
  const { year } = view;
  return (
    <StaffShell
      title={`${year}年节假日安排`}
      navId="calendar"
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '节假日安排', href: '/admin/calendar' }, { label: `${year}年` }]}
    >
      <h1>{year}年节假日安排</h1>
      <p id="calendar-year-status">
        {view.loaded
          ? view.source === 'override'
            ? `已载入：本平台录入${view.arrangement ? `（${view.arrangement.document}）` : ''}。`
            : '已载入：国务院办公厅通知（随软件提供）。'
          : '未载入。'}
      </p>
      {view.warning ? (
        <div class="notice notice-error calendar-warning" role="alert">
          <strong>节假日安排未载入，期限可能不准</strong>
          <p>{view.warning}</p>
        </div>
      ) : null}

      <section aria-labelledby="calendar-days">
        <h2 id="calendar-days">特殊日期</h2>
        {view.days.length === 0 ? (
          <p>本年没有放假日或调休上班日的记录。</p>
        ) : (
          <table id="calendar-days-table">
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">星期</th>
                <th scope="col">类型</th>
                <th scope="col">节日或说明</th>
                <th scope="col">来源</th>
                {view.canEdit ? <th scope="col">操作</th> : null}
              </tr>
            </thead>
            <tbody>
              {view.days.map((d) => (
                <tr>
                  <td>{d.date}</td>
                  <td>{weekdayLabel(d.date)}</td>
                  <td>
                    {d.kindLabel}（{d.working ? '上班' : '休息'}）
                  </td>
                  <td>{d.name}</td>
                  <td>
                    {d.sourceLabel}
                    {d.override?.document ? `（${d.override.document}）` : ''}
                  </td>
                  {view.canEdit ? (
                    <td>
                      {d.override ? (
                        <PostForm action={`/admin/calendar/days/${d.override.id}/remove`} class="inline-form" aria-label={`删除${d.date}的设置`}>
                          <button type="submit" class="button-secondary">
                            删除本平台设置
                          </button>
                        </PostForm>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {view.canEdit ? (
        <>
          <section aria-labelledby="calendar-arrangement">
            <h2 id="calendar-arrangement">按国务院办公厅通知录入{year}年安排</h2>
            <p>
              照通知逐项填写：每个节日的放假起止日期（含调休连休的周末），以及通知写明“上班”的周六、周日。保存后本年原有的放假日和调休上班日由这里的内容替换；
              单独设为“工作日”“休息日”的日期保留。日期写作“年-月-日”，多个调休上班日用顿号或空格分开。
            </p>
            <ErrorSummary state={arrangementState} labels={arrangementLabels()} />
            <PostForm action={`/admin/calendar/${year}/arrangement`} aria-label={`录入${year}年节假日安排`}>
              <TextField name="document" label="通知文号" hint="例如：国办发明电〔2025〕7号" state={arrangementState} required maxLength={100} />
              {Array.from({ length: ARRANGEMENT_ROWS }, (_, i) => (
                <fieldset class="calendar-holiday-row">
                  <legend>第{i + 1}项</legend>
                  <TextField name={rowField(i, 'Name')} label="节日" state={arrangementState} maxLength={20} />
                  <TextField name={rowField(i, 'From')} label="放假开始" hint={`例如 ${year}-10-01`} state={arrangementState} />
                  <TextField name={rowField(i, 'To')} label="放假结束" hint={`例如 ${year}-10-08`} state={arrangementState} />
                  <TextField name={rowField(i, 'Makeup')} label="调休上班日（周六或周日）" hint={`例如 ${year}-09-28、${year}-10-11；没有则留空`} state={arrangementState} />
                </fieldset>
              ))}
              <SubmitButton>保存{year}年安排</SubmitButton>
            </PostForm>
          </section>

          <section aria-labelledby="calendar-day">
            <h2 id="calendar-day">设置单个日期</h2>
            <p>用于更正个别日期、录入通知后增加的放假日，或跨年的调休上班日。已有设置的日期会被修改。</p>
            <ErrorSummary state={dayState} labels={dayLabels} />
            <PostForm action={`/admin/calendar/${year}/days`} aria-label="设置单个日期">
              <TextField name="date" label={dayLabels.date} hint={`例如 ${year}-02-07`} state={dayState} required />
              <SelectField
                name="kind"
                label={dayLabels.kind}
                state={dayState}
                required
                placeholder="请选择"
                options={overrideKinds.map((kind) => ({ value: kind, label: overrideKindLabels[kind] }))}
              />
              <TextField name="note" label={dayLabels.note} hint="法定节假日请写节日名称，例如“春节”" state={dayState} maxLength={200} />
              <TextField name="document" label={dayLabels.document} hint="例如：国办发明电〔2025〕7号；本地更正可留空" state={dayState} maxLength={100} />
              <SubmitButton>保存该日期</SubmitButton>
            </PostForm>
          </section>
        </>
      ) : (
        <p>节假日安排由县（或本平台最上级）人民政府的管理员、政务公开办录入。</p>
      )}
    </StaffShell>
  );
}


// 年度报告 list of the current agency with the "生成年报草稿" form.
import type { FormState } from '../../../platform/form.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { ErrorSummary, PostForm, SubmitButton, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { ReportListView } from '../annual-reports.service.ts';
import { deadlineTags } from '../domain/deadline.ts';
import { statusLabels } from '../domain/workflow.ts';

export interface ReportListPageProps {
  readonly view: ReportListView;
  readonly state: FormState;
  /** Agencies the user may read (a supervisor's subtree); a chooser is shown when there are several. */
  readonly agencies: ReadonlyArray<{ id: string; name: string }>;
  /** The list is of the user's current agency and the user drafts reports there. */
  readonly canGenerate: boolean;
}

export function ReportListPage({ view, state, agencies, canGenerate }: ReportListPageProps) {
  return (
    <StaffShell title="政府信息公开工作年度报告" navId="annual-reports" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '年度报告' }]}>
      <h1>政府信息公开工作年度报告</h1>
      <p>
        {view.agency.name}。依照条例第四十九条，年度报告于每年1月31日前向社会公布。表三由依申请公开办理记录自动统计，表二第（一）项由规范性文件登记自动统计，不需重新录入。
      </p>
      {agencies.length > 1 ? (
        <form method="get" action="/admin/annual-reports" class="filters">
          <label for="filter-agency">查看单位</label>
          <select id="filter-agency" name="agency">
            {agencies.map((a) => (
              <option value={a.id} selected={a.id === view.agency.id}>
                {a.name}
              </option>
            ))}
          </select>
          <button type="submit" class="button-secondary">
            查看
          </button>
        </form>
      ) : null}
      {canGenerate ? (
        <section aria-labelledby="generate-heading">
          <h2 id="generate-heading">生成年报草稿</h2>
          <ErrorSummary state={state} labels={{ year: '年度' }} />
          <PostForm action="/admin/annual-reports">
            <TextField name="year" label="报告年度" state={state} required inputMode="numeric" maxLength={4} hint="默认为上一年度（本年度的报告可以先起草，但须到下一年1月1日起才能提交审定和公布）；已有草稿时将按最新办理记录重新统计，已填写的内容保留。" />
            <SubmitButton>生成年报草稿</SubmitButton>
          </PostForm>
        </section>
      ) : null}
      <h2>历年报告</h2>
      {view.reports.length === 0 ? (
        <EmptyState>尚无年度报告。</EmptyState>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">历年年度报告</caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">状态</th>
              <th scope="col">公布日期</th>
              <th scope="col">公布期限（条例第四十九条）</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {view.reports.map((r) => (
              <tr>
                <td>{r.year}年度</td>
                <td>
                  <span class="report-status">{statusLabels[r.status]}</span>
                  {deadlineTags[r.deadline.state] ? <strong class={`deadline-tag deadline-${r.deadline.state}`}>（{deadlineTags[r.deadline.state]}）</strong> : null}
                </td>
                <td>{r.published_on ?? '—'}</td>
                <td>{r.deadline.label}</td>
                <td>
                  <a href={`/admin/annual-reports/${r.id}`}>{r.status === 'draft' && canGenerate ? '编辑' : '查看'}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffShell>
  );
}

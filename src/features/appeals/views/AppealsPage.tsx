// 行政复议、行政诉讼: the agency's cases, open ones first, each with its 答复 / 答辩 deadline.
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { AppealView } from '../appeals.service.ts';
import { appealPath, appealsBase } from './paths.ts';

export function DeadlineTag({ view }: { readonly view: AppealView }) {
  const state = view.deadline;
  const tone = state.kind === 'open' && state.overdueDays > 0 ? 'status-error' : state.kind === 'open' && state.dueSoon ? 'status-warning' : state.kind === 'answered' && state.late ? 'status-warning' : '';
  return <span class={`status-tag ${tone}`.trim()}>{view.deadlineLabel}</span>;
}

export function AppealsPage({ rows, canRecord }: { readonly rows: readonly AppealView[]; readonly canRecord: boolean }) {
  return (
    <StaffShell title="行政复议和行政诉讼" navId="appeals" breadcrumbs={[{ label: '行政复议和行政诉讼' }]}>
      <h1>行政复议和行政诉讼</h1>
      <p class="hint">
        本单位政府信息公开工作被申请行政复议、提起行政诉讼的案件。登记收到副本的日期后，平台按法定期限计算书面答复（行政复议法第四十八条、第五十四条）和答辩（行政诉讼法第六十七条）的期限；年度报告表四按这些记录统计。
      </p>
      {canRecord ? (
        <p>
          <a class="button" href={`${appealsBase}/new`}>
            登记案件
          </a>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>暂无行政复议、行政诉讼案件。</EmptyState>
      ) : (
        <div class="table-scroll">
          <table class="appeals-table cards-on-phone">
            <caption class="visually-hidden">行政复议和行政诉讼案件</caption>
            <thead>
              <tr>
                <th scope="col">案件</th>
                <th scope="col">申请复议或起诉</th>
                <th scope="col">复议机关或法院</th>
                <th scope="col">期限</th>
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr>
                  <td class="card-title">
                    <a href={appealPath(v.id)}>{v.kindLabel}</a>
                    {v.row.case_number ? <span class="hint"> {v.row.case_number}</span> : null}
                    <div class="hint">{v.row.matter}</div>
                  </td>
                  <td data-label="申请复议或起诉">
                    <span class="nowrap">{v.row.filed_on}</span>
                  </td>
                  <td data-label="复议机关或法院">{v.row.body_name}</td>
                  <td data-label="期限">
                    <DeadlineTag view={v} />
                  </td>
                  <td data-label="结果">{v.row.concluded_on ? `${v.resultLabel}（${v.row.concluded_on}）` : '尚未审结'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffShell>
  );
}

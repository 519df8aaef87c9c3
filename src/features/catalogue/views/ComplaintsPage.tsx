// 公众意见 (条例第四十七条第二款、第五十一条): complaints from the public that information was not disclosed
// or is wrong, for the agency's staff to answer and for supervisors to watch over their subtree.
import type { FormState } from '../../../platform/form.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { PostForm, SubmitButton, TextAreaField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { formatBeijingTime } from '../../../platform/views/format.ts';
import type { listComplaints } from '../complaints.service.ts';
import { COMPLAINT_KINDS, COMPLAINT_STATUSES } from '../domain/complaint.ts';
import { staffBase, staffItem } from './paths.ts';

type Row = Awaited<ReturnType<typeof listComplaints>>[number];

export const complaintsBase = `${staffBase}/complaints`;

export function ComplaintsPage({ rows, agencyNames, failed }: { readonly rows: readonly Row[]; readonly agencyNames: ReadonlyMap<string, string>; readonly failed?: { id: string; state: FormState } }) {
  return (
    <StaffShell title="公众意见" navId="catalogue" breadcrumbs={[{ label: '主动公开', href: staffBase }, { label: '公众意见' }]}>
      <h1>公众对主动公开的意见</h1>
      <p class="hint">条例第四十七条第二款、第五十一条：公民、法人或者其他组织认为行政机关未按照要求主动公开政府信息、或者公开内容有误的，可以投诉、举报。请核实后答复，并在答复中写明处理情况。</p>
      {rows.length === 0 ? (
        <EmptyState>暂无公众意见。</EmptyState>
      ) : (
        <ol class="complaints">
          {rows.map((r) => {
            const state = failed?.id === r.id ? failed.state : { values: {}, errors: {} };
            return (
              <li id={`c-${r.id}`}>
                <h2>
                  {COMPLAINT_KINDS[r.kind]}：{r.itemId ? <a href={staffItem(r.itemId)}>{r.target}</a> : r.target}
                </h2>
                <p class="hint">
                  {agencyNames.get(r.agencyId) ?? ''} · {formatBeijingTime(r.createdAt)} · {COMPLAINT_STATUSES[r.status]}
                  {r.contact ? ` · 联系方式：${r.contact}` : ' · 未留联系方式'}
                </p>
                <p>{r.body}</p>
                {r.answer ? (
                  <p>
                    <strong>答复（{r.answeredAt ? formatBeijingTime(r.answeredAt) : ''}）：</strong>
                    {r.answer}
                  </p>
                ) : null}
                {r.canAnswer ? (
                  <PostForm action={`${complaintsBase}/${r.id}/answer`} aria-label="答复意见">
                    <TextAreaField name="answer" label="答复" state={state} rows={3} hint="写明处理情况，例如“已于 3 月 5 日在社会救助栏目补充公开”。" />
                    <SubmitButton>提交答复</SubmitButton>
                  </PostForm>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </StaffShell>
  );
}

// 公众意见 (条例第四十七条第二款、第五十一条): complaints from the public that information was not disclosed
// or is wrong, for the agency's staff to answer and for supervisors to watch over their subtree. Open
// complaints past the product's answer period (COMPLAINT_ANSWER_WORKING_DAYS) are flagged.
import type { FormState } from '../../../platform/form.ts';
import { EmptyState } from '../../../platform/views/EmptyState.tsx';
import { PostForm, SelectField, SubmitButton, TextAreaField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { formatBeijingTime } from '../../../platform/views/format.ts';
import type { listComplaints } from '../complaints.service.ts';
import { COMPLAINT_ANSWER_WORKING_DAYS, COMPLAINT_KINDS, COMPLAINT_OUTCOMES, COMPLAINT_STATUSES } from '../domain/complaint.ts';
import { staffBase, staffItem } from './paths.ts';

type Row = Awaited<ReturnType<typeof listComplaints>>[number];

export const complaintsBase = `${staffBase}/complaints`;

const outcomeOptions = Object.entries(COMPLAINT_OUTCOMES).map(([value, label]) => ({ value, label }));

function DueTag({ row }: { readonly row: Row }) {
  if (row.status !== 'open') return null;
  return row.overdue ? (
    <span class="status-tag status-error complaint-overdue">
      超过 {COMPLAINT_ANSWER_WORKING_DAYS} 个工作日未答复（答复期限 {row.answerDueOn}）
    </span>
  ) : (
    <span class="status-tag">答复期限 {row.answerDueOn}</span>
  );
}

export function ComplaintsPage({ rows, agencyNames, failed }: { readonly rows: readonly Row[]; readonly agencyNames: ReadonlyMap<string, string>; readonly failed?: { id: string; state: FormState } }) {
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <StaffShell title="公众意见" navId="catalogue" breadcrumbs={[{ label: '主动公开', href: staffBase }, { label: '公众意见' }]}>
      <h1>公众对主动公开的意见</h1>
      <p class="hint">
        条例第四十七条第二款、第五十一条：公民、法人或者其他组织认为行政机关未按照要求主动公开政府信息、或者公开内容有误的，可以投诉、举报。请核实后答复，并在答复中写明处理情况。
        条例未规定答复期限，本平台默认 {COMPLAINT_ANSWER_WORKING_DAYS} 个工作日内答复，逾期的在此标出，上级政务公开办也能看到。
      </p>
      {overdue > 0 ? (
        <p class="notice notice-warning" role="status" id="complaints-overdue">
          有 {overdue} 条意见超过 {COMPLAINT_ANSWER_WORKING_DAYS} 个工作日未答复。
        </p>
      ) : null}
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
                  {r.contact ? ` · 联系方式：${r.contact}` : ' · 未留联系方式'} <DueTag row={r} />
                </p>
                <p>{r.body}</p>
                {r.answer ? (
                  <p>
                    <strong>答复（{r.answeredAt ? formatBeijingTime(r.answeredAt) : ''}{r.outcome ? `，${COMPLAINT_OUTCOMES[r.outcome]}` : ''}）：</strong>
                    {r.answer}
                  </p>
                ) : null}
                {r.canAnswer ? (
                  <PostForm action={`${complaintsBase}/${r.id}/answer`} aria-label="答复意见">
                    {r.hasQueryCode ? (
                      <p class="hint answer-visibility">答复内容和处理结果将对反映人公开：反映人凭提交意见时获得的查询码，可在“意见处理查询”页面看到。请勿在答复中写入他人的个人信息。</p>
                    ) : (
                      <p class="hint answer-visibility">这条意见提交时平台尚未发放查询码，反映人无法在网上看到答复；留有联系方式的，请另行告知答复内容。</p>
                    )}
                    <SelectField name="outcome" label="处理结果" state={state} required options={outcomeOptions} placeholder="请选择" />
                    <TextAreaField name="answer" label="答复" state={state} rows={3} hint="写明处理情况，例如“已于 3 月 5 日在社会救助栏目补充公开”，或不予更改的理由。" />
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

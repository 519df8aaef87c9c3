// 意见处理查询: the complainant enters the 查询码 they were given on filing (条例第四十七条第二款、第五十一条)
// and reads what they reported, its status and the agency's answer. The contact they left is shown masked.
import type { FormState } from '../../../../platform/form.ts';
import { ErrorSummary, PostForm, SubmitButton, TextField } from '../../../../platform/views/Form.tsx';
import { PublicShell } from '../../../../platform/views/PublicShell.tsx';
import { formatBeijingTime } from '../../../../platform/views/format.ts';
import type { ComplaintTrackView } from '../../complaints.service.ts';

export const complaintTrackPath = '/complaint/track';

export function ComplaintTrackPage({ state, result }: { readonly state: FormState; readonly result?: ComplaintTrackView }) {
  return (
    <PublicShell title="意见处理查询" breadcrumbs={[{ label: '首页', href: '/' }, { label: '意见处理查询' }]}>
      <h1>意见处理查询</h1>
      <p class="hint">输入提交“应公开未公开”或“内容有误”意见后页面上显示的查询码，查看处理状态和答复。</p>
      <ErrorSummary state={state} labels={{ queryCode: '查询码' }} />
      <PostForm action={complaintTrackPath} aria-label="查询意见处理结果">
        <TextField name="queryCode" label="查询码" state={state} required maxLength={32} autocomplete="off" hint="12 位字母和数字，例如 ABCD-2345-EFGH；大小写和连字符均可。" />
        <SubmitButton>查询</SubmitButton>
      </PostForm>
      {result ? (
        <section aria-labelledby="complaint-result">
          <h2 id="complaint-result">
            对{result.agencyName}{result.target}的意见
          </h2>
          <dl>
            <dt>意见类型</dt>
            <dd>{result.kindLabel}</dd>
            <dt>提交时间</dt>
            <dd>{formatBeijingTime(result.filedAt)}</dd>
            <dt>反映的情况</dt>
            <dd class="complaint-body">{result.body}</dd>
            <dt>联系方式</dt>
            <dd>{result.contact ?? '未留联系方式'}</dd>
            <dt>处理状态</dt>
            <dd id="complaint-status">{result.statusLabel}</dd>
            {result.answer ? (
              <>
                <dt>答复时间</dt>
                <dd>{result.answeredAt ? formatBeijingTime(result.answeredAt) : ''}</dd>
                {result.outcomeLabel ? (
                  <>
                    <dt>处理结果</dt>
                    <dd id="complaint-outcome">{result.outcomeLabel}</dd>
                  </>
                ) : null}
                <dt>答复内容</dt>
                <dd id="complaint-answer">{result.answer}</dd>
              </>
            ) : null}
          </dl>
          {result.answer ? (
            <p class="hint">
              对答复仍有异议的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报（条例第四十七条第二款、第五十一条）。
            </p>
          ) : (
            <p class="hint">{result.agencyName}正在核实处理，答复后会显示在本页。</p>
          )}
        </section>
      ) : null}
    </PublicShell>
  );
}

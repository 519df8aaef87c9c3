// 申请进度查询: number + query code; no personal data and no internal notes are shown.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SubmitButton, TextField } from '../../../platform/views/Form.tsx';
import { PublicShell } from '../../../platform/views/PublicShell.tsx';
import type { TrackedCustomDeadline, TrackView } from '../applications.service.ts';
import { REPLY_LETTER_HELD } from '../tracking.service.ts';
import { formatApplicationNumber, queryCodeLength } from '../domain/application-number.ts';
import { dateText, instantText } from './labels.ts';

// Examples in the real formats (application-number.ts): a 9-digit agency code as the demo county's, the
// year, a 4-digit sequence; a query code from its alphabet (no 0/O, 1/I/L).
const exampleNumber = formatApplicationNumber('999000021', 2026, 12);
const exampleQueryCode = '7KQ3M9XP2D';

export interface TrackPageProps {
  readonly state: FormState;
  readonly result?: TrackView | undefined;
}

export function TrackPage({ state, result }: TrackPageProps) {
  return (
    <PublicShell title="申请进度查询" breadcrumbs={[{ label: '首页', href: '/' }, { label: '申请进度查询' }]}>
      <h1>政府信息公开申请进度查询</h1>
      <ErrorSummary state={state} labels={{ applicationNumber: '申请编号', queryCode: '查询码' }} />
      <PostForm action="/apply/track" aria-label="查询申请进度">
        <TextField name="applicationNumber" label="申请编号" state={state} required maxLength={64} hint={`回执上的编号：机关代码-年份-序号，例如 ${exampleNumber}。`} />
        <TextField name="queryCode" label="查询码" state={state} required maxLength={32} hint={`回执上的 ${queryCodeLength} 位字母和数字，例如 ${exampleQueryCode}；不区分大小写，可带空格。`} />
        <SubmitButton>查询</SubmitButton>
      </PostForm>
      {result ? (
        <section aria-labelledby="track-result">
          <h2 id="track-result">申请 {result.applicationNumber}</h2>
          <dl>
            <dt>受理机关</dt>
            <dd>{result.agencyName}</dd>
            <dt>当前状态</dt>
            <dd id="track-status">{result.statusLabel}</dd>
            <dt>提交日期</dt>
            <dd>{dateText(result.arrivedOn)}</dd>
            <dt>收到申请之日</dt>
            <dd>{result.receivedOn ? dateText(result.receivedOn) : '待双方确认'}</dd>
            {result.dueOn && !result.decidedOn ? (
              <>
                <dt>答复期限</dt>
                <dd id="track-due-on">
                  {dateText(result.dueOn)}
                  {result.customDeadline ? '（依条例第三十五条确定的延迟答复期限）' : null}
                </dd>
              </>
            ) : null}
            {result.decidedOn ? (
              <>
                <dt>答复日期</dt>
                <dd>{dateText(result.decidedOn)}</dd>
              </>
            ) : null}
          </dl>
          <h3>办理过程</h3>
          <ol>
            {result.steps.map((s) => (
              <li>
                {instantText(s.at)} {s.label}
                {s.customDeadline ? <CustomDeadlineStep deadline={s.customDeadline} /> : null}
              </li>
            ))}
          </ol>
          {result.hasReplyLetter ? (
            <PostForm action="/apply/track/letter" aria-label="下载答复书">
              <input type="hidden" name="applicationNumber" value={state.values.applicationNumber ?? ''} />
              <input type="hidden" name="queryCode" value={state.values.queryCode ?? ''} />
              <button type="submit" name="format" value="docx" class="button">下载答复书（Word）</button>{' '}
              <button type="submit" name="format" value="html" class="button-secondary">在线查看答复书</button>
            </PostForm>
          ) : null}
          {result.replyLetterHeld ? <p class="notice-warning" id="reply-letter-held">{REPLY_LETTER_HELD}</p> : null}
          {result.replyFiles.length > 0 ? (
            <>
              <h3>答复提供的政府信息</h3>
              <ul class="track-reply-files">
                {result.replyFiles.map((f) => (
                  <li>
                    <PostForm action="/apply/track/files" aria-label={`下载${f.fileName}`}>
                      <input type="hidden" name="applicationNumber" value={state.values.applicationNumber ?? ''} />
                      <input type="hidden" name="queryCode" value={state.values.queryCode ?? ''} />
                      <input type="hidden" name="fileId" value={f.id} />
                      {f.fileName}（{Math.max(1, Math.ceil(f.sizeBytes / 1024))} KB）{' '}
                      <button type="submit" class="button-secondary">
                        下载
                      </button>
                    </PostForm>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </PublicShell>
  );
}

/** What the 延迟答复告知书 (条例第三十五条) told the applicant, under its step of the case's history. */
function CustomDeadlineStep({ deadline }: { readonly deadline: TrackedCustomDeadline }) {
  return (
    <div class="track-step-detail">
      <p>
        {dateText(deadline.setOn)}，本机关依照{deadline.legalBasis}确定延迟答复期限：{dateText(deadline.dueOn)}前作出答复（原答复期限为
        {dateText(deadline.statutoryDueOn)}）。
      </p>
      <p>理由：{deadline.reason}</p>
    </div>
  );
}

// 审阅意见 on the annual report page: the supervisors' comments with their 要求整改 and the agency's answers;
// the comment form for supervisors, the answer form for the agency, accept / ask again for supervisors.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SubmitButton, TextAreaField } from '../../../platform/views/Form.tsx';
import { formatBeijingTime } from '../../../platform/views/format.ts';
import { reviewStatusLabels } from '../domain/review-workflow.ts';
import type { ReviewPanel } from '../review.service.ts';

export interface ReviewSectionProps {
  readonly panel: ReviewPanel;
  /** The new-comment form as typed (kept after an error). */
  readonly commentState?: FormState;
  /** An answer form as typed, with its review id (kept after an error). */
  readonly answerState?: { readonly reviewId: string; readonly state: FormState };
}

const empty: FormState = { values: {}, errors: {} };

export function ReviewSection({ panel, commentState, answerState }: ReviewSectionProps) {
  if (panel.reviews.length === 0 && !panel.canComment && !panel.commentBlocked) return null;
  const comment = commentState ?? empty;
  return (
    <section aria-labelledby="reviews-heading" id="reviews" class="report-reviews">
      <h2 id="reviews-heading">政务公开办审阅意见</h2>
      {panel.reviews.length === 0 ? <p class="hint">暂无审阅意见。</p> : null}
      <ol class="review-list">
        {panel.reviews.map((r) => {
          const answering = answerState?.reviewId === r.id ? answerState.state : empty;
          const answerError = answering.errors.answer;
          return (
            <li class={`review review-${r.status}`} id={`review-${r.id}`}>
              <p>
                <strong class={r.status === 'correction_required' ? 'status-tag status-error' : 'status-tag'}>{reviewStatusLabels[r.status]}</strong>{' '}
                {r.author_name}，{formatBeijingTime(r.created_at)}
              </p>
              <p class="prewrap">{r.body}</p>
              {r.answer ? (
                <div class="review-answer">
                  <p>
                    <strong>整改答复</strong>（{r.answered_by_name ?? ''}，{r.answered_at ? formatBeijingTime(r.answered_at) : ''}）：
                  </p>
                  <p class="prewrap">{r.answer}</p>
                </div>
              ) : null}
              {r.status === 'correction_required' && panel.canAnswer ? (
                <PostForm action={`/admin/oversight/reviews/${r.id}/answer`} aria-label="整改答复">
                  <div class={answerError ? 'field field-invalid' : 'field'}>
                    <label for={`field-answer-${r.id}`}>整改情况</label>
                    {answerError ? (
                      <p class="field-error" id={`field-answer-${r.id}-error`}>
                        {answerError}
                      </p>
                    ) : null}
                    <textarea id={`field-answer-${r.id}`} name="answer" rows={4} aria-describedby={answerError ? `field-answer-${r.id}-error` : undefined}>
                      {answering.values.answer ?? ''}
                    </textarea>
                  </div>
                  <SubmitButton>提交整改答复</SubmitButton>
                </PostForm>
              ) : null}
              {r.status === 'answered' && panel.canDecide ? (
                <div class="actions">
                  <PostForm action={`/admin/oversight/reviews/${r.id}/accept`} class="inline-form">
                    <SubmitButton>确认整改</SubmitButton>
                  </PostForm>
                  <PostForm action={`/admin/oversight/reviews/${r.id}/reopen`} class="inline-form">
                    <button type="submit" class="button-secondary">
                      要求继续整改
                    </button>
                  </PostForm>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {panel.commentBlocked ? <p class="hint">{panel.commentBlocked}</p> : null}
      {panel.canComment ? (
        <>
          <ErrorSummary state={comment} labels={{ body: '审阅意见' }} />
          <PostForm action={`/admin/annual-reports/${panel.reportId}/reviews`} aria-label="填写审阅意见">
            <TextAreaField name="body" label="审阅意见" state={comment} rows={4} required hint="对照上方的检查结果写明需要改进的内容；报告单位在本页看到并答复。" />
            <div class="field">
              <input id="field-requiresCorrection" type="checkbox" name="requiresCorrection" value="on" checked={comment.values.requiresCorrection === 'on'} />
              <label for="field-requiresCorrection">要求整改（报告单位须答复整改情况）</label>
            </div>
            <SubmitButton>提交审阅意见</SubmitButton>
          </PostForm>
        </>
      ) : null}
    </section>
  );
}

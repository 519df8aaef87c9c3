// The letter gate on staff pages (issue 11 item 1): what still stops a letter going out, each with a link to
// where it is filled in; the case's 告知书 list (print / Word only for letters that pass the check); and the
// reply form's two buttons — 预览答复书 (a new tab, the same renderer as the issued letter) and 作出答复,
// disabled while something every reply letter needs is missing. The case page places these components.
import type { LetterFixPlace, LetterProblem } from '../domain/letter-check.ts';
import { fixPlaceLabels } from '../domain/letter-check.ts';
import type { CaseLetterReadiness, LetterKindRequest } from '../letters.service.ts';

export const letterKindLabels: Record<LetterKindRequest, string> = {
  reply: '答复书',
  correction: '补正告知书',
  extension: '延期答复告知书',
  custom_deadline: '延迟答复告知书',
  consultation: '第三方意见征询函',
  fee: '收费通知书',
};

/** Where a problem is fixed, as a link on the staff side. */
export function fixHref(fixAt: LetterFixPlace, agencyId: string, caseId: string): string {
  const base = `/admin/applications/${caseId}`;
  switch (fixAt.kind) {
    case 'remedy_settings':
      return `/admin/applications/remedy-settings?agency=${encodeURIComponent(agencyId)}`;
    case 'reply_form':
      return `${base}#field-${fixAt.field}`;
    case 'case_record':
      return `${base}#records`;
    case 'templates':
      return '/admin/applications/templates';
    case 'letter_text':
      return `${base}#form-reply`;
  }
}

export function LetterProblemList(props: { readonly problems: readonly LetterProblem[]; readonly agencyId: string; readonly caseId: string; readonly id?: string; readonly heading?: string }) {
  if (props.problems.length === 0) return null;
  return (
    <div class="letter-problems" id={props.id} role="note">
      <p>
        <strong>{props.heading ?? '告知书还有未完成的内容，补全后才能发出：'}</strong>
      </p>
      <ol>
        {props.problems.map((p) => (
          <li>
            {p.message}——<a href={fixHref(p.fixAt, props.agencyId, props.caseId)}>到“{fixPlaceLabels[p.fixAt.kind]}”填写</a>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The case's letters: print and Word for those that pass the check, what is missing for the others. */
export function CaseLetters(props: { readonly readiness: CaseLetterReadiness; readonly agencyId: string; readonly caseId: string }) {
  const { letters } = props.readiness;
  if (letters.length === 0) return null;
  const base = `/admin/applications/${props.caseId}`;
  return (
    <section aria-labelledby="letters">
      <h2 id="letters">告知书</h2>
      <ul id="case-letters">
        {letters.map(({ kind, problems }) => (
          <li data-letter={kind}>
            {letterKindLabels[kind]}：
            {problems.length === 0 ? (
              <>
                <a href={`${base}/letters/${kind}`}>打印</a> · <a href={`${base}/letters/${kind}.docx`}>下载 Word</a>
              </>
            ) : (
              <>
                暂不能打印或下载。
                <LetterProblemList problems={problems} agencyId={props.agencyId} caseId={props.caseId} heading="尚未完成：" />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The reply form's buttons. 预览 posts the same form to the preview page in a new tab (the files chosen stay
 * chosen here); 作出答复 is disabled while the agency's 救济途径设置 leaves a blank in every reply letter —
 * the service refuses such a letter anyway, whatever the page shows.
 */
export function ReplyIssueControls(props: { readonly caseId: string; readonly agencyId: string; readonly blockers: readonly LetterProblem[] }) {
  const blockers = props.blockers.filter((p, i, all) => all.findIndex((q) => q.message === p.message) === i);
  const blocked = blockers.length > 0;
  return (
    <div class="reply-issue">
      <LetterProblemList problems={blockers} agencyId={props.agencyId} caseId={props.caseId} id="reply-blockers" heading="答复书还缺少以下内容，补全后才能作出答复：" />
      <p class="hint">发出前请先预览：预览与发出的答复书完全相同，有未填写的内容时不能发出。</p>
      <button type="submit" class="button-secondary" formaction={`/admin/applications/${props.caseId}/reply/preview`} formtarget="_blank" formnovalidate>
        预览答复书
      </button>{' '}
      <button type="submit" class="button" disabled={blocked} aria-describedby={blocked ? 'reply-blockers' : undefined}>
        作出答复并发出答复书
      </button>
    </div>
  );
}

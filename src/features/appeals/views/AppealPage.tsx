// One 行政复议 / 行政诉讼 case: what it is about, the agency's deadline step by step, the outcome, and (for those
// who record cases) the form to update it.
import type { FormState } from '../../../platform/form.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { AppealView } from '../appeals.service.ts';
import { answerLabel, bodyLabel } from '../domain/appeal.ts';
import { AppealForm } from './AppealForm.tsx';
import { DeadlineTag } from './AppealsPage.tsx';
import { appealPath, appealsBase } from './paths.ts';

export function AppealPage({
  view,
  canRecord,
  state,
  reconsiderations,
}: {
  readonly view: AppealView;
  readonly canRecord: boolean;
  readonly state: FormState;
  readonly reconsiderations: ReadonlyArray<{ value: string; label: string }>;
}) {
  const r = view.row;
  const deadline = view.deadline.kind === 'open' || view.deadline.kind === 'answered' ? view.deadline.deadline : null;
  return (
    <StaffShell title={view.kindLabel} navId="appeals" breadcrumbs={[{ label: '行政复议和行政诉讼', href: appealsBase }, { label: view.kindLabel }]}>
      <h1>
        {view.kindLabel}
        {r.case_number ? ` ${r.case_number}` : ''}
      </h1>
      <dl class="details-list">
        <dt>案由</dt>
        <dd>{r.matter}</dd>
        <dt>{bodyLabel(r.kind)}</dt>
        <dd>{r.body_name}</dd>
        {view.procedureLabel ? (
          <>
            <dt>复议程序</dt>
            <dd>{view.procedureLabel}</dd>
          </>
        ) : null}
        {r.applicant_name ? (
          <>
            <dt>申请人（原告）</dt>
            <dd>{r.applicant_name}</dd>
          </>
        ) : null}
        {view.applicationNumber ? (
          <>
            <dt>所涉申请</dt>
            <dd>
              <a href={`/admin/applications/${r.application_id}`}>{view.applicationNumber}</a>
            </dd>
          </>
        ) : null}
        {view.reconsiderationLabel ? (
          <>
            <dt>所涉行政复议</dt>
            <dd>
              <a href={appealPath(r.reconsideration_id!)}>{view.reconsiderationLabel}</a>
            </dd>
          </>
        ) : null}
        <dt>申请复议或起诉日期</dt>
        <dd>{r.filed_on}</dd>
        <dt>{answerLabel(r.kind)}期限</dt>
        <dd>
          <DeadlineTag view={view} />
          {deadline ? (
            <details class="deadline-steps">
              <summary>期限怎么算</summary>
              <p>{deadline.basis}</p>
              <ol>
                {deadline.steps.map((s) => (
                  <li>{s}</li>
                ))}
              </ol>
              {deadline.warnings.map((w) => (
                <p class="notice notice-warning">{w.message}</p>
              ))}
            </details>
          ) : null}
        </dd>
        <dt>审理结果</dt>
        <dd>{r.concluded_on ? `${view.resultLabel}（${r.concluded_on} 审结）` : '尚未审结'}</dd>
        {r.notes ? (
          <>
            <dt>备注</dt>
            <dd>{r.notes}</dd>
          </>
        ) : null}
      </dl>
      {canRecord ? (
        <section aria-labelledby="appeal-update">
          <h2 id="appeal-update">更新案件</h2>
          <p class="hint">收到副本、提交答复（答辩）、收到复议决定或判决后在此更新，年度报告表四随之更新（重新生成年报草稿时）。</p>
          <AppealForm action={appealPath(view.id)} state={state} reconsiderations={reconsiderations.filter((c) => c.value !== view.id)} submitLabel="保存" />
        </section>
      ) : null}
    </StaffShell>
  );
}

/** The form's values for an existing case. */
export function appealFormValues(view: AppealView): Record<string, string> {
  const r = view.row;
  return {
    kind: r.kind,
    procedure: r.procedure ?? '',
    bodyName: r.body_name,
    caseNumber: r.case_number ?? '',
    applicantName: r.applicant_name ?? '',
    matter: r.matter,
    filedOn: r.filed_on,
    receivedOn: r.received_on ?? '',
    answeredOn: r.answered_on ?? '',
    concludedOn: r.concluded_on ?? '',
    result: r.result ?? '',
    applicationNumber: view.applicationNumber ?? '',
    reconsiderationId: r.reconsideration_id ?? '',
    notes: r.notes ?? '',
  };
}

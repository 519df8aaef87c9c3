// 案件页: the case, its applicant (masked unless revealed, every reveal audited), the reply clock
// explained step by step, and the actions its status allows (workflow table) for the roles that may act.
import { MAX_ATTACHMENT_BYTES } from '../../catalogue/attachments.ts';
import { MAX_REPLY_FILES, REPLY_FILES_FIELD } from '../reply-files.ts';
import type { ComponentChildren } from 'preact';
import { emptyFormState, type FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { CalendarWarnings } from '../../calendar/views/CalendarWarnings.tsx';
import { formatYuan } from '../../../law/fees.ts';
import type { ApplicantRow } from '../applications.repository.ts';
import type { CaseView } from '../applications.service.ts';
import { applicantTypeLabels, type ApplicantType } from '../domain/applicant-types.ts';
import { urgencyLabels } from '../domain/case-clock.ts';
import {
  deliveryChannelLabels,
  deliveryFormLabels,
  idDocumentTypeLabels,
  submissionChannelLabels,
  type DeliveryChannel,
  type DeliveryForm,
  type IdDocumentType,
  type SubmissionChannel,
} from '../domain/channels.ts';
import { outcomeLabels, type OutcomeCode } from '../domain/outcomes.ts';
import { eventLabels, statusLabels, type ApplicationEvent, type ApplicationStatus } from '../domain/workflow.ts';
import { withholdingGround } from '../../../law/replies.ts';
import { staffItem } from '../../catalogue/views/paths.ts';
import { MAX_WITHHELD_ROWS } from '../applications.schemas.ts';
import type { LetterProblem } from '../domain/letter-check.ts';
import type { CaseLetterReadiness } from '../letters.service.ts';
import { CaseLetters, ReplyIssueControls } from './LetterGate.tsx';
import { dateText, remainingDaysText, deliveryChannelOptions, feeMethodOptions, instantText, partyKindOptions, positionOptions, replyTypeOptions, withholdingGroundOptions } from './labels.ts';

export interface ActiveForm {
  readonly form: string;
  readonly state: FormState;
  /** A reply refused by the letter check: what is missing (LetterGate lists it with links). */
  readonly letterProblems?: readonly LetterProblem[] | undefined;
}

export interface CasePageProps {
  readonly view: CaseView;
  readonly active?: ActiveForm | undefined;
  readonly revealed?: ApplicantRow | undefined;
  readonly today: string;
  /** The letter gate (letters.service caseLetterReadiness): which letters may go out, what blocks a reply. */
  readonly letters?: CaseLetterReadiness | undefined;
  /** The action chosen from the list (`?action=`); otherwise the status's usual next step is open. */
  readonly selectedAction?: string | undefined;
}

/** One thing the current status allows (workflow table), its form opened one at a time. */
interface CaseAction {
  readonly id: string;
  readonly label: string;
  /** 登记撤回 ends the case: shown apart, styled as a danger action, with a confirmation. */
  readonly danger?: boolean;
  readonly form: ComponentChildren;
}

/** The form open when none is chosen: the usual next step of each status. */
function defaultActionId(status: string, ids: readonly string[]): string | undefined {
  const usual: Record<string, string> = {
    awaiting_confirmation: 'confirm',
    received: 'assign',
    correction_requested: 'correction-received',
    fee_notice: 'payment',
    replied: 'delivery',
    delivered: 'publish',
  };
  const wanted = status === 'consulting' ? ids.find((id) => id.startsWith('consultation-reply-')) : (usual[status] ?? 'reply');
  return ids.find((id) => id === wanted) ?? ids.find((id) => id !== 'withdraw');
}

/** 不予公开的内容: one row shown, each further row behind “再添加一项” (works without JavaScript). */
function WithheldRows({ state, index }: { readonly state: FormState; readonly index: number }) {
  if (index >= MAX_WITHHELD_ROWS) return null;
  const row = (
    <div class="withheld-row">
      <TextField name={`grounds.${index}.part`} label={`第${index + 1}项：不予公开的内容`} state={state} />
      <SelectField name={`grounds.${index}.ground`} label="依据" state={state} options={withholdingGroundOptions} placeholder="请选择" />
      <TextField name={`grounds.${index}.reason`} label="理由" state={state} />
    </div>
  );
  if (index === 0) {
    return (
      <>
        {row}
        <WithheldRows state={state} index={1} />
      </>
    );
  }
  // A row already typed in (a form shown again after an error) stays open.
  const used = (i: number) => ['part', 'ground', 'reason'].some((f) => Boolean(state.values[`grounds.${i}.${f}`]) || Boolean(state.errors[`grounds.${i}.${f}`]));
  const open = Array.from({ length: MAX_WITHHELD_ROWS - index }, (_, k) => index + k).some(used);
  return (
    <details class="withheld-more" open={open}>
      <summary>再添加一项不予公开的内容</summary>
      {row}
      <WithheldRows state={state} index={index + 1} />
    </details>
  );
}

const extraEventLabels: Record<string, string> = {
  submit: '网上提交申请',
  register: '登记申请',
  consultation_reply: '登记征求意见答复',
  set_custom_deadline: '确定延迟答复期限（条例第三十五条）',
  publish_proactively: '转为主动公开（条例第四十四条）',
};

/** Statuses in which the organ may still fix a 条例第三十五条 deadline (the clock runs, no reply yet). */
const customDeadlineStatuses = ['received', 'in_progress', 'consulting', 'extended', 'fee_notice', 'fee_paid'];

function ActionForm(props: { id: string; title: string; path: string; active?: ActiveForm | undefined; children: (state: FormState) => ComponentChildren; submit: string; multipart?: boolean; controls?: ComponentChildren }) {
  const state = props.active?.form === props.id ? props.active.state : emptyFormState;
  return (
    <section aria-labelledby={`action-${props.id}`} class="case-action" id={`form-${props.id}`}>
      <h3 id={`action-${props.id}`}>{props.title}</h3>
      <ErrorSummary state={state} />
      <PostForm action={props.path} multipart={props.multipart}>
        {props.children(state)}
        {props.controls ?? <SubmitButton>{props.submit}</SubmitButton>}
      </PostForm>
    </section>
  );
}

/** The files of the information provided (予以公开 / 部分公开), at the limits of catalogue attachments. */
function ReplyFilesField({ state }: { readonly state: FormState }) {
  const error = state.errors[REPLY_FILES_FIELD];
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={`field-${REPLY_FILES_FIELD}`}>提供的信息（文件）</label>
      <p class="hint" id={`field-${REPLY_FILES_FIELD}-hint`}>
        予以公开、部分公开的，可附上提供给申请人的信息：最多 {MAX_REPLY_FILES} 个文件，每个不超过 {MAX_ATTACHMENT_BYTES / 1024 / 1024} MB；只接受 PDF、Word（.docx）或图片（PNG、JPEG）。
        文件名将作为答复书的附件列出。答复有误需重新提交时，请重新选择文件。
      </p>
      {error ? <p class="field-error" id={`field-${REPLY_FILES_FIELD}-error`}>{error}</p> : null}
      <input id={`field-${REPLY_FILES_FIELD}`} type="file" name={REPLY_FILES_FIELD} multiple accept=".pdf,.docx,.png,.jpg,.jpeg"
        aria-describedby={error ? `field-${REPLY_FILES_FIELD}-hint field-${REPLY_FILES_FIELD}-error` : `field-${REPLY_FILES_FIELD}-hint`} />
    </div>
  );
}

export function CasePage({ view, active, revealed, today, letters: letterGate, selectedAction }: CasePageProps) {
  const a = view.application;
  const base = `/admin/applications/${a.id}`;
  const can = (event: ApplicationEvent) => view.canHandle && view.allowedEvents.includes(event);
  const withDate = (state: FormState, name: string): FormState =>
    state.values[name] ? state : { ...state, values: { ...state.values, [name]: today } };
  const applicant = revealed
    ? { name: revealed.name, idNumber: revealed.id_number, phone: revealed.phone, email: revealed.email, address: revealed.address }
    : view.applicant;
  const openConsultations = view.consultations.filter((c) => !c.reply_position);
  const letters: Array<[string, string]> = [];
  if (view.reply) letters.push(['reply', '答复书']);
  if (view.correction) letters.push(['correction', '补正告知书']);
  if (view.extension) letters.push(['extension', '延期答复告知书']);
  if (view.customDeadline) letters.push(['custom_deadline', '延迟答复告知书']);
  if (view.consultations.length > 0) letters.push(['consultation', '第三方意见征询函']);
  if (view.fees.length > 0) letters.push(['fee', '收费通知书']);
  // The actions the status allows (workflow table) for the roles that may act; one form is open at a time.
  const caseActions: CaseAction[] = [];
  if (can('confirm_receipt')) caseActions.push({ id: 'confirm', label: '确认收到', form: (
    <ActionForm id="confirm" title="确认收到申请（条例第三十一条）" path={`${base}/confirm`} active={active} submit="确认收到">
              {(s) => (
                <>
                  <TextField name="confirmedOn" label="双方确认之日" type="date" state={withDate(s, 'confirmedOn')} required />
                  <TextField name="method" label="确认方式" state={s} required hint="例如：电话确认（经办人、通话时间）" />
                </>
              )}
            </ActionForm>
  ) });
  if (view.canHandle && a.status !== 'replied' && a.status !== 'delivered' && a.status !== 'withdrawn' && a.status !== 'awaiting_confirmation') caseActions.push({ id: 'assign', label: a.status === 'received' ? '指派承办人' : '更换承办人', form: (
    <ActionForm id="assign" title={a.status === 'received' ? '指派承办人并开始办理' : '更换承办人'} path={`${base}/assign`} active={active} submit="指派">
              {(s) => (
                <SelectField name="assigneeId" label="承办人" state={{ ...s, values: { assigneeId: s.values.assigneeId ?? a.assigned_to ?? '' } }}
                  options={view.assignees.map((x) => ({ value: x.id, label: x.name }))} placeholder="请选择" required />
              )}
            </ActionForm>
  ) });
  if (can('request_correction') && !view.correction) caseActions.push({ id: 'correction', label: '补正告知', form: (
    <ActionForm id="correction" title="补正告知（条例第三十条，只能一次性告知）" path={`${base}/correction`} active={active} submit="发出补正告知">
              {(s) => (
                <>
                  <TextField name="requestedOn" label="告知日期" type="date" state={withDate(s, 'requestedOn')} required
                    hint={view.clock.correctionNoticeDueOn ? `应在 ${dateText(view.clock.correctionNoticeDueOn)} 前告知（收到申请之日起7个工作日内）。` : undefined} />
                  <TextAreaField name="items" label="需补正的事项（一次性全部列明）" state={s} required />
                  <TextField name="correctionDueOn" label="补正期限" type="date" state={s} required />
                </>
              )}
            </ActionForm>
  ) });
  if (can('receive_correction')) caseActions.push({ id: 'correction-received', label: '收到补正', form: (
    <ActionForm id="correction-received" title="收到补正材料" path={`${base}/correction-received`} active={active} submit="登记收到补正">
              {(s) => <TextField name="correctedOn" label="收到补正之日" type="date" state={withDate(s, 'correctedOn')} required hint="答复期限自收到补正的申请之日起重新计算。" />}
            </ActionForm>
  ) });
  if (can('start_consultation')) caseActions.push({ id: 'consultation', label: '征求意见', form: (
    <ActionForm id="consultation" title="征求第三方或其他机关意见" path={`${base}/consultations`} active={active} submit="登记发出征求意见函">
              {(s) => (
                <>
                  <SelectField name="partyKind" label="征求对象" state={s} options={partyKindOptions} placeholder="请选择" required />
                  <TextField name="partyName" label="名称" state={s} required />
                  <TextAreaField name="subject" label="征求意见的内容" state={s} required rows={3} />
                  <TextField name="dispatchedOn" label="发函日期" type="date" state={withDate(s, 'dispatchedOn')} required />
                  <TextField name="partyReceivedOn" label="对方收到日期（送达回证）" type="date" state={s} />
                </>
              )}
            </ActionForm>
  ) });
  if (view.canHandle && a.status === 'consulting') {
    for (const c of openConsultations) {
      caseActions.push({ id: `consultation-reply-${c.id}`, label: `登记${c.party_name}的意见`, form: (
        <ActionForm id={`consultation-reply-${c.id}`} title={`登记${c.party_name}的意见`} path={`${base}/consultation-reply`} active={active} submit="登记意见">
                  {(s) => (
                    <>
                      <input type="hidden" name="consultationId" value={c.id} />
                      <SelectField name="position" label="对方意见" state={s} options={positionOptions} placeholder="请选择" required />
                      <TextField name="repliedOn" label="收到意见之日" type="date" state={withDate(s, 'repliedOn')} />
                      <TextField name="partyReceivedOn" label="对方收到征求意见函之日" type="date" state={s} />
                      <TextAreaField name="summary" label="意见摘要" state={s} rows={3} />
                    </>
                  )}
                </ActionForm>
      ) });
    }
  }
  if (view.canApproveExtension && view.allowedEvents.includes('approve_extension') && !view.extension) caseActions.push({ id: 'extension', label: '批准延长答复期限', form: (
    <ActionForm id="extension" title="批准延长答复期限（条例第三十三条第二款，最长20个工作日）" path={`${base}/extension`} active={active} submit="批准延期">
              {(s) => (
                <>
                  <TextField name="approvedOn" label="批准日期" type="date" state={withDate(s, 'approvedOn')} required
                    hint={view.clock.finalDueOn ? `须在当前答复期限 ${dateText(view.clock.finalDueOn)} 前批准；延期后至 ${dateText(view.clock.latestExtendedDueOn)}。` : undefined} />
                  <TextAreaField name="reason" label="延期理由" state={s} required rows={2} />
                </>
              )}
            </ActionForm>
  ) });
  if (view.canHandle && customDeadlineStatuses.includes(a.status) && !view.customDeadline && view.clock.finalDueOn) caseActions.push({ id: 'custom-deadline', label: '确定延迟答复期限', form: (
    <ActionForm id="custom-deadline" title="确定延迟答复期限（条例第三十五条）" path={`${base}/custom-deadline`} active={active} submit="确定延迟答复期限">
              {(s) => (
                <>
                  <p class="hint">
                    申请人申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由、理由合理，但无法在法定期限
                    （{dateText(view.clock.finalDueOn)}）内答复的，可以确定延迟答复的合理期限并告知申请人。
                  </p>
                  <TextField name="setOn" label="确定日期" type="date" state={withDate(s, 'setOn')} required
                    hint={`须在法定答复期限 ${dateText(view.clock.finalDueOn)} 前确定。`} />
                  <TextField name="dueOn" label="延迟答复期限" type="date" state={s} required hint="应晚于法定答复期限。" />
                  <TextAreaField name="reason" label="延迟答复的理由（将写入告知书）" state={s} required rows={3} />
                  <TextField name="legalBasis" label="法律依据" state={s.values.legalBasis === undefined ? { ...s, values: { ...s.values, legalBasis: '《中华人民共和国政府信息公开条例》第三十五条' } } : s} required />
                </>
              )}
            </ActionForm>
  ) });
  if (can('issue_fee_notice')) caseActions.push({ id: 'fee', label: '发出收费通知', form: (
    <ActionForm id="fee" title="发出信息处理费收费通知（国办函〔2020〕109号）" path={`${base}/fee`} active={active} submit="发出收费通知">
              {(s) => (
                <>
                  <SelectField name="method" label="计费方式" state={s} options={feeMethodOptions} placeholder="请选择" required />
                  <TextField name="monthOrdinal" label="该申请人本月第几件申请（按件）" type="number" state={s} />
                  <TextField name="pages" label="页数（按量，A4折算）" type="number" state={s} />
                  <TextField name="sentOn" label="通知发出日期" type="date" state={withDate(s, 'sentOn')} required />
                  <TextField name="receivedOn" label="申请人收到通知日期" type="date" state={s} />
                </>
              )}
            </ActionForm>
  ) });
  if (can('record_payment')) caseActions.push({ id: 'payment', label: '登记缴费', form: (
    <ActionForm id="payment" title="登记缴费" path={`${base}/payment`} active={active} submit="登记缴费">
              {(s) => (
                <>
                  <TextField name="paidOn" label="缴费日期" type="date" state={withDate(s, 'paidOn')} required />
                  <TextField name="receiptNo" label="财政票据号码" state={s} required />
                </>
              )}
            </ActionForm>
  ) });
  if (can('reply')) caseActions.push({ id: 'reply', label: '作出答复', form: (
    <ActionForm id="reply" title="作出答复（条例第三十六至三十九条）" path={`${base}/reply`} active={active} submit="作出答复并生成答复书" multipart
              controls={<ReplyIssueControls caseId={a.id} agencyId={a.agency_id} blockers={[...(active?.form === 'reply' ? (active.letterProblems ?? []) : []), ...(letterGate?.replyBlockers ?? [])]} />}>
              {(s) => (
                <>
                  <SelectField name="replyType" label="答复类型" state={s} options={replyTypeOptions} placeholder="请选择" required
                    hint="每件申请只选一种答复类型，它决定年报表三中的统计行。" />
                  <TextField name="decidedOn" label="答复日期" type="date" state={withDate(s, 'decidedOn')} required />
                  <TextAreaField name="provided" label="提供的信息 / 获取方式" state={s} rows={3} />
                  <ReplyFilesField state={s} />
                  <TextAreaField name="reasons" label="理由" state={s} rows={3} hint="不予公开、无法提供、不予处理须说明理由；不予公开的，此处写主要理由。" />
                  <fieldset id="withheld-rows">
                    <legend>不予公开的内容、依据及理由（部分公开须逐项填写；不予公开有多项理由的，在此列出主要理由以外的其他理由）</legend>
                    <p class="hint">年报表三按答复类型统计：部分公开只计入“部分公开”，不予公开只计入所选答复类型，此处其他理由一并记录、写入答复书，但不重复统计。</p>
                    <WithheldRows state={s} index={0} />
                  </fieldset>
                  <TextField name="legalBasis" label="法律依据（留空则按答复类型自动填写）" state={s} />
                </>
              )}
            </ActionForm>
  ) });
  if (can('deliver')) caseActions.push({ id: 'delivery', label: '登记送达', form: (
    <ActionForm id="delivery" title="登记送达" path={`${base}/delivery`} active={active} submit="登记送达">
              {(s) => (
                <>
                  <SelectField name="method" label="送达方式" state={s} options={deliveryChannelOptions} placeholder="请选择" required />
                  <TextField name="deliveredOn" label="送达日期" type="date" state={withDate(s, 'deliveredOn')} required />
                  <TextField name="proof" label="送达凭证" state={s} hint="邮件单号、签收人、发送邮箱等。" />
                </>
              )}
            </ActionForm>
  ) });
  if (view.publish) caseActions.push({ id: 'publish', label: '转为主动公开', form: (
    <ActionForm id="publish" title="转为主动公开（条例第四十四条）" path={`${base}/publish`} active={active} submit="生成主动公开草稿">
              {(s) => {
                const state = Object.keys(s.values).length === 0 ? { ...s, values: view.publish!.defaults } : s;
                return (
                  <>
                    <p class="hint">
                      多个申请人就相同政府信息提出申请，且该信息可以公开的，可以纳入主动公开范围。将在主动公开目录中生成草稿，
                      经保密审查和审批后发布；请删去申请人个人信息等不宜公开的内容。
                    </p>
                    {view.replyFiles.length > 0 ? (
                      <p class="hint" id="publish-files">
                        答复时提供的 {view.replyFiles.length} 个文件（{view.replyFiles.map((f) => `“${f.original_name}”`).join('、')}）将复制为草稿的附件，
                        与正文一同接受个人信息检查和保密审查，不会直接发布。
                      </p>
                    ) : null}
                    <SelectField name="category" label="信息分类" state={state} options={view.publish!.categories} placeholder="请选择" required />
                    <TextField name="title" label="标题" state={state} required />
                    <TextAreaField name="summary" label="内容概述" state={state} required rows={2} />
                    <TextAreaField name="body" label="正文（已提供的信息）" state={state} required rows={6} />
                    <TextField name="topicCategory" label="主题分类" state={state} required hint="例如：城乡建设、财政金融。" />
                    <TextField name="writtenOn" label="成文日期" type="date" state={state} required hint="公开时限自此日起算（条例第二十六条）。" />
                  </>
                );
              }}
            </ActionForm>
  ) });
  if (can('withdraw')) caseActions.push({ id: 'withdraw', label: '登记撤回', danger: true, form: (
    <ActionForm id="withdraw" title="申请人撤回申请" path={`${base}/withdraw`} active={active} submit="登记撤回"
      controls={<button type="submit" class="button-danger" data-confirm="登记撤回后本申请终止办理，不能恢复。确定登记撤回吗？">确认登记撤回</button>}>
              {(s) => (
                <>
                  <TextField name="withdrawnOn" label="撤回日期" type="date" state={withDate(s, 'withdrawnOn')} required />
                  <TextField name="note" label="撤回说明" state={s} hint="例如：申请人书面撤回（附撤回书）或电话撤回（经办人、通话时间）。" />
                  <p class="notice notice-warning">登记撤回后本申请终止办理，不再计入答复期限，不能恢复；只在申请人确已撤回时登记。</p>
                  <div class={s.errors.confirm ? 'field field-invalid' : 'field'}>
                    {s.errors.confirm ? <p class="field-error" id="field-confirm-error">{s.errors.confirm}</p> : null}
                    <label class="checkbox" for="field-confirm">
                      <input type="checkbox" id="field-confirm" name="confirm" value="on" required aria-describedby={s.errors.confirm ? 'field-confirm-error' : undefined} />
                      申请人确已撤回本申请
                    </label>
                  </div>
                </>
              )}
            </ActionForm>
  ) });
  const chosen = active?.form ?? selectedAction;
  const shown = caseActions.find((x) => x.id === chosen) ?? caseActions.find((x) => x.id === defaultActionId(a.status, caseActions.map((c) => c.id)));
  return (
    <StaffShell title={`申请 ${a.application_number}`} navId="applications" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: a.application_number }]}>
      <h1>申请 {a.application_number}</h1>
      <p>
        状态：<strong id="case-status">{statusLabels[a.status as ApplicationStatus]}</strong>
        {a.outcome ? `；办理结果：${outcomeLabels[a.outcome as OutcomeCode]}` : ''}
        {view.urgency === 'overdue' || view.urgency === 'due_soon' ? (
          <strong class="tag">（{view.urgency === 'overdue' && view.clock.progress ? remainingDaysText(view.clock.progress) : urgencyLabels[view.urgency]}）</strong>
        ) : null}
      </p>
      {view.repeatOf ? (
        <p class="notice-warning" role="note">
          疑似重复申请：与本机关已答复的申请 <a href={`/admin/applications/${view.repeatOf.id}`}>{view.repeatOf.applicationNumber}</a>{' '}
          为同一申请人，内容相似度 {Math.round(view.repeatOf.score * 100)}%。是否属于重复申请（条例第三十六条第（六）项）由经办人判断。
        </p>
      ) : null}

      {view.similar.length > 0 ? (
        <p class="notice" role="note" id="similar-requests">
          已有{view.similar.length}件相似申请（所需信息内容相似度不低于60%）：
          {view.similar.slice(0, 5).map((x, i) => (
            <>
              {i > 0 ? '、' : ''}
              <a href={`/admin/applications/${x.applicationId}`}>{x.applicationNumber}</a>（{Math.round(x.score * 100)}%）
            </>
          ))}
          {view.similar.length > 5 ? '等' : ''}。
          多个申请人申请相同且可以公开的政府信息的，可以依条例第四十四条纳入主动公开范围。
        </p>
      ) : null}
      {view.publication ? (
        <p class="notice notice-success" role="note" id="publication-link">
          本申请的信息已转为主动公开：<a href={staffItem(view.publication.catalogueItemId)}>查看主动公开草稿</a>（须经主动公开审核后发布）。
        </p>
      ) : null}

      <section aria-labelledby="deadline">
        <h2 id="deadline">答复期限</h2>
        <dl>
          <dt>收到申请之日</dt>
          <dd>{a.received_on ? dateText(a.received_on) : `待确认（${submissionChannelLabels[a.channel as SubmissionChannel]}，${dateText(a.arrived_on)}到达）`}</dd>
          {view.clock.finalDueOn ? (
            <>
              <dt>答复期限</dt>
              <dd id="due-on">{dateText(view.clock.finalDueOn)}</dd>
            </>
          ) : null}
          {view.customDeadline ? (
            <>
              <dt>延迟答复期限（条例第三十五条）</dt>
              <dd id="custom-deadline">
                {dateText(view.customDeadline.set_on)}确定延迟至 {dateText(view.customDeadline.due_on)}（法定期限 {dateText(view.customDeadline.statutory_due_on)}）；
                理由：{view.customDeadline.reason}；依据：{view.customDeadline.legal_basis}
              </dd>
            </>
          ) : null}
          {view.clock.progress ? (
            <>
              <dt>已用工作日</dt>
              <dd>{view.clock.progress.workingDaysUsed} 个工作日</dd>
              <dt>{view.clock.progress.workingDaysOverdue > 0 ? '逾期' : '剩余工作日'}</dt>
              <dd id="days-remaining" class={view.clock.progress.workingDaysOverdue > 0 ? 'status-error' : undefined}>
                {remainingDaysText(view.clock.progress)}
              </dd>
            </>
          ) : null}
        </dl>
        <details open>
          <summary>期限是怎样算出来的</summary>
          <ol id="clock-explanation">
            {view.clock.explanation.map((s) => (
              <li>{s}</li>
            ))}
          </ol>
        </details>
        {view.clock.notices.map((n) => (
          <p class="notice-warning">{n}</p>
        ))}
        <CalendarWarnings warnings={view.clock.warnings} />
      </section>

      <section aria-labelledby="applicant">
        <h2 id="applicant">申请人</h2>
        <dl>
          <dt>类型</dt>
          <dd>{applicantTypeLabels[a.applicant_type as ApplicantType]}</dd>
          <dt>姓名或名称</dt>
          <dd>{applicant.name}</dd>
          <dt>{idDocumentTypeLabels[view.applicant.idDocumentType as IdDocumentType] ?? '证件'}</dt>
          <dd id="applicant-id">{applicant.idNumber}</dd>
          <dt>联系电话</dt>
          <dd>{applicant.phone}</dd>
          {applicant.email ? (
            <>
              <dt>电子邮箱</dt>
              <dd>{applicant.email}</dd>
            </>
          ) : null}
          {applicant.address ? (
            <>
              <dt>通信地址</dt>
              <dd>{applicant.address}</dd>
            </>
          ) : null}
        </dl>
        {!revealed && view.canReadPersonalData ? (
          <PostForm action={`${base}/reveal`}>
            <button type="submit" class="button-secondary">显示完整个人信息（将记入操作日志）</button>
          </PostForm>
        ) : null}
      </section>

      <section aria-labelledby="request">
        <h2 id="request">申请内容</h2>
        <p class="pre-wrap">{a.description}</p>
        <dl>
          {a.document_no ? (
            <>
              <dt>文号</dt>
              <dd>{a.document_no}</dd>
            </>
          ) : null}
          <dt>获取形式 / 途径</dt>
          <dd>
            {deliveryFormLabels[a.delivery_form as DeliveryForm]} / {deliveryChannelLabels[a.delivery_channel as DeliveryChannel]}
          </dd>
          <dt>提交方式</dt>
          <dd>{submissionChannelLabels[a.channel as SubmissionChannel]}</dd>
        </dl>
        {view.attachments.length > 0 ? (
          <ul>
            {view.attachments.map((f) => (
              <li>
                <a href={`${base}/attachments/${f.id}`}>{f.original_name}</a>（{Math.ceil(f.size_bytes / 1024)} KB）
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {letterGate ? <CaseLetters readiness={letterGate} agencyId={a.agency_id} caseId={a.id} /> : letters.length > 0 ? (
        <section aria-labelledby="letters">
          <h2 id="letters">告知书</h2>
          <ul>
            {letters.map(([kind, label]) => (
              <li>
                {label}：<a href={`${base}/letters/${kind}`}>打印</a> · <a href={`${base}/letters/${kind}.docx`}>下载 Word</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.consultations.length > 0 || view.fees.length > 0 || view.reply ? (
        <section aria-labelledby="records">
          <h2 id="records">办理记录</h2>
          <ul>
            {view.correction ? <li>补正告知：{dateText(view.correction.requested_on)} 发出，补正期限 {dateText(view.correction.correction_due_on)}{view.correction.corrected_on ? `，${dateText(view.correction.corrected_on)} 收到补正` : ''}</li> : null}
            {view.consultations.map((c) => (
              <li>
                征求{c.party_name}意见：{dateText(c.dispatched_on)} 发函
                {c.reply_position ? `，${{ agrees: '同意公开', objects: '不同意公开', no_reply: '逾期未提出意见' }[c.reply_position as 'agrees']}${c.replied_on ? `（${dateText(c.replied_on)}）` : ''}` : '，等待答复'}
              </li>
            ))}
            {view.extension ? <li>延长答复期限：{dateText(view.extension.approved_on)} 经负责人批准，理由：{view.extension.reason}</li> : null}
            {view.fees.map((f) => (
              <li>
                收费通知：{dateText(f.notice_sent_on)}，{formatYuan(f.amount_fen)}
                {f.paid_on ? `，${dateText(f.paid_on)} 缴费（票据 ${f.receipt_no ?? ''}）` : '，待缴费'}
              </li>
            ))}
            {view.reply ? (
              <li>
                答复：{dateText(view.reply.decided_on)}，{outcomeLabels[view.reply.outcome as OutcomeCode]}，{view.reply.letter_number}
                {view.replyFiles.length > 0 ? (
                  <>
                    ，提供的信息（附件，下载将记入审计日志）：
                    <ul id="reply-files">
                      {view.replyFiles.map((f) => (
                        <li>
                          <a href={`${base}/reply-files/${f.id}`}>{f.original_name}</a>（{Math.ceil(f.size_bytes / 1024)} KB）
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {view.withheld.length > 0 ? (
                  <ul id="withheld-parts">
                    {view.withheld.map((w) => (
                      <li>
                        {w.part ? `${w.part}：` : '另一不予公开理由：'}
                        {withholdingGround(w.ground).label}（条例{withholdingGround(w.ground).article}），{w.reason}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ) : null}
            {view.delivery ? <li>送达：{dateText(view.delivery.delivered_on)}（{deliveryChannelLabels[view.delivery.method as DeliveryChannel]}）{view.delivery.proof ?? ''}</li> : null}
          </ul>
        </section>
      ) : null}

      {caseActions.length > 0 ? (
        <section aria-labelledby="actions">
          <h2 id="actions">办理</h2>
          <p class="hint">当前状态可以办理的事项（点击展开其表单，每次办理一项）：</p>
          {[...caseActions.filter((x) => !x.danger), ...caseActions.filter((x) => x.danger)].map((x) => (
            <details class={x.danger ? 'case-action-item case-action-danger' : 'case-action-item'} id={`action-item-${x.id}`} open={x.id === shown?.id}>
              <summary>{x.label}</summary>
              {x.form}
            </details>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="notes">
        <h2 id="notes">内部备注</h2>
        {view.notes.length === 0 ? <p>暂无备注。</p> : (
          <ul>
            {view.notes.map((n) => (
              <li>
                {instantText(n.created_at)}：<span class="pre-wrap">{n.body}</span>
              </li>
            ))}
          </ul>
        )}
        {view.canHandle ? (
          <ActionForm id="note" title="添加备注" path={`${base}/notes`} active={active} submit="添加备注">
            {(s) => <TextAreaField name="body" label="备注（申请人不可见）" state={s} required rows={3} />}
          </ActionForm>
        ) : null}
      </section>

      <section aria-labelledby="event-log">
        <h2 id="event-log">办理日志</h2>
        <ol>
          {view.events.map((e) => (
            <li>
              {instantText(e.occurred_at)} {eventLabels[e.event as ApplicationEvent] ?? extraEventLabels[e.event] ?? e.event}
              {e.from_status !== e.to_status ? `（${e.from_status ? statusLabels[e.from_status as ApplicationStatus] : '—'} → ${statusLabels[e.to_status as ApplicationStatus]}）` : ''}
            </li>
          ))}
        </ol>
      </section>
    </StaffShell>
  );
}

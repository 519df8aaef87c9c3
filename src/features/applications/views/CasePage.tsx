// 案件页: the case, its applicant (masked unless revealed, every reveal audited), the reply clock
// explained step by step, and the actions its status allows (workflow table) for the roles that may act.
import type { ComponentChildren } from 'preact';
import { emptyFormState, type FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
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
import { dateText, deliveryChannelOptions, feeMethodOptions, instantText, partyKindOptions, positionOptions, replyTypeOptions } from './labels.ts';

export interface ActiveForm {
  readonly form: string;
  readonly state: FormState;
}

export interface CasePageProps {
  readonly view: CaseView;
  readonly active?: ActiveForm | undefined;
  readonly revealed?: ApplicantRow | undefined;
  readonly today: string;
}

const extraEventLabels: Record<string, string> = {
  submit: '网上提交申请',
  register: '登记申请',
  consultation_reply: '登记征求意见答复',
};

function ActionForm(props: { id: string; title: string; path: string; active?: ActiveForm | undefined; children: (state: FormState) => ComponentChildren; submit: string }) {
  const state = props.active?.form === props.id ? props.active.state : emptyFormState;
  return (
    <section aria-labelledby={`action-${props.id}`} class="case-action" id={`form-${props.id}`}>
      <h3 id={`action-${props.id}`}>{props.title}</h3>
      <ErrorSummary state={state} />
      <PostForm action={props.path}>
        {props.children(state)}
        <SubmitButton>{props.submit}</SubmitButton>
      </PostForm>
    </section>
  );
}

export function CasePage({ view, active, revealed, today }: CasePageProps) {
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
  if (view.consultations.length > 0) letters.push(['consultation', '第三方意见征询函']);
  if (view.fees.length > 0) letters.push(['fee', '收费通知书']);
  return (
    <StaffShell title={`申请 ${a.application_number}`} navId="applications" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: a.application_number }]}>
      <h1>申请 {a.application_number}</h1>
      <p>
        状态：<strong id="case-status">{statusLabels[a.status as ApplicationStatus]}</strong>
        {a.outcome ? `；办理结果：${outcomeLabels[a.outcome as OutcomeCode]}` : ''}
        {view.urgency === 'overdue' || view.urgency === 'due_soon' ? <strong class="tag">（{urgencyLabels[view.urgency]}）</strong> : null}
      </p>
      {view.repeatOf ? (
        <p class="notice-warning" role="note">
          疑似重复申请：与本机关已答复的申请 <a href={`/admin/applications/${view.repeatOf.id}`}>{view.repeatOf.applicationNumber}</a>{' '}
          为同一申请人，内容相似度 {Math.round(view.repeatOf.score * 100)}%。是否属于重复申请（条例第三十六条第（六）项）由经办人判断。
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
          {view.clock.progress ? (
            <>
              <dt>已用 / 剩余工作日</dt>
              <dd>
                {view.clock.progress.workingDaysUsed} / {view.clock.progress.workingDaysRemaining}
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
        {[...view.clock.notices, ...view.clock.warnings.map((w) => w.message)].map((n) => (
          <p class="notice-warning">{n}</p>
        ))}
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

      {letters.length > 0 ? (
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
            {view.reply ? <li>答复：{dateText(view.reply.decided_on)}，{outcomeLabels[view.reply.outcome as OutcomeCode]}，{view.reply.letter_number}</li> : null}
            {view.delivery ? <li>送达：{dateText(view.delivery.delivered_on)}（{deliveryChannelLabels[view.delivery.method as DeliveryChannel]}）{view.delivery.proof ?? ''}</li> : null}
          </ul>
        </section>
      ) : null}

      {view.canHandle || view.canApproveExtension ? (
        <section aria-labelledby="actions">
          <h2 id="actions">办理</h2>
          {can('confirm_receipt') ? (
            <ActionForm id="confirm" title="确认收到申请（条例第三十一条）" path={`${base}/confirm`} active={active} submit="确认收到">
              {(s) => (
                <>
                  <TextField name="confirmedOn" label="双方确认之日" type="date" state={withDate(s, 'confirmedOn')} required />
                  <TextField name="method" label="确认方式" state={s} required hint="例如：电话确认（经办人、通话时间）" />
                </>
              )}
            </ActionForm>
          ) : null}
          {view.canHandle && a.status !== 'replied' && a.status !== 'delivered' && a.status !== 'withdrawn' && a.status !== 'awaiting_confirmation' ? (
            <ActionForm id="assign" title={a.status === 'received' ? '指派承办人并开始办理' : '更换承办人'} path={`${base}/assign`} active={active} submit="指派">
              {(s) => (
                <SelectField name="assigneeId" label="承办人" state={{ ...s, values: { assigneeId: s.values.assigneeId ?? a.assigned_to ?? '' } }}
                  options={view.assignees.map((x) => ({ value: x.id, label: x.name }))} placeholder="请选择" required />
              )}
            </ActionForm>
          ) : null}
          {can('request_correction') && !view.correction ? (
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
          ) : null}
          {can('receive_correction') ? (
            <ActionForm id="correction-received" title="收到补正材料" path={`${base}/correction-received`} active={active} submit="登记收到补正">
              {(s) => <TextField name="correctedOn" label="收到补正之日" type="date" state={withDate(s, 'correctedOn')} required hint="答复期限自收到补正的申请之日起重新计算。" />}
            </ActionForm>
          ) : null}
          {can('start_consultation') ? (
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
          ) : null}
          {view.canHandle && a.status === 'consulting'
            ? openConsultations.map((c) => (
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
              ))
            : null}
          {view.canApproveExtension && view.allowedEvents.includes('approve_extension') && !view.extension ? (
            <ActionForm id="extension" title="批准延长答复期限（条例第三十三条第二款，最长20个工作日）" path={`${base}/extension`} active={active} submit="批准延期">
              {(s) => (
                <>
                  <TextField name="approvedOn" label="批准日期" type="date" state={withDate(s, 'approvedOn')} required
                    hint={view.clock.finalDueOn ? `须在当前答复期限 ${dateText(view.clock.finalDueOn)} 前批准；延期后至 ${dateText(view.clock.latestExtendedDueOn)}。` : undefined} />
                  <TextAreaField name="reason" label="延期理由" state={s} required rows={2} />
                </>
              )}
            </ActionForm>
          ) : null}
          {can('issue_fee_notice') ? (
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
          ) : null}
          {can('record_payment') ? (
            <ActionForm id="payment" title="登记缴费" path={`${base}/payment`} active={active} submit="登记缴费">
              {(s) => (
                <>
                  <TextField name="paidOn" label="缴费日期" type="date" state={withDate(s, 'paidOn')} required />
                  <TextField name="receiptNo" label="财政票据号码" state={s} required />
                </>
              )}
            </ActionForm>
          ) : null}
          {can('reply') ? (
            <ActionForm id="reply" title="作出答复（条例第三十六至三十九条）" path={`${base}/reply`} active={active} submit="作出答复并生成答复书">
              {(s) => (
                <>
                  <SelectField name="replyType" label="答复类型" state={s} options={replyTypeOptions} placeholder="请选择" required
                    hint="每件申请只选一种答复类型，它决定年报表三中的统计行。" />
                  <TextField name="decidedOn" label="答复日期" type="date" state={withDate(s, 'decidedOn')} required />
                  <TextAreaField name="provided" label="提供的信息 / 获取方式" state={s} rows={3} />
                  <TextAreaField name="withheldParts" label="不予公开的部分及理由（部分公开时必填）" state={s} rows={3} />
                  <TextAreaField name="reasons" label="理由" state={s} rows={3} hint="不予公开、无法提供、不予处理须说明理由。" />
                  <TextField name="legalBasis" label="法律依据（留空则按答复类型自动填写）" state={s} />
                </>
              )}
            </ActionForm>
          ) : null}
          {can('deliver') ? (
            <ActionForm id="delivery" title="登记送达" path={`${base}/delivery`} active={active} submit="登记送达">
              {(s) => (
                <>
                  <SelectField name="method" label="送达方式" state={s} options={deliveryChannelOptions} placeholder="请选择" required />
                  <TextField name="deliveredOn" label="送达日期" type="date" state={withDate(s, 'deliveredOn')} required />
                  <TextField name="proof" label="送达凭证" state={s} hint="邮件单号、签收人、发送邮箱等。" />
                </>
              )}
            </ActionForm>
          ) : null}
          {can('withdraw') ? (
            <ActionForm id="withdraw" title="申请人撤回申请" path={`${base}/withdraw`} active={active} submit="登记撤回">
              {(s) => (
                <>
                  <TextField name="withdrawnOn" label="撤回日期" type="date" state={withDate(s, 'withdrawnOn')} required />
                  <TextField name="note" label="撤回说明" state={s} />
                </>
              )}
            </ActionForm>
          ) : null}
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

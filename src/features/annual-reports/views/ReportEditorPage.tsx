// The report editor: each section's text with its table below it — tables 二 and 四 as grids in the
// official layout with the staff-entered cells as boxes and 总计 computed (views/ReportGrid.tsx), table 三
// read-only from the records — kept input and errors in the cell, the rule findings by their Chinese
// names next to the table they concern, the workflow buttons (with confirmations) and the downloads.
// Once the report leaves the draft, the leader and the supervisor read it in the published layout.
import type { ComponentChildren } from 'preact';
import type { Finding } from '../../../report/index.ts';
import { cellName, canonicalHeading, findingName, ReportBody, sectionIds, severityNames, tableOfSection, type Cell, type TableId } from '../../../report/index.ts';
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { ReportView } from '../annual-reports.service.ts';
import { originLabels } from '../domain/cells.ts';
import { ReportGrid } from './ReportGrid.tsx';
import { deadlineTags } from '../domain/deadline.ts';
import { eventLabels, statusLabels, type ReportEvent } from '../domain/workflow.ts';

const MAX_CELLS_BESIDE = 3;

function cellInputText(cell: Cell | undefined): string {
  if (!cell || cell.kind === 'blank') return '';
  if (cell.kind === 'not_applicable') return '/';
  return String(cell.value);
}

function FindingList({ findings }: { readonly findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings">
      {findings.map((f) => (
        // The rule's Chinese name (src/report/rules/finding-names.ts); the code stays in the attribute and the downloads.
        <li class={f.severity === 'error' ? 'finding finding-error' : 'finding finding-warning'} data-rule={f.rule}>
          <strong>
            {severityNames[f.severity]}：{findingName(f.rule)}
          </strong>
          　{f.message}
        </li>
      ))}
    </ul>
  );
}

export function editorValues(view: ReportView): Record<string, string> {
  const values: Record<string, string> = { version: String(view.version) };
  for (const s of view.report.sections) values[`text.${s.id}`] = s.text;
  for (const key of view.manualKeys) values[`cell.${key}`] = cellInputText(view.report.cells[key]);
  return values;
}

/**
 * Texts drafted from the current records, offered beside the staff's own: taking one replaces that
 * section only when staff click for it. Forms cannot nest, so these sit before the editor form.
 */
/** The editor form; the suggestion buttons above it submit it through the `form` attribute. */
const EDITOR_FORM_ID = 'report-editor';

function Suggestions({ view }: { readonly view: ReportView }) {
  const base = `/admin/annual-reports/${view.id}`;
  const offered = view.report.sections.filter((s) => {
    const text = view.suggestions[s.id];
    return text !== undefined && text !== s.text;
  });
  return (
    <section aria-labelledby="suggestions-heading" class="suggestions">
      <h2 id="suggestions-heading">由记录生成的参考文字</h2>
      <p class="hint">
        参考文字按最新的办理记录、主动公开目录、收费通知和表四生成，可以采用后再修改；【请补充…】处须写明实际情况，否则不能提交。“生成年报草稿”重新统计时只更新自动计算的数据，不会改动您已填写的正文；只有点击“采用参考文字”才会替换该部分。
      </p>
      {offered.length === 0 ? (
        <p class="hint">各部分正文与参考文字一致，或已没有新的参考文字。</p>
      ) : (
        offered.map((s) => (
          <details class="suggestion" data-section={s.id}>
            <summary>{s.heading} — 参考文字（可编辑）</summary>
            <p class="prewrap">{view.suggestions[s.id]}</p>
            {/* Submits the editor form below (form attribute), so what was typed in the other boxes is saved too. */}
            <input type="hidden" form={EDITOR_FORM_ID} name={`suggestion.${s.id}`} value={view.suggestions[s.id] ?? ''} />
            <button type="submit" form={EDITOR_FORM_ID} name="adopt" value={s.id} class="button" aria-label={`采用${s.heading}的参考文字`}>
              采用参考文字（替换本部分现有内容，其他部分一并保存）
            </button>
          </details>
        ))
      )}
    </section>
  );
}

/** A table of the editor: its grid, where its numbers come from, and the findings about its cells. */
function TableBlock({ view, table, form, byCell, editable }: { readonly view: ReportView; readonly table: TableId; readonly form: FormState; readonly byCell: ReadonlyMap<string, readonly Finding[]>; readonly editable: boolean }) {
  const findings = [...new Set([...byCell].filter(([key]) => key.startsWith(`${table}.`)).flatMap(([, list]) => list))];
  return (
    <div class="editor-table">
      {table === 'applications' ? (
        <>
          <p class="hint">表三{originLabels.applications}，不能在此修改；如数字不对，请更正办理记录后重新生成。</p>
          <p class="overdue-replies">
            本年度逾期答复：<strong>{view.overdueReplies}</strong> 件（按答复期限自动计算：本年度答复晚于期限的，以及到年底或今天仍未答复且已过期限的申请；条例第三十三条）。正文如写“均在法定期限内答复”，须与此相符。
          </p>
        </>
      ) : table === 'active_disclosure' ? (
        <p class="hint">第（一）项{originLabels.normative_register}，不能在此修改；其余各项由工作人员填写。</p>
      ) : null}
      <ReportGrid view={view} table={table} form={form} editable={editable} byCell={byCell} />
      <FindingList findings={findings} />
    </div>
  );
}

/** A workflow form that came back refused (the confirmation not ticked, the comment missing): shown with what was typed. */
export interface WorkflowState {
  readonly event: ReportEvent;
  readonly state: FormState;
}

// 退回修改、审定通过、公布 are the leader's decisions (条例第四十九条：领导审定并对年报负责) and cannot be undone
// by the clerk: each asks for a ticked confirmation, checked by the route (works without JavaScript; the form
// is `novalidate`, so the refusal is the server's Chinese message, with the typed comment kept).
const CONFIRMATIONS: Partial<Record<ReportEvent, string>> = {
  return: '确认退回起草人修改（报告回到草稿状态）',
  approve: '我已审阅报告全文和各表，确认审定通过',
  publish: '确认向社会公布（公布后文本不再修改）',
};

function WorkflowSection({ view, workflow }: { readonly view: ReportView; readonly workflow?: WorkflowState | undefined }) {
  const base = `/admin/annual-reports/${view.id}`;
  return (
    <section aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">审定与公布</h2>
      {view.actions.map((event) => {
        const notYet = view.notYet[event];
        if (notYet) {
          // The button explains instead of failing (domain/year-end.ts).
          return (
            <p class="notice notice-warning workflow-not-yet" data-event={event}>
              <button type="button" class="button" disabled aria-describedby={`not-yet-${event}`}>
                {eventLabels[event]}
              </button>{' '}
              <span id={`not-yet-${event}`}>{notYet}</span>
            </p>
          );
        }
        const confirm = CONFIRMATIONS[event];
        const state: FormState = workflow?.event === event ? workflow.state : { values: {}, errors: {} };
        return (
          <PostForm action={`${base}/${event}`} class="inline-form workflow-form">
            <input type="hidden" name="version" value={String(view.version)} />
            {event === 'return' ? <TextField name="comment" label="退回意见" state={state} hint="写明需要修改的内容" required /> : null}
            {confirm ? <ConfirmBox event={event} label={confirm} state={state} /> : null}
            <SubmitButton>{eventLabels[event]}</SubmitButton>
          </PostForm>
        );
      })}
    </section>
  );
}

function ConfirmBox({ event, label, state }: { readonly event: ReportEvent; readonly label: string; readonly state: FormState }) {
  const id = `confirm-${event}`;
  const error = state.errors.confirm;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">错误：</span>
          {error}
        </p>
      ) : null}
      <label class="checkbox" for={id}>
        <input type="checkbox" id={id} name="confirm" value="yes" required aria-describedby={error ? `${id}-error` : undefined} /> {label}
      </label>
    </div>
  );
}

export function ReportEditorPage({ view, state, reviews, workflow }: { readonly view: ReportView; readonly state?: FormState; readonly reviews?: ComponentChildren; readonly workflow?: WorkflowState }) {
  const form: FormState = state ?? { values: editorValues(view), errors: {} };
  const byCell = new Map<string, Finding[]>();
  // A finding about a few cells is shown beside each of them; one about many cells (a whole table left
  // blank) once at the top, so the form is not buried under repeats.
  const besideCells = (f: Finding) => f.cells.length > 0 && f.cells.length <= MAX_CELLS_BESIDE;
  for (const f of view.findings.filter(besideCells)) for (const c of f.cells) byCell.set(c, [...(byCell.get(c) ?? []), f]);
  const general = view.findings.filter((f) => !besideCells(f));
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const base = `/admin/annual-reports/${view.id}`;
  const title = `${view.agency.name}${view.year}年度政府信息公开工作年度报告`;
  const labels: Record<string, string> = { version: '表单版本' };
  for (const key of view.manualKeys) labels[`cell.${key}`] = cellName(view.format, key);
  for (const id of sectionIds) labels[`text.${id}`] = canonicalHeading(view.format, id);
  return (
    <StaffShell title={title} navId="annual-reports" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '年度报告', href: '/admin/annual-reports' }, { label: `${view.year}年度` }]}>
      <h1>{title}</h1>
      <p>
        状态：<strong class="report-status">{statusLabels[view.status]}</strong>
        {deadlineTags[view.deadline.state] ? <strong class={`deadline-tag deadline-${view.deadline.state}`}>（{deadlineTags[view.deadline.state]}）</strong> : null}
        {view.publishedOn ? `，${view.publishedOn}公布` : ''}。检查结果：{errors} 处必须改正，{view.findings.length - errors} 处请核对。
      </p>
      {/* 条例第四十九条：年度报告每年1月31日前（县级以上地方人民政府本级报告3月31日前）向社会公布。 */}
      <p class={view.deadline.state === 'late' || view.deadline.state === 'published_late' || view.deadline.state === 'published_early' ? 'notice notice-warning deadline' : 'deadline'} data-deadline={view.deadline.state}>
        公布期限：<span class="deadline-label">{view.deadline.label}</span>。
        <span class="hint">（{view.deadline.basis}）</span>
      </p>
      {view.returnComment && view.status === 'draft' ? (
        <p class="notice notice-warning" role="status">
          <strong>领导退回意见：</strong>
          {view.returnComment}
        </p>
      ) : null}
      {/* 政务公开办审阅意见 (src/features/oversight): shown to the agency and the supervisors above it. */}
      {reviews}
      <p>
        下载：<a href={`${base}/download/html`}>网页（HTML）</a> · <a href={`${base}/download/docx`}>Word（.docx）</a> · <a href={`${base}/download/xlsx`}>Excel（.xlsx）</a> · <a href={`${base}/download/csv`}>数据表（CSV）</a>
      </p>
      {view.actions.length > 0 ? <WorkflowSection view={view} workflow={workflow} /> : null}
      {view.canEdit ? (
        <>
          <FindingList findings={general} />
          <Suggestions view={view} />
          <ErrorSummary state={form} labels={labels} />
          <PostForm action={base} id={EDITOR_FORM_ID} aria-label="年度报告内容">
            <input type="hidden" name="version" value={form.values.version ?? String(view.version)} />
            <p class="hint">
              正文按报告的六个部分填写，分段处换行；表二、表四在表格中填写件数（0 或正整数），收费金额以万元为单位，确实不适用的填“/”。表四的“总计”由系统按各项相加，不需填写。
            </p>
            {view.report.sections.map((s) => {
              const table = tableOfSection[s.id];
              return (
                <section class="editor-section" data-section={s.id}>
                  <TextAreaField name={`text.${s.id}`} label={s.heading} state={form} rows={6} />
                  {table ? <TableBlock view={view} table={table} form={form} byCell={byCell} editable /> : null}
                </section>
              );
            })}
            <SubmitButton>保存并检查</SubmitButton>
          </PostForm>
        </>
      ) : (
        // The leader (and the supervisor) read the report as it will be published: the official layout of
        // the report's own renderer (src/report/render/html.tsx), paragraphs as staff wrote them.
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">报告全文（按公布格式）</h2>
          <FindingList findings={view.findings} />
          <article class="report-view">
            <ReportBody report={view.report} />
          </article>
        </section>
      )}
      <h2>办理过程</h2>
      <ol>
        {view.events.map((e) => (
          <li>
            {e.occurred_at.slice(0, 10)} {eventLabels[e.event as keyof typeof eventLabels] ?? e.event}
            {e.comment ? `：${e.comment}` : ''}
          </li>
        ))}
      </ol>
    </StaffShell>
  );
}

// The form of a 行政复议 / 行政诉讼 record, for a new case and for updating one (收到副本、提交答复、审结).
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { reconsiderationProcedureLabels } from '../../../law/appeal-deadlines.ts';
import { APPEAL_KINDS, APPEAL_RESULTS, appealKindLabels, appealResultLabels } from '../domain/appeal.ts';

export const appealFieldLabels: Readonly<Record<string, string>> = {
  kind: '案件类型',
  procedure: '复议程序',
  bodyName: '行政复议机关或受理法院',
  caseNumber: '案号',
  applicantName: '申请人（原告）',
  matter: '案由',
  filedOn: '申请复议或起诉日期',
  receivedOn: '收到副本日期',
  answeredOn: '提交答复（答辩）日期',
  concludedOn: '审结日期',
  result: '审理结果',
  applicationNumber: '所涉申请编号',
  reconsiderationId: '所涉行政复议',
  notes: '备注',
};

const kindOptions = APPEAL_KINDS.map((value) => ({ value, label: appealKindLabels[value] }));
const resultOptions = APPEAL_RESULTS.map((value) => ({ value, label: appealResultLabels[value] }));
const procedureOptions = Object.entries(reconsiderationProcedureLabels).map(([value, label]) => ({ value, label }));

export function AppealForm({
  action,
  state,
  reconsiderations,
  submitLabel,
}: {
  readonly action: string;
  readonly state: FormState;
  readonly reconsiderations: ReadonlyArray<{ value: string; label: string }>;
  readonly submitLabel: string;
}) {
  return (
    <PostForm action={action} class="appeal-form" aria-label={submitLabel}>
      <ErrorSummary state={state} labels={appealFieldLabels} />
      <fieldset>
        <legend>案件</legend>
        <SelectField name="kind" label={appealFieldLabels.kind!} state={state} required options={kindOptions} placeholder="请选择" />
        <SelectField
          name="procedure"
          label={appealFieldLabels.procedure!}
          state={state}
          options={procedureOptions}
          placeholder="（行政诉讼不填）"
          hint="仅行政复议填写，见受理通知书。普通程序 10 个工作日内答复（行政复议法第四十八条），简易程序 5 个工作日内（第五十四条；政府信息公开案件可以适用，第五十三条）。"
        />
        <TextField name="bodyName" label={appealFieldLabels.bodyName!} state={state} required hint="例如：示范县人民政府、示范县人民法院。" maxLength={100} />
        <TextField name="caseNumber" label={appealFieldLabels.caseNumber!} state={state} hint="受理通知书或应诉通知书上的案号，可不填。" maxLength={60} />
        <TextField name="applicantName" label={appealFieldLabels.applicantName!} state={state} hint="不在公开页面显示。" maxLength={100} />
        <TextAreaField name="matter" label={appealFieldLabels.matter!} state={state} required rows={2} hint="例如：不服对 2025 年第 12 号申请作出的不予公开答复。" />
        <TextField name="applicationNumber" label={appealFieldLabels.applicationNumber!} state={state} hint="案件涉及本平台登记的申请时填写申请编号，案件页和申请页会互相显示。" maxLength={40} />
        {reconsiderations.length > 0 ? (
          <SelectField name="reconsiderationId" label={appealFieldLabels.reconsiderationId!} state={state} options={[...reconsiderations]} placeholder="（不关联）" hint="复议后起诉时，选择起诉所针对的行政复议。" />
        ) : null}
      </fieldset>
      <fieldset>
        <legend>日期与结果</legend>
        <TextField name="filedOn" label={appealFieldLabels.filedOn!} state={state} required type="date" />
        <TextField
          name="receivedOn"
          label={appealFieldLabels.receivedOn!}
          state={state}
          type="date"
          hint="收到行政复议申请书副本或起诉状副本的日期。填写后平台按法定期限计算答复（答辩）期限并在工作台提醒。"
        />
        <TextField name="answeredOn" label={appealFieldLabels.answeredOn!} state={state} type="date" hint="向复议机关提交书面答复、或向法院提交答辩状的日期。" />
        <TextField name="concludedOn" label={appealFieldLabels.concludedOn!} state={state} type="date" hint="收到复议决定书或判决、裁定书的日期；尚未审结的不填。" />
        <SelectField name="result" label={appealFieldLabels.result!} state={state} options={resultOptions} placeholder="（尚未审结）" />
        <TextAreaField name="notes" label={appealFieldLabels.notes!} state={state} rows={2} />
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </PostForm>
  );
}

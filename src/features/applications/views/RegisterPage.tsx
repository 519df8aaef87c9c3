// 登记申请: applications received in person, by post, fax or e-mail, or orally (条例第二十九条、第三十一条).
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { ApplicantFields } from './ApplicantFields.tsx';
import { applicantFieldLabels, submissionChannelOptions } from './labels.ts';

export function RegisterPage({ state, submissionKey }: { readonly state: FormState; readonly submissionKey: string }) {
  return (
    <StaffShell title="登记申请" navId="applications" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: '登记申请' }]}>
      <h1>登记政府信息公开申请</h1>
      <ErrorSummary state={state} labels={applicantFieldLabels} />
      <PostForm action="/admin/applications" multipart aria-label="登记申请">
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <fieldset>
          <legend>收到申请（条例第三十一条）</legend>
          <SelectField name="channel" label="提交方式" state={state} options={submissionChannelOptions} placeholder="请选择" required />
          <TextField name="arrivedOn" label="到达日期" type="date" state={state} required hint="当面提交之日、信件到达之日、邮件或传真收到之日。" />
          <TextField name="receivedOn" label="签收或确认日期" type="date" state={state}
            hint="邮寄签收的填写签收日期；平常信函、网上、电子邮件、传真须与申请人确认，确认之日为收到申请之日，尚未确认的留空。" />
          <TextField name="receiptEvidence" label="收件凭据" state={state} maxLength={500} hint="快递单号、确认方式（电话、短信）及经办人等。" />
          <div class="field">
            <label class="checkbox" for="field-oralApplication">
              <input type="checkbox" id="field-oralApplication" name="oralApplication" value="on" checked={state.values.oralApplication === 'on'} />{' '}
              申请人书写确有困难，口头提出，由工作人员代为填写（条例第二十九条第一款）
            </label>
          </div>
        </fieldset>
        <ApplicantFields state={state} />
        <div class="field">
          <label for="field-attachments">附件</label>
          {state.errors.attachments ? <p class="field-error">{state.errors.attachments}</p> : null}
          <input id="field-attachments" type="file" name="attachments" multiple accept=".pdf,.jpg,.jpeg,.png,.docx" />
        </div>
        <SubmitButton>登记</SubmitButton>
      </PostForm>
    </StaffShell>
  );
}

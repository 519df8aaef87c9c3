// 政府信息公开申请 (portal): 条例第二十九条 — written application, including 数据电文.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SubmitButton } from '../../../platform/views/Form.tsx';
import { PublicShell } from '../../../platform/views/PublicShell.tsx';
import { ApplicantFields } from './ApplicantFields.tsx';
import { applicantFieldLabels } from './labels.ts';

export interface ApplyPageProps {
  readonly agency: { readonly code: string; readonly name: string };
  readonly state: FormState;
  readonly submissionKey: string;
}

export function ApplyPage({ agency, state, submissionKey }: ApplyPageProps) {
  const base = `/gk/${encodeURIComponent(agency.code)}/`;
  return (
    <PublicShell title={`向${agency.name}申请公开政府信息`} breadcrumbs={[{ label: '首页', href: '/' }, { label: agency.name, href: base }, { label: '依申请公开' }]}>
      <h1>向{agency.name}申请公开政府信息</h1>
      <p>
        根据《中华人民共和国政府信息公开条例》第二十九条，请填写以下内容。提交后您会得到申请编号和查询码，凭此可在
        <a href="/apply/track">申请进度查询</a>页面查看办理进度、下载答复书。
      </p>
      <p class="hint">网上提交的申请，以本机关与您双方确认之日为收到申请之日（条例第三十一条第（三）项），工作人员会通过电话或短信与您确认。</p>
      <ErrorSummary state={state} labels={applicantFieldLabels} />
      <PostForm action={`${base}apply`} multipart aria-label="政府信息公开申请表">
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <ApplicantFields state={state} />
        <fieldset>
          <legend>附件（选填）</legend>
          <div class={state.errors.attachments ? 'field field-invalid' : 'field'}>
            <label for="field-attachments">身份证明或其他材料</label>
            <p class="hint" id="field-attachments-hint">最多 5 个文件，每个不超过 10 MB；只接受 PDF、JPG、PNG、Word（.docx）。</p>
            {state.errors.attachments ? <p class="field-error" id="field-attachments-error">{state.errors.attachments}</p> : null}
            <input id="field-attachments" type="file" name="attachments" multiple accept=".pdf,.jpg,.jpeg,.png,.docx"
              aria-describedby={state.errors.attachments ? 'field-attachments-hint field-attachments-error' : 'field-attachments-hint'} />
          </div>
        </fieldset>
        <SubmitButton>提交申请</SubmitButton>
      </PostForm>
    </PublicShell>
  );
}

// 告知书模板: each agency edits the wording of its letters; {{占位符}} are filled from the case.
import { emptyFormState, type FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { placeholderLabels } from '../domain/notice-letters.ts';
import { outcomeLabels, type OutcomeCode } from '../domain/outcomes.ts';

export interface TemplateItem {
  key: string;
  customised: boolean;
  title: string;
  body: string;
}

const otherLabels: Record<string, string> = {
  correction: '补正告知书',
  extension: '延期答复告知书',
  custom_deadline: '延迟答复告知书（条例第三十五条）',
  consultation: '第三方意见征询函',
  fee: '信息处理费收费通知书',
};

export function templateLabel(key: string): string {
  return key.startsWith('reply:') ? `答复书：${outcomeLabels[key.slice(6) as OutcomeCode]}` : (otherLabels[key] ?? key);
}

export function TemplatesPage({ templates, active, canEdit }: { templates: TemplateItem[]; active?: { key: string; state: FormState } | undefined; canEdit: boolean }) {
  return (
    <StaffShell title="告知书模板" navId="applications" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: '告知书模板' }]}>
      <h1>告知书模板</h1>
      <p>
        可用占位符：
        {Object.entries(placeholderLabels).map(([k, v]) => (
          <code>
            {`{{${k}}}`}（{v}）{' '}
          </code>
        ))}
      </p>
      {templates.map((t) => {
        const state = active?.key === t.key ? active.state : { ...emptyFormState, values: { kind: t.key, title: t.title, body: t.body } };
        return (
          <details open={active?.key === t.key}>
            <summary>
              {templateLabel(t.key)}
              {t.customised ? '（已修改）' : '（默认）'}
            </summary>
            {canEdit ? (
              <>
                <ErrorSummary state={state} />
                <PostForm action="/admin/applications/templates">
                  <input type="hidden" name="kind" value={t.key} />
                  <TextField name="title" label="标题" state={state} required />
                  <TextAreaField name="body" label="正文（段落之间空一行）" state={state} required rows={14} />
                  <SubmitButton>保存</SubmitButton>
                </PostForm>
              </>
            ) : (
              <pre class="pre-wrap">{t.body}</pre>
            )}
          </details>
        );
      })}
    </StaffShell>
  );
}

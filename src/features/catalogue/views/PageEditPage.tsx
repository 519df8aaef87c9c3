// Editing the 专栏's 政府信息公开指南 / 政府信息公开制度 (条例第十二条：指南和目录应当及时更新).
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { PageKind } from '../catalogue.tables.ts';
import { staffBase } from './paths.ts';

export const PAGE_TITLES: Record<PageKind, string> = { guide: '政府信息公开指南', rules: '政府信息公开制度' };

export function PageEditPage({ kind, state, updatedAt }: { readonly kind: PageKind; readonly state: FormState; readonly updatedAt: string | null }) {
  return (
    <StaffShell title={`编辑${PAGE_TITLES[kind]}`} navId="catalogue" breadcrumbs={[{ label: '主动公开', href: staffBase }, { label: `编辑${PAGE_TITLES[kind]}` }]}>
      <h1>编辑{PAGE_TITLES[kind]}</h1>
      {updatedAt ? <p class="hint">上次更新：{updatedAt.slice(0, 10)}</p> : <p class="hint">尚未发布。</p>}
      <ErrorSummary state={state} labels={{ title: '标题', body: '内容' }} />
      <PostForm action={`${staffBase}/pages/${kind}`}>
        <input type="hidden" name="kind" value={kind} />
        <TextField name="title" label="标题" state={state} required maxLength={100} />
        <TextAreaField
          name="body"
          label="内容"
          state={state}
          required
          rows={20}
          hint={kind === 'guide' ? '条例第十二条：指南应当包括信息的分类、编排体系、获取方式，工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等。空一行分段。' : '列出公开工作适用的法律法规和本机关制度。空一行分段。'}
        />
        <SubmitButton>保存并公开</SubmitButton>
      </PostForm>
    </StaffShell>
  );
}

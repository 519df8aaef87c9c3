// 新建用户: home agency, username, name and the roles granted there at once.
import type { FormState } from '../../../platform/form.ts';
import { CheckboxesField, ErrorSummary, PostForm, SelectField, SubmitButton, TextField, type SelectOption } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';

export interface AccountNewPageProps {
  readonly state: FormState;
  readonly agencies: readonly SelectOption[];
  readonly roles: readonly SelectOption[];
}

export function AccountNewPage({ state, agencies, roles }: AccountNewPageProps) {
  return (
    <StaffShell
      title="新建用户"
      navId="accounts"
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '用户与授权', href: '/admin/accounts' }, { label: '新建用户' }]}
    >
      <h1>新建用户</h1>
      <p>保存后系统会生成一次性初始密码，只显示一次。请当面或通过安全渠道交给本人，本人首次登录时须修改。</p>
      <ErrorSummary state={state} labels={{ agencyId: '所属单位', username: '用户名', displayName: '姓名', roles: '角色' }} />
      <PostForm action="/admin/accounts" aria-label="新建用户">
        <SelectField name="agencyId" label="所属单位" state={state} options={agencies} placeholder="请选择" required />
        <TextField name="username" label="用户名" hint="3–32 位小写字母、数字、点、下划线或连字符，以字母开头，例如 zhang.san" state={state} autocomplete="off" required />
        <TextField name="displayName" label="姓名" state={state} required />
        <CheckboxesField
          name="roles"
          legend="在所属单位的角色"
          hint="“监督”角色只能授予在人民政府上，请创建后在用户详情页授予。"
          state={state}
          options={roles}
        />
        <SubmitButton>创建用户</SubmitButton>
      </PostForm>
    </StaffShell>
  );
}

// 新建机关: a department, township or subdistrict under an agency the admin manages. Root agencies are
// created only from the command line or at first start (agencies.service).
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextField, type SelectOption } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { agencyFieldLabels } from './AgencyEditPage.tsx';

export interface AgencyNewPageProps {
  readonly state: FormState;
  readonly parents: readonly SelectOption[];
  readonly levels: readonly SelectOption[];
}

const labels = { ...agencyFieldLabels, parentId: '上级机关', code: '单位代码', level: '层级' };

export function AgencyNewPage({ state, parents, levels }: AgencyNewPageProps) {
  return (
    <StaffShell
      title="新建机关"
      navId="agencies"
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '机关管理', href: '/admin/agencies' }, { label: '新建机关' }]}
    >
      <h1>新建机关</h1>
      <ErrorSummary state={state} labels={labels} />
      <PostForm action="/admin/agencies" aria-label="新建机关">
        <SelectField name="parentId" label={labels.parentId} state={state} options={parents} placeholder="请选择" required />
        <SelectField name="level" label={labels.level} state={state} options={levels} placeholder="请选择" required />
        <TextField name="name" label={labels.name} hint="全称，例如 草坝镇人民政府" state={state} required />
        <TextField name="code" label={labels.code} hint="2–40 位字母、数字或连字符，用于索引号和专栏网址，建议使用统一社会信用代码或组织机构代码" state={state} required />
        <TextField name="shortName" label={labels.shortName} state={state} />
        <TextField name="address" label={labels.address} state={state} autocomplete="street-address" />
        <TextField name="postalCode" label={labels.postalCode} state={state} inputMode="numeric" />
        <TextField name="officeHours" label={labels.officeHours} state={state} />
        <TextField name="phone" label={labels.phone} state={state} type="tel" />
        <TextField name="email" label={labels.email} state={state} type="email" />
        <SubmitButton>创建机关</SubmitButton>
      </PostForm>
    </StaffShell>
  );
}

// Edit an agency's name and the contact details its 指南 publishes (条例第十二条). Read-only for
// those who may only read it (supervisors).
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SubmitButton, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { Agency } from '../domain/agency.ts';
import { AGENCY_LEVEL_LABELS } from '../domain/agency.ts';

export interface AgencyEditPageProps {
  readonly agency: Agency;
  readonly state: FormState;
  readonly canEdit: boolean;
}

export const agencyFieldLabels = {
  name: '机关名称',
  shortName: '简称',
  address: '办公地址',
  postalCode: '邮政编码',
  officeHours: '办公时间',
  phone: '联系电话',
  email: '电子邮箱',
  sortOrder: '排序',
} as const;

/** The form values of an agency as stored, for the first display of the form. */
export function agencyFormValues(agency: Agency): Record<string, string> {
  return {
    name: agency.name,
    shortName: agency.shortName ?? '',
    address: agency.address ?? '',
    postalCode: agency.postalCode ?? '',
    officeHours: agency.officeHours ?? '',
    phone: agency.phone ?? '',
    email: agency.email ?? '',
    sortOrder: String(agency.sortOrder),
  };
}

export function AgencyEditPage({ agency, state, canEdit }: AgencyEditPageProps) {
  return (
    <StaffShell
      title={agency.name}
      navId="agencies"
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '机关管理', href: '/admin/agencies' }, { label: agency.name }]}
    >
      <h1>{agency.name}</h1>
      <p>
        层级：{AGENCY_LEVEL_LABELS[agency.level]}；代码：{agency.code}
      </p>
      {canEdit ? (
        <>
          <ErrorSummary state={state} labels={agencyFieldLabels} />
          <PostForm action={`/admin/agencies/${agency.id}`} aria-label="修改机关信息">
            <TextField name="name" label={agencyFieldLabels.name} state={state} required />
            <TextField name="shortName" label={agencyFieldLabels.shortName} state={state} />
            <TextField name="address" label={agencyFieldLabels.address} state={state} autocomplete="street-address" />
            <TextField name="postalCode" label={agencyFieldLabels.postalCode} state={state} inputMode="numeric" autocomplete="postal-code" />
            <TextField name="officeHours" label={agencyFieldLabels.officeHours} hint="例如：工作日 8:30—12:00，14:30—17:30" state={state} />
            <TextField name="phone" label={agencyFieldLabels.phone} state={state} type="tel" autocomplete="tel" />
            <TextField name="email" label={agencyFieldLabels.email} state={state} type="email" autocomplete="email" />
            <TextField name="sortOrder" label={agencyFieldLabels.sortOrder} hint="数字越小越靠前" state={state} inputMode="numeric" />
            <SubmitButton>保存</SubmitButton>
          </PostForm>
        </>
      ) : (
        <dl class="details-list">
          {(Object.keys(agencyFieldLabels) as Array<keyof typeof agencyFieldLabels>).map((key) => (
            <>
              <dt>{agencyFieldLabels[key]}</dt>
              <dd>{state.values[key] || '暂未填写'}</dd>
            </>
          ))}
        </dl>
      )}
    </StaffShell>
  );
}

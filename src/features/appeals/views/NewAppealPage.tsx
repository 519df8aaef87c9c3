import type { FormState } from '../../../platform/form.ts';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { AppealForm } from './AppealForm.tsx';
import { appealsBase } from './paths.ts';

export function NewAppealPage({ state, reconsiderations }: { readonly state: FormState; readonly reconsiderations: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <StaffShell title="登记案件" navId="appeals" breadcrumbs={[{ label: '行政复议和行政诉讼', href: appealsBase }, { label: '登记案件' }]}>
      <h1>登记行政复议、行政诉讼案件</h1>
      <p class="hint">收到行政复议机关的答复通知书或法院的应诉通知书后登记。带 * 的必须填写，其余可在案件进展后补充。</p>
      <AppealForm action={appealsBase} state={state} reconsiderations={reconsiderations} submitLabel="登记" />
    </StaffShell>
  );
}

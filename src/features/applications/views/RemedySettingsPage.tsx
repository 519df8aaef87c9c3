// 救济途径设置 (spec §8.1): the 行政复议机关, the court and the periods every reply letter prints, for the
// agency itself and as the default of the agencies below it; each value shows where it comes from.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import type { RemedySettingsView } from '../applications.service.ts';
import { remedySourceText, type RemedyFields } from '../domain/remedy-settings.ts';

export interface RemedySettingsPageProps {
  readonly view: RemedySettingsView;
  /** Agencies whose settings the user may open (a county administrator: the whole county). */
  readonly agencies: ReadonlyArray<{ id: string; name: string }>;
  readonly state?: FormState | undefined;
}

export const remedyFieldLabels: Record<string, string> = {
  'self.reconsiderationBody': '本单位：行政复议机关',
  'self.court': '本单位：人民法院',
  'self.reconsiderationDays': '本单位：行政复议申请期限（日）',
  'self.litigationMonths': '本单位：起诉期限（月）',
  'below.reconsiderationBody': '下级单位默认：行政复议机关',
  'below.court': '下级单位默认：人民法院',
  'below.reconsiderationDays': '下级单位默认：行政复议申请期限（日）',
  'below.litigationMonths': '下级单位默认：起诉期限（月）',
};

function storedValues(view: RemedySettingsView): Record<string, string> {
  const values: Record<string, string> = {};
  for (const scope of ['self', 'below'] as const) {
    const fields: RemedyFields = view.stored[scope] ?? {};
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) values[`${scope}.${k}`] = String(v);
  }
  return values;
}

function Fields({ scope, state, disabled }: { scope: 'self' | 'below'; state: FormState; disabled: boolean }) {
  return (
    <fieldset disabled={disabled}>
      <legend>{scope === 'self' ? '本单位作出答复时' : '下级单位的默认值（下级单位未设置的项沿用）'}</legend>
      <TextField name={`${scope}.reconsiderationBody`} label="行政复议机关" state={state}
        hint={scope === 'self' ? '乡镇人民政府、县级政府部门：县级人民政府；县级人民政府：上一级人民政府（行政复议法第二十四条）。留空则沿用上级单位的默认值。' : '例如：示范县人民政府。'} />
      <TextField name={`${scope}.court`} label="人民法院" state={state}
        hint="被告所在地人民法院；以县级以上人民政府为被告的，由中级人民法院管辖（行政诉讼法第十五条），实行集中管辖的地区按当地规定填写。" />
      <TextField name={`${scope}.reconsiderationDays`} label="行政复议申请期限（日）" type="number" state={state}
        hint="法定六十日（行政复议法第二十条）；法律规定的期限超过六十日的除外。留空即为六十日或沿用上级设置。" />
      <TextField name={`${scope}.litigationMonths`} label="起诉期限（月）" type="number" state={state}
        hint="法定六个月（行政诉讼法第四十六条），法律另有规定的除外。" />
    </fieldset>
  );
}

export function RemedySettingsPage({ view, agencies, state }: RemedySettingsPageProps) {
  const form: FormState = state ?? { values: storedValues(view), errors: {} };
  const e = view.effective;
  return (
    <StaffShell title="救济途径设置" navId="applications" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: '救济途径设置' }]}>
      <h1>救济途径设置：{view.agency.name}</h1>
      <p>
        每份政府信息公开申请答复书都须告知申请人救济途径：向哪个机关申请行政复议、向哪个人民法院提起行政诉讼，以及期限。
        不予公开、部分公开的答复只告知先申请行政复议（行政复议法第二十三条）。
      </p>
      {agencies.length > 1 ? (
        <form method="get" action="/admin/applications/remedy-settings">
          <SelectField name="agency" label="查看单位" state={{ values: { agency: view.agency.id }, errors: {} }} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
          <button type="submit" class="button-secondary">查看</button>
        </form>
      ) : null}

      <section aria-labelledby="effective">
        <h2 id="effective">本单位答复书中使用的值</h2>
        <dl id="effective-remedy">
          <dt>行政复议机关</dt>
          <dd>{e.reconsiderationBody.value ?? '（未设置）'}——{remedySourceText(e.reconsiderationBody.source)}</dd>
          <dt>人民法院</dt>
          <dd>{e.court.value ?? '（未设置）'}——{remedySourceText(e.court.source)}</dd>
          <dt>行政复议申请期限</dt>
          <dd>{e.reconsiderationDays.value}日——{remedySourceText(e.reconsiderationDays.source)}</dd>
          <dt>起诉期限</dt>
          <dd>{e.litigationMonths.value}个月——{remedySourceText(e.litigationMonths.source)}</dd>
        </dl>
      </section>

      {view.canManage ? (
        <section aria-labelledby="edit">
          <h2 id="edit">修改设置</h2>
          <ErrorSummary state={form} labels={remedyFieldLabels} />
          <PostForm action="/admin/applications/remedy-settings">
            <input type="hidden" name="agency" value={view.agency.id} />
            <Fields scope="self" state={form} disabled={false} />
            {view.hasChildren ? <Fields scope="below" state={form} disabled={false} /> : null}
            <SubmitButton>保存</SubmitButton>
          </PostForm>
        </section>
      ) : (
        <p>只有本单位或上级单位的管理员可以修改救济途径设置。</p>
      )}
    </StaffShell>
  );
}

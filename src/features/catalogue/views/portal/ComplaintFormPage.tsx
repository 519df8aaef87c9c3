// The public's “应公开未公开 / 内容有误” form (条例第四十七条第二款、第五十一条) and its confirmation, which shows
// the 查询码 once: only its hash is kept, so it cannot be shown again.
import type { Agency } from '../../../agencies/domain/agency.ts';
import type { FormState } from '../../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from '../../../../platform/views/Form.tsx';
import { PublicShell } from '../../../../platform/views/PublicShell.tsx';
import type { ComplaintTarget } from '../../complaints.service.ts';
import { COMPLAINT_ANSWER_WORKING_DAYS, COMPLAINT_KINDS } from '../../domain/complaint.ts';
import { complaintTrackPath } from './ComplaintTrackPage.tsx';

export const complaintPath = (code: string) => `/gk/${encodeURIComponent(code)}/complaint`;

export function ComplaintFormPage({
  agency,
  target,
  state,
  sentWithCode,
}: {
  readonly agency: Agency;
  readonly target: ComplaintTarget;
  readonly state: FormState;
  /** The 查询码 of the complaint just filed: the page becomes its confirmation. */
  readonly sentWithCode?: string;
}) {
  const crumbs = [
    { label: '首页', href: '/' },
    { label: agency.name, href: `/gk/${encodeURIComponent(agency.code)}/` },
    { label: '意见反映' },
  ];
  if (sentWithCode) {
    return (
      <PublicShell title={`意见已提交 - ${agency.name}`} breadcrumbs={crumbs}>
        <h1>意见已提交</h1>
        <p>
          {agency.name}已收到您关于{target.label}的意见，将核实处理。留有联系方式的，工作人员会与您联系。
        </p>
        <dl class="receipt">
          <dt>查询码</dt>
          <dd>
            <strong id="complaint-query-code">{sentWithCode}</strong>
          </dd>
        </dl>
        <p>
          请记下或截图保存这个查询码：它只在本页显示这一次，丢失后无法找回。凭查询码可随时在<a href={complaintTrackPath}>意见处理查询</a>
          页面查看您反映的内容、处理状态，以及{agency.name}的答复和处理结果（例如是否已补充公开或更正）。查询码相当于密码，请不要告诉他人；页面不会显示您留下的完整联系方式。
        </p>
        <p class="hint">本平台要求工作人员一般在 {COMPLAINT_ANSWER_WORKING_DAYS} 个工作日内答复，逾期未答复的会提示上级政务公开工作主管部门。</p>
        <p>
          如需获取尚未公开的政府信息，也可以<a href={`/gk/${encodeURIComponent(agency.code)}/apply`}>提出政府信息公开申请</a>。
        </p>
      </PublicShell>
    );
  }
  return (
    <PublicShell title={`意见反映 - ${agency.name}`} breadcrumbs={crumbs}>
      <h1>对{target.label}的意见</h1>
      <p class="hint">条例第四十七条第二款、第五十一条：认为行政机关未按照要求主动公开政府信息，或者公开的内容有误，可以向本机关反映。提交后会得到一个查询码，凭它可以查看答复。</p>
      <p class="hint">
        已经提交过意见？<a href={complaintTrackPath}>凭查询码查看处理结果</a>
      </p>
      <ErrorSummary state={state} labels={{ kind: '意见类型', body: '具体情况', contact: '联系方式' }} />
      <PostForm action={complaintPath(agency.code)} aria-label="意见反映">
        {target.itemId ? <input type="hidden" name="item" value={target.itemId} /> : <input type="hidden" name="category" value={target.category ?? ''} />}
        <SelectField name="kind" label="意见类型" state={state} required options={Object.entries(COMPLAINT_KINDS).map(([value, label]) => ({ value, label }))} placeholder="请选择" />
        <TextAreaField name="body" label="具体情况" state={state} required rows={6} hint="请写明哪项信息应当公开而未公开，或者哪里有误、正确的应是什么。请勿填写身份证号等个人信息。" />
        <TextField name="contact" label="联系方式（选填）" state={state} maxLength={100} autocomplete="tel" hint="电话或电子邮箱，仅供工作人员核实情况时联系您。" />
        <SubmitButton>提交</SubmitButton>
      </PostForm>
    </PublicShell>
  );
}

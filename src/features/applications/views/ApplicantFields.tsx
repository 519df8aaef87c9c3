// The fields of 条例第二十九条第二款: who applies and how to reach them, what information, in what form.
import type { FormState } from '../../../platform/form.ts';
import { SelectField, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { applicantTypeOptions, deliveryChannelOptions, deliveryFormOptions, idDocumentTypeOptions } from './labels.ts';

export function ApplicantFields({ state }: { readonly state: FormState }) {
  return (
    <>
      <fieldset>
        <legend>申请人信息</legend>
        <SelectField name="applicantType" label="申请人类型" state={state} options={applicantTypeOptions} placeholder="请选择" required
          hint="律师以本人名义申请的属于自然人；律师事务所申请的属于法律服务机构。" />
        <TextField name="name" label="姓名或名称" state={state} required autocomplete="name" maxLength={100} />
        <SelectField name="idDocumentType" label="身份证明种类" state={state} options={idDocumentTypeOptions} placeholder="请选择" required />
        <TextField name="idNumber" label="证件号码" state={state} required maxLength={40} hint="法人或其他组织请填写统一社会信用代码。" />
        <TextField name="phone" label="联系电话" state={state} required type="tel" inputMode="tel" autocomplete="tel" maxLength={30} />
        <TextField name="email" label="电子邮箱" state={state} type="email" autocomplete="email" maxLength={200} hint="选择通过电子邮件获取信息时必填。" />
        <TextField name="address" label="通信地址" state={state} autocomplete="street-address" maxLength={200} hint="选择邮寄时必填。" />
        <TextField name="postalCode" label="邮政编码" state={state} inputMode="numeric" maxLength={6} />
        <TextField name="agentName" label="代理人（如有）" state={state} maxLength={100} />
      </fieldset>
      <fieldset>
        <legend>所需政府信息</legend>
        <TextAreaField name="description" label="所需信息的名称、文号或便于查找的特征描述" state={state} required rows={6}
          hint="请尽量写明文件名称、文号、制作时间或内容特征，便于我们准确查找。" />
        <TextField name="documentNo" label="文号（如知道）" state={state} maxLength={100} />
        <TextAreaField name="purpose" label="用途（选填）" state={state} rows={2} hint="条例不要求说明用途，可以不填。" />
      </fieldset>
      <fieldset>
        <legend>获取信息的方式</legend>
        <SelectField name="deliveryForm" label="获取信息的形式" state={state} options={deliveryFormOptions} placeholder="请选择" required />
        <SelectField name="deliveryChannel" label="获取信息的途径" state={state} options={deliveryChannelOptions} placeholder="请选择" required />
      </fieldset>
    </>
  );
}

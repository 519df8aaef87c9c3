// The agency's release channels (条例第二十三条、第二十五条) and this year's counts per channel.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { CHANNEL_KINDS } from '../catalogue.tables.ts';
import { staffBase } from './paths.ts';

export function ChannelsPage({ counts, year, state }: { readonly counts: ReadonlyArray<{ name: string; kind: string; count: number }>; readonly year: number; readonly state: FormState }) {
  return (
    <StaffShell title="发布渠道" navId="catalogue" breadcrumbs={[{ label: '主动公开', href: staffBase }, { label: '发布渠道' }]}>
      <h1>发布渠道</h1>
      <div class="table-scroll">
        <table>
          <caption>{year} 年各渠道发布信息数</caption>
          <thead>
            <tr>
              <th scope="col">渠道</th>
              <th scope="col">类型</th>
              <th scope="col">条数</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr>
                <td>{c.name}</td>
                <td>{CHANNEL_KINDS[c.kind as keyof typeof CHANNEL_KINDS] ?? c.kind}</td>
                <td>{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>新增渠道</h2>
      <ErrorSummary state={state} labels={{ kind: '类型', name: '名称' }} />
      <PostForm action={`${staffBase}/channels`}>
        <SelectField name="kind" label="类型" state={state} options={Object.entries(CHANNEL_KINDS).map(([value, label]) => ({ value, label }))} />
        <TextField name="name" label="名称" state={state} required hint="例如：“土门关乡发布”微信公众号、乡政府院内政务公开栏。" maxLength={60} />
        <SubmitButton>新增</SubmitButton>
      </PostForm>
    </StaffShell>
  );
}

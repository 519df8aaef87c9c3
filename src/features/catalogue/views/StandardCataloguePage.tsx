// 公开事项标准目录 for staff (国办发〔2019〕54号; spec §2.3): the table with how many items each 二级事项
// holds, a form to add a row, CSV import (all rows good or nothing) and export for Excel.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { AUDIENCE_VALUES, MODE_VALUES, STANDARD_COLUMNS } from '../domain/standard-catalogue.ts';
import type { StandardRowView } from '../standard-catalogue.service.ts';
import { staffBase } from './paths.ts';
import { StandardCatalogueTable } from './StandardCatalogueTable.tsx';

export const standardBase = `${staffBase}/standard`;

const LABELS = Object.fromEntries(STANDARD_COLUMNS.map((c) => [c.id, c.label]));

/** The fields of one row, shared by the add form and the edit page. */
export function StandardRowFields({ state }: { readonly state: FormState }) {
  return (
    <>
      <TextField name="seq" label="序号" state={state} required inputMode="numeric" maxLength={4} />
      <TextField name="item_level1" label="一级事项" state={state} required maxLength={50} hint="例如：社会救助" />
      <TextField name="item_level2" label="二级事项" state={state} required maxLength={50} hint="例如：最低生活保障" />
      <TextAreaField name="content_elements" label="公开内容（要素）" state={state} required rows={3} />
      <TextAreaField name="basis" label="公开依据" state={state} required rows={3} />
      <TextField name="time_limit" label="公开时限" state={state} required maxLength={100} hint="例如：信息形成或变更之日起20个工作日内" />
      <TextField name="responsible_body" label="公开主体" state={state} required maxLength={100} />
      <TextField name="channels" label="公开渠道和载体" state={state} required maxLength={200} hint="例如：政府网站、公开栏、便民服务中心电子屏" />
      <SelectField name="audience" label="公开对象" state={state} required options={AUDIENCE_VALUES.map((v) => ({ value: v, label: v }))} placeholder="请选择" />
      <SelectField name="mode" label="公开方式" state={state} required options={MODE_VALUES.map((v) => ({ value: v, label: v }))} placeholder="请选择" />
      <TextField name="level" label="公开层级" state={state} required maxLength={30} hint="县级、乡级（镇级）、村级中的一项或几项，用“、”分隔。" />
    </>
  );
}

export interface StandardCataloguePageProps {
  readonly agencyName: string;
  readonly rows: readonly StandardRowView[];
  readonly canEdit: boolean;
  readonly addState: FormState;
  readonly importState: FormState;
}

export function StandardCataloguePage({ agencyName, rows, canEdit, addState, importState }: StandardCataloguePageProps) {
  return (
    <StaffShell title="公开事项标准目录" navId="catalogue" breadcrumbs={[{ label: '主动公开', href: staffBase }, { label: '公开事项标准目录' }]}>
      <h1>公开事项标准目录</h1>
      <p>
        {agencyName}。依据国办发〔2019〕54号《关于全面推进基层政务公开标准化规范化工作的指导意见》编制，在本单位政府信息公开专栏“法定主动公开内容”中公开。每条信息可在其详情页归入一个二级事项。
      </p>
      <p>
        <a href={`${standardBase}.csv`}>导出为 CSV（可用 Excel 打开）</a>
      </p>
      {rows.length === 0 ? (
        <p>尚未编制标准目录。</p>
      ) : (
        <StandardCatalogueTable
          rows={rows}
          caption={<>共 {rows.length} 项</>}
          countLabel="已归入信息"
          seq={canEdit ? (r) => <a href={`${standardBase}/${r.id}`}>{r.seq}</a> : undefined}
          count={(r) => <>{r.itemCount}（已公开 {r.publishedCount}）</>}
        />
      )}
      {canEdit ? (
        <>
          <section aria-labelledby="h-add">
            <h2 id="h-add">新增一项</h2>
            <ErrorSummary state={addState} labels={LABELS} />
            <PostForm action={standardBase} aria-label="新增标准目录事项">
              <StandardRowFields state={addState} />
              <SubmitButton>新增</SubmitButton>
            </PostForm>
          </section>
          <section aria-labelledby="h-import">
            <h2 id="h-import">从 CSV 导入</h2>
            <p class="hint">
              第 1 行为表头：{STANDARD_COLUMNS.map((c) => c.label).join(',')}。“一级事项 + 二级事项”已在目录中的行会被更新（已归入的信息不变），其他行新增；文件中没有的行保留。任何一行有误都不会导入，并提示出错的行号。在 Excel 中请“另存为 CSV UTF-8（逗号分隔）”。
            </p>
            <ErrorSummary state={importState} labels={{ file: 'CSV 文件' }} />
            <PostForm action={`${standardBase}/import`} multipart aria-label="导入标准目录">
              <div class={importState.errors.file ? 'field field-invalid' : 'field'}>
                <label for="field-file">CSV 文件</label>
                {importState.errors.file ? (
                  <p class="field-error" id="field-file-error">
                    <span class="visually-hidden">错误：</span>
                    {importState.errors.file}
                  </p>
                ) : null}
                <input type="file" id="field-file" name="file" accept=".csv,text/csv" aria-describedby={importState.errors.file ? 'field-file-error' : undefined} />
              </div>
              <SubmitButton>导入</SubmitButton>
            </PostForm>
          </section>
        </>
      ) : null}
    </StaffShell>
  );
}

export function StandardRowEditPage({ row, state }: { readonly row: StandardRowView; readonly state: FormState }) {
  return (
    <StaffShell
      title={`修改标准目录第 ${row.seq} 项`}
      navId="catalogue"
      breadcrumbs={[{ label: '主动公开', href: staffBase }, { label: '公开事项标准目录', href: standardBase }, { label: `${row.item_level1} › ${row.item_level2}` }]}
    >
      <h1>
        修改：{row.item_level1} › {row.item_level2}
      </h1>
      <ErrorSummary state={state} labels={LABELS} />
      <PostForm action={`${standardBase}/${row.id}`} aria-label="修改标准目录事项">
        <StandardRowFields state={state} />
        <SubmitButton>保存</SubmitButton>
      </PostForm>
      <h2>删除</h2>
      {row.itemCount > 0 ? (
        <p>该事项下已归入 {row.itemCount} 条信息，不能删除；请先把这些信息改归其他事项。</p>
      ) : (
        <PostForm action={`${standardBase}/${row.id}/delete`} aria-label="删除标准目录事项">
          <button type="submit" class="button-secondary" data-confirm={`确定删除“${row.item_level1} › ${row.item_level2}”吗？`}>
            删除这一项
          </button>
        </PostForm>
      )}
    </StaffShell>
  );
}

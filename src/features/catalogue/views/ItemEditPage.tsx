// The metadata form (新建 / 修改): validation messages next to the fields, what was typed kept.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { AUDIENCES, DISCLOSURE_MODES, GENRES, VALIDITY, type CategoryDef } from '../domain/categories.ts';
import { FIELD_LABELS, type CatalogueItem } from '../domain/item.ts';
import { staffBase, staffItem } from './paths.ts';

export interface ItemEditPageProps {
  readonly item: CatalogueItem | null;
  readonly state: FormState;
  readonly categories: readonly CategoryDef[];
  readonly action: string;
}

/** Form values of an existing item. */
export function itemFormValues(item: CatalogueItem): Record<string, string> {
  return {
    title: item.title,
    summary: item.summary,
    body: item.body,
    publisher: item.publisher,
    writtenOn: item.writtenOn,
    documentNo: item.documentNo ?? '',
    topicCategory: item.topicCategory,
    category: item.category,
    genre: item.genre ?? '',
    validity: item.validity ?? '',
    effectiveOn: item.effectiveOn ?? '',
    abolishedOn: item.abolishedOn ?? '',
    expiresOn: item.expiresOn ?? '',
    disclosureMode: item.disclosureMode,
    audience: item.audience,
    keywords: item.keywords,
    source: item.source ?? '',
    isNormativeDocument: item.isNormativeDocument ? 'on' : '',
  };
}

export function ItemEditPage({ item, state, categories, action }: ItemEditPageProps) {
  const title = item ? `修改：${item.title}` : '新建主动公开信息';
  return (
    <StaffShell
      title={title}
      navId="catalogue"
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '主动公开', href: staffBase }, ...(item ? [{ label: item.title, href: staffItem(item.id) }] : []), { label: item ? '修改' : '新建' }]}
    >
      <h1>{title}</h1>
      <ErrorSummary state={state} labels={FIELD_LABELS} />
      <PostForm action={action} aria-label={title}>
        <TextField name="title" label="标题" state={state} required maxLength={200} />
        <TextAreaField name="summary" label="内容概述" state={state} required rows={3} hint="条例第十二条：公开目录应当包括信息的索引、名称、内容概述、生成日期。" />
        <TextAreaField name="body" label="正文" state={state} required rows={14} hint="保存后系统会检查身份证号、银行卡号、手机号码和敏感词，发布前须逐条处理。" />
        <TextField name="publisher" label="发布机构" state={state} required maxLength={100} />
        <TextField name="writtenOn" label="成文日期" type="date" state={state} required hint="条例第二十六条：自信息形成或变更之日起 20 个工作日内公开，系统据此计算公开期限。" />
        <TextField name="releaseWorkingDays" label="公开时限（工作日）" inputMode="numeric" state={state} hint="默认 20 个工作日；标准目录规定更短时限的，填写该时限。" />
        <TextField name="documentNo" label="文号" state={state} hint="例如：岭政发〔2024〕7号（使用六角括号〔〕）；没有文号的留空。" maxLength={60} />
        <SelectField name="category" label="信息分类（公开目录栏目）" state={state} required placeholder="请选择" options={categories.map((c) => ({ value: c.id, label: `${c.label}（${c.basis}）` }))} />
        <TextField name="topicCategory" label="主题分类" state={state} required hint="例如：综合政务-政务公开；民政、扶贫、救灾-社会救助。" maxLength={60} />
        <SelectField name="genre" label="体裁" state={state} placeholder="（不填）" options={GENRES.map((g) => ({ value: g, label: g }))} />
        <SelectField name="disclosureMode" label="公开属性" state={state} options={Object.entries(DISCLOSURE_MODES).map(([value, label]) => ({ value, label }))} />
        <SelectField name="audience" label="公开对象" state={state} options={Object.entries(AUDIENCES).map(([value, label]) => ({ value, label }))} />
        <div class="field">
          <label class="checkbox" for="field-isNormativeDocument">
            <input type="checkbox" id="field-isNormativeDocument" name="isNormativeDocument" value="on" checked={state.values.isNormativeDocument === 'on'} /> 属于行政规范性文件（计入年度报告表二）
          </label>
        </div>
        <SelectField name="validity" label="有效性" state={state} placeholder="（非规范性文件可不填）" options={Object.entries(VALIDITY).map(([value, label]) => ({ value, label }))} />
        <TextField name="effectiveOn" label="实施日期" type="date" state={state} />
        <TextField name="expiresOn" label="有效期至" type="date" state={state} hint="暂行、试行文件的有效期届满日期；届满当年计入“本年废止件数”。" />
        <TextField name="abolishedOn" label="废止日期" type="date" state={state} />
        <TextField name="keywords" label="关键词" state={state} hint="多个关键词用空格分隔。" maxLength={200} />
        <TextField name="source" label="信息来源" state={state} maxLength={100} />
        <SubmitButton>保存</SubmitButton>
      </PostForm>
    </StaffShell>
  );
}

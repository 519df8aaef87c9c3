// 主动公开设置 (/admin/catalogue/settings) for the agency's 管理员: the 索引号 template with a live example,
// the approval chain (条例第十七条), the sensitive-word list and the agency's own columns (条例第二十二条).
// A county's values are the defaults of the agencies below it until they set their own.
import type { FormState } from '../../../platform/form.ts';
import { ErrorSummary, PostForm, SelectField, SubmitButton, TextAreaField, TextField } from '../../../platform/views/Form.tsx';
import { StaffShell } from '../../../platform/views/StaffShell.tsx';
import { CHAIN_ROLE_LABELS } from '../catalogue-settings.schemas.ts';
import type { settingsPage } from '../catalogue-settings.service.ts';
import { staffBase } from './paths.ts';

export const settingsBase = `${staffBase}/settings`;

export type SettingsPageData = Awaited<ReturnType<typeof settingsPage>>;

export interface SettingsStates {
  readonly index?: FormState;
  readonly chain?: FormState;
  readonly words?: FormState;
  readonly columns?: FormState;
}

function InheritBox({ name, checked, hasParent, what }: { readonly name: string; readonly checked: boolean; readonly hasParent: boolean; readonly what: string }) {
  return (
    <div class="field">
      <label class="checkbox" for={`field-${name}`}>
        <input type="checkbox" id={`field-${name}`} name="inherit" value="on" checked={checked} />{' '}
        {hasParent ? `不单独设置，沿用上级单位的${what}` : `不单独设置，使用系统默认的${what}`}
      </label>
    </div>
  );
}

function IndexSection({ d, state }: { readonly d: SettingsPageData; readonly state?: FormState }) {
  const s = d.settings;
  const own = d.sources.index.kind === 'own';
  const st: FormState = state ?? {
    values: { indexPattern: own ? s.indexPattern ?? '' : '', seqReset: s.seqReset, creditCode: s.creditCode ?? '', orgCode: s.orgCode ?? '', regionCode: s.regionCode ?? '', inherit: own ? '' : 'on' },
    errors: {},
  };
  return (
    <section aria-labelledby="h-index">
      <h2 id="h-index">索引号</h2>
      <p>
        现用模板：<code>{d.indexPattern}</code>（{d.sourceLabels.index}）。
      </p>
      <p class="hint">
        条例第十二条要求公开目录的每条信息都有索引。索引号在信息首次发布时生成，<strong>已发布信息的索引号永不改变</strong>；修改模板只影响今后发布的信息，流水号接续计数，不会重复。
      </p>
      <ErrorSummary state={st} labels={{ indexPattern: '索引号模板', seqReset: '流水号计数', creditCode: '统一社会信用代码', orgCode: '组织机构代码', regionCode: '地区代码', inherit: '沿用上级设置' }} />
      <PostForm action={`${settingsBase}/index`} aria-label="索引号设置">
        <div data-index-example={`${settingsBase}/index-example`}>
          <InheritBox name="index-inherit" checked={st.values.inherit === 'on'} hasParent={d.hasParent} what="索引号模板" />
          <TextField
            name="indexPattern"
            label="索引号模板"
            state={st}
            maxLength={100}
            hint="可用：{credit_code} 统一社会信用代码、{org_code} 组织机构代码、{region_code} 地区代码、{agencyCode} 本单位代码、{yyyy} 年、{yyyymm} 年月、{yyyymmdd} 年月日、{category} 信息分类、{seq:N} N 位流水号（必须且只能有一个）。例如 {credit_code}/{yyyy}-{seq:5}。"
          />
          <SelectField
            name="seqReset"
            label="流水号计数"
            state={st}
            options={[
              { value: 'yearly', label: '每年从 1 重新计数（模板须含年份）' },
              { value: 'never', label: '连续计数，不重新开始' },
            ]}
          />
          <TextField name="creditCode" label="统一社会信用代码" state={st} maxLength={18} hint="18 位，例如 11410000005184228X。" />
          <TextField name="orgCode" label="组织机构代码" state={st} maxLength={10} hint="9 位，例如 000013338。" />
          <TextField name="regionCode" label="地区代码" state={st} maxLength={12} hint="6 至 12 位数字，例如 411082。" />
          <p id="index-example" aria-live="polite">
            {d.example.example ? (
              <>
                今天发布的下一条信息的索引号将是：<strong>{d.example.example}</strong>
              </>
            ) : (
              <span class="field-error">{d.example.problem}</span>
            )}
          </p>
        </div>
        <SubmitButton>保存索引号设置</SubmitButton>
      </PostForm>
    </section>
  );
}

function ChainSection({ d, state }: { readonly d: SettingsPageData; readonly state?: FormState }) {
  const chain = d.settings.approvalChain;
  const own = d.sources.chain.kind === 'own';
  const values: Record<string, string> = { inherit: own ? '' : 'on' };
  chain.forEach((l, i) => {
    values[`level${i + 1}Title`] = l.title;
    values[`level${i + 1}Role`] = l.role;
  });
  const st: FormState = state ?? { values, errors: {} };
  const roleOptions = Object.entries(CHAIN_ROLE_LABELS).map(([value, label]) => ({ value, label }));
  return (
    <section aria-labelledby="h-chain">
      <h2 id="h-chain">发布审批链</h2>
      <p>
        现用：经办人提交 → 保密审查 → {chain.map((l) => `${l.title}（${l.role === 'leader' ? '领导' : '审核人员'}）`).join(' → ')} → 发布（{d.sourceLabels.chain}）。
      </p>
      <p class="hint">条例第十七条：行政机关应当建立健全政府信息公开审查机制，明确审查的程序和责任。审批为 1 至 3 级；经办人不能审批自己起草的信息。不需要的级别把岗位名称留空。</p>
      <ErrorSummary state={st} labels={{ level1Title: '第 1 级', level1Role: '第 1 级审批人', level2Role: '第 2 级审批人', level3Role: '第 3 级审批人' }} />
      <PostForm action={`${settingsBase}/chain`} aria-label="审批链设置">
        <InheritBox name="chain-inherit" checked={st.values.inherit === 'on'} hasParent={d.hasParent} what="审批链" />
        {[1, 2, 3].map((n) => (
          <fieldset class="field">
            <legend>第 {n} 级</legend>
            <TextField name={`level${n}Title`} label="岗位名称" state={st} maxLength={20} hint={n === 1 ? '例如：办公室负责人' : n === 2 ? '例如：分管领导' : '例如：主要领导'} />
            <SelectField name={`level${n}Role`} label="由谁审批" state={st} options={roleOptions} placeholder="请选择" />
          </fieldset>
        ))}
        <SubmitButton>保存审批链</SubmitButton>
      </PostForm>
    </section>
  );
}

function WordsSection({ d, state }: { readonly d: SettingsPageData; readonly state?: FormState }) {
  const own = d.sources.words.kind === 'own';
  const st: FormState = state ?? { values: { words: d.settings.sensitiveWords.join('\n'), inherit: own ? '' : 'on' }, errors: {} };
  return (
    <section aria-labelledby="h-words">
      <h2 id="h-words">敏感词</h2>
      <p>
        现有 {d.settings.sensitiveWords.length} 个（{d.sourceLabels.words}）。保存信息时，标题、概述、正文和附件文字中出现的敏感词会与身份证号、银行卡号、手机号一起列出，逐条删除或写明理由保留后才能审批。
      </p>
      <ErrorSummary state={st} labels={{ words: '敏感词' }} />
      <PostForm action={`${settingsBase}/words`} aria-label="敏感词设置">
        <InheritBox name="words-inherit" checked={st.values.inherit === 'on'} hasParent={d.hasParent} what="敏感词清单" />
        <TextAreaField name="words" label="敏感词清单" state={st} rows={10} hint="每行一个词，最多 500 个，每个不超过 30 个字；空行和重复的词会自动去掉。" />
        <SubmitButton>保存敏感词</SubmitButton>
      </PostForm>
    </section>
  );
}

function ColumnsSection({ d, state }: { readonly d: SettingsPageData; readonly state?: FormState }) {
  const st: FormState = state ?? { values: {}, errors: {} };
  const action = `${settingsBase}/columns`;
  const small = (id: string, act: string, label: string, confirm?: string) => (
    <PostForm action={action} class="inline-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="action" value={act} />
      <button type="submit" class="button-secondary" data-confirm={confirm}>
        {label}
      </button>
    </PostForm>
  );
  return (
    <section aria-labelledby="h-columns">
      <h2 id="h-columns">本单位自设栏目</h2>
      <p class="hint">
        条例第二十条、第二十一条规定的栏目由系统提供；本单位根据条例第二十二条确定的其他公开内容可自设栏目。已有信息的栏目不能删除——删除会使这些信息失去所属栏目，公众无法在公开目录中按栏目找到；不再使用时请“隐藏”：隐藏后不再接收新信息，已有信息仍可查阅。
      </p>
      {st.formError ? (
        <div class="error-summary" role="alert" tabIndex={-1}>
          <h2>操作未完成</h2>
          <p>{st.formError}</p>
        </div>
      ) : null}
      {d.columns.length === 0 ? (
        <p>尚未设置自设栏目。</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>自设栏目（按显示顺序）</caption>
            <thead>
              <tr>
                <th scope="col">名称</th>
                <th scope="col">状态</th>
                <th scope="col">信息数</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {d.columns.map((c, i) => (
                <tr>
                  <td>
                    <PostForm action={action} class="inline-form" aria-label={`栏目“${c.label}”改名`}>
                      <input type="hidden" name="id" value={c.id} />
                      <input type="hidden" name="action" value="rename" />
                      <label class="visually-hidden" for={`rename-${c.id}`}>
                        栏目名称
                      </label>
                      <input type="text" id={`rename-${c.id}`} name="label" value={st.values.id === c.id && st.values.action === 'rename' ? (st.values.label ?? c.label) : c.label} maxLength={30} />
                      <button type="submit" class="button-secondary">
                        改名
                      </button>
                    </PostForm>
                  </td>
                  <td>{c.hidden ? '已隐藏' : '显示'}</td>
                  <td>{c.itemCount}</td>
                  <td>
                    {i > 0 ? small(c.id, 'up', '上移') : null}
                    {i < d.columns.length - 1 ? small(c.id, 'down', '下移') : null}
                    {c.hidden ? small(c.id, 'show', '恢复显示') : small(c.id, 'hide', '隐藏')}
                    {c.itemCount === 0 ? small(c.id, 'delete', '删除', `确定删除栏目“${c.label}”吗？`) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>新增栏目</h3>
      <PostForm action={action} aria-label="新增栏目">
        <input type="hidden" name="action" value="add" />
        <TextField name="label" label="栏目名称" state={st.values.action === 'add' ? st : { values: {}, errors: {} }} required maxLength={30} hint="例如：村务公开、乡村振兴。" />
        <SubmitButton>新增栏目</SubmitButton>
      </PostForm>
    </section>
  );
}

export function SettingsPage({ d, states = {} }: { readonly d: SettingsPageData; readonly states?: SettingsStates }) {
  return (
    <StaffShell title="主动公开设置" navId="catalogue-settings" breadcrumbs={[{ label: '主动公开设置' }]}>
      <h1>主动公开设置</h1>
      <p>
        {d.agency.name}。{d.hasParent ? '未单独设置的项目沿用上级单位的设置。' : '本单位的设置同时是下级单位的默认设置，下级单位可以单独设置。'}
      </p>
      <IndexSection d={d} state={states.index} />
      <ChainSection d={d} state={states.chain} />
      <WordsSection d={d} state={states.words} />
      <ColumnsSection d={d} state={states.columns} />
    </StaffShell>
  );
}

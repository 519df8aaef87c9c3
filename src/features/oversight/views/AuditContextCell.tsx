// One file's 核查依据 on the bulk-audit results page: the agency level, the publication date and last
// year's report the rules ran with (and where each came from), the rules that could not run for lack of
// them ("未检查：…", so a clean result is never taken for a full one), and the form to correct them.
import type { ComponentChildren } from 'preact';
import type { FormState } from '../../../platform/form.ts';
import { PostForm } from '../../../platform/views/Form.tsx';
import { auditLevelLabels, auditLevels } from '../domain/agency-level.ts';
import { contextTexts, type AuditFileResult } from '../domain/audit-results.ts';

function Field({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: ComponentChildren }) {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function CorrectionForm({ action, file, state }: { readonly action: string; readonly file: AuditFileResult; readonly state: FormState | undefined }) {
  // What was typed (after a refused correction), else the corrections in force.
  const c = file.corrections;
  const values = state?.values ?? {
    agency_name: c.agencyName ?? '',
    year: c.year === undefined ? '' : String(c.year),
    agency_level: c.agencyLevel ?? '',
    published_on: c.publishedOn ?? '',
  };
  const errors = state?.errors ?? {};
  const id = (name: string) => `fix-${file.seq}-${name}`;
  const described = (name: string) => (errors[name] ? { 'aria-describedby': `${id(name)}-error`, 'aria-invalid': 'true' as const } : {});
  return (
    <details class="audit-correction" open={state !== undefined}>
      <summary>更正核查依据</summary>
      <PostForm action={action} aria-label={`更正“${file.fileName}”的核查依据`}>
        <p class="hint">留空的项按文件本身和本批默认值确定。保存后本批报告重新核查（不重新读取文件）。</p>
        {state?.formError ? <p class="field-error">{state.formError}</p> : null}
        <Field id={id('agency_name')} label="机关名称" error={errors.agency_name}>
          <input id={id('agency_name')} name="agency_name" type="text" maxLength={100} value={values.agency_name ?? ''} {...described('agency_name')} />
        </Field>
        <Field id={id('year')} label="报告年度" error={errors.year}>
          <input id={id('year')} name="year" type="text" inputMode="numeric" maxLength={4} value={values.year ?? ''} {...described('year')} />
        </Field>
        <Field id={id('agency_level')} label="机关层级" error={errors.agency_level}>
          <select id={id('agency_level')} name="agency_level" {...described('agency_level')}>
            <option value="">不更正</option>
            {auditLevels.map((level) => (
              <option value={level} selected={values.agency_level === level}>
                {auditLevelLabels[level]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('published_on')} label="发布日期" error={errors.published_on}>
          <input id={id('published_on')} name="published_on" type="date" value={values.published_on ?? ''} {...described('published_on')} />
        </Field>
        <button type="submit" class="button-secondary">
          保存并重新核查
        </button>
      </PostForm>
    </details>
  );
}

export function AuditContextCell({ file, action, state }: { readonly file: AuditFileResult; readonly action: string | null; readonly state: FormState | undefined }) {
  if (file.status === 'failed') return <span>—</span>;
  const texts = contextTexts(file);
  const c = file.context;
  return (
    <div class="audit-context">
      {c ? (
        <dl class="details-list">
          {c.agencyNameCorrected || c.yearCorrected ? (
            <>
              <dt>按更正</dt>
              <dd>
                {c.agencyName ?? '未识别'}，{c.year === null ? '年度未识别' : `${c.year}年度`}
              </dd>
            </>
          ) : null}
          <dt>机关层级</dt>
          <dd>{texts.level}</dd>
          <dt>发布日期</dt>
          <dd>{texts.publishedOn}</dd>
          <dt>上年度报告</dt>
          <dd>{texts.prior}</dd>
        </dl>
      ) : null}
      {texts.unchecked.length > 0 ? (
        <ul class="audit-unchecked">
          {texts.unchecked.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      ) : null}
      {action ? <CorrectionForm action={action} file={file} state={state} /> : null}
    </div>
  );
}

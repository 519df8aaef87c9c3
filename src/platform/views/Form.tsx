// Form components that put the error next to the field, keep what was typed, and tie label, hint and
// error together for screen readers (aria-describedby, aria-invalid). Every POST form carries the
// CSRF token through <CsrfField/> or <PostForm>.
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { FormState } from '../form.ts';
import { PageContext } from './page-context.ts';

export function CsrfField() {
  const page = useContext(PageContext);
  return <input type="hidden" name="_csrf" value={page.csrfToken()} />;
}

export interface PostFormProps {
  readonly action: string;
  readonly children: ComponentChildren;
  readonly multipart?: boolean;
  readonly class?: string;
  /** For buttons outside the form that submit it through their `form` attribute. */
  readonly id?: string;
  readonly 'aria-label'?: string;
}

/** A POST form with the CSRF token; `novalidate` so the server's Chinese messages are what people see. */
export function PostForm({ action, children, multipart, ...rest }: PostFormProps) {
  return (
    <form method="post" action={action} enctype={multipart ? 'multipart/form-data' : undefined} novalidate {...rest}>
      <CsrfField />
      {children}
    </form>
  );
}

/** The list of errors at the top of a form, each linking to its field. */
export function ErrorSummary({ state, labels }: { readonly state: FormState; readonly labels?: Readonly<Record<string, string>> }) {
  const fields = Object.entries(state.errors);
  if (fields.length === 0 && !state.formError) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <h2>请修改以下问题后再提交</h2>
      <ul>
        {state.formError ? <li>{state.formError}</li> : null}
        {fields.map(([name, message]) => (
          <li>
            <a href={`#field-${name}`}>
              {labels?.[name] ? `${labels[name]}：` : ''}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldFrameProps {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly state: FormState;
  readonly required?: boolean;
  readonly children: (aria: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}

function FieldFrame({ name, label, hint, state, required, children }: FieldFrameProps) {
  const id = `field-${name}`;
  const error = state.errors[name];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {required ? <span class="required" aria-hidden="true"> *</span> : null}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

export interface TextFieldProps {
  readonly name: string;
  readonly label: string;
  readonly state: FormState;
  readonly hint?: string;
  readonly required?: boolean;
  readonly type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'url' | 'search';
  readonly autocomplete?: string;
  readonly inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  readonly maxLength?: number;
}

export function TextField({ name, label, state, hint, required, type = 'text', autocomplete, inputMode, maxLength }: TextFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} state={state} required={required}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type={type}
          value={state.values[name] ?? ''}
          autocomplete={autocomplete}
          inputMode={inputMode}
          maxLength={maxLength}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          aria-required={required ? 'true' : undefined}
        />
      )}
    </FieldFrame>
  );
}

export interface PasswordFieldProps {
  readonly name: string;
  readonly label: string;
  readonly state: FormState;
  readonly hint?: string;
  readonly autocomplete: 'current-password' | 'new-password';
}

/** A password is never echoed back, even when the form is shown again with errors. */
export function PasswordField({ name, label, state, hint, autocomplete }: PasswordFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} state={state} required>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="password"
          autocomplete={autocomplete}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          aria-required="true"
        />
      )}
    </FieldFrame>
  );
}

export interface TextAreaFieldProps {
  readonly name: string;
  readonly label: string;
  readonly state: FormState;
  readonly hint?: string;
  readonly required?: boolean;
  readonly rows?: number;
}

export function TextAreaField({ name, label, state, hint, required, rows = 5 }: TextAreaFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} state={state} required={required}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          aria-required={required ? 'true' : undefined}
        >
          {state.values[name] ?? ''}
        </textarea>
      )}
    </FieldFrame>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly name: string;
  readonly label: string;
  readonly state: FormState;
  readonly options: readonly SelectOption[];
  readonly hint?: string;
  readonly required?: boolean;
  /** Text of a first, empty option (e.g. “请选择”). */
  readonly placeholder?: string;
}

export function SelectField({ name, label, state, options, hint, required, placeholder }: SelectFieldProps) {
  const current = state.values[name] ?? '';
  return (
    <FieldFrame name={name} label={label} hint={hint} state={state} required={required}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option value={option.value} selected={option.value === current}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function SubmitButton({ children }: { readonly children: ComponentChildren }) {
  return (
    <button type="submit" class="button">
      {children}
    </button>
  );
}

export interface CheckboxesFieldProps {
  readonly name: string;
  readonly legend: string;
  readonly state: FormState;
  readonly options: readonly SelectOption[];
  readonly hint?: string;
}

/**
 * A group of checkboxes sharing one name. What was ticked comes back in `state.values[name]` as the
 * values joined with commas (typedValues does this for repeated fields), so option values must not
 * contain commas.
 */
export function CheckboxesField({ name, legend, state, options, hint }: CheckboxesFieldProps) {
  const ticked = new Set((state.values[name] ?? '').split(',').filter(Boolean));
  const error = state.errors[name];
  const id = `field-${name}`;
  return (
    <fieldset class={error ? 'field field-invalid' : 'field'} id={id} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {options.map((option, index) => (
        <label class="checkbox" for={`${id}-${index}`}>
          <input type="checkbox" id={`${id}-${index}`} name={name} value={option.value} checked={ticked.has(option.value)} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A field's hint and its error, each with the id that aria-describedby points to. */
function FieldNotes({ id, hint, error }: { readonly id: string; readonly hint?: string | undefined; readonly error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">错误：</span>
          {error}
        </p>
      ) : null}
    </>
  );
}

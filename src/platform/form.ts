// The generic form helper: validate a submitted body with a zod schema and, when it fails, hand back
// what was typed and a Chinese message per field so the page re-renders with the errors next to the
// fields. Features reuse it for every form: parseForm → service → (on error) re-render with state.
import { z } from 'zod';

/** What a form shows: the values typed (passwords never echoed back) and the errors per field name. */
export interface FormState {
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
  /** An error that belongs to the whole form (e.g. 用户名或密码不正确). */
  readonly formError?: string;
}

export const emptyFormState: FormState = { values: {}, errors: {} };

export type FormResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly state: FormState };

/** Field names never sent back to the browser. */
function isSecretField(name: string): boolean {
  return /password|secret|token/i.test(name) || name === '_csrf';
}

/** The body as strings, without secrets: what to show again. */
export function typedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (body === null || typeof body !== 'object') return values;
  for (const [name, raw] of Object.entries(body as Record<string, unknown>)) {
    if (isSecretField(name)) continue;
    // Repeated fields (a group of checkboxes) come back joined with commas; CheckboxesField splits them.
    if (Array.isArray(raw)) values[name] = raw.filter((v) => typeof v === 'string').join(',');
    else if (typeof raw === 'string') values[name] = raw;
    else if (typeof raw === 'number' || typeof raw === 'boolean') values[name] = String(raw);
  }
  return values;
}

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/**
 * Chinese messages for zod's issue codes, worded for the person filling the form. A schema's own
 * message (`z.string().min(8, '密码至少 8 位')`) always wins over these.
 */
export function chineseIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (isBlank(issue.input)) return '请填写此项';
      if (issue.expected === 'number' || issue.expected === 'int') return '请填写数字';
      if (issue.expected === 'date') return '请填写日期';
      return '填写的内容格式不正确';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '请填写此项' : `至少填写 ${issue.minimum} 个字`;
      if (issue.origin === 'number' || issue.origin === 'int') return `不能小于 ${issue.minimum}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少选择 ${issue.minimum} 项`;
      return '内容太少';
    case 'too_big':
      if (issue.origin === 'string') return `最多填写 ${issue.maximum} 个字`;
      if (issue.origin === 'number' || issue.origin === 'int') return `不能大于 ${issue.maximum}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多选择 ${issue.maximum} 项`;
      if (issue.origin === 'file') return '文件太大';
      return '内容太多';
    case 'invalid_format':
      if (issue.format === 'email') return '电子邮箱格式不正确，例如 name@example.com';
      if (issue.format === 'date') return '日期格式应为“年-月-日”，例如 2025-01-31';
      if (issue.format === 'uuid' || issue.format === 'guid') return '编号格式不正确';
      if (issue.format === 'url') return '网址格式不正确，例如 https://www.example.gov.cn';
      return '格式不正确';
    case 'invalid_value':
      return isBlank(issue.input) ? '请选择一项' : '请从列表中选择';
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的整数倍`;
    default:
      return '填写的内容不正确';
  }
}

// Installed once for the whole process: zod's built-in messages are English; user-facing words are Chinese.
z.config({ localeError: chineseIssueMessage });

/** Validate a submitted form; on failure keep what was typed and give one message per field. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.output<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, state: stateFromIssues(result.error.issues, body) };
}

export function stateFromIssues(issues: readonly z.core.$ZodIssue[], body: unknown): FormState {
  const errors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of issues) {
    const name = issue.path.map(String).join('.');
    if (name === '') formError ??= issue.message;
    else errors[name] ??= issue.message;
  }
  return formError === undefined ? { values: typedValues(body), errors } : { values: typedValues(body), errors, formError };
}

/** A state that shows one error (from a service's validation or conflict) against a field or the form. */
export function stateWithError(body: unknown, message: string, field?: string): FormState {
  return field ? { values: typedValues(body), errors: { [field]: message } } : { values: typedValues(body), errors: {}, formError: message };
}

/** Form text fields arrive as '' when left empty: optional fields treat blank as absent. */
export const optionalText = (max = 2000) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max).optional());

/** A required single-line text field. */
export const requiredText = (max = 200) => z.string({ error: '请填写此项' }).trim().min(1, '请填写此项').max(max);

/** Show a service's ValidationError next to the fields it names (`_` or unknown names go to the top). */
export function stateFromFieldErrors(fields: Readonly<Record<string, string>>, body: unknown, message?: string): FormState {
  const errors: Record<string, string> = {};
  let formError = message;
  for (const [name, text] of Object.entries(fields)) {
    if (name === '_' || name === '') formError ??= text;
    else errors[name] = text;
  }
  return formError === undefined ? { values: typedValues(body), errors } : { values: typedValues(body), errors, formError };
}

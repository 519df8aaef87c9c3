import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { optionalText, parseForm, requiredText, stateFromFieldErrors, typedValues } from './form.ts';

describe('the form helper', () => {
  const schema = z.object({
    title: requiredText(10),
    count: z.coerce.number().int().min(1).max(99),
    email: z.email(),
    kind: z.enum(['a', 'b']),
    note: optionalText(5),
  });

  it('gives one Chinese message per field, worded for the person filling the form', () => {
    const result = parseForm(schema, { title: '', count: '0', email: 'not-an-email', kind: 'c', note: '一二三四五六' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state.errors).toEqual({
      title: '请填写此项',
      count: '不能小于 1',
      email: '电子邮箱格式不正确，例如 name@example.com',
      kind: '请从列表中选择',
      note: '最多填写 5 个字',
    });
  });

  it('treats a blank optional field as absent', () => {
    const result = parseForm(schema, { title: '标题', count: '3', email: 'a@b.cn', kind: 'a', note: '  ' });
    expect(result).toEqual({ ok: true, data: { title: '标题', count: 3, email: 'a@b.cn', kind: 'a', note: undefined } });
  });

  it('keeps what was typed but never a password, a token or the CSRF field', () => {
    expect(typedValues({ title: '村务', password: 'secret-1', newPassword: 'x', _csrf: 't', apiToken: 'k', roles: ['clerk', 'leader'] })).toEqual({
      title: '村务',
      roles: 'clerk,leader',
    });
  });

  it('puts a service’s field errors next to their fields and its “_” error at the top', () => {
    expect(stateFromFieldErrors({ _: '操作未完成', code: '代码重复' }, { code: 'x1' })).toEqual({
      values: { code: 'x1' },
      errors: { code: '代码重复' },
      formError: '操作未完成',
    });
  });
});

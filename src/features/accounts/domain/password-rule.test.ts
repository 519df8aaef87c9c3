import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-rule.ts';

describe('password rule', () => {
  it('accepts ten characters from three classes that are not the username', () => {
    expect(checkPassword('Tumenguan9x', 'clerk01')).toEqual({ ok: true, problems: [] });
  });

  it('refuses a password shorter than ten characters', () => {
    const check = checkPassword('Ab3$efgh9', 'clerk01');
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(['密码至少需要 10 个字符（当前 9 个）。']);
  });

  it('counts Chinese characters one each, and a symbol class includes them', () => {
    expect(checkPassword('公开公开公开ab12', 'clerk01').ok).toBe(true);
  });

  it('refuses a password with only two classes', () => {
    expect(checkPassword('abcdefgh1234', 'clerk01').problems).toEqual(['密码须包含小写字母、大写字母、数字、符号这四类中的至少三类。']);
  });

  it('refuses a password containing the username, ignoring case', () => {
    expect(checkPassword('Clerk01-Spring', 'clerk01').problems).toEqual(['密码不能包含用户名。']);
  });

  it('refuses a common password even though it meets length and classes', () => {
    expect(checkPassword('P@ssw0rd123', 'clerk01').problems).toEqual(['这是一个常见密码，很容易被猜到，请换一个。']);
    expect(checkPassword('Admin@123456', 'zhangsan').ok).toBe(false);
  });

  it('lists every broken rule at once', () => {
    expect(checkPassword('abc', 'abc').problems).toHaveLength(3);
  });
});

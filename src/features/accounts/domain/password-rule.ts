// The password strength rule. Pure. Government staff systems in China follow 等级保护 (GB/T 22239-2019
// 8.1.4.1 身份鉴别：口令应具有复杂度要求并定期更换); the concrete rule here: at least 10 characters,
// at least three of the four character classes, not the username, not a commonly used password.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

// Passwords that pass the length and class rules yet top every leaked-password list; compared
// case-insensitively.
const COMMON_PASSWORDS = new Set(
  [
    'password123', 'password@123', 'password123!', 'p@ssw0rd123', 'p@ssword123', 'passw0rd123', 'passw0rd!23',
    'admin@12345', 'admin@123456', 'admin123456', 'admin12345!', 'administrator1', 'qwer1234!@#$', 'qwerty123456',
    'qwerty@1234', '1qaz2wsx3edc', '1qaz@wsx3edc', '1qaz!qaz2wsx', 'abc@1234567', 'abc@123456', 'abcd@123456',
    'aa123456789', 'a1234567890', 'a123456789!', 'woaini1314!', 'woaini@1314', 'iloveyou123', 'welcome@123',
    'changeme123', 'gongkai@123', 'gongkai123456', 'zhengwu@123', 'zwgk@123456', '12345678910a', 'asdf@123456',
  ].map((p) => p.toLowerCase()),
);

export interface PasswordCheck {
  readonly ok: boolean;
  /** Chinese messages, one per broken rule, in the order a user should fix them. */
  readonly problems: readonly string[];
}

export function characterClasses(password: string): number {
  let classes = 0;
  if (/[a-z]/.test(password)) classes += 1;
  if (/[A-Z]/.test(password)) classes += 1;
  if (/[0-9]/.test(password)) classes += 1;
  if (/[^a-zA-Z0-9]/.test(password)) classes += 1;
  return classes;
}

export function checkPassword(password: string, username: string): PasswordCheck {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push(`密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符（当前 ${length} 个）。`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符。`);
  if (characterClasses(password) < 3) {
    problems.push('密码须包含小写字母、大写字母、数字、符号这四类中的至少三类。');
  }
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) problems.push('密码不能包含用户名。');
  if (COMMON_PASSWORDS.has(password.toLowerCase())) problems.push('这是一个常见密码，很容易被猜到，请换一个。');
  return { ok: problems.length === 0, problems };
}

// 个人信息保护：申请人的证件号码、电话、住址默认遮蔽显示（DESIGN §5）；只有经授权的工作人员可查看原文，且每次查看都记入审计。

/** 110101199003071234 → 110101********1234: keeps the region (first 6) and the last 4. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 4) return '*'.repeat(s.length);
  if (s.length <= 10) return s.slice(0, 2) + '*'.repeat(s.length - 4) + s.slice(-2);
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}

/** 13812345678 → 138****5678; landlines keep area code and last 4 digits. */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  const digits = s.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (s.length <= 4) return '*'.repeat(s.length);
  const keepStart = Math.min(4, Math.max(0, s.length - 8));
  return s.slice(0, keepStart) + '*'.repeat(s.length - keepStart - 4) + s.slice(-4);
}

/** 北京市东城区景山前街4号 → 北京市东城区****: keeps the first 6 characters (province/city/district). */
export function maskAddress(address: string): string {
  const chars = Array.from(address.trim());
  if (chars.length <= 6) return chars.slice(0, 2).join('') + '****';
  return chars.slice(0, 6).join('') + '****';
}

/** alice@example.com → a****@example.com */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return maskAddress(email);
  return `${email.slice(0, 1)}****${email.slice(at)}`;
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; organisations keep their name (a legal person's name is not private). */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}

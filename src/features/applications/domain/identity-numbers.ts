// Checks of identity numbers typed on the application form (条例第二十九条第二款第（一）项：申请人的身份证明).

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 公民身份号码: 17 digits and an ISO 7064 MOD 11-2 check character. */
export function isValidResidentId(text: string): boolean {
  const id = text.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17];
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 统一社会信用代码: 18 characters, the last a MOD 31 check character. */
export function isValidCreditCode(text: string): boolean {
  const code = text.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(code[i]!) * CREDIT_WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CHARS[check] === code[17];
}

/** A mainland mobile (11 digits from 1) or a landline with area code (0xx-xxxxxxx[x]), optionally with extension. */
export function isValidPhone(text: string): boolean {
  const s = text.trim().replace(/[\s()（）]/g, '');
  return /^(\+?86-?)?1[3-9]\d{9}$/.test(s) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(s);
}

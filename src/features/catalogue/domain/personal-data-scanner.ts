// Personal-data scanner run before release. 条例第十五条：涉及个人隐私的政府信息不得公开（权利人同意或
// 公共利益需要除外）; 条例第十七条 requires review before release. The scanner is a pre-check for the
// reviewer (seed 002 describes 敏感词 screening), never a substitute for the review itself.
// It must not cry wolf on 文号, dates, 索引号, numbers inside longer numbers or money amounts,
// so every hit is validated (GB 11643 check digit + real birth date, Luhn, mobile prefixes).

export type HitKind = 'id_card' | 'bank_card' | 'mobile' | 'sensitive_word';

export const HIT_KIND_LABELS: Record<HitKind, string> = {
  id_card: '身份证号',
  bank_card: '银行卡号',
  mobile: '手机号码',
  sensitive_word: '敏感词',
};

export interface ScanHit {
  kind: HitKind;
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  text: string;
  /** What replaces the text when the reviewer chooses to redact. */
  masked: string;
  /** Up to CONTEXT characters of text on each side, for showing the hit in context. */
  before: string;
  after: string;
}

export const CONTEXT = 20;

// A number "stands alone" when no digit or Latin letter touches it (credit codes and 索引号 mix letters
// and digits) and it is not the integer part of a decimal.
const LEFT = '(?<![0-9A-Za-z.．])';
const RIGHT = '(?![0-9A-Za-z]|[.．]\\d)';
// Amounts: a number followed by a currency unit is money, never a card or phone number.
const MONEY_AFTER = /^\s*(元|万元|亿元|角|分|圆)/;

const ID_RE = new RegExp(`${LEFT}(\\d{17}[\\dXx])${RIGHT}`, 'g');
const CARD_RE = new RegExp(`${LEFT}(\\d{16,19}|\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?)${RIGHT}`, 'g');
const MOBILE_RE = new RegExp(`${LEFT}((?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?)\\d{4}(?:[- ]?)\\d{4})${RIGHT}`, 'g');

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] ?? '';
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** An 18-character 公民身份号码: valid check character and a real date of birth. */
export function isValidIdNumber(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  if (idCheckCharacter(s.slice(0, 17)) !== s[17]!.toUpperCase()) return false;
  return isRealDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)));
}

/** Luhn (mod 10) check used by bank card numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function mask(kind: HitKind, text: string): string {
  const digits = text.replace(/[^0-9Xx]/g, '');
  switch (kind) {
    case 'id_card':
      return digits.slice(0, 6) + '*'.repeat(8) + digits.slice(14);
    case 'bank_card':
      return digits.slice(0, 4) + '*'.repeat(digits.length - 8) + digits.slice(-4);
    case 'mobile': {
      const local = digits.slice(-11);
      return local.slice(0, 3) + '****' + local.slice(7);
    }
    case 'sensitive_word':
      return '*'.repeat(text.length);
  }
}

function hitAt(text: string, kind: HitKind, start: number, matched: string): ScanHit {
  const end = start + matched.length;
  return {
    kind,
    start,
    end,
    text: matched,
    masked: mask(kind, matched),
    before: text.slice(Math.max(0, start - CONTEXT), start),
    after: text.slice(end, end + CONTEXT),
  };
}

export interface ScanOptions {
  /** Configurable 敏感词 list (per agency). Empty strings are ignored. */
  sensitiveWords?: readonly string[];
}

/** Scans a text and returns every hit in document order; overlapping numeric hits keep the strongest kind. */
export function scanPersonalData(text: string, options: ScanOptions = {}): ScanHit[] {
  const hits: ScanHit[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const add = (h: ScanHit) => {
    hits.push(h);
    taken.push([h.start, h.end]);
  };

  for (const m of text.matchAll(ID_RE)) {
    const s = m[1]!;
    if (isValidIdNumber(s)) add(hitAt(text, 'id_card', m.index, s));
  }
  for (const m of text.matchAll(CARD_RE)) {
    const s = m[1]!;
    const digits = s.replace(/ /g, '');
    if (overlaps(m.index, m.index + s.length)) continue;
    if (MONEY_AFTER.test(text.slice(m.index + s.length))) continue;
    if (digits.length >= 16 && digits.length <= 19 && luhnValid(digits)) add(hitAt(text, 'bank_card', m.index, s));
  }
  for (const m of text.matchAll(MOBILE_RE)) {
    const s = m[1]!;
    if (overlaps(m.index, m.index + s.length)) continue;
    if (MONEY_AFTER.test(text.slice(m.index + s.length))) continue;
    add(hitAt(text, 'mobile', m.index, s));
  }
  for (const word of options.sensitiveWords ?? []) {
    const w = word.trim();
    if (w === '') continue;
    let from = 0;
    for (;;) {
      const i = text.indexOf(w, from);
      if (i < 0) break;
      if (!overlaps(i, i + w.length)) add(hitAt(text, 'sensitive_word', i, w));
      from = i + w.length;
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Replaces one hit by its masked form, after checking the text still holds it at that place. */
export function redactHit(text: string, hit: Pick<ScanHit, 'start' | 'end' | 'text' | 'masked'>): string | null {
  if (text.slice(hit.start, hit.end) !== hit.text) return null;
  return text.slice(0, hit.start) + hit.masked + text.slice(hit.end);
}

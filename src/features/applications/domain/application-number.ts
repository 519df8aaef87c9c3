// 申请编号 and 查询码. The number identifies the case to everyone (<机关代码>-<年>-<四位序号>, per agency
// per year); the query code is the applicant's secret that, with the number, lets them follow the case
// on the portal without an account — the number alone must never reveal the case.

export function formatApplicationNumber(agencyCode: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`序号必须是正整数：${sequence}`);
  return `${agencyCode}-${year}-${String(sequence).padStart(4, '0')}`;
}

export interface ParsedApplicationNumber {
  agencyCode: string;
  year: number;
  sequence: number;
}

export function parseApplicationNumber(text: string): ParsedApplicationNumber | null {
  const match = /^([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)-(\d{4})-(\d{4,})$/.exec(text.trim());
  if (!match) return null;
  return { agencyCode: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}

// No 0/O, 1/I/L: the code is read aloud over the phone and typed from a printed receipt.
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const queryCodeLength = 10;

/**
 * A query code from random bytes the caller supplies (crypto.randomBytes or an HMAC in the service), one
 * symbol per byte. `length` is 10 for an application (read together with its 申请编号); a code that must
 * find its record alone — a complaint's 查询码 — is longer.
 */
export function queryCodeFromBytes(bytes: Uint8Array, length = queryCodeLength): string {
  if (bytes.length < length) throw new RangeError('随机字节不足');
  let code = '';
  // 31 symbols: rejection of bytes ≥ 248 would be exact; modulo bias here is < 1%, harmless for a 10-symbol code.
  for (let i = 0; i < length; i++) code += alphabet[bytes[i]! % alphabet.length];
  return code;
}

export function normaliseQueryCode(text: string): string {
  return text.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

import { describe, expect, it } from 'vitest';
import { isValidCreditCode, isValidPhone, isValidResidentId } from './identity-numbers.ts';

describe('identity numbers on the application form', () => {
  it('accepts the GB 11643 example number 11010519491231002X and rejects a wrong check digit', () => {
    // The standard's own worked example: weighted sum 167, 167 mod 11 = 2 → check character X.
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('1101051949123100')).toBe(false);
  });

  it('accepts the credit code 91350100M000100Y43 printed in GB 32100 and rejects one altered character', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M00010OY43')).toBe(false);
  });

  it('accepts mobiles and landlines with area code, rejects short numbers', () => {
    expect(isValidPhone('13812345678')).toBe(true);
    expect(isValidPhone('+86 138 1234 5678')).toBe(true);
    expect(isValidPhone('010-66012345')).toBe(true);
    expect(isValidPhone('0851-8123456-801')).toBe(true);
    expect(isValidPhone('12345')).toBe(false);
    expect(isValidPhone('23812345678')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskIdNumber, maskPersonName, maskPhone } from './masking.ts';

describe('masking of applicants’ personal data', () => {
  it('shows an 18-digit ID number as its first 6 and last 4 characters', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234');
  });
  it('shows a mobile number as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
  });
  it('keeps the area code and last 4 digits of a landline', () => {
    expect(maskPhone('010-66012345')).toBe('010-****2345');
  });
  it('keeps only the first six characters of an address', () => {
    expect(maskAddress('北京市东城区景山前街4号')).toBe('北京市东城区****');
  });
  it('keeps the first letter and domain of an e-mail', () => {
    expect(maskEmail('alice@example.com')).toBe('a****@example.com');
  });
  it('keeps the surname of a person', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('欧阳娜娜')).toBe('欧***');
  });
});

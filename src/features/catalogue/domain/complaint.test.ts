import { describe, expect, it } from 'vitest';
import { maskContact } from './complaint.ts';

describe('masking a complainant’s contact for readers who do not answer it', () => {
  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskContact('13812345678')).toBe('138****5678');
    expect(maskContact('0375-7012345')).toBe('037****2345');
  });
  it('keeps the first letter and the domain of an e-mail address', () => {
    expect(maskContact('zhangsan@example.com')).toBe('z***@example.com');
  });
  it('keeps only the first character of anything else', () => {
    expect(maskContact('张先生')).toBe('张**');
    expect(maskContact('王')).toBe('*');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_PATTERN, IndexPatternError, formatIndexNumber, sequenceScope, validateIndexPattern } from './index-number.ts';

const base = { agencyCode: 'zjz', publishedOn: '2020-03-09', seq: 79 };

describe('索引号 templates', () => {
  it('renders the Shandong credit-code pattern as printed on 11370812004339255B/2020-22849', () => {
    expect(formatIndexNumber('{credit_code}/{yyyy}-{seq:5}', { ...base, creditCode: '11370812004339255B', seq: 22849 })).toBe(
      '11370812004339255B/2020-22849',
    );
  });

  it('zero-pads the sequence like the ministry number 000013338/2023-00079', () => {
    expect(formatIndexNumber('{org_code}/{yyyy}-{seq:5}', { ...base, orgCode: '000013338', publishedOn: '2023-06-01' })).toBe(
      '000013338/2023-00079',
    );
  });

  it('renders the Anhui year-month pattern 11341702486344515H/202110-00013', () => {
    expect(
      formatIndexNumber('{credit_code}/{yyyymm}-{seq:5}', { ...base, creditCode: '11341702486344515H', publishedOn: '2021-10-15', seq: 13 }),
    ).toBe('11341702486344515H/202110-00013');
  });

  it('renders the hyphen-only Yunnan pattern 01527918X-2020-153077 without padding loss', () => {
    expect(formatIndexNumber('{org_code}-{yyyy}-{seq:6}', { ...base, orgCode: '01527918X', seq: 153077 })).toBe('01527918X-2020-153077');
  });

  it('accepts the agency short code as {agencyCode}', () => {
    expect(formatIndexNumber('{agencyCode}/{yyyy}-{seq:5}', { ...base, seq: 12 })).toBe('zjz/2020-00012');
  });

  it('keeps every digit when the counter outgrows its width instead of wrapping to a reused number', () => {
    expect(formatIndexNumber('{agencyCode}-{seq:2}', { ...base, seq: 123 })).toBe('zjz-123');
  });

  it('refuses a template without exactly one sequence because numbers would repeat', () => {
    expect(validateIndexPattern('{credit_code}/{yyyy}')).toMatch(/流水号/);
    expect(validateIndexPattern('{seq:3}-{seq:3}')).toMatch(/流水号/);
  });

  it('names an unknown token in Chinese', () => {
    expect(validateIndexPattern('{foo}/{seq:5}')).toMatch(/\{foo\}/);
  });

  it('asks for the credit code when the default template needs it and it is missing', () => {
    expect(() => formatIndexNumber(DEFAULT_INDEX_PATTERN, base)).toThrow(IndexPatternError);
    expect(() => formatIndexNumber(DEFAULT_INDEX_PATTERN, base)).toThrow(/统一社会信用代码/);
  });

  it('resets the counter per year by default and never when so configured', () => {
    expect(sequenceScope({ publishedOn: '2024-12-31' }, 'yearly')).toBe('2024');
    expect(sequenceScope({ publishedOn: '2024-12-31' }, 'never')).toBe('all');
  });
});

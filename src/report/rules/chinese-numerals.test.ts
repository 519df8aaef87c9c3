import { describe, expect, it } from 'vitest';
import { parseNumber } from './chinese-numerals.ts';

describe('numbers written in report prose', () => {
  it('reads Arabic digits, half- and full-width', () => {
    expect(parseNumber('4')).toBe(4);
    expect(parseNumber('１２')).toBe(12);
  });
  it('reads single Chinese digits, including 两 and 〇', () => {
    expect(parseNumber('四')).toBe(4);
    expect(parseNumber('两')).toBe(2);
    expect(parseNumber('〇')).toBe(0);
  });
  it('reads 十 without a leading digit as ten', () => {
    expect(parseNumber('十')).toBe(10);
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('二十')).toBe(20);
  });
  it('reads hundreds and thousands with 零 gaps', () => {
    expect(parseNumber('一百零五')).toBe(105);
    expect(parseNumber('两千三百')).toBe(2300);
    expect(parseNumber('一万四千零六十九')).toBe(14069);
  });
  it('returns null for text that is not a number', () => {
    expect(parseNumber('若干')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

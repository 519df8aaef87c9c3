import { describe, expect, it } from 'vitest';
import { formatApplicationNumber, normaliseQueryCode, parseApplicationNumber, queryCodeFromBytes } from './application-number.ts';

describe('application numbers and query codes', () => {
  it('numbers the first application of 2026 at agency XZ01 as XZ01-2026-0001', () => {
    expect(formatApplicationNumber('XZ01', 2026, 1)).toBe('XZ01-2026-0001');
    expect(formatApplicationNumber('XZ01', 2026, 12345)).toBe('XZ01-2026-12345');
  });

  it('reads the agency code, year and sequence back, even when the agency code has a hyphen', () => {
    expect(parseApplicationNumber('QX-ZF-2026-0042')).toEqual({ agencyCode: 'QX-ZF', year: 2026, sequence: 42 });
    expect(parseApplicationNumber('2026-0042')).toBeNull();
    expect(parseApplicationNumber('XZ01-26-0042')).toBeNull();
  });

  it('makes a 10-symbol query code without the confusable characters 0 O 1 I L', () => {
    const code = queryCodeFromBytes(new Uint8Array([0, 1, 2, 30, 31, 62, 255, 100, 7, 8]));
    expect(code).toHaveLength(10);
    // alphabet 23456789ABCDEFGHJKMNPQRSTUVWXYZ has 31 symbols: 31→0 '2', 62→0 '2', 255→7 '9', 100→7 '9', 7 '9', 8 'A'
    expect(code).toBe('234Z22999A');
    expect(code).not.toMatch(/[01OIL]/);
  });

  it('makes a longer code when asked (a complaint’s 查询码 has no number beside it), one symbol per byte', () => {
    // Bytes 0–11 are the alphabet's first twelve symbols: 2 3 4 5 6 7 8 9 A B C D.
    expect(queryCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 12)).toBe('23456789ABCD');
    expect(() => queryCodeFromBytes(new Uint8Array(10), 12)).toThrow(RangeError);
  });

  it('accepts a query code typed in lower case with spaces or hyphens', () => {
    expect(normaliseQueryCode(' 234z-22a8 9a ')).toBe('234Z22A89A');
  });
});

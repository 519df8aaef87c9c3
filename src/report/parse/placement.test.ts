import { describe, expect, it } from 'vitest';
import { placeRow } from './placement.ts';
import type { ValueItem } from './tokens.ts';
import { readCellToken } from './value.ts';

const values = (...texts: string[]): ValueItem[] =>
  texts.map((t, i) => ({ type: 'value', token: readCellToken(t), source: { line: i + 1, text: t }, lineIndex: i, gapBefore: false }));
const shown = (cells: (ValueItem | null)[]) => cells.map((c) => (c ? c.source.text : null));

describe('placing a table 三 row that does not print seven values', () => {
  it('keeps a row of seven as printed', () => {
    const p = placeRow(values('4', '0', '0', '0', '0', '0', '4'), 7);
    expect(shown(p.cells)).toEqual(['4', '0', '0', '0', '0', '0', '4']);
    expect(p.note).toBeNull();
  });

  it('takes the last of six values as 总计 when it equals the sum of the others', () => {
    const p = placeRow(values('3', '1', '0', '0', '0', '4'), 7);
    expect(shown(p.cells)).toEqual(['3', '1', '0', '0', '0', null, '4']);
    expect(p.note).toContain('总计');
  });

  it('fills six values from the left and leaves 总计 missing when the sum does not decide', () => {
    expect(shown(placeRow(values('0', '0', '0', '0', '0', '0'), 7).cells)).toEqual(['0', '0', '0', '0', '0', '0', null]);
    expect(shown(placeRow(values('2', '1', '0', '0', '0', '1'), 7).cells)).toEqual(['2', '1', '0', '0', '0', '1', null]);
  });

  it('chooses the seven of eight values under which the row total holds', () => {
    const p = placeRow(values('5', '3', '1', '0', '0', '0', '0', '4'), 7);
    expect(shown(p.cells)).toEqual(['3', '1', '0', '0', '0', '0', '4']);
    expect(shown(p.dropped)).toEqual(['5']);
    expect(p.note).toContain('只有这样取值时');
  });

  it('takes the last seven of eight when the row total holds either way (an extra 0 in the label column)', () => {
    const p = placeRow(values('0', '0', '0', '0', '0', '0', '0', '0'), 7);
    expect(p.cells).toHaveLength(7);
    expect(p.dropped[0]!.source.line).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { chooseStartRow, splitRows } from './row-assignment.ts';
import type { ValueItem } from './tokens.ts';
import { readCellToken } from './value.ts';

/** Values one per line; "|" marks an empty line between them. */
const column = (spec: string): ValueItem[] => {
  const out: ValueItem[] = [];
  let gap = true;
  for (const t of spec.split(' ')) {
    if (t === '|') {
      gap = true;
      continue;
    }
    out.push({ type: 'value', token: readCellToken(t), source: { line: out.length + 1, text: t }, lineIndex: out.length, gapBefore: gap });
    gap = false;
  }
  return out;
};

describe('which rows a run of values belongs to', () => {
  it('takes the next row in order when no label was seen', () => {
    expect(chooseStartRow(4, [], 1, 25)).toBe(4);
  });

  it('takes the labelled row, skipping rows whose labels were not printed', () => {
    expect(chooseStartRow(4, [7], 1, 25)).toBe(7);
  });

  it('gives the values to the most recent of two labels (the first row printed no values)', () => {
    expect(chooseStartRow(22, [22, 23], 1, 25)).toBe(23);
  });

  it('puts a block of rows so that the label printed above it falls inside, as near the next row as possible', () => {
    // raw pdftotext: "3.要求提供公开出版物" printed above the values of four rows ending with it
    expect(chooseStartRow(14, [17], 4, 25)).toBe(14);
  });

  it('ignores labels of rows already read', () => {
    expect(chooseStartRow(10, [0, 4], 1, 25)).toBe(10);
  });
});

describe('rows printed one value per line or column by column', () => {
  it('reads seven runs of equal length as columns', () => {
    const { rows, byColumn } = splitRows(column('1 0 | 0 0 | 0 0 | 0 0 | 0 0 | 0 0 | 1 0'), 7);
    expect(byColumn).toBe(2);
    expect(rows.map((r) => r.map((v) => v.source.text).join(' '))).toEqual(['1 0 0 0 0 0 1', '0 0 0 0 0 0 0']);
  });

  it('reads a row printed one value per line before a block printed by columns', () => {
    const { rows } = splitRows(column('4 | 0 | 0 | 0 | 0 | 0 | 4 | 1 3 | 0 0 | 0 0 | 0 0 | 0 0 | 0 0 | 1 3'), 7);
    expect(rows.map((r) => r.map((v) => v.source.text).join(' '))).toEqual(['4 0 0 0 0 0 4', '1 0 0 0 0 0 1', '3 0 0 0 0 0 3']);
  });

  it('keeps a run of six values as one short row', () => {
    expect(splitRows(column('0 0 0 0 0 0'), 7).rows).toHaveLength(1);
  });
});

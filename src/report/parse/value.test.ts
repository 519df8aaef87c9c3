import { describe, expect, it } from 'vitest';
import { readCellToken, shiftDecimalLeft } from './value.ts';

describe('reading one printed cell', () => {
  it('reads integers and zero as numbers', () => {
    expect(readCellToken('0')).toEqual({ kind: 'number', value: 0 });
    expect(readCellToken('3119')).toEqual({ kind: 'number', value: 3119 });
  });

  it('reads full-width digits and ignores stray spaces around a value', () => {
    expect(readCellToken('１２')).toEqual({ kind: 'number', value: 12 });
    expect(readCellToken(' 0 ')).toEqual({ kind: 'number', value: 0 });
    expect(readCellToken('\u3000４\u3000')).toEqual({ kind: 'number', value: 4 });
  });

  it('drops the Word bookmark artefact in front of a value', () => {
    expect(readCellToken('[bookmark: _GoBack]0')).toEqual({ kind: 'number', value: 0 });
  });

  it('keeps an empty cell blank, distinct from zero', () => {
    expect(readCellToken('')).toEqual({ kind: 'blank' });
    expect(readCellToken(' \t ')).toEqual({ kind: 'blank' });
  });

  it('reads slash, hyphen and dashes as not applicable, distinct from blank and zero', () => {
    for (const mark of ['/', '／', '-', '—', '－', '——']) {
      expect(readCellToken(mark)).toEqual({ kind: 'not_applicable' });
    }
  });

  it('reads a 万元 decimal exactly as printed', () => {
    expect(readCellToken('160.5964')).toEqual({ kind: 'number', value: 160.5964 });
    expect(readCellToken('160.5964万元')).toEqual({ kind: 'number', value: 160.5964, unit: 'wan_yuan' });
  });

  it('converts an amount printed in 元 to 万元 and says so in a note', () => {
    const token = readCellToken('251000元');
    expect(token).toMatchObject({ kind: 'number', value: 25.1, unit: 'yuan' });
    expect(token.kind === 'number' && token.note).toContain('251000元');
  });

  it('reads signed changes of 本年增/减 written with signs or with 增/减', () => {
    expect(readCellToken('-3')).toEqual({ kind: 'number', value: -3 });
    expect(readCellToken('−3')).toEqual({ kind: 'number', value: -3 });
    expect(readCellToken('减3')).toEqual({ kind: 'number', value: -3 });
    expect(readCellToken('減3')).toEqual({ kind: 'number', value: -3 });
    expect(readCellToken('+2')).toEqual({ kind: 'number', value: 2 });
    expect(readCellToken('增2')).toEqual({ kind: 'number', value: 2 });
  });

  it('reads thousands separators and a trailing count unit', () => {
    expect(readCellToken('3,985,758')).toEqual({ kind: 'number', value: 3985758 });
    expect(readCellToken('4件')).toEqual({ kind: 'number', value: 4 });
  });

  it('reports what it cannot read as unknown, keeping the text', () => {
    expect(readCellToken('约5')).toEqual({ kind: 'unknown', text: '约5' });
    expect(readCellToken('O')).toEqual({ kind: 'unknown', text: 'O' });
  });

  it('divides by ten thousand without floating-point noise', () => {
    expect(shiftDecimalLeft('251000', 4)).toBe('25.1');
    expect(shiftDecimalLeft('3', 4)).toBe('0.0003');
    expect(shiftDecimalLeft('10000', 4)).toBe('1');
    expect(shiftDecimalLeft('12.5', 4)).toBe('0.00125');
  });
});

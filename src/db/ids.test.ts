import { describe, expect, it } from 'vitest';
import { idTimestamp, isId, newId } from './ids.ts';

describe('UUIDv7 ids', () => {
  it('are version 7 with the RFC variant', () => {
    const id = newId(Date.UTC(2026, 10, 26, 9, 21, 41));
    expect(isId(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('carry the millisecond they were made in', () => {
    const at = Date.UTC(2026, 10, 26, 9, 21, 41, 123);
    expect(idTimestamp(newId(at))).toBe(at);
  });

  it('sort in creation order even when many are made in the same millisecond', () => {
    const at = Date.UTC(2030, 0, 1);
    const ids = Array.from({ length: 5000 }, () => newId(at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

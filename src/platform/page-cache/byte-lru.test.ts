import { describe, expect, it } from 'vitest';
import { ByteLru } from './byte-lru.ts';

describe('ByteLru', () => {
  it('evicts the least recently used entries once the byte budget is exceeded', () => {
    const lru = new ByteLru<string>(10, (v) => v.length);
    lru.set('a', 'xxxx'); // 4
    lru.set('b', 'yyyy'); // 8
    expect(lru.get('a')).toBe('xxxx'); // a is now the most recent
    lru.set('c', 'zzzz'); // 12 > 10: b (least recent) goes, 8 left
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('xxxx');
    expect(lru.get('c')).toBe('zzzz');
    expect(lru.bytes).toBe(8);
    expect(lru.size).toBe(2);
  });

  it('replaces a key without counting it twice, and refuses a value larger than the whole budget', () => {
    const lru = new ByteLru<string>(10, (v) => v.length);
    lru.set('a', 'xxxx');
    lru.set('a', 'xxxxxx');
    expect(lru.bytes).toBe(6);
    lru.set('big', 'x'.repeat(11));
    expect(lru.get('big')).toBeUndefined();
    expect(lru.get('a')).toBe('xxxxxx');
    lru.clear();
    expect(lru.size).toBe(0);
    expect(lru.bytes).toBe(0);
  });
});

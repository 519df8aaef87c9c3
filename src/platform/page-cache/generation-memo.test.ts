import { describe, expect, it } from 'vitest';
import { GenerationMemo } from './generation-memo.ts';

describe('GenerationMemo', () => {
  it('loads a key once per generation and again after the generation changes', async () => {
    const memo = new GenerationMemo(100);
    let loads = 0;
    const load = async () => ++loads;
    const g1 = memo.readsFor(1);
    expect(await Promise.all([g1.memo('k', load), g1.memo('k', load)])).toEqual([1, 1]);
    expect(await memo.readsFor(2).memo('k', load)).toBe(2);
    // A request still holding generation 1 neither sees nor fills generation 2's values.
    expect(await g1.memo('k', load)).toBe(3);
    expect(await memo.readsFor(2).memo('k', load)).toBe(2);
  });

  it('forgets a failed load so the next request tries again', async () => {
    const memo = new GenerationMemo(100);
    const reads = memo.readsFor(1);
    await expect(reads.memo('k', async () => Promise.reject(new Error('数据库暂不可用')))).rejects.toThrow('数据库暂不可用');
    expect(await reads.memo('k', async () => 'ok')).toBe('ok');
  });
});

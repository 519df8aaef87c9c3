// The checker threads of `gongkai report check DIR`: results come back in file order whatever order the
// threads finish in, and a file that keeps its thread past the time limit gets a Chinese message while
// the files after it are still checked (on a fresh thread).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkInPool, type CheckJobResult } from './check-pool.ts';

const rich = fileURLToPath(new URL('../../../test/fixtures/reports-rich/', import.meta.url));
const seeds = ['000_86e1ed2bd8e108a0.txt', '001_f16022773bcf5753.txt', '002_2ca9e04ed4bb8715.txt', '003_2dc4deb19782afd0.txt', '004_2e14c0d31e5d676b.txt'].map((f) => `${rich}seeds/${f}`);

describe('checking files on worker threads', () => {
  it('hands the results on in file order (a slow PDF first, fast texts after it)', async () => {
    const files = [`${rich}gnb_huaianshi_2024.pdf`, ...seeds, `${rich}no-such-file.txt`];
    const got: CheckJobResult[] = [];
    await checkInPool(files, {}, (r) => got.push(r), { threads: 2 });
    expect(got.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Years read off the documents (淮安市 2024; the seeds 2021, 2021, 2020, 2019, 2024).
    expect(got.map((r) => r.result.year)).toEqual([2024, 2021, 2021, 2020, 2019, 2024, null]);
    expect(got[6]!.result.error).toMatch(/文件无法打开/);
    expect(got[1]!.text).toContain('格式');
  }, 120_000);

  it('gives up a file past the time limit with a Chinese message and checks the next one', async () => {
    const got: CheckJobResult[] = [];
    // 1 ms: no thread can even load the reader in time; the next files get fresh threads and the same limit.
    await checkInPool([`${rich}gnb_huaianshi_2024.pdf`, seeds[4]!], {}, (r) => got.push(r), { threads: 1, timeoutMs: 1 });
    expect(got.map((r) => r.result.error)).toEqual([expect.stringMatching(/检查超过 0 秒仍未完成/), expect.stringMatching(/检查超过 0 秒仍未完成/)]);
  }, 120_000);
});

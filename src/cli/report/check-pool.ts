// `gongkai report check DIR` on every core: the files are checked by worker threads (check-worker.ts),
// one per core, each reading one file at a time. Results are handed on in the order of the files (the
// sorted order of collectTargets), however the threads finish; at most a window of files beyond the
// next one to hand on is in flight or waiting, so memory stays bounded on any number of files. A file
// that keeps its thread busy past the time limit, or kills it (a memory limit reached), gets a Chinese
// error and a fresh thread; the other files go on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckResultJson } from '../../report/model.ts';
import type { CheckOptions } from '../../report/rules/index.ts';
import { unreadableResult } from './check-result.ts';
import { unreadableSummary } from './summary.ts';

export interface CheckJob {
  readonly index: number;
  readonly file: string;
  readonly options: CheckOptions;
}

export interface CheckJobResult {
  readonly index: number;
  readonly result: CheckResultJson;
  /** The readable summary (reportSummary / unreadableSummary). */
  readonly text: string;
}

export interface PoolOptions {
  /** Threads (default: one per core). */
  readonly threads?: number;
  /** A file taking longer is given up (a damaged PDF can make pdfjs spin). */
  readonly timeoutMs?: number;
  /** Heap of each thread in MB: a file that needs more ends with a message instead of taking the machine. */
  readonly heapMb?: number;
}

export const CHECK_FILE_TIMEOUT_MS = 120_000;

export function defaultThreads(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files));
}

/** Checks the files on worker threads and calls `onResult` for each, in file order. */
export async function checkInPool(
  files: readonly string[],
  options: CheckOptions,
  onResult: (done: CheckJobResult) => void,
  pool: PoolOptions = {},
): Promise<void> {
  const threads = Math.max(1, Math.min(pool.threads ?? defaultThreads(files.length), files.length));
  const timeoutMs = pool.timeoutMs ?? CHECK_FILE_TIMEOUT_MS;
  const window = threads * 8;
  const waiting = new Map<number, CheckJobResult>();
  let nextToHand = 0;
  let nextToStart = 0;
  const waiters: (() => void)[] = [];

  const hand = (done: CheckJobResult) => {
    waiting.set(done.index, done);
    while (waiting.has(nextToHand)) {
      const ready = waiting.get(nextToHand)!;
      waiting.delete(nextToHand);
      nextToHand++;
      onResult(ready);
    }
    for (const wake of waiters.splice(0)) wake();
  };

  const failed = (index: number, message: string): CheckJobResult => {
    const file = files[index]!;
    return { index, result: unreadableResult(file, message), text: unreadableSummary(file, message) };
  };

  const startWorker = () =>
    new Worker(new URL('./check-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: pool.heapMb ?? 2048 } });

  const lane = async () => {
    let worker = startWorker();
    try {
      for (;;) {
        // Bounded look-ahead: wait while this lane would run too far ahead of the results handed on.
        while (nextToStart < files.length && nextToStart >= nextToHand + window) await new Promise<void>((r) => waiters.push(r));
        if (nextToStart >= files.length) return;
        const index = nextToStart++;
        const outcome = await new Promise<{ done: CheckJobResult; broken: boolean }>((resolve) => {
          const finish = (done: CheckJobResult, broken: boolean) => {
            clearTimeout(timer);
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            resolve({ done, broken });
          };
          const onMessage = (done: CheckJobResult) => {
            if (done.index === index) finish(done, false);
          };
          const onError = () => finish(failed(index, '读取时出现意外错误（检查线程出错），文件可能已损坏或过大。'), true);
          const onExit = () => finish(failed(index, '读取时出现意外错误（检查线程意外退出，可能超出内存限制），文件可能已损坏或过大。'), true);
          const timer = setTimeout(() => finish(failed(index, `检查超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成，文件可能已损坏或过于复杂，已放弃。`), true), timeoutMs);
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.on('exit', onExit);
          worker.postMessage({ index, file: files[index]!, options } satisfies CheckJob);
        });
        if (outcome.broken) {
          await worker.terminate();
          worker = startWorker();
        }
        hand(outcome.done);
      }
    } finally {
      await worker.terminate();
    }
  };

  await Promise.all(Array.from({ length: threads }, lane));
}

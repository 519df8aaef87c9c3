// A checker thread of `gongkai report check` (check-pool.ts): checks one file at a time — read, rules,
// readable summary — and posts back only the result and the text, never the whole report. Loaded by
// Node's own TypeScript type stripping (Node 24), so it imports only .ts modules.
import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from '../../report/rules/index.ts';
import { checkFile } from './check-file.ts';
import type { CheckJob, CheckJobResult } from './check-pool.ts';
import { reportSummary, unreadableSummary } from './summary.ts';

parentPort?.on('message', (job: CheckJob) => {
  void checkOne(job.file, job.options).then((done) => parentPort?.postMessage({ index: job.index, ...done } satisfies CheckJobResult));
});

export async function checkOne(file: string, options: CheckOptions): Promise<Omit<CheckJobResult, 'index'>> {
  const checked = await checkFile(file, options);
  const text = checked.report ? reportSummary(file, checked.report, checked.result.findings) : unreadableSummary(file, checked.result.error ?? '');
  return { result: checked.result, text };
}

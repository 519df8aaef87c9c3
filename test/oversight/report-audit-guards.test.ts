// The bulk audit's reader thread (report-audit.worker.ts, started as the runner starts it) on stored
// files that would take unbounded memory or time: a Word bomb (2 MB → 2 GiB document.xml), the same
// with lying headers, a PDF stream bomb and a page nested 200,000 deep. Each comes back as a Chinese
// reason for the file's row, and the thread stays usable for the next file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditJob, AuditOutcome } from '../../src/features/oversight/report-audit.job.ts';
import { docxBomb, pdfBomb } from '../support/bombs.ts';

describe('the bulk audit reader thread on decompression bombs and deep nesting', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'gongkai-audit-guards-'));
  const worker = new Worker(new URL('../../src/features/oversight/report-audit.worker.ts', import.meta.url));
  afterAll(() => worker.terminate());

  const read = (name: string, data: Buffer): Promise<AuditOutcome> => {
    const file = path.join(work, name.replace(/[^\w.]/g, '_'));
    writeFileSync(file, data);
    const job: AuditJob = { id: name, path: file, fileName: name };
    return new Promise((resolve) => {
      const onMessage = (outcome: AuditOutcome) => {
        if (outcome.id !== name) return;
        worker.off('message', onMessage);
        resolve(outcome);
      };
      worker.on('message', onMessage);
      worker.postMessage(job);
    });
  };

  it('gives each file its Chinese reason and reads the next file normally', async () => {
    const outcomes = [
      await read('炸弹.docx', docxBomb(2047)),
      await read('炸弹-谎报.docx', docxBomb(2047, { lie: true })),
      await read('炸弹.pdf', pdfBomb(1024)),
      await read('嵌套.html', Buffer.from(`<html><body>${'<div>'.repeat(200_000)}</body></html>`)),
    ];
    expect(outcomes.map((o) => (o.ok ? 'read' : o.error))).toEqual([
      expect.stringMatching(/“word\/document\.xml”解压后超过 32 MB/),
      expect.stringMatching(/“word\/document\.xml”解压后超过 32 MB/),
      expect.stringMatching(/PDF 文件中有一段内容解压后超过 64 MB/),
      expect.stringMatching(/网页的标签嵌套超过 1000 层/),
    ]);
    const seed = await read('曹镇乡2024.txt', Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(new URL('../fixtures/reports/004_2e14c0d31e5d676b.txt', import.meta.url)))));
    expect(seed.ok && seed.report.year).toBe(2024);
  }, 120_000);
});

// Runs the bulk audit's pending files in two steps. Reading: the unread files go through reader threads,
// one per core by default (`threads`), each reading one file at a time — reading is CPU-bound (a PDF takes
// up to seconds), so the threads keep it off the web server's own thread; each has a heap limit, so a file
// that needs more memory ends its thread with a Chinese message instead of taking the server. Checking: when every
// file of a batch is read, the rules run with each file's context (report-audit.check.ts), because last
// year's report may be another file of the same batch. The queue is the database (status 'pending'; a
// pending row with its report kept waits for the check), so a restarted server resumes where it stopped
// and the results page can be reloaded at any time.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ServiceContext } from '../../platform/service-context.ts';
import { toJson } from '../../db/dialect.ts';
import type { AuditJob, AuditOutcome } from './report-audit.job.ts';
import { auditFilePath } from './report-audit.files.ts';
import { countPendingInBatch, finishAuditFile, listBatchesToCheck, listUnreadFiles, markBatchDone, storeReadReport, type AuditFileRow } from './oversight.repository.ts';
import { checkReadBatch } from './report-audit.check.ts';

/** A file that keeps the checker busy this long is given up (a damaged PDF can make pdfjs spin). */
export const CHECK_TIMEOUT_MS = 120_000;

/** Heap of a reader thread: a report needs tens of MB; past this the thread ends and the file is reported. */
const READER_HEAP_MB = 1536;

export interface RunnerOptions {
  readonly timeoutMs?: number;
  /** Reader threads (default: one per core). */
  readonly threads?: number;
  /** Where problems of the queue itself are logged (the file's own problems go to its row). */
  readonly log?: (message: string, error: unknown) => void;
}

export class ReportAuditRunner {
  private readonly workers: (Worker | undefined)[] = [];
  private readonly threads: number;
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private readonly timeoutMs: number;

  private readonly ctx: ServiceContext;
  private readonly dataDir: string;
  private readonly options: RunnerOptions;

  constructor(ctx: ServiceContext, dataDir: string, options: RunnerOptions = {}) {
    this.ctx = ctx;
    this.dataDir = dataDir;
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
    this.threads = Math.max(1, options.threads ?? availableParallelism());
  }

  /** Starts working through the pending files (a no-op that only flags "look again" while already running). */
  kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.options.log?.('批量核查队列出错', error))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.closed) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when nothing is being checked (tests and shutdown wait for it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.running?.catch(() => undefined);
    await this.stopWorkers();
  }

  private async drain(): Promise<void> {
    // A batch is checked once per pass: one whose rows stay pending (a defect) cannot spin the loop; a
    // correction made meanwhile kicks a new pass.
    const checked = new Set<string>();
    for (;;) {
      if (this.closed) return;
      const unread = await listUnreadFiles(this.ctx.db, Math.max(20, this.threads * 4));
      // One lane per reader thread, each taking the next unread file.
      const queue = [...unread];
      const lane = async (index: number) => {
        for (let file = queue.shift(); file && !this.closed; file = queue.shift()) await this.record(file, await this.read(file, index));
      };
      await Promise.all(Array.from({ length: Math.min(this.threads, queue.length) }, (_, i) => lane(i)));
      if (this.closed) return;
      if (unread.length > 0) continue;
      const batches = (await listBatchesToCheck(this.ctx.db, checked.size + 20)).filter((id) => !checked.has(id));
      if (batches.length === 0 || this.closed) {
        await this.stopWorkers();
        return;
      }
      for (const batchId of batches) {
        if (this.closed) return;
        checked.add(batchId);
        await checkReadBatch(this.ctx, batchId, this.options.log);
      }
    }
  }

  private async record(file: AuditFileRow, outcome: AuditOutcome): Promise<void> {
    const at = this.ctx.now().toISOString();
    await this.ctx.db.transaction().execute(async (trx) => {
      if (outcome.ok) {
        const { report, pageDate } = outcome;
        // The date the file gives for its publication: the page's 发布日期, else the signature (落款).
        const stated = pageDate ? { on: pageDate, source: 'page' } : report.reportDate ? { on: report.reportDate, source: 'signature' } : null;
        await storeReadReport(trx, file.id, {
          report: toJson(report),
          format: report.format,
          year: report.year,
          agency_name: report.agency,
          stated_published_on: stated?.on ?? null,
          stated_published_source: stated?.source ?? null,
        });
        return;
      }
      // Only a still-pending row is finished (a second server process may have been quicker).
      if (!(await finishAuditFile(trx, file.id, { status: 'failed', error: outcome.error, checked_at: at }))) return;
      if ((await countPendingInBatch(trx, file.batch_id)) === 0) await markBatchDone(trx, file.batch_id, at);
    });
  }

  private read(file: AuditFileRow, lane: number): Promise<AuditOutcome> {
    if (!file.stored_name) return Promise.resolve({ id: file.id, ok: false, error: '文件未保存，无法核查。' });
    const job: AuditJob = { id: file.id, path: auditFilePath(this.dataDir, file.stored_name), fileName: file.file_name };
    const worker = this.startWorker(lane);
    return new Promise<AuditOutcome>((resolve) => {
      const finish = (outcome: AuditOutcome, broken: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (broken) void this.stopWorker(lane);
        resolve(outcome);
      };
      const onMessage = (outcome: AuditOutcome) => {
        if (outcome.id === job.id) finish(outcome, false);
      };
      const onError = (error: unknown) => {
        this.options.log?.(`核查“${file.file_name}”时检查线程出错`, error);
        finish({ id: job.id, ok: false, error: '读取时出现意外错误，无法识别其中的年报内容。' }, true);
      };
      const onExit = () => finish({ id: job.id, ok: false, error: '读取时出现意外错误（检查线程意外退出，可能超出内存限制），文件可能已损坏或过大。' }, true);
      const timer = setTimeout(
        () => finish({ id: job.id, ok: false, error: `核查超过 ${Math.round(this.timeoutMs / 1000)} 秒仍未完成，文件可能已损坏或过于复杂，已放弃。` }, true),
        this.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  private startWorker(lane: number): Worker {
    let worker = this.workers[lane];
    if (!worker) {
      worker = new Worker(new URL('./report-audit.worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } });
      // An idle checker must not keep the process (a CLI command, a test run) alive.
      worker.unref();
      this.workers[lane] = worker;
    }
    return worker;
  }

  private async stopWorker(lane: number): Promise<void> {
    const worker = this.workers[lane];
    this.workers[lane] = undefined;
    if (worker) await worker.terminate();
  }

  private async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.map((_, lane) => this.stopWorker(lane)));
  }
}

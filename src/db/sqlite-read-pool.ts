// Read-only SQLite connections on worker threads. node:sqlite is synchronous: a query that takes 20 ms
// on the main thread holds every other request for 20 ms (a county-wide search behind which cached
// pages and sign-ins wait). Long public reads go to these threads instead and the main thread only
// awaits their answer. WAL mode (database.ts) lets these readers run beside the writer; each statement
// sees the database as last committed.
import { Worker } from 'node:worker_threads';
import type { ReadReply, ReadRequest } from './sqlite-read-worker.ts';

interface Pending {
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class SqliteReadPool {
  readonly #path: string;
  readonly #size: number;
  readonly #slots: Slot[] = [];
  #nextId = 1;
  #closed = false;

  constructor(path: string, size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`读连接线程数必须是正整数（收到 ${size}）。`);
    this.#path = path;
    this.#size = size;
  }

  /** Runs one read statement on the least busy thread (threads start on first use). */
  query(sql: string, parameters: readonly unknown[]): Promise<unknown[]> {
    if (this.#closed) return Promise.reject(new Error('数据库已关闭。'));
    const slot = this.#leastBusy();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, sql, parameters } satisfies ReadRequest);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const slots = this.#slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #leastBusy(): Slot {
    if (this.#slots.length < this.#size && this.#slots.every((s) => s.pending.size > 0)) return this.#start();
    let best = this.#slots[0]!;
    for (const s of this.#slots) if (s.pending.size < best.pending.size) best = s;
    return best;
  }

  #start(): Slot {
    const worker = new Worker(new URL('./sqlite-read-worker.ts', import.meta.url), { workerData: { path: this.#path } });
    // An idle pool must not keep a finished CLI command or test process alive.
    worker.unref();
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: ReadReply) => {
      const waiting = slot.pending.get(reply.id);
      if (!waiting) return;
      slot.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.rows);
    });
    // A thread that fails (cannot open the file, runs out of memory) fails its waiting queries, not the
    // process; the next query starts a fresh thread in its place.
    const fail = (error: Error) => {
      const index = this.#slots.indexOf(slot);
      if (index >= 0) this.#slots.splice(index, 1);
      for (const waiting of slot.pending.values()) waiting.reject(error);
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`数据库读线程已退出（代码 ${code}）。`)));
    this.#slots.push(slot);
    return slot;
  }
}

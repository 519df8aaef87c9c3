// The publication generation (migration 0018): a counter bumped in the same transaction as every change
// to what the public portal shows, so a cache keyed by it can never outlive a publication or a
// withdrawal — in this process or in any other process sharing the database.
import type { Executor } from '../service-context.ts';

export interface PublicationGeneration {
  readonly generation: number;
  /** When the public content last changed (the pages' Last-Modified). */
  readonly changedAt: Date;
}

/**
 * Call inside the transaction that changes public content (publish, withdraw, edit of a published item,
 * 指南/制度 pages, catalogue settings, agencies). It commits or rolls back with the change itself.
 */
export async function bumpPublicationGeneration(executor: Executor, at: Date): Promise<void> {
  await executor
    .updateTable('publication_generation')
    .set((eb) => ({ generation: eb('generation', '+', 1), changed_at: at.toISOString() }))
    .where('id', '=', 1)
    .execute();
}

export async function readPublicationGeneration(executor: Executor): Promise<PublicationGeneration> {
  const row = await executor.selectFrom('publication_generation').select(['generation', 'changed_at']).where('id', '=', 1).executeTakeFirst();
  // No row only if the table was emptied by hand: treat as generation 0 (caches still keyed consistently).
  if (!row) return { generation: 0, changedAt: new Date(0) };
  return { generation: Number(row.generation), changedAt: new Date(row.changed_at) };
}

/**
 * Reads the generation for requests, one query at a time: requests that ask while a query runs wait
 * for the next one, which starts when the running one ends and answers all of them. A request therefore
 * only ever gets a value read by a query that started after it asked — anything committed before a
 * visitor's request is seen by it (read committed on PostgreSQL, a fresh WAL snapshot on SQLite) — and
 * 50 concurrent requests cost a few point queries instead of 50.
 */
export class PublicationGenerationReader {
  #running = false;
  #waiting: { promise: Promise<PublicationGeneration>; resolve: (g: PublicationGeneration) => void; reject: (e: unknown) => void } | null = null;

  readonly #executor: Executor;

  constructor(executor: Executor) {
    this.#executor = executor;
  }

  read(): Promise<PublicationGeneration> {
    if (this.#waiting) return this.#waiting.promise;
    let resolve!: (g: PublicationGeneration) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<PublicationGeneration>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.#waiting = { promise, resolve, reject };
    if (!this.#running) this.#startNext();
    return promise;
  }

  #startNext(): void {
    const batch = this.#waiting;
    if (!batch) return;
    // From here on, new requests wait for a later query: this one may have started before they asked.
    this.#waiting = null;
    this.#running = true;
    readPublicationGeneration(this.#executor)
      .then(batch.resolve, batch.reject)
      .finally(() => {
        this.#running = false;
        this.#startNext();
      });
  }
}

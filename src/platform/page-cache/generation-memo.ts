// Public facts that change only when public content changes — an agency by its code, an agency's
// catalogue settings and per-column counts, the agency directory — kept in memory for one publication
// generation. A request passes the generation it read; a newer generation empties the memo.
import { ByteLru } from './byte-lru.ts';

/** What a public page's services use to read such facts; `uncachedReads` loads every time. */
export interface PublicReads {
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export const uncachedReads: PublicReads = { memo: (_key, load) => load() };

export class GenerationMemo {
  #generation = -1;
  // Promises, so concurrent requests for the same agency share one load. Values are shared between
  // requests: callers must not mutate them.
  readonly #entries: ByteLru<Promise<unknown>>;

  constructor(maxEntries: number) {
    this.#entries = new ByteLru<Promise<unknown>>(maxEntries, () => 1);
  }

  get size(): number {
    return this.#entries.size;
  }

  readsFor(generation: number): PublicReads {
    return { memo: (key, load) => this.#get(generation, key, load) };
  }

  #get<T>(generation: number, key: string, load: () => Promise<T>): Promise<T> {
    if (generation > this.#generation) {
      this.#entries.clear();
      this.#generation = generation;
    }
    // A request that read an older generation than another one already did must not fill the memo.
    if (generation < this.#generation) return load();
    const hit = this.#entries.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    const promise = load();
    this.#entries.set(key, promise);
    promise.catch(() => {
      if (this.#generation === generation && this.#entries.get(key) === promise) this.#entries.delete(key);
    });
    return promise;
  }
}

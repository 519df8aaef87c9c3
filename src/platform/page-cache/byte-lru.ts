// A least-recently-used map bounded by the total size of its values (bytes for pages, a count of 1 per
// entry for small records). Map keeps insertion order: a hit is moved to the end, eviction takes the front.

export class ByteLru<V> {
  #map = new Map<string, { value: V; size: number }>();
  #bytes = 0;

  readonly #maxBytes: number;
  readonly #sizeOf: (value: V, key: string) => number;

  constructor(maxBytes: number, sizeOf: (value: V, key: string) => number) {
    this.#maxBytes = maxBytes;
    this.#sizeOf = sizeOf;
  }

  get size(): number {
    return this.#map.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get(key: string): V | undefined {
    const entry = this.#map.get(key);
    if (!entry) return undefined;
    this.#map.delete(key);
    this.#map.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const size = this.#sizeOf(value, key);
    // A value larger than the whole budget is not kept (it would evict everything else).
    if (size > this.#maxBytes) return;
    this.delete(key);
    this.#map.set(key, { value, size });
    this.#bytes += size;
    for (const [oldest, entry] of this.#map) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#map.delete(oldest);
      this.#bytes -= entry.size;
    }
  }

  delete(key: string): void {
    const entry = this.#map.get(key);
    if (!entry) return;
    this.#map.delete(key);
    this.#bytes -= entry.size;
  }

  clear(): void {
    this.#map.clear();
    this.#bytes = 0;
  }
}

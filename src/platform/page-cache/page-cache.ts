// The public-page cache. A route opts in with `config: { publicPage: true }` (GET pages that look the
// same for every visitor without a session: the 专栏, item pages, search results). Such a request
// reads the publication generation (one point query, shared by concurrent requests) and gets
// `request.publicReads` — the in-memory facts of that generation (generation-memo.ts). With the
// response cache on (the default; GONGKAI_PAGE_CACHE=0 turns it off), the rendered page is kept,
// keyed by the normalised URL and the large-text preference, bounded in bytes (LRU), and dropped when
// the generation changes — a publication or withdrawal shows on the very next request, in every
// process. Responses carry ETag / Last-Modified and `Cache-Control: public, no-cache`, so browsers and
// a reverse proxy may keep a copy but must revalidate it (answered with 304) before every use.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../service-context.ts';
import { ByteLru } from './byte-lru.ts';
import { GenerationMemo, uncachedReads, type PublicReads } from './generation-memo.ts';
import { PublicationGenerationReader, type PublicationGeneration } from './publication-generation.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public GET page, identical for every visitor without a session (see page-cache.ts). */
    publicPage?: boolean;
  }
  interface FastifyRequest {
    /** Set for `publicPage` routes; `publicReadsOf(request)` falls back to uncached reads. */
    publicReads: PublicReads | null;
    /** Where this response goes in the page cache, when it may be stored. */
    pageCacheSlot: { key: string; generation: PublicationGeneration; done(page: CachedPage | null): void } | null;
  }
}

export interface PageCacheOptions {
  /** Keep rendered public pages (GONGKAI_PAGE_CACHE, default on). */
  readonly enabled: boolean;
  /** Bound of the rendered-page cache in bytes (GONGKAI_PAGE_CACHE_MB). */
  readonly maxBytes: number;
  /** A request carrying this cookie (a staff session) always gets a freshly rendered page. */
  readonly sessionCookie: string;
  /** The large-text preference cookie: part of the cache key (the page's class and toggle differ). */
  readonly largeTextCookie: string;
}

/** Entries of the generation memo (agencies, settings, counts): ~1 per agency per kind. */
const MEMO_ENTRIES = 50_000;

interface CachedPage {
  readonly body: Buffer;
  readonly contentType: string;
  /** A download's Content-Disposition (an annual report's print page or Word file), sent again on a hit. */
  readonly contentDisposition: string | undefined;
  readonly etag: string;
}

export interface PageCacheHandle {
  /**
   * Rendered pages held now, and since start: pages served from memory (hits), rendered (misses), and
   * served from another request's rendering of the same page while it was being rendered (shared).
   */
  stats(): { pages: number; bytes: number; memoEntries: number; hits: number; misses: number; shared: number };
}

/**
 * This response must not be kept (it carries a visitor's CSRF token, or its content is not tied to the
 * publication generation). Visitors waiting for this rendering then render the page themselves.
 */
export function keepOutOfPageCache(request: FastifyRequest): void {
  const slot = request.pageCacheSlot;
  request.pageCacheSlot = null;
  slot?.done(null);
}

export function publicReadsOf(request: FastifyRequest): PublicReads {
  return request.publicReads ?? uncachedReads;
}

/**
 * The cache key: scheme, host (feeds and links may use it), path and the query parameters in sorted
 * order (so `?q=a&page=2` and `?page=2&q=a` share an entry), plus the large-text preference.
 */
export function pageCacheKey(request: FastifyRequest, largeText: boolean): string {
  const url = request.url;
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  let query = '';
  if (at >= 0) {
    const params = new URLSearchParams(url.slice(at + 1));
    params.sort();
    query = params.toString();
  }
  return `${request.protocol}://${request.host}${path}?${query}#${largeText ? 'L' : 'N'}`;
}

/** HTTP dates have whole seconds. */
function httpDate(d: Date): string {
  return new Date(Math.floor(d.getTime() / 1000) * 1000).toUTCString();
}

function notModified(request: FastifyRequest, etag: string, changedAt: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === etag || t === '*');
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(changedAt.getTime() / 1000) * 1000 <= since;
}

function validators(reply: FastifyReply, etag: string, changedAt: Date): void {
  reply
    .header('etag', etag)
    .header('last-modified', httpDate(changedAt))
    // Anyone may keep a copy, nobody may use it without asking: a withdrawal must show at once.
    .header('cache-control', 'public, no-cache')
    .header('vary', 'Cookie');
}

export function registerPageCache(app: FastifyInstance, executor: Executor, options: PageCacheOptions): PageCacheHandle {
  const reader = new PublicationGenerationReader(executor);
  const memo = new GenerationMemo(MEMO_ENTRIES);
  const pages = new ByteLru<CachedPage>(options.maxBytes, (p, key) => p.body.length + key.length * 2 + 200);
  let pagesGeneration = -1;
  let hits = 0;
  let misses = 0;
  let shared = 0;
  // Pages being rendered now, by generation and key. A publication empties the cache, and then every
  // visitor of the home page or a popular search would render the same page at once; instead the
  // first renders it and the others wait for its result (or render themselves if it is not storable).
  const rendering = new Map<string, Promise<CachedPage | null>>();

  app.decorateRequest('publicReads', null);
  app.decorateRequest('pageCacheSlot', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.routeOptions.config?.publicPage || (request.method !== 'GET' && request.method !== 'HEAD')) return;
    const generation = await reader.read();
    request.publicReads = memo.readsFor(generation.generation);
    if (!options.enabled || request.cookies[options.sessionCookie] !== undefined) return;
    if (generation.generation > pagesGeneration) {
      pages.clear();
      pagesGeneration = generation.generation;
    } else if (generation.generation < pagesGeneration) {
      // Read before another request saw a newer generation: render, but neither serve nor store.
      return;
    }
    const key = pageCacheKey(request, request.cookies[options.largeTextCookie] === '1');
    let hit = pages.get(key);
    let sharedRender = false;
    const renderKey = `${generation.generation}|${key}`;
    if (!hit) {
      const inFlight = rendering.get(renderKey);
      if (inFlight) {
        hit = (await inFlight) ?? undefined;
        sharedRender = hit !== undefined;
      }
    }
    if (!hit) {
      misses++;
      // Only a GET's body is stored: the key does not hold the method.
      if (request.method === 'GET' && !rendering.has(renderKey)) {
        let done!: (page: CachedPage | null) => void;
        rendering.set(renderKey, new Promise<CachedPage | null>((resolve) => (done = resolve)));
        request.pageCacheSlot = {
          key,
          generation,
          done: (page) => {
            rendering.delete(renderKey);
            done(page);
          },
        };
      }
      return;
    }
    if (sharedRender) shared++;
    else hits++;
    validators(reply, hit.etag, generation.changedAt);
    if (notModified(request, hit.etag, generation.changedAt)) return reply.code(304).send();
    reply.code(200).header('content-type', hit.contentType);
    if (hit.contentDisposition !== undefined) reply.header('content-disposition', hit.contentDisposition);
    return reply.send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const slot = request.pageCacheSlot;
    if (!slot) return payload;
    request.pageCacheSlot = null;
    // Only complete pages that carry nothing of this visitor: no cookie set (a CSRF secret, a session).
    // A page (text) or a generated file (a Buffer, e.g. an annual report's Word download); never a stream.
    if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload)) || reply.hasHeader('set-cookie')) {
      slot.done(null);
      return payload;
    }
    const etag = `"${slot.generation.generation.toString(36)}-${createHash('sha1').update(payload).digest('base64url').slice(0, 22)}"`;
    const disposition = reply.getHeader('content-disposition');
    const page: CachedPage = {
      body: typeof payload === 'string' ? Buffer.from(payload) : payload,
      contentType: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'),
      contentDisposition: disposition === undefined ? undefined : String(disposition),
      etag,
    };
    if (slot.generation.generation === pagesGeneration) pages.set(slot.key, page);
    slot.done(page);
    validators(reply, etag, slot.generation.changedAt);
    if (notModified(request, etag, slot.generation.changedAt)) {
      reply.code(304);
      return '';
    }
    return payload;
  });

  // A request that failed before sending (or whose render threw) must not leave waiters behind.
  app.addHook('onResponse', async (request) => {
    request.pageCacheSlot?.done(null);
    request.pageCacheSlot = null;
  });

  return { stats: () => ({ pages: pages.size, bytes: pages.bytes, memoEntries: memo.size, hits, misses, shared }) };
}

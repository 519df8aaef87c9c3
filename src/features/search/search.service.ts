// Public full-text search (条例第二十四条：政府信息公开平台应当具备信息检索、查阅、下载等功能).
// Only published information is ever in the index, so search needs no permission check.
import { validationErrorFromIssues } from '../../platform/errors.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { planQuery, toFts5Match, toTsquery, tokensForIndex } from './domain/query.ts';
import { snippet, type SnippetSegment } from './domain/snippet.ts';
import { appendToIndex, deleteFromIndex, facetTokens, listAgencyNames, mayMatchFacetWord, searchIndex, writeToIndex, type IndexedDocument } from './search.repository.ts';
import { searchInputSchema, type SearchInput } from './search.schemas.ts';
import { namesForDictionary, sharedSegmenter, type Segmenter } from './segmenter.ts';

export const SEARCH_PAGE_SIZE = 20;
/** Cap on the text kept for snippets (the tokens index everything). */
const CONTENT_LIMIT = 20_000;

export interface SearchableText {
  id: string;
  objectType: string;
  agencyId: string;
  category: string;
  publishedOn: string;
  documentNo: string | null;
  title: string;
  path: string;
  body: string;
  attachmentText: string;
  /**
   * Words the document is found by although its text may not hold them (an annual report by 年报, an
   * agency by its short name): indexed with the title's weight, never shown.
   */
  keywords?: string;
}

/** Builds the index row: jieba search-mode tokens of title, body and attachments, plus facet words. */
export function buildIndexedDocument(t: SearchableText, segmenter: Segmenter, indexedAt: string): IndexedDocument {
  const year = Number(t.publishedOn.slice(0, 4));
  return {
    id: t.id,
    objectType: t.objectType,
    agencyId: t.agencyId,
    category: t.category,
    year,
    publishedOn: t.publishedOn,
    documentNo: t.documentNo,
    title: t.title,
    path: t.path,
    content: `${t.body}\n${t.attachmentText}`.slice(0, CONTENT_LIMIT),
    indexedAt,
    titleTokens: tokensForIndex(`${t.title} ${t.documentNo ?? ''} ${t.keywords ?? ''}`, segmenter.cutForSearch),
    bodyTokens: tokensForIndex(t.body, segmenter.cutForSearch),
    attachmentTokens: tokensForIndex(t.attachmentText, segmenter.cutForSearch),
    facetTokens: facetTokens({ agencyId: t.agencyId, category: t.category, year }),
  };
}

let dictionaryLoadedAt = -Infinity;
const DICTIONARY_REFRESH_MS = 60_000;

/** Keeps the user dictionary in step with the agency table (new agencies appear within a minute). */
export async function ensureAgencyDictionary(executor: Executor, now: Date, segmenter: Segmenter = sharedSegmenter()): Promise<void> {
  if (now.getTime() - dictionaryLoadedAt < DICTIONARY_REFRESH_MS) return;
  dictionaryLoadedAt = now.getTime();
  const names = await listAgencyNames(executor);
  segmenter.addWords(names.flatMap(namesForDictionary));
}

/** Indexes (or re-indexes) published texts inside the caller's transaction. */
export async function indexTexts(executor: Executor, ctx: ServiceContext, texts: readonly SearchableText[], options: { fresh?: boolean } = {}): Promise<void> {
  const segmenter = sharedSegmenter();
  await ensureAgencyDictionary(executor, ctx.now(), segmenter);
  const at = ctx.now().toISOString();
  const docs = texts.map((t) => buildIndexedDocument(t, segmenter, at));
  if (options.fresh) await appendToIndex(executor, ctx.dialect, docs);
  else await writeToIndex(executor, ctx.dialect, docs);
}

export async function removeFromSearch(executor: Executor, ctx: ServiceContext, id: string): Promise<void> {
  await deleteFromIndex(executor, ctx.dialect, id);
}

export interface SearchResult {
  id: string;
  agencyId: string;
  category: string;
  title: SnippetSegment[];
  snippet: SnippetSegment[];
  publishedOn: string;
  documentNo: string | null;
  path: string;
}

export interface SearchPage {
  query: string;
  words: string[];
  results: SearchResult[];
  /** Matches counted, up to COUNT_CAP. */
  total: number;
  page: number;
  pageSize: number;
  filters: { agencyId: string | null; category: string | null; year: number | null; documentNo: string | null };
}

/**
 * Runs a public search. `resolveAgency` turns the agency code from the URL into an id (null when
 * unknown — then nothing matches rather than silently searching everything).
 */
export async function searchPublished(
  ctx: ServiceContext,
  input: SearchInput,
  resolveAgency: (code: string) => Promise<string | null>,
): Promise<SearchPage> {
  const parsed = searchInputSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const v = parsed.data;
  const segmenter = sharedSegmenter();
  await ensureAgencyDictionary(ctx.db, ctx.now(), segmenter);
  const plan = planQuery(v.q, segmenter.cut, segmenter.cutForSearch);
  const agencyId = v.agency ? ((await resolveAgency(v.agency)) ?? '__none__') : null;
  const filters = { agencyId, category: v.category, year: v.year, documentNo: v.documentNo };
  const base = { query: v.q.trim(), words: plan.highlight, page: v.page, pageSize: SEARCH_PAGE_SIZE, filters };
  const fts5Match = toFts5Match(plan, plan.highlight.some(mayMatchFacetWord) ? ['title', 'body', 'attachments'] : null);
  const tsquery = toTsquery(plan, mayMatchFacetWord);
  if (!fts5Match || !tsquery) return { ...base, results: [], total: 0 };
  const { rows, total } = await searchIndex(ctx.readDb, ctx.dialect, {
    fts5Match,
    tsquery,
    filters,
    limit: SEARCH_PAGE_SIZE,
    offset: (v.page - 1) * SEARCH_PAGE_SIZE,
    rankWords: plan.groups.map((g) => g.word),
    excerptWords: plan.highlight,
  });
  return {
    ...base,
    total,
    results: rows.map((r) => ({
      id: r.id,
      agencyId: r.agencyId,
      category: r.category,
      title: snippet(r.title, plan.highlight, { width: 200 }),
      snippet: snippet(r.excerpt, plan.highlight, { width: 120, moreBefore: r.moreBefore, moreAfter: r.moreAfter }),
      publishedOn: r.publishedOn,
      documentNo: r.documentNo,
      path: r.path,
    })),
  };
}

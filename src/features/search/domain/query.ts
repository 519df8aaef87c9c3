// Turning what a member of the public types into a full-text query over pre-segmented text.
// 条例第二十四条 requires the platform to support search (检索、查阅、下载). Documents are indexed
// with jieba's search mode (every dictionary sub-word of a long word), so a query word matches
// either as a whole word or as the conjunction of its sub-words — 预算 finds 部门预算 and
// 部门预算 finds a text segmented 部门|预算.

/** Splits text into words; supplied by the segmenter (jieba), kept as an argument so this stays pure. */
export type Cut = (text: string) => string[];

/** A word counts for search when it has a letter or a digit; punctuation and spaces do not. */
const WORDLIKE = /^[\p{L}\p{N}]+$/u;

/** Function words that would match nearly everything (的, 了 …); they never narrow a search. */
export const STOP_WORDS: ReadonlySet<string> = new Set(['的', '了', '和', '与', '及', '或', '在', '是', '为', '对', '等', '之', '其', '于']);

export function normalizeToken(token: string): string | null {
  const t = token.trim().toLowerCase();
  if (t === '' || !WORDLIKE.test(t) || STOP_WORDS.has(t)) return null;
  return t;
}

/** Index-side: the space-separated token text stored in FTS5 / fed to to_tsvector('simple'). */
export function tokensForIndex(text: string, cutForSearch: Cut): string {
  const out: string[] = [];
  for (const raw of cutForSearch(text)) {
    const t = normalizeToken(raw);
    if (t) out.push(t);
  }
  return out.join(' ');
}

/** One word of the query: it matches as itself or as all of its sub-words. */
export interface QueryGroup {
  word: string;
  parts: string[];
}

export interface QueryPlan {
  groups: QueryGroup[];
  /** Every word worth highlighting in a snippet, longest first. */
  highlight: string[];
}

export const MAX_QUERY_LENGTH = 100;
export const MAX_QUERY_WORDS = 12;

export function planQuery(input: string, cut: Cut, cutForSearch: Cut): QueryPlan {
  const text = input.normalize('NFKC').slice(0, MAX_QUERY_LENGTH);
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (const raw of cut(text)) {
    const word = normalizeToken(raw);
    if (!word || seen.has(word)) continue;
    seen.add(word);
    const parts = [...new Set(cutForSearch(word).map(normalizeToken).filter((p): p is string => !!p && p !== word))]
      // Requiring all sub-words (宅基地 → 宅基 AND 基地) keeps the alternative as narrow as the word.
      .filter((p) => p.length < word.length);
    groups.push({ word, parts });
    if (groups.length >= MAX_QUERY_WORDS) break;
  }
  const highlight = [...new Set(groups.flatMap((g) => [g.word, ...g.parts]))].sort((a, b) => b.length - a.length);
  return { groups, highlight };
}

const fts5Term = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * SQLite FTS5 MATCH expression, restricted to the given columns — or over all columns when `columns` is
 * null (a column filter makes FTS5 read every position list, about twice the work for common words).
 */
export function toFts5Match(plan: QueryPlan, columns: readonly string[] | null): string | null {
  if (plan.groups.length === 0) return null;
  const groupExpr = (g: QueryGroup) =>
    g.parts.length === 0 ? fts5Term(g.word) : `(${fts5Term(g.word)} OR (${g.parts.map(fts5Term).join(' AND ')}))`;
  const words = plan.groups.map(groupExpr).join(' AND ');
  return columns ? `{${columns.join(' ')}} : (${words})` : `(${words})`;
}

// Tokens are letters and digits only (normalizeToken), so quoting cannot be broken out of.

/**
 * PostgreSQL tsquery text for to_tsquery('simple', …). Words for which `textOnly` holds are kept to the
 * text weights A–C (title, body, attachments), away from the facet words of weight D; the others match
 * any weight, which the GIN index answers without rechecking rows.
 */
export function toTsquery(plan: QueryPlan, textOnly: (word: string) => boolean = () => false): string | null {
  if (plan.groups.length === 0) return null;
  const tsTerm = (t: string) => `'${t}'${textOnly(t) ? ':ABC' : ''}`;
  const groupExpr = (g: QueryGroup) => (g.parts.length === 0 ? tsTerm(g.word) : `(${tsTerm(g.word)} | (${g.parts.map(tsTerm).join(' & ')}))`);
  return plan.groups.map(groupExpr).join(' & ');
}

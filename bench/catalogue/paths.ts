// The request mix of the catalogue benchmark: what many visitors ask for, not one URL repeated.
// Search words are the words of the demo templates' titles (what the generated items are made of),
// each county-wide and within agencies, on the first pages; list pages are agencies × columns × pages.
import { TEMPLATES } from '../../src/features/catalogue/demo/templates.ts';
import { sharedSegmenter } from '../../src/features/search/segmenter.ts';

/** Words of two or more Chinese characters from the template titles, most frequent first. */
export function demoVocabulary(limit: number): string[] {
  const counts = new Map<string, number>();
  const cut = sharedSegmenter().cut;
  for (const t of TEMPLATES) {
    const title = t.title.replace(/\{[a-z]+\}/g, ' ');
    for (const w of cut(title)) {
      if (/^[\u4e00-\u9fff]{2,}$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([w]) => w);
}

const CATEGORIES = ['', 'budgets', 'social_assistance', 'emergencies', 'homestead_review', 'agri_rural_policy', 'procurement'];

/** `count` distinct list-page URLs: agency i, a column filter, page 1–3. */
export function listPaths(codes: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count && i < codes.length * CATEGORIES.length * 3; i++) {
    const code = codes[i % codes.length]!;
    const category = CATEGORIES[Math.floor(i / codes.length) % CATEGORIES.length]!;
    const page = 1 + (Math.floor(i / (codes.length * CATEGORIES.length)) % 3);
    const q = [category ? `category=${category}` : '', page > 1 ? `page=${page}` : ''].filter(Boolean).join('&');
    out.push(`/gk/${code}/statutory-content/${q ? `?${q}` : ''}`);
  }
  return out;
}

/** Distinct search URLs: each word county-wide (pages 1–2) and within two agencies. */
export function searchPaths(words: readonly string[], codes: readonly string[]): string[] {
  return words.flatMap((w, i) => {
    const q = encodeURIComponent(w);
    return [`/search?q=${q}`, `/search?q=${q}&page=2`, `/search?q=${q}&agency=${codes[(i * 7) % codes.length]}`, `/search?q=${q}&agency=${codes[(i * 13 + 5) % codes.length]}`];
  });
}

/**
 * Words of two or more Chinese characters from the template bodies that are not among the title words of
 * demoVocabulary, most frequent first. Not rare: the generated corpus is made of 33 templates, so each of
 * these is still in tens of thousands of the million documents.
 */
export function bodyVocabulary(limit: number): string[] {
  const common = new Set(demoVocabulary(100));
  const counts = new Map<string, number>();
  const cut = sharedSegmenter().cut;
  for (const t of TEMPLATES) {
    for (const w of cut(t.body.replace(/\{[a-z]+\}/g, ' '))) {
      if (/^[\u4e00-\u9fff]{2,}$/.test(w) && !common.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([w]) => w);
}

/**
 * Never-asked searches of the milder kind: one word of the bodies, county-wide or within one agency —
 * `count` distinct URLs in a fixed order, none of them in searchPaths().
 */
export function freshSingleWordPaths(words: readonly string[], codes: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let round = 0; out.length < count && round < codes.length; round++) {
    for (const w of words) {
      if (out.length >= count) break;
      const q = encodeURIComponent(w);
      out.push(round === 0 ? `/search?q=${q}` : `/search?q=${q}&agency=${codes[(round * 37 + w.length * 11) % codes.length]}`);
    }
  }
  return [...new Set(out)];
}

/**
 * Searches nobody asked before — the long tail a real portal keeps receiving: two words of the
 * vocabulary together, county-wide or within an agency, and later pages of single words; `count`
 * distinct URLs, none of them in searchPaths(), in a fixed shuffled order (the same every run).
 */
export function freshSearchPaths(words: readonly string[], codes: readonly string[], count: number): string[] {
  const out: string[] = [];
  let seed = 20261126;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; out.length < count && i < words.length * words.length * 4; i++) {
    const a = words[Math.floor(next() * words.length)]!;
    const b = words[Math.floor(next() * words.length)]!;
    const kind = Math.floor(next() * 4);
    if (kind === 3) out.push(`/search?q=${encodeURIComponent(a)}&page=${3 + Math.floor(next() * 8)}`);
    else if (a !== b) {
      const q = encodeURIComponent(`${a} ${b}`);
      out.push(kind === 0 ? `/search?q=${q}` : `/search?q=${q}&agency=${codes[Math.floor(next() * codes.length)]}`);
    }
  }
  return [...new Set(out)];
}

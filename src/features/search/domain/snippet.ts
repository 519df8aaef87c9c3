// Search-result snippets: a window of the original text around the first match, with matched
// words marked. Returned as segments so views render <mark> elements and Preact escapes the rest;
// snippetHtml escapes explicitly for feeds and JSON.

export interface SnippetSegment {
  text: string;
  mark: boolean;
}

export interface SnippetOptions {
  /** Characters of text to show. */
  width?: number;
  /** `text` is an excerpt and the document goes on before / after it: show … there too. */
  moreBefore?: boolean;
  moreAfter?: boolean;
}

/** Marks every occurrence of the words (longest first wins) in `text`. */
export function markWords(text: string, words: readonly string[]): SnippetSegment[] {
  const sorted = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  const segments: SnippetSegment[] = [];
  const lower = text.toLowerCase();
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const hit = sorted.find((w) => lower.startsWith(w, i));
    if (hit) {
      if (i > plainStart) segments.push({ text: text.slice(plainStart, i), mark: false });
      segments.push({ text: text.slice(i, i + hit.length), mark: true });
      i += hit.length;
      plainStart = i;
    } else i++;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart), mark: false });
  return segments;
}

/** A window of about `width` characters around the first matched word, with … where text was cut. */
export function snippet(text: string, words: readonly string[], options: SnippetOptions = {}): SnippetSegment[] {
  const width = options.width ?? 120;
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  let first = -1;
  for (const w of words) {
    if (!w) continue;
    const at = lower.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 4));
  const end = Math.min(flat.length, start + width);
  if (end - start < width) start = Math.max(0, end - width);
  const segments = markWords(flat.slice(start, end), words);
  if (start > 0 || options.moreBefore) segments.unshift({ text: '…', mark: false });
  if (end < flat.length || options.moreAfter) segments.push({ text: '…', mark: false });
  return segments;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function snippetHtml(segments: readonly SnippetSegment[]): string {
  return segments.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');
}

// Atom feed of newly published items (RFC 4287) and the sitemap (sitemaps.org 0.9): ways for the
// public and search engines to follow new information (条例第二十四条：便于公众检索、查阅).

export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  /** Absolute URL of the item page. */
  url: string;
  publishedOn: string;
  updatedAt: string;
  author: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export function escapeXml(s: string): string {
  // Characters XML 1.0 forbids are dropped rather than breaking the whole feed.
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

export function atomFeed(input: { title: string; selfUrl: string; siteUrl: string; updatedAt: string; entries: readonly FeedEntry[] }): string {
  const entries = input.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.url)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <published>${escapeXml(e.publishedOn)}T00:00:00+08:00</published>
    <updated>${escapeXml(e.updatedAt)}</updated>
    <author><name>${escapeXml(e.author)}</name></author>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(input.selfUrl)}</id>
  <title>${escapeXml(input.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(input.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(input.siteUrl)}"/>
  <updated>${escapeXml(input.updatedAt)}</updated>
${entries}
</feed>
`;
}

export function sitemapXml(urls: ReadonlyArray<{ loc: string; lastmod?: string }>): string {
  const body = urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ''}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</urlset>
`;
}

/** The sitemap protocol allows at most 50,000 URLs per file. */
export const SITEMAP_LIMIT = 50_000;

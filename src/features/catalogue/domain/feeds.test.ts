import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, sitemapXml } from './feeds.ts';

describe('Atom feed and sitemap', () => {
  it('escapes titles so a 文号 with & or < cannot break the feed', () => {
    expect(escapeXml('关于<调整>补助标准 & 范围的通知')).toBe('关于&lt;调整&gt;补助标准 &amp; 范围的通知');
    expect(escapeXml('控制\u0001字符')).toBe('控制字符');
  });

  it('writes an Atom entry with the Beijing publication date and the item link', () => {
    const xml = atomFeed({
      title: '土门关乡人民政府 政府信息公开',
      selfUrl: 'https://gk.example/gk/999000021/feed.xml',
      siteUrl: 'https://gk.example/gk/999000021/',
      updatedAt: '2026-03-02T02:00:00.000Z',
      entries: [{ id: 'x', title: '预算公开', summary: '说明', url: 'https://gk.example/gk/999000021/items/x', publishedOn: '2026-03-02', updatedAt: '2026-03-02T02:00:00.000Z', author: '土门关乡人民政府' }],
    });
    expect(xml).toContain('<published>2026-03-02T00:00:00+08:00</published>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://gk.example/gk/999000021/items/x"/>');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  });

  it('lists sitemap URLs with their last modification date', () => {
    expect(sitemapXml([{ loc: 'https://gk.example/', lastmod: '2026-03-02' }])).toContain('<url><loc>https://gk.example/</loc><lastmod>2026-03-02</lastmod></url>');
  });
});

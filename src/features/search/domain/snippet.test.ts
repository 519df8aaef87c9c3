import { describe, expect, it } from 'vitest';
import { markWords, snippet, snippetHtml } from './snippet.ts';

describe('search snippets', () => {
  it('marks every matched word and escapes everything else', () => {
    const html = snippetHtml(markWords('<b>2024年</b>部门预算公开 & 预算说明', ['预算']));
    expect(html).toBe('&lt;b&gt;2024年&lt;/b&gt;部门<mark>预算</mark>公开 &amp; <mark>预算</mark>说明');
  });

  it('prefers the longest word when words overlap', () => {
    expect(markWords('部门预算', ['预算', '部门预算'])).toEqual([{ text: '部门预算', mark: true }]);
  });

  it('shows a window around the first match with ellipses where text was cut', () => {
    const text = '一'.repeat(100) + '通知' + '二'.repeat(100);
    const segs = snippet(text, ['通知'], { width: 20 });
    expect(segs[0]).toEqual({ text: '…', mark: false });
    expect(segs.at(-1)).toEqual({ text: '…', mark: false });
    expect(segs.map((s) => s.text).join('')).toBe('…' + '一'.repeat(5) + '通知' + '二'.repeat(13) + '…');
  });

  it('shows … where an excerpt of a longer document was cut, even when the window reaches its edge', () => {
    expect(snippetHtml(snippet('通知全文', ['通知'], { width: 20, moreBefore: true, moreAfter: true }))).toBe('…<mark>通知</mark>全文…');
    expect(snippetHtml(snippet('通知全文', ['通知'], { width: 20, moreBefore: false, moreAfter: true }))).toBe('<mark>通知</mark>全文…');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippetHtml(snippet('岭南镇人民政府', ['预算'], { width: 4 }))).toBe('岭南镇人…');
  });
});

// “Nothing wider than the screen”: measures one loaded page in Chromium. The page fails when the document
// scrolls sideways (document.scrollWidth > innerWidth) or when an element reaches past the right edge of the
// screen outside a scroll container (an ancestor with overflow-x auto/scroll/hidden/clip: a wide table in its
// own sideways-scrolling box is fine, the box itself must fit). It also lists badges and nowrap text that
// break over two lines, and (optionally) dates such as 2026-10-08 in a cell or label broken at a hyphen.
import type { Page } from 'playwright-core';

export interface WidthReport {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** The element reaching furthest right outside any scroll container, when past the screen's edge. */
  readonly widest: { readonly element: string; readonly right: number; readonly width: number } | null;
  /** Badges (.status-tag, .deadline-tag) and .nowrap text shown on more than one line, and broken dates. */
  readonly broken: readonly string[];
}

export async function measureWidth(page: Page, options: { readonly checkDates: boolean }): Promise<WidthReport> {
  return page.evaluate(({ checkDates }) => {
    const vw = window.innerWidth;
    const name = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` «${text}»` : ''}`;
    };
    const scrolls = new Map<Element, boolean>();
    const insideScroller = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
        let known = scrolls.get(p);
        if (known === undefined) {
          known = ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX);
          scrolls.set(p, known);
        }
        if (known) return true;
      }
      return false;
    };
    let widest: { element: string; right: number; width: number } | null = null;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= vw + 1) continue;
      const style = getComputedStyle(el);
      // Visually hidden text for screen readers (clipped to 1px) takes no room on the screen.
      if (style.position === 'absolute' && style.clip !== 'auto' && r.width <= 1) continue;
      if (insideScroller(el)) continue;
      if (!widest || r.right > widest.right) widest = { element: name(el), right: Math.round(r.right), width: Math.round(r.width) };
    }
    const lines = (node: Node): number => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      return tops.size;
    };
    const broken: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.status-tag, .deadline-tag, .nowrap'))) {
      if (el.getBoundingClientRect().width > 0 && lines(el) > 1 && !el.querySelector('br, p, div, li')) broken.push(`${name(el)} 分成了 ${lines(el)} 行`);
    }
    if (checkDates) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A date in a cell, badge or short label (not one inside a sentence, which may wrap like the sentence).
        if (text.trim().length > 24) continue;
        for (const match of text.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`日期 ${match[0]} 在 ${name(node.parentElement!)} 中断行`);
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, widest, broken };
  }, options);
}

/** The problems of a report in Chinese and English-free of codes, naming the page and the widest element. */
export function widthProblems(label: string, report: WidthReport): string[] {
  const problems: string[] = [];
  if (report.scrollWidth > report.innerWidth) problems.push(`${label}：页面宽 ${report.scrollWidth}px，超过屏幕 ${report.innerWidth}px`);
  if (report.widest) problems.push(`${label}：${report.widest.element} 伸出屏幕右缘（右缘 ${report.widest.right}px，宽 ${report.widest.width}px，屏幕 ${report.innerWidth}px）`);
  for (const b of report.broken) problems.push(`${label}：${b}`);
  return problems;
}

// renderPage: a Preact tree to a complete HTML document, with the page context every component reads.
// JSX escapes text and attributes; never pass user data to dangerouslySetInnerHTML.
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PageContext, type PageContextValue } from './views/page-context.ts';

export function renderPage(tree: VNode, context: PageContextValue): string {
  return `<!DOCTYPE html>${renderToString(<PageContext.Provider value={context}>{tree}</PageContext.Provider>)}`;
}

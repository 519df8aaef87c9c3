// reply.page(tree): render a Preact page with the request's context (CSRF token on demand, large-text
// preference, signed-in user, one-time notices). reply.notice(kind, text): a notice for the next page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { csrfTokenFor } from './csrf.ts';
import { renderPage } from './render.tsx';
import { keepOutOfPageCache } from './page-cache/page-cache.ts';
import './session-types.ts';
import type { Notice, NoticeKind, PageContextValue, ShellUser } from './views/page-context.ts';

export const LARGE_TEXT_COOKIE = 'gk_large_text';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member as the shells show them; set by the auth plugin. */
    shellUser: ShellUser | null;
  }
  interface FastifyReply {
    page(tree: VNode, status?: number): FastifyReply;
    notice(kind: NoticeKind, text: string): void;
  }
}

export interface PagePluginOptions {
  readonly siteName: string;
}

function takeNotices(request: FastifyRequest): Notice[] {
  // Reading the session must not create one for a visitor: only touch it when notices are stored.
  const session = (request as { session?: FastifyRequest['session'] }).session;
  const stored = session?.get('notices');
  if (!session || !stored || stored.length === 0) return [];
  session.set('notices', undefined);
  return stored;
}

export function pageContextFor(request: FastifyRequest, reply: FastifyReply, siteName: string): PageContextValue {
  let token: string | undefined;
  return {
    siteName,
    csrfToken: () => {
      // A page carrying this visitor's CSRF token is theirs alone: never kept in the public-page cache.
      keepOutOfPageCache(request);
      return (token ??= csrfTokenFor(request, reply));
    },
    // `cookies?.`: a page for an error met before routing (frameworkErrors) has no parsed cookies.
    largeText: request.cookies?.[LARGE_TEXT_COOKIE] === '1',
    currentUrl: request.url,
    user: request.shellUser,
    notices: takeNotices(request),
  };
}

export function registerPage(app: FastifyInstance, options: PagePluginOptions): void {
  app.decorateRequest('shellUser', null);
  app.decorateReply('page', function page(this: FastifyReply, tree: VNode, status = 200) {
    const html = renderPage(tree, pageContextFor(this.request, this, options.siteName));
    // Pages carry per-user content (names, tokens): never cached by shared caches.
    return this.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });
  app.decorateReply('notice', function notice(this: FastifyReply, kind: NoticeKind, text: string) {
    const existing = this.request.session.get('notices') ?? [];
    this.request.session.set('notices', [...existing, { kind, text }]);
  });
}

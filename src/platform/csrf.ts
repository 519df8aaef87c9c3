// CSRF protection on every state-changing request (DESIGN §5): the secret lives in a signed cookie and
// the token made from it must come back in the form field `_csrf` (or the `x-csrf-token` header for scripts). Multipart forms carry
// it as a field too; with attachFieldsToBody the field arrives as `{ value }`.
//
// A signed-in person's token is also bound to their session (csrf userInfo, an HMAC with the app's
// secret): a `gk_csrf` cookie and token that someone else obtained and planted in the browser (from a
// sibling sub-domain, say) do not match the victim's session, so they cannot post in the victim's name.
// Visitors without a signed-in session (the public application form, the login page) are bound to the
// same `visitor`: such a form can be filled by anyone directly, so a planted token gains nothing there, and
// those visitors still get no session row.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCsrf from '@fastify/csrf-protection';

export const CSRF_COOKIE = 'gk_csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | null | undefined;
  const field = body && typeof body === 'object' ? body._csrf : undefined;
  if (typeof field === 'string') return field;
  if (Array.isArray(field) && typeof field[0] === 'string') return field[0];
  if (field && typeof field === 'object' && typeof (field as { value?: unknown }).value === 'string') {
    return (field as { value: string }).value;
  }
  const header = request.headers['x-csrf-token'] ?? request.headers['csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

/** What a token is bound to: the session of a signed-in account, or `visitor` for everyone else. */
export function csrfUserInfo(request: FastifyRequest): string {
  const session = (request as { session?: FastifyRequest['session'] }).session;
  return session?.get('accountId') ? `session:${session.sessionId}` : 'visitor';
}

/** The token a page embeds in its forms (platform/page.ts). */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: csrfUserInfo(request) });
}

export async function registerCsrf(app: FastifyInstance, secret: string): Promise<void> {
  await app.register(fastifyCsrf, {
    // The secret lives in its own signed, HttpOnly cookie rather than in the session: a visitor who
    // opens a form (the login page, the public application form) gets no session row in the
    // database, so nobody can fill web_session by fetching forms.
    sessionPlugin: '@fastify/cookie',
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, signed: true, secure: 'auto' },
    getToken: (request) => csrfTokenOf(request),
    getUserInfo: (request) => csrfUserInfo(request),
    csrfOpts: { hmacKey: secret },
  });
  // preHandler: after the body (form or multipart) is parsed, before any handler runs.
  app.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) {
      done();
      return;
    }
    app.csrfProtection(request, reply, done);
  });
}

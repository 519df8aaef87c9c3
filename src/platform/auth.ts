// The signed-in staff member on every request, and the guard of the staff area. Everything under
// /admin needs a signed-in account (features cannot forget it); an account still on its one-time
// password is sent to choose its own first. Permission per record is the services' job (policy.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { safeReturnPath } from './local-path.ts';
import { loadSignedIn, type AccountActor } from './signed-in.ts';
import './session-types.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account as services see it; null for visitors. */
    actor: AccountActor | null;
  }
}

/**
 * A signed-in session's idle expiry moves forward at most this often: saving the session on every
 * request would cost a synchronous database write per page (bench/web: 86 → see BENCHMARKS.md).
 */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** Areas that need a signed-in account. */
const STAFF_PREFIXES = ['/admin', '/account'];
/** Pages an account on a one-time password may still use. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = ['/account/password', '/logout'];

function pathOf(url: string): string {
  return url.split('?', 1)[0] ?? url;
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function loginUrlFor(request: FastifyRequest): string {
  const next = request.method === 'GET' ? safeReturnPath(request.url, '/admin') : '/admin';
  return `/login?next=${encodeURIComponent(next)}`;
}

/** For routes outside /admin that need a signed-in account: `{ preHandler: requireSignedIn }`. */
export async function requireSignedIn(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!request.actor) await reply.redirect(loginUrlFor(request), 303);
}

/** The actor of a request that the guard has already admitted; throws if used on a public route. */
export function actorOf(request: FastifyRequest): AccountActor {
  if (!request.actor) throw new Error('actorOf() on a request without a signed-in account: the route is not under /admin');
  return request.actor;
}

export async function registerAuth(app: FastifyInstance): Promise<void> {
  app.decorateRequest('actor', null);

  // onRequest runs after @fastify/session's own onRequest hook (registered earlier), so the session is loaded.
  app.addHook('onRequest', async (request, reply) => {
    const accountId = request.session.get('accountId');
    if (accountId) {
      const signedIn = await loadSignedIn(app.context, accountId, request.session.get('currentAgencyId'), request.ip);
      if (signedIn) {
        request.actor = signedIn.actor;
        request.shellUser = signedIn.user;
        const now = app.context.now().getTime();
        const seenAt = request.session.get('seenAt') ?? 0;
        if (now - seenAt >= SESSION_TOUCH_INTERVAL_MS) {
          // Extends the idle expiry (cookie and web_session row) and marks the session for saving.
          request.session.set('seenAt', now);
          request.session.touch();
        }
      } else {
        // The account was disabled or removed since it signed in: end the session.
        await request.session.destroy();
      }
    }
    const path = pathOf(request.url);
    if (!STAFF_PREFIXES.some((prefix) => isUnder(path, prefix))) return;
    if (!request.actor) {
      request.log.info({ path }, 'staff area without sign-in');
      return reply.redirect(loginUrlFor(request), 303);
    }
    if (request.shellUser?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.some((allowed) => isUnder(path, allowed))) {
      return reply.redirect('/account/password', 303);
    }
  });
}

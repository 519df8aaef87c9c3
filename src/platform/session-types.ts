// What the platform keeps in a session (stored in the web_session table by DatabaseSessionStore).
// The plugins' own type augmentations (request.session, request.cookies, reply.generateCsrf).
import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import type {} from '@fastify/session';
import type { Notice } from './views/page-context.ts';

declare module 'fastify' {
  interface Session {
    /** The signed-in account; absent for visitors. */
    accountId?: string;
    /** The agency the staff member is working on (the agency switcher). */
    currentAgencyId?: string;
    /** When the signed-in session was last extended (ms since epoch); see auth.ts. */
    seenAt?: number;
    /** One-time notices shown on the next page. */
    notices?: Notice[];
  }
}

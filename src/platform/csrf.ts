// CSRF protection on every state-changing request (DESIGN §5): the token lives in the session and must
// come back in the form field `_csrf` (or the `x-csrf-token` header for scripts). Multipart forms carry
// it as a field too; with attachFieldsToBody the field arrives as `{ value }`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyCsrf from '@fastify/csrf-protection';

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

export async function registerCsrf(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/session',
    getToken: (request) => csrfTokenOf(request),
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

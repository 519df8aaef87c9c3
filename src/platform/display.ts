// 适老化: the large-text preference, kept in a cookie for a year and applied by the layout (a class on
// <html>). A plain GET link so it works without JavaScript; it changes only the visitor's own display.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { safeReturnPath } from './local-path.ts';
import { LARGE_TEXT_COOKIE } from './page.ts';

const querySchema = z.object({
  set: z.enum(['on', 'off']).default('on'),
  return: z.string().optional(),
});

export function registerDisplayRoutes(app: FastifyInstance): void {
  app.get('/display/large-text', async (request, reply) => {
    const parsed = querySchema.safeParse(request.query);
    const choice = parsed.success ? parsed.data.set : 'on';
    const back = safeReturnPath(parsed.success ? parsed.data.return : undefined);
    if (choice === 'on') {
      reply.setCookie(LARGE_TEXT_COOKIE, '1', { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true });
    } else {
      reply.clearCookie(LARGE_TEXT_COOKIE, { path: '/' });
    }
    return reply.redirect(back, 303);
  });
}

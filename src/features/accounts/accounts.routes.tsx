// Signing in and out, the forced and voluntary password change and the current-agency switcher (the
// workbench itself is src/features/workbench/). Each route validates, calls one service method and picks the view.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { safeReturnPath } from '../../platform/local-path.ts';
import { ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors, stateWithError } from '../../platform/form.ts';
import { loginRateLimit } from '../../platform/rate-limits.ts';
import { changeOwnPassword, signIn } from './accounts.service.ts';
import { MIN_PASSWORD_LENGTH } from './domain/password-rule.ts';
import { LoginPage } from './views/LoginPage.tsx';
import { PasswordPage } from './views/PasswordPage.tsx';

export const PASSWORD_RULE_TEXT = `至少 ${MIN_PASSWORD_LENGTH} 个字符，包含小写字母、大写字母、数字、符号中的至少三类；不能包含用户名，不能使用常见密码。`;

const loginQuery = z.object({ next: z.string().optional(), out: z.string().optional() });
const loginBody = z.object({
  username: z.string().optional().default(''),
  password: z.string().optional().default(''),
  next: z.string().optional(),
});
const passwordBody = z.object({
  currentPassword: z.string().optional().default(''),
  newPassword: z.string().optional().default(''),
  confirmPassword: z.string().optional().default(''),
});
const switchBody = z.object({ agencyId: z.string().trim().min(1) });

export async function accountsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/login', async (request, reply) => {
    const query = loginQuery.safeParse(request.query);
    const next = safeReturnPath(query.success ? query.data.next : undefined, '/admin');
    if (request.actor) return reply.redirect(next, 303);
    if (query.success && query.data.out === '1') reply.notice('success', '您已安全退出。');
    return reply.page(<LoginPage state={emptyFormState} next={next} />);
  });

  app.post('/login', { config: { rateLimit: loginRateLimit } }, async (request, reply) => {
    const body = loginBody.safeParse(request.body ?? {});
    const input = body.success ? body.data : { username: '', password: '', next: undefined };
    const next = safeReturnPath(input.next, '/admin');
    const result = await signIn(app.context, { username: input.username, password: input.password }, request.ip);
    if (!result.ok) {
      return reply.page(<LoginPage state={stateWithError(request.body, result.message)} next={next} />, 401);
    }
    // A fresh session id at sign-in, so an id planted before sign-in is worth nothing (session fixation).
    await request.session.regenerate();
    request.session.set('accountId', result.account.id);
    return reply.redirect(result.mustChangePassword ? '/account/password' : next, 303);
  });

  app.post('/logout', async (request, reply) => {
    await request.session.destroy();
    return reply.redirect('/login?out=1', 303);
  });

  app.get('/account/password', async (request, reply) => {
    const forced = request.shellUser?.mustChangePassword ?? false;
    return reply.page(<PasswordPage state={emptyFormState} forced={forced} rule={PASSWORD_RULE_TEXT} />);
  });

  app.post('/account/password', async (request, reply) => {
    const actor = actorOf(request);
    const forced = request.shellUser?.mustChangePassword ?? false;
    const body = passwordBody.parse(request.body ?? {});
    try {
      await changeOwnPassword(app.context, actor, body);
    } catch (error) {
      if (error instanceof ValidationError) {
        return reply.page(
          <PasswordPage state={stateFromFieldErrors(error.fields, request.body)} forced={forced} rule={PASSWORD_RULE_TEXT} />,
          400,
        );
      }
      throw error;
    }
    // Sessions elsewhere (a shared computer, a lost phone) end with the old password.
    await app.sessionStore.destroyForAccount(actor.accountId, request.session.sessionId);
    reply.notice('success', '密码已修改。今后请使用新密码登录。');
    return reply.redirect('/admin', 303);
  });

  app.post('/admin/current-agency', async (request, reply) => {
    const body = switchBody.safeParse(request.body ?? {});
    const target = body.success ? request.shellUser?.agencies.find((agency) => agency.id === body.data.agencyId) : undefined;
    if (!target) {
      reply.notice('error', '无法切换到该机关：您在该机关没有任何角色。');
      return reply.redirect('/admin', 303);
    }
    request.session.set('currentAgencyId', target.id);
    reply.notice('info', `已切换到“${target.name}”。`);
    return reply.redirect('/admin', 303);
  });
}


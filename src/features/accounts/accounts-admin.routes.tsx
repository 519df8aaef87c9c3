// Admin pages for accounts: list, create (one-time password shown once), grant and revoke roles per
// agency, reset password, disable and enable. Services check 'account.manage' on the agency.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ForbiddenError, ValidationError } from '../../platform/errors.ts';
import { emptyFormState, stateFromFieldErrors, type FormState } from '../../platform/form.ts';
import { listAgencies, listPublicAgencies } from '../agencies/agencies.service.ts';
import { agencyOptions } from '../agencies/views/agency-options.ts';
import {
  createAccount,
  disableAccount,
  enableAccount,
  getAccount,
  grantRole,
  listAccounts,
  resetPassword,
  revokeRole,
} from './accounts.service.ts';
import { ROLES, type Role } from './accounts.tables.ts';
import { grantRootsFor } from './domain/policy.ts';
import { ROLE_LABELS } from './domain/roles.ts';
import { AccountDetailPage } from './views/AccountDetailPage.tsx';
import { AccountNewPage } from './views/AccountNewPage.tsx';
import { AccountsListPage } from './views/AccountsListPage.tsx';
import { OneTimePasswordPage } from './views/OneTimePasswordPage.tsx';

const roleOptions = (roles: readonly Role[]) => roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const HOME_ROLES = ROLES.filter((role) => role !== 'supervisor');

const idParams = z.object({ id: z.string().trim().min(1).max(64) });
const grantParams = idParams.extend({ grantId: z.string().trim().min(1).max(64) });
const asArray = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const createBody = z.object({
  agencyId: z.string().optional().default(''),
  username: z.string().optional().default(''),
  displayName: z.string().optional().default(''),
  roles: z.preprocess(asArray, z.array(z.string())),
});
const grantBody = z.object({ agencyId: z.string().optional().default(''), role: z.string().optional().default('') });

function requireAccountManager(request: FastifyRequest) {
  const actor = actorOf(request);
  // The menu hides the page from those who cannot manage accounts; this answers a typed-in address.
  if (grantRootsFor(actor, 'account.manage').length === 0) {
    throw new ForbiddenError('只有管理员可以管理用户和授权。如需新建账号，请联系本单位管理员。');
  }
  return actor;
}

async function agencyNames(app: FastifyInstance): Promise<Map<string, string>> {
  return new Map((await listPublicAgencies(app.context)).map((agency) => [agency.id, agency.name]));
}

export async function accountsAdminRoutes(app: FastifyInstance): Promise<void> {
  const renderNew = async (request: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) => {
    const actor = requireAccountManager(request);
    const agencies = agencyOptions(await listAgencies(app.context, actor));
    return reply.page(<AccountNewPage state={state} agencies={agencies} roles={roleOptions(HOME_ROLES)} />, status);
  };

  const renderDetail = async (request: FastifyRequest, reply: FastifyReply, id: string, grantState: FormState, status = 200) => {
    const actor = requireAccountManager(request);
    const account = await getAccount(app.context, actor, id);
    const agencies = agencyOptions(await listAgencies(app.context, actor));
    return reply.page(
      <AccountDetailPage
        account={account}
        agencyNames={await agencyNames(app)}
        agencies={agencies}
        roles={roleOptions(ROLES)}
        grantState={grantState}
        now={app.context.now()}
      />,
      status,
    );
  };

  app.get('/admin/accounts', async (request, reply) => {
    const actor = requireAccountManager(request);
    const accounts = await listAccounts(app.context, actor);
    return reply.page(<AccountsListPage accounts={accounts} agencyNames={await agencyNames(app)} now={app.context.now()} />);
  });

  app.get('/admin/accounts/new', async (request, reply) => renderNew(request, reply, emptyFormState));

  app.post('/admin/accounts', async (request, reply) => {
    const actor = requireAccountManager(request);
    const body = createBody.parse(request.body ?? {});
    try {
      const { account, oneTimePassword } = await createAccount(app.context, actor, { ...body, roles: body.roles as Role[] });
      return reply.page(
        <OneTimePasswordPage
          heading="用户已创建"
          accountId={account.id}
          displayName={account.displayName}
          username={account.username}
          oneTimePassword={oneTimePassword}
        />,
        201,
      );
    } catch (error) {
      if (error instanceof ValidationError) return renderNew(request, reply, stateFromFieldErrors(error.fields, request.body), 400);
      throw error;
    }
  });

  app.get('/admin/accounts/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    return renderDetail(request, reply, id, emptyFormState);
  });

  app.post('/admin/accounts/:id/grants', async (request, reply) => {
    const actor = requireAccountManager(request);
    const { id } = idParams.parse(request.params);
    const body = grantBody.parse(request.body ?? {});
    try {
      await grantRole(app.context, actor, { accountId: id, agencyId: body.agencyId, role: body.role as Role });
    } catch (error) {
      if (error instanceof ValidationError) return renderDetail(request, reply, id, stateFromFieldErrors(error.fields, request.body), 400);
      throw error;
    }
    reply.notice('success', '角色已授予。');
    return reply.redirect(`/admin/accounts/${id}`, 303);
  });

  app.post('/admin/accounts/:id/grants/:grantId/revoke', async (request, reply) => {
    const actor = requireAccountManager(request);
    const { id, grantId } = grantParams.parse(request.params);
    await revokeRole(app.context, actor, grantId);
    reply.notice('success', '角色已撤销。');
    return reply.redirect(`/admin/accounts/${id}`, 303);
  });

  app.post('/admin/accounts/:id/reset-password', async (request, reply) => {
    const actor = requireAccountManager(request);
    const { id } = idParams.parse(request.params);
    const { oneTimePassword } = await resetPassword(app.context, actor, id);
    const account = await getAccount(app.context, actor, id);
    await app.sessionStore.destroyForAccount(id);
    return reply.page(
      <OneTimePasswordPage
        heading="密码已重置"
        accountId={account.id}
        displayName={account.displayName}
        username={account.username}
        oneTimePassword={oneTimePassword}
      />,
    );
  });

  app.post('/admin/accounts/:id/disable', async (request, reply) => {
    const actor = requireAccountManager(request);
    const { id } = idParams.parse(request.params);
    await disableAccount(app.context, actor, id);
    await app.sessionStore.destroyForAccount(id);
    reply.notice('success', '账号已停用，该用户已被登出。');
    return reply.redirect(`/admin/accounts/${id}`, 303);
  });

  app.post('/admin/accounts/:id/enable', async (request, reply) => {
    const actor = requireAccountManager(request);
    const { id } = idParams.parse(request.params);
    await enableAccount(app.context, actor, id);
    reply.notice('success', '账号已启用。');
    return reply.redirect(`/admin/accounts/${id}`, 303);
  });
}

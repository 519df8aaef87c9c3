// The audit log page. The service scopes the search to what the role may read (an admin its
// subtree, a supervisor its subtree, a leader its own agency) and refuses nothing silently.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../../platform/auth.ts';
import { ForbiddenError, ValidationError } from '../../platform/errors.ts';
import { stateFromFieldErrors, typedValues } from '../../platform/form.ts';
import { beijingDayEnd, beijingDayStart } from '../../platform/views/format.ts';
import { grantRootsFor } from '../accounts/domain/policy.ts';
import { listAgencies } from '../agencies/agencies.service.ts';
import { agencyOptions } from '../agencies/views/agency-options.ts';
import { searchAudit } from './audit.service.ts';
import { AuditLogPage } from './views/AuditLogPage.tsx';

const PAGE_SIZE = 50;
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const day = z.preprocess(blankToUndefined, z.iso.date({ error: '日期格式应为“年-月-日”，例如 2026-03-01' }).optional());
const querySchema = z.object({
  action: z.preprocess(blankToUndefined, z.string().trim().max(80).optional()),
  agencyId: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  accountId: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  from: day,
  to: day,
  // The service checks the bound (1–200) and says so in Chinese.
  pageSize: z.preprocess(blankToUndefined, z.string().trim().max(4).optional()),
  // Keyset cursors of 下一页 (after) / 上一页 (before); the service checks their form.
  after: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  before: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
});

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get('/admin/audit', async (request, reply) => {
    const actor = actorOf(request);
    if (grantRootsFor(actor, 'audit.read').length === 0) {
      throw new ForbiddenError('只有领导、管理员和政务公开办可以查看操作日志。');
    }
    const agencies = agencyOptions(await listAgencies(app.context, actor));
    const values = typedValues(request.query);
    const parsed = querySchema.safeParse(request.query ?? {});
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message;
      return reply.page(<AuditLogPage rows={[]} total={0} newerCursor={null} olderCursor={null} filters={{ values, errors }} agencies={agencies} />, 400);
    }
    const q = parsed.data;
    let result;
    try {
      result = await searchAudit(app.context, actor, {
        action: q.action,
        agencyId: q.agencyId,
        accountId: q.accountId,
        from: q.from ? beijingDayStart(q.from) : undefined,
        to: q.to ? beijingDayEnd(q.to) : undefined,
        after: q.after,
        before: q.before,
        pageSize: q.pageSize ?? PAGE_SIZE,
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const filters = stateFromFieldErrors(error.fields, request.query);
      return reply.page(<AuditLogPage rows={[]} total={0} newerCursor={null} olderCursor={null} filters={filters} agencies={agencies} />, 400);
    }
    return reply.page(
      <AuditLogPage
        rows={result.rows}
        total={result.total}
        newerCursor={result.newerCursor}
        olderCursor={result.olderCursor}
        filters={{ values, errors: {} }}
        agencies={agencies}
      />,
    );
  });
}

// Shared by the 依申请公开 services: the dependencies, input parsing, the actor and the date of a command,
// the permission check, and loading a case with the facts its reply clock is computed from.
import { createHash, createHmac } from 'node:crypto';
import type { z } from 'zod';
import type { WorkingDayCalendar } from '../../law/calendar.ts';
import { localDateOfInstant, type LocalDate } from '../../law/local-date.ts';
import { NotFoundError, validationErrorFromIssues } from '../../platform/errors.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import type { Action, Actor } from '../accounts/domain/policy.ts';
import { findAgencyWithAncestry } from '../agencies/agencies.repository.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import * as repo from './applications.repository.ts';
import { normaliseQueryCode, queryCodeFromBytes } from './domain/application-number.ts';
import { caseClock, type CaseFacts } from './domain/case-clock.ts';
import type { SubmissionChannel } from './domain/channels.ts';

export interface ApplicationsDeps {
  readonly ctx: ServiceContext;
  readonly calendar: WorkingDayCalendar;
  /** The installation secret (config.secret): each case's query code is derived from it. */
  readonly secret: string;
  /** The data folder; attachments go to <dataDir>/files/applications. */
  readonly dataDir: string;
}

export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw validationErrorFromIssues(result.error.issues);
  return result.data;
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'account' ? actor.accountId : null;
}

export function today(ctx: ServiceContext): LocalDate {
  return localDateOfInstant(ctx.now());
}

export function nowText(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}

/** The query code of a case, derived (HMAC) so a retried submission can show it again without storing it. */
export function queryCodeFor(secret: string, applicationId: string): string {
  return queryCodeFromBytes(createHmac('sha256', secret).update(`query-code:${applicationId}`).digest());
}

export function hashQueryCode(code: string): string {
  return createHash('sha256').update(normaliseQueryCode(code)).digest('hex');
}

export async function authorizeOn(ctx: ServiceContext, actor: Actor, action: Action, agencyId: string): Promise<Agency> {
  // Agency and ancestry in one round trip: every staff page pays for this check (bench/applications).
  const found = await findAgencyWithAncestry(ctx.db, agencyId);
  if (!found) throw new NotFoundError('单位不存在。');
  authorize(actor, action, agencyId, found.ancestry);
  return found.agency;
}

/**
 * A read of the agency's data started together with the permission check, its result handed back only
 * once the check has passed (authorizeOn throws otherwise, and the result is dropped unseen). On
 * PostgreSQL the two go over two pooled connections, so a page waits for one round trip instead of two
 * in a row — on a busy server each round trip waits for a CPU (BENCHMARKS.md, staff home). Only for
 * reads that change nothing and are scoped to `agencyId`; commands authorize first, then open their
 * transaction.
 */
export async function readAuthorized<T>(ctx: ServiceContext, actor: Actor, action: Action, agencyId: string, read: () => Promise<T>): Promise<T> {
  const pending = read();
  // When the check fails, the read's own failure (if any) must not surface as an unhandled rejection.
  pending.catch(() => undefined);
  await authorizeOn(ctx, actor, action, agencyId);
  return pending;
}

export async function loadCase(db: Executor, agencyId: string, id: string): Promise<repo.ApplicationRow> {
  const row = await repo.getApplication(db, agencyId, id);
  if (!row) throw new NotFoundError('申请不存在，或您无权查看。');
  return row;
}
export function canDo(actor: Actor, action: Action, agencyId: string, ancestry: readonly string[]): boolean {
  try {
    authorize(actor, action, agencyId, ancestry);
    return true;
  } catch {
    return false;
  }
}

export async function caseClockFor(deps: ApplicationsDeps, agencyId: string, id: string, asOf: LocalDate) {
  const row = await loadCase(deps.ctx.db, agencyId, id);
  const [records, customDeadline] = await Promise.all([
    repo.clockRecords(deps.ctx.db, agencyId, [id]),
    row.custom_due_on ? repo.getCustomDeadline(deps.ctx.db, agencyId, id) : Promise.resolve(undefined),
  ]);
  // 条例第三十五条：the explanation says on which day the later deadline was fixed.
  const facts = { ...factsOf(row, records), customSetOn: customDeadline?.set_on ?? null };
  return {
    row,
    records,
    extension: records.extensions[0] ?? null,
    customDeadline: customDeadline ?? null,
    clock: caseClock(deps.calendar, facts, asOf),
  };
}

export function factsOf(row: Pick<repo.ApplicationRow, 'id' | 'channel' | 'arrived_on' | 'received_on' | 'custom_due_on' | 'decided_on'>, records: repo.ClockFactRecords): CaseFacts {
  const correction = records.corrections.find((c) => c.application_id === row.id);
  const extension = records.extensions.find((e) => e.application_id === row.id);
  const fee = records.fees.filter((f) => f.application_id === row.id).at(-1);
  return {
    channel: row.channel as SubmissionChannel,
    arrivedOn: row.arrived_on,
    receivedOn: row.received_on,
    correction: correction ? { requestedOn: correction.requested_on, dueOn: correction.correction_due_on, correctedOn: correction.corrected_on } : null,
    consultations: records.consultations
      .filter((c) => c.application_id === row.id)
      .map((c) => ({
        partyKind: c.party_kind as 'third_party' | 'other_organ',
        dispatchedOn: c.dispatched_on,
        partyReceivedOn: c.party_received_on,
        repliedOn: c.replied_on,
      })),
    extension: extension ? { approvedOn: extension.approved_on } : null,
    fee: fee ? { sentOn: fee.notice_sent_on, receivedOn: fee.notice_received_on, paidOn: fee.paid_on } : null,
    customDueOn: row.custom_due_on,
    decidedOn: row.decided_on,
  };
}

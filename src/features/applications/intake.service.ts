// Intake of 依申请公开: portal submissions (条例第二十九条) and applications staff register (条例第三十一条).
import { join } from 'node:path';
import type { LocalDate } from '../../law/local-date.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { removingFilesOnFailure } from '../../platform/files-on-failure.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import { findAgencyByCode } from '../agencies/agencies.repository.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { attachmentsDir, storeAttachments, type UploadedFile } from './applications.files.ts';
import * as repo from './applications.repository.ts';
import { portalApplicationSchema, registerApplicationSchema } from './applications.schemas.ts';
import { formatApplicationNumber } from './domain/application-number.ts';
import { needsConfirmation, type SubmissionChannel } from './domain/channels.ts';
import { findRepeatCandidates, normaliseIdNumber, normaliseName, normalisePhone } from './domain/similarity.ts';
import type { ApplicationStatus } from './domain/workflow.ts';
import { authorizeOn, hashQueryCode, loadCase, nowText, parse, queryCodeFor, today, type ApplicationsDeps } from './service-support.ts';

export interface IntakeResult {
  applicationId: string;
  applicationNumber: string;
  queryCode: string;
  /** True when this submission key had already created the case (double click, retry). */
  duplicate: boolean;
  status: ApplicationStatus;
}

interface NewCase {
  agency: Agency;
  applicantType: string;
  name: string;
  idDocumentType: string;
  idNumber: string;
  phone: string;
  email?: string | undefined;
  address?: string | undefined;
  postalCode?: string | undefined;
  agentName?: string | undefined;
  description: string;
  documentNo?: string | undefined;
  purpose?: string | undefined;
  deliveryForm: string;
  deliveryChannel: string;
  channel: SubmissionChannel;
  arrivedOn: LocalDate;
  receivedOn: LocalDate | null;
  receiptEvidence?: string | undefined;
  oralApplication: boolean;
  submissionKey: string | null;
  files: readonly UploadedFile[];
}

async function existingIntake(deps: ApplicationsDeps, agencyId: string, key: string | null): Promise<IntakeResult | null> {
  if (!key) return null;
  const id = await repo.findIdBySubmissionKey(deps.ctx.db, agencyId, key);
  if (!id) return null;
  const row = await loadCase(deps.ctx.db, agencyId, id);
  return {
    applicationId: id,
    applicationNumber: row.application_number,
    queryCode: queryCodeFor(deps.secret, id),
    duplicate: true,
    status: row.status as ApplicationStatus,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === '23505' || (typeof e?.message === 'string' && /UNIQUE constraint failed/i.test(e.message));
}

async function createCase(deps: ApplicationsDeps, actor: Actor, input: NewCase): Promise<IntakeResult> {
  const { ctx } = deps;
  const again = await existingIntake(deps, input.agency.id, input.submissionKey);
  if (again) return again;
  // Files are checked and written before the transaction; a refused file refuses the whole application.
  const stored = storeAttachments(deps.dataDir, input.files);
  const id = ctx.newId();
  const year = Number((input.receivedOn ?? input.arrivedOn).slice(0, 4));
  const status: ApplicationStatus = input.receivedOn ? 'received' : 'awaiting_confirmation';
  const keys = {
    idKey: normaliseIdNumber(input.idNumber),
    nameKey: normaliseName(input.name),
    phoneKey: normalisePhone(input.phone),
  };
  // If the transaction fails nothing records the files: they must not stay on disk (an ID card scan with no case).
  const written = stored.map((f) => join(attachmentsDir(deps.dataDir), f.storedName));
  try {
    const number = await removingFilesOnFailure(written, () => ctx.db.transaction().execute(async (tx) => {
      const sequence = await repo.nextSequence(tx, input.agency.id, year);
      const applicationNumber = formatApplicationNumber(input.agency.code, year, sequence);
      const at = nowText(ctx);
      await repo.insertApplication(tx, {
        id,
        agency_id: input.agency.id,
        application_number: applicationNumber,
        year,
        sequence,
        query_code_hash: hashQueryCode(queryCodeFor(deps.secret, id)),
        submission_key: input.submissionKey,
        status,
        outcome: null,
        applicant_type: input.applicantType,
        channel: input.channel,
        oral_application: ctx.dialect === 'postgres' ? input.oralApplication : input.oralApplication ? 1 : 0,
        recorded_by: actor.kind === 'account' ? actor.accountId : null,
        arrived_on: input.arrivedOn,
        received_on: input.receivedOn,
        receipt_evidence: input.receiptEvidence ?? null,
        description: input.description,
        document_no: input.documentNo ?? null,
        purpose: input.purpose ?? null,
        delivery_form: input.deliveryForm,
        delivery_channel: input.deliveryChannel,
        assigned_to: null,
        custom_due_on: null,
        repeat_of_id: null,
        repeat_score: null,
        decided_on: null,
        delivered_on: null,
        created_at: at,
        updated_at: at,
      });
      await repo.insertApplicant(tx, {
        application_id: id,
        name: input.name,
        id_document_type: input.idDocumentType,
        id_number: input.idNumber,
        phone: input.phone,
        email: input.email ?? null,
        address: input.address ?? null,
        postal_code: input.postalCode ?? null,
        agent_name: input.agentName ?? null,
        name_key: keys.nameKey,
        id_key: keys.idKey,
        phone_key: keys.phoneKey,
      });
      for (const file of stored) {
        await repo.insertAttachment(tx, {
          id: ctx.newId(),
          application_id: id,
          agency_id: input.agency.id,
          kind: 'application_material',
          original_name: file.originalName,
          stored_name: file.storedName,
          media_type: file.mediaType,
          size_bytes: file.sizeBytes,
          sha256: file.sha256,
          uploaded_by: actor.kind === 'account' ? actor.accountId : null,
          created_at: at,
        });
      }
      // 条例第三十六条第（六）项、第三十五条：flag, never decide — the clerk sees the score and the earlier case.
      const earlier = await repo.earlierAnsweredCases(tx, input.agency.id, keys, id);
      const candidates = findRepeatCandidates(
        { name: input.name, idNumber: input.idNumber, phone: input.phone },
        input.description,
        earlier.map((e) => ({
          applicationId: e.id,
          applicationNumber: e.application_number,
          applicant: { name: e.name, idNumber: e.id_number, phone: e.phone },
          description: e.description,
        })),
      );
      const best = candidates[0];
      if (best) await repo.updateApplication(tx, input.agency.id, id, { repeat_of_id: best.applicationId, repeat_score: best.score });
      await repo.appendEvent(tx, {
        id: ctx.newId(),
        application_id: id,
        agency_id: input.agency.id,
        event: actor.kind === 'account' ? 'register' : 'submit',
        from_status: null,
        to_status: status,
        actor_id: actor.kind === 'account' ? actor.accountId : null,
        occurred_at: at,
        detail: JSON.stringify({ channel: input.channel, arrivedOn: input.arrivedOn, receivedOn: input.receivedOn, attachments: stored.length }),
      });
      await recordAudit(tx, ctx, actor, {
        action: actor.kind === 'account' ? 'application.register' : 'application.submit',
        objectType: 'application',
        objectId: id,
        agencyId: input.agency.id,
        summary: `${actor.kind === 'account' ? '登记' : '网上提交'}政府信息公开申请 ${applicationNumber}`,
        after: { applicationNumber, status, channel: input.channel },
      });
      return applicationNumber;
    }));
    return { applicationId: id, applicationNumber: number, queryCode: queryCodeFor(deps.secret, id), duplicate: false, status };
  } catch (error) {
    // Two requests with the same submission key raced: the loser returns the winner's case.
    if (input.submissionKey && isUniqueViolation(error)) {
      const winner = await existingIntake(deps, input.agency.id, input.submissionKey);
      if (winner) return winner;
    }
    throw error;
  }
}

async function publicAgency(ctx: ServiceContext, agencyCode: string): Promise<Agency> {
  const agency = await findAgencyByCode(ctx.db, agencyCode);
  if (!agency || agency.archivedAt) throw new NotFoundError('找不到该机关，请检查网址，或从政府信息公开专栏进入申请页面。');
  return agency;
}

/**
 * A portal submission (条例第二十九条：数据电文形式). It is received only once both sides confirm
 * (条例第三十一条第（三）项), so it starts as “待确认”. The case is committed before this returns, so the
 * applicant never sees a number that is not stored; the same submission key returns the same case.
 */
export async function submitFromPortal(
  deps: ApplicationsDeps,
  agencyCode: string,
  input: unknown,
  files: readonly UploadedFile[] = [],
): Promise<IntakeResult> {
  const agency = await publicAgency(deps.ctx, agencyCode);
  const data = parse(portalApplicationSchema, input);
  return createCase(deps, { kind: 'system' }, {
    ...data,
    agency,
    channel: 'online',
    arrivedOn: today(deps.ctx),
    receivedOn: null,
    oralApplication: false,
    files,
  });
}

/** Staff register an application received in person, by post, fax or e-mail (条例第三十一条). */
export async function registerApplication(
  deps: ApplicationsDeps,
  actor: Actor,
  agencyId: string,
  input: unknown,
  files: readonly UploadedFile[] = [],
): Promise<IntakeResult> {
  const agency = await authorizeOn(deps.ctx, actor, 'application.register', agencyId);
  const data = parse(registerApplicationSchema, input);
  // 条例第三十一条：当面提交以提交之日、邮寄签收以签收之日为收到申请之日；其余渠道以确认之日为准。
  const receivedOn = needsConfirmation(data.channel) ? (data.receivedOn ?? null) : (data.receivedOn ?? data.arrivedOn);
  return createCase(deps, actor, {
    ...data,
    agency,
    receivedOn,
    submissionKey: data.submissionKey ?? null,
    files,
  });
}

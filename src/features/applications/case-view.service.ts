// The staff case page and what hangs off it: masked applicant, attachments, the audited unmasked read.
import type { ReplyClock } from '../../law/clock.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import { findAncestryIds } from '../agencies/agencies.repository.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { readAttachment } from './applications.files.ts';
import * as repo from './applications.repository.ts';
import { urgencyOf, type Urgency } from './domain/case-clock.ts';
import { maskAddress, maskEmail, maskIdNumber, maskPersonName, maskPhone } from './domain/masking.ts';
import { allowedEvents, type ApplicationEvent, type ApplicationStatus } from './domain/workflow.ts';
import { isWithholdingGround } from '../../law/replies.ts';
import { agencyLevelForCatalogue, loadSettings } from '../catalogue/catalogue.service.ts';
import { categoriesFor } from '../catalogue/domain/categories.ts';
import type { SimilarRequest } from './domain/similarity.ts';
import type { WithheldPart } from './domain/withholding.ts';
import { publishableOutcomes, similarRequests } from './publication.service.ts';
import { readReplyFile, REPLY_FILE_KIND } from './reply-files.ts';
import { authorizeOn, canDo, caseClockFor, loadCase, today, type ApplicationsDeps } from './service-support.ts';

export interface MaskedApplicant {
  name: string;
  idDocumentType: string;
  idNumber: string;
  phone: string;
  email: string | null;
  address: string | null;
  postalCode: string | null;
  agentName: string | null;
}

function maskedApplicant(a: repo.ApplicantRow, applicantType: string): MaskedApplicant {
  return {
    // A legal person's name is public; a natural person's is personal data.
    name: applicantType === 'natural_person' ? maskPersonName(a.name) : a.name,
    idDocumentType: a.id_document_type,
    idNumber: applicantType === 'natural_person' ? maskIdNumber(a.id_number) : a.id_number,
    phone: maskPhone(a.phone),
    email: a.email ? maskEmail(a.email) : null,
    address: a.address ? maskAddress(a.address) : null,
    postalCode: a.postal_code,
    agentName: a.agent_name,
  };
}

export interface CaseView {
  agency: Agency;
  application: repo.ApplicationRow;
  applicant: MaskedApplicant;
  clock: ReplyClock;
  urgency: Urgency;
  allowedEvents: ApplicationEvent[];
  events: repo.EventRow[];
  notes: repo.NoteRow[];
  /** Materials the applicant submitted (or staff registered) with the application. */
  attachments: repo.AttachmentRow[];
  /** The files of the information provided with the reply (条例第四十条), copied under 条例第四十四条. */
  replyFiles: repo.AttachmentRow[];
  correction: repo.CorrectionRow | null;
  consultations: repo.ConsultationRow[];
  extension: repo.ExtensionRow | null;
  fees: repo.FeeNoticeRow[];
  reply: repo.ReplyRow | null;
  delivery: repo.DeliveryRow | null;
  repeatOf: { id: string; applicationNumber: string; score: number } | null;
  /** Accounts of the agency that may be assigned (clerks and reviewers). */
  assignees: Array<{ id: string; name: string }>;
  canHandle: boolean;
  canApproveExtension: boolean;
  canReadPersonalData: boolean;
  /** 条例第三十五条 later deadline, when fixed. */
  customDeadline: repo.CustomDeadlineRow | null;
  /** Each withheld part or further ground of the reply (条例第三十七条), as recorded. */
  withheld: WithheldPart[];
  /** 条例第四十四条: the 主动公开 draft made from this case. */
  publication: { catalogueItemId: string } | null;
  /** Other applications asking for highly similar information ("已有N件相似申请"). */
  similar: SimilarRequest[];
  /** The case may be turned into a 主动公开 draft by this actor now; with the form's starting values. */
  publish: { categories: Array<{ value: string; label: string }>; defaults: Record<string, string> } | null;
}

function parseWithheld(json: string | null | undefined): WithheldPart[] {
  if (!json) return [];
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  if (!Array.isArray(value)) return [];
  // Replies before migration 0014 stored only { part }; they have no ground to show.
  return value.filter((v): v is WithheldPart => typeof v === 'object' && v !== null && isWithholdingGround(String((v as WithheldPart).ground)));
}

/** The case page. Personal data is masked; supervisors read over their subtree (policy 'agency.read'). */
export async function getCase(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string): Promise<CaseView> {
  const { ctx } = deps;
  const agency = await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const ancestry = await findAncestryIds(ctx.db, agencyId);
  const { row, records, clock, customDeadline } = await caseClockFor(deps, agencyId, id, today(ctx));
  const [applicant, events, notes, attachments, reply, delivery, assignees, publication, similar] = await Promise.all([
    repo.getApplicant(ctx.db, agencyId, id),
    repo.listEvents(ctx.db, agencyId, id),
    repo.listNotes(ctx.db, agencyId, id),
    repo.listAttachments(ctx.db, agencyId, id),
    repo.getReply(ctx.db, agencyId, id),
    repo.getDelivery(ctx.db, agencyId, id),
    repo.listAssignableStaff(ctx.db, agencyId),
    repo.getPublication(ctx.db, agencyId, id),
    similarRequests(deps, agencyId, row),
  ]);
  if (!applicant) throw new NotFoundError('申请人信息缺失。');
  let repeatOf: CaseView['repeatOf'] = null;
  if (row.repeat_of_id) {
    const earlier = await repo.getApplication(ctx.db, agencyId, row.repeat_of_id);
    if (earlier) repeatOf = { id: earlier.id, applicationNumber: earlier.application_number, score: Number(row.repeat_score ?? 0) };
  }
  return {
    agency,
    application: row,
    applicant: maskedApplicant(applicant, row.applicant_type),
    clock,
    urgency: urgencyOf(clock),
    allowedEvents: allowedEvents(row.status as ApplicationStatus),
    events,
    notes,
    attachments: attachments.filter((f) => f.kind !== REPLY_FILE_KIND),
    replyFiles: attachments.filter((f) => f.kind === REPLY_FILE_KIND),
    correction: records.corrections[0] ?? null,
    consultations: records.consultations,
    extension: records.extensions[0] ?? null,
    fees: records.fees,
    reply: reply ?? null,
    delivery: delivery ?? null,
    repeatOf,
    assignees: assignees.map((a) => ({ id: a.id, name: a.display_name })),
    canHandle: canDo(actor, 'application.handle', agencyId, ancestry),
    canApproveExtension: canDo(actor, 'application.approve_extension', agencyId, ancestry),
    canReadPersonalData: canDo(actor, 'application.read_personal_data', agencyId, ancestry),
    customDeadline,
    withheld: parseWithheld(reply?.withheld_parts),
    publication: publication ? { catalogueItemId: publication.catalogue_item_id } : null,
    similar,
    publish: await publishForm(deps, actor, agency, row, reply ?? null, Boolean(publication), ancestry),
  };
}

/** The 转为主动公开 form when the case and the actor allow it (条例第四十四条), else null. */
async function publishForm(
  deps: ApplicationsDeps,
  actor: Actor,
  agency: Agency,
  row: repo.ApplicationRow,
  reply: repo.ReplyRow | null,
  published: boolean,
  ancestry: readonly string[],
): Promise<CaseView['publish']> {
  if (published || !reply || !row.outcome || !publishableOutcomes.includes(row.outcome)) return null;
  if (!canDo(actor, 'application.handle', agency.id, ancestry) || !canDo(actor, 'catalogue.draft', agency.id, ancestry)) return null;
  const settings = await loadSettings(deps.ctx.db, agency.id);
  const categories = categoriesFor(agencyLevelForCatalogue(agency.level), settings.columns).map((c) => ({ value: c.id, label: c.label }));
  return {
    categories,
    defaults: {
      title: row.description.slice(0, 200),
      summary: `本信息经依申请公开（申请编号 ${row.application_number}）后，依据《中华人民共和国政府信息公开条例》第四十四条纳入主动公开范围。`,
      body: reply.provided ?? '',
      writtenOn: today(deps.ctx),
      topicCategory: '',
      category: '',
    },
  };
}

/**
 * The agency of a case the actor may read (its own agency, or a supervisor's / admin's subtree). Staff
 * pages address a case by id; every later call is scoped to this agency.
 */
export async function caseAgencyId(deps: ApplicationsDeps, actor: Actor, id: string): Promise<string> {
  const agencyId = await repo.findAgencyIdOfCase(deps.ctx.db, id);
  if (!agencyId) throw new NotFoundError('申请不存在，或您无权查看。');
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  return agencyId;
}

/**
 * A file the applicant uploaded with the application, for staff who may read the case. It is the
 * applicant's personal data (an ID card scan, a letter with an address), so every download is audited
 * like the unmasked reveal (DESIGN §5, 个人信息保护法第五十一条).
 */
export async function attachmentFile(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, attachmentId: string) {
  const { ctx } = deps;
  await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const row = await loadCase(ctx.db, agencyId, id);
  const file = await repo.getAttachment(ctx.db, agencyId, attachmentId);
  if (!file || file.application_id !== id || file.kind === REPLY_FILE_KIND) throw new NotFoundError('附件不存在。');
  const data = readAttachment(deps.dataDir, file.stored_name);
  await recordAudit(ctx.db, ctx, actor, {
    action: 'application.attachment_download',
    objectType: 'application',
    objectId: id,
    agencyId,
    summary: `${row.application_number}：下载申请人提交的材料“${file.original_name}”`,
    after: { attachmentId, sha256: file.sha256 },
  });
  return { file, data };
}

/**
 * A file of the information provided with the reply, for staff who may read the case. Every download is
 * audited: the file may hold what was withheld from the public until its 保密审查 (条例第十七条).
 */
export async function replyFile(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, fileId: string) {
  const { ctx } = deps;
  await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const row = await loadCase(ctx.db, agencyId, id);
  const file = await repo.getAttachment(ctx.db, agencyId, fileId);
  if (!file || file.application_id !== id || file.kind !== REPLY_FILE_KIND) throw new NotFoundError('文件不存在。');
  const data = await readReplyFile(deps.dataDir, file.stored_name);
  await recordAudit(ctx.db, ctx, actor, {
    action: 'application.reply_file_download',
    objectType: 'application',
    objectId: id,
    agencyId,
    summary: `${row.application_number}：下载答复提供的文件“${file.original_name}”`,
    after: { fileId, sha256: file.sha256 },
  });
  return { file, data };
}

/** The applicant's personal data unmasked — for staff who handle the case; every read is audited (DESIGN §5). */
export async function revealApplicant(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string): Promise<repo.ApplicantRow> {
  const { ctx } = deps;
  await authorizeOn(ctx, actor, 'application.read_personal_data', agencyId);
  const row = await loadCase(ctx.db, agencyId, id);
  const applicant = await repo.getApplicant(ctx.db, agencyId, id);
  if (!applicant) throw new NotFoundError('申请人信息缺失。');
  await recordAudit(ctx.db, ctx, actor, {
    action: 'application.personal_data_read',
    objectType: 'application',
    objectId: id,
    agencyId,
    summary: `${row.application_number}：查看申请人个人信息（未遮蔽）`,
  });
  return applicant;
}


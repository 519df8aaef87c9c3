// The applicant follows a case on the portal with its 申请编号 and 查询码 — no personal data, no notes.
import { NotFoundError } from '../../platform/errors.ts';
import { SYSTEM_ACTOR } from '../accounts/domain/policy.ts';
import { findAgencyById } from '../agencies/agencies.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import * as repo from './applications.repository.ts';
import { caseClock } from './domain/case-clock.ts';
import { letterProblems } from './domain/letter-check.ts';
import type { RenderedLetter } from './domain/notice-letters.ts';
import { statusLabels, type ApplicationStatus } from './domain/workflow.ts';
import { storedReplyLetter } from './letters.service.ts';
import { readReplyFile, REPLY_FILE_KIND } from './reply-files.ts';
import { factsOf, hashQueryCode, today, type ApplicationsDeps } from './service-support.ts';

/** What the applicant reads while an answered case's letter is held back. */
export const REPLY_LETTER_HELD = '答复书内容尚待本机关补全，暂不能查看或下载；本机关补全后将重新送达，如有疑问请与本机关联系。';

export interface TrackView {
  applicationNumber: string;
  agencyName: string;
  status: ApplicationStatus;
  statusLabel: string;
  arrivedOn: string;
  receivedOn: string | null;
  dueOn: string | null;
  decidedOn: string | null;
  hasReplyLetter: boolean;
  /**
   * Answered, but the stored letter still has a blank or a note to staff (a letter issued before the check
   * existed): it is not shown until the organ reissues it (issue 11 item 1).
   */
  replyLetterHeld: boolean;
  /** The files of the information provided with the reply (条例第四十条), which the applicant may download. */
  replyFiles: Array<{ id: string; fileName: string; sizeBytes: number }>;
  /** The 条例第三十五条 later deadline, when one was fixed: the deadline the applicant now waits for. */
  customDeadline: TrackedCustomDeadline | null;
  steps: TrackStep[];
}

/**
 * A 条例第三十五条 later deadline as the 延迟答复告知书 tells it to the applicant: the date it was fixed (the
 * letter's date), the deadline the law would have set, the new one, the reason and the legal basis.
 */
export interface TrackedCustomDeadline {
  setOn: string;
  statutoryDueOn: string;
  dueOn: string;
  reason: string;
  legalBasis: string;
}

export interface TrackStep {
  at: string;
  label: string;
  /** On the step that fixed a 条例第三十五条 later deadline. */
  customDeadline?: TrackedCustomDeadline;
}

const publicEventLabels: Record<string, string> = {
  submit: '网上提交申请',
  register: '登记申请',
  confirm_receipt: '确认收到申请',
  start_handling: '开始办理',
  request_correction: '发出补正告知',
  receive_correction: '收到补正材料',
  start_consultation: '征求意见',
  conclude_consultation: '征求意见结束',
  approve_extension: '延长答复期限',
  // 条例第三十五条: told to the applicant by the 延迟答复告知书, so shown with what that letter says.
  set_custom_deadline: '确定延迟答复期限（条例第三十五条）',
  issue_fee_notice: '发出收费通知',
  record_payment: '收到缴费',
  reply: '作出答复',
  deliver: '答复已送达',
  withdraw: '申请已撤回',
};

async function trackedCase(deps: ApplicationsDeps, applicationNumber: string, queryCode: string): Promise<{ row: repo.ApplicationRow; agency: Agency }> {
  const row = await repo.getApplicationByNumber(deps.ctx.db, applicationNumber.trim());
  // Same message whether the number or the code is wrong: the number alone must reveal nothing.
  const notFound = new NotFoundError('申请编号或查询码不正确，请核对回执上的申请编号和查询码。');
  if (!row || row.query_code_hash !== hashQueryCode(queryCode)) throw notFound;
  const agency = await findAgencyById(deps.ctx.db, row.agency_id);
  if (!agency) throw notFound;
  return { row, agency };
}

/** The applicant follows the case with number + query code; no personal data, no internal notes. */
export async function trackApplication(deps: ApplicationsDeps, applicationNumber: string, queryCode: string): Promise<TrackView> {
  const { row, agency } = await trackedCase(deps, applicationNumber, queryCode);
  const records = await repo.clockRecords(deps.ctx.db, agency.id, [row.id]);
  const clock = caseClock(deps.calendar, factsOf(row, records), today(deps.ctx));
  const events = await repo.listEvents(deps.ctx.db, agency.id, row.id);
  const answered = row.status === 'replied' || row.status === 'delivered';
  const reply = answered ? await repo.getReply(deps.ctx.db, agency.id, row.id) : undefined;
  const letterReady = reply !== undefined && letterProblems(storedReplyLetter(agency, row, reply)).length === 0;
  const custom = row.custom_due_on ? await repo.getCustomDeadline(deps.ctx.db, agency.id, row.id) : undefined;
  // Only what the 延迟答复告知书 tells the applicant; who fixed it and any note of staff stay inside.
  const customDeadline: TrackedCustomDeadline | null = custom
    ? { setOn: custom.set_on, statutoryDueOn: custom.statutory_due_on, dueOn: custom.due_on, reason: custom.reason, legalBasis: custom.legal_basis }
    : null;
  return {
    applicationNumber: row.application_number,
    agencyName: agency.name,
    status: row.status as ApplicationStatus,
    statusLabel: statusLabels[row.status as ApplicationStatus],
    arrivedOn: row.arrived_on,
    receivedOn: row.received_on,
    dueOn: clock.finalDueOn,
    decidedOn: row.decided_on,
    hasReplyLetter: letterReady,
    replyLetterHeld: reply !== undefined && !letterReady,
    replyFiles: (row.status === 'replied' || row.status === 'delivered' ? await repo.listAttachments(deps.ctx.db, agency.id, row.id) : [])
      .filter((f) => f.kind === REPLY_FILE_KIND)
      .map((f) => ({ id: f.id, fileName: f.original_name, sizeBytes: Number(f.size_bytes) })),
    customDeadline,
    steps: events
      .filter((e) => publicEventLabels[e.event])
      .map((e): TrackStep => {
        const step = { at: e.occurred_at, label: publicEventLabels[e.event]! };
        return e.event === 'set_custom_deadline' && customDeadline ? { ...step, customDeadline } : step;
      }),
  };
}

/**
 * A file of the information provided (条例第四十条：依申请人要求的形式提供), for the applicant who shows the
 * application number and query code. Audited like a staff download: the file may hold personal data of
 * the applicant themself.
 */
export async function replyFileForApplicant(deps: ApplicationsDeps, applicationNumber: string, queryCode: string, fileId: string) {
  const { row, agency } = await trackedCase(deps, applicationNumber, queryCode);
  const file = row.status === 'replied' || row.status === 'delivered' ? await repo.getAttachment(deps.ctx.db, agency.id, fileId) : undefined;
  if (!file || file.application_id !== row.id || file.kind !== REPLY_FILE_KIND) throw new NotFoundError('文件不存在。');
  const data = await readReplyFile(deps.dataDir, file.stored_name);
  await recordAudit(deps.ctx.db, deps.ctx, SYSTEM_ACTOR, {
    action: 'application.reply_file_download_by_applicant',
    objectType: 'application',
    objectId: row.id,
    agencyId: agency.id,
    summary: `${row.application_number}：申请人凭查询码下载答复提供的文件“${file.original_name}”`,
    after: { fileId, sha256: file.sha256 },
  });
  return { file, data };
}

export async function replyLetterForApplicant(deps: ApplicationsDeps, applicationNumber: string, queryCode: string): Promise<RenderedLetter> {
  const { row, agency } = await trackedCase(deps, applicationNumber, queryCode);
  const reply = await repo.getReply(deps.ctx.db, agency.id, row.id);
  if (!reply) throw new NotFoundError('本申请尚未作出答复，答复后可在此下载答复书。');
  const letter = storedReplyLetter(agency, row, reply);
  // Never a letter with a blank or a note to staff, whatever is stored (issue 11 item 1).
  if (letterProblems(letter).length > 0) throw new NotFoundError(REPLY_LETTER_HELD);
  return letter;
}

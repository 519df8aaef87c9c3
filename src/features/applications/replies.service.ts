// The reply (条例第三十六至三十九条), its delivery, and the applicant's withdrawal.
import { removingFilesOnFailure } from '../../platform/files-on-failure.ts';
import { paymentDueOn } from '../../law/fees.ts';
import type { LocalDate } from '../../law/local-date.ts';
import { outcomeRowFor, remedyStatement, replyTypeDefinition, type RemedyAuthorities, type ReplyType } from '../../law/replies.ts';
import { ValidationError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import * as repo from './applications.repository.ts';
import { deliverySchema, replySchema, withdrawSchema } from './applications.schemas.ts';
import { step } from './case-step.ts';
import { letterProblems, type LetterProblem } from './domain/letter-check.ts';
import { chineseDate, renderLetter, type LetterValues, type RenderedLetter } from './domain/notice-letters.ts';
import { isOutcomeCode, type OutcomeCode } from './domain/outcomes.ts';
import { outcomeNotAllowedReason, type ApplicationStatus } from './domain/workflow.ts';
import { legalBasisWithGrounds, refusalReasonsText, secondaryOutcomes, withheldPartsText } from './domain/withholding.ts';
import { LetterNotReadyError, letterValues, storedReplyLetter, templateFor } from './letters.service.ts';
import { authoritiesFrom, effectiveRemedy } from './remedy-settings.service.ts';
import type { UploadedFile } from './applications.files.ts';
import { publishableOutcomes } from './publication.service.ts';
import { attachmentsParagraph, checkReplyFiles, REPLY_FILES_FIELD, storeReplyFiles } from './reply-files.ts';
import { actorId, authorizeOn, loadCase, nowText, parse, type ApplicationsDeps } from './service-support.ts';
import type { Executor } from '../../platform/service-context.ts';
import type { Agency } from '../agencies/domain/agency.ts';

type ReplyInput = ReturnType<typeof replySchema.parse>;

/** The 答复书 exactly as it will be stored and sent, and what would stop it going out (domain/letter-check.ts). */
export interface DraftedReply {
  readonly letter: RenderedLetter;
  readonly problems: readonly LetterProblem[];
  readonly outcome: OutcomeCode;
  readonly legalBasis: string;
  readonly letterNumber: string;
  readonly body: string;
}

/**
 * Checks a reply's input against the case and drafts its letter — the one renderer behind both the
 * preview and the issued reply. Every refusal is a ValidationError on the field to change.
 */
async function draftReply(deps: ApplicationsDeps, tx: Executor, agency: Agency, row: repo.ApplicationRow, data: ReplyInput, fileNames: readonly string[], authorities: RemedyAuthorities): Promise<DraftedReply> {
  const definition = replyTypeDefinition(data.replyType as ReplyType);
  const outcome = outcomeRowFor(definition.id, 'gov_2021');
  if (!isOutcomeCode(outcome)) throw new Error(`law mapped ${definition.id} to unknown row ${outcome}`);
  // 部分公开 gives its reasons part by part (条例第三十七条); every other reply that must give reasons
  // states the principal one in “理由”, further grounds of a refusal go in the table.
  if (definition.reason === 'required' && !data.reasons && !(outcome === 'outcomes.partially_granted' && data.withheld.length > 0)) {
    throw new ValidationError({ reasons: `“${definition.name}”必须说明理由（${definition.basis}）` });
  }
  if (fileNames.length > 0 && !publishableOutcomes.includes(outcome)) {
    throw new ValidationError({ [REPLY_FILES_FIELD]: `“${definition.name}”不提供信息，不能附上文件；只有予以公开或部分公开的答复才附上所提供信息的文件。` });
  }
  const reason = outcomeNotAllowedReason(row.status as ApplicationStatus, outcome);
  if (reason) throw new ValidationError({ replyType: reason });
  if (row.received_on && data.decidedOn < row.received_on) throw new ValidationError({ decidedOn: '答复日期不能早于收到申请之日' });
  const remedy = remedyStatement(definition.id, authorities);
  const values: LetterValues = {
    ...(await letterValues(tx, agency, row)),
    reasons: outcome === 'outcomes.partially_granted' ? (data.reasons ?? '') : refusalReasonsText(data.reasons ?? '', data.withheld),
    legalBasis: data.legalBasis ?? legalBasisWithGrounds(outcome, data.withheld),
    withheldParts: withheldPartsText(data.withheld),
    // The files themselves are the information provided (条例第四十条): the letter points to its 附件.
    provided: data.provided ?? (fileNames.length > 0 ? '见附件' : ''),
    remedy,
    date: chineseDate(data.decidedOn),
  };
  const { corrections, fees } = await repo.clockRecords(tx, agency.id, [row.id]);
  if (corrections[0]) values.correctionDueOn = chineseDate(corrections[0].correction_due_on);
  // 条例第三十条、国办函〔2020〕109号：“视为放弃申请” only once the applicant's own deadline has passed.
  if (outcome === 'outcomes.other_handling.correction_overdue' && corrections[0] && data.decidedOn <= corrections[0].correction_due_on) {
    throw new ValidationError({ decidedOn: `补正期限至${corrections[0].correction_due_on}，期限届满后才能按逾期不补正处理。` });
  }
  const fee = fees.at(-1);
  if (outcome === 'outcomes.other_handling.fee_unpaid_overdue' && fee) {
    const due = paymentDueOn(deps.calendar, (fee.notice_received_on ?? fee.notice_sent_on) as LocalDate).date;
    if (data.decidedOn <= due) throw new ValidationError({ decidedOn: `缴费期限至${due}，期限届满后才能按逾期未缴费处理。` });
  }
  const rendered = renderLetter(await templateFor(tx, agency.id, `reply:${outcome}`), values);
  const letterNumber = `〔${data.decidedOn.slice(0, 4)}〕第${row.sequence}号`;
  const attached = attachmentsParagraph(fileNames);
  const text = data.letterBody ?? rendered.paragraphs.join('\n\n');
  const body = attached ? `${text}\n\n${attached}` : text;
  const letter = storedReplyLetter(agency, row, { letter_body: body, letter_number: letterNumber, decided_on: data.decidedOn });
  return { letter, problems: letterProblems(letter), outcome, legalBasis: values.legalBasis!, letterNumber, body };
}

/**
 * The 答复书 a reply form would issue, without issuing it: the same draft as replyToApplication, so what
 * staff preview is what goes out. The files are only named (as the letter's 附件), never stored.
 */
export async function previewReply(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown, files: readonly UploadedFile[] = []): Promise<DraftedReply> {
  const { ctx } = deps;
  const data = parse(replySchema, input);
  const agency = await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const checkedFiles = checkReplyFiles(files);
  const row = await loadCase(ctx.db, agencyId, id);
  return draftReply(deps, ctx.db, agency, row, data, checkedFiles.map((f) => f.fileName), authoritiesFrom(await effectiveRemedy(ctx, agencyId)));
}

/**
 * 条例第三十六至三十九条：作出答复. The reply type decides the outcome (its table 三 row, through law's
 * mapping), the legal basis and the remedy statement; the letter is generated from the agency's template
 * unless the clerk edited the text. Reasons are required where the law requires them. A reply that provides
 * the information (予以公开 / 部分公开) may carry its files: stored with the reply, listed in the 答复书 as
 * 附件, and copied to the draft when the case is turned into 主动公开 (条例第四十四条). A letter with a
 * blank, a placeholder or a note to staff left in it is refused (LetterNotReadyError) and nothing is stored.
 */
export async function replyToApplication(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown, files: readonly UploadedFile[] = []): Promise<void> {
  const { ctx } = deps;
  const data = parse(replySchema, input);
  const agency = await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const checkedFiles = checkReplyFiles(files);
  const definition = replyTypeDefinition(data.replyType as ReplyType);
  const outcome = outcomeRowFor(definition.id, 'gov_2021');
  const authorities = authoritiesFrom(await effectiveRemedy(ctx, agencyId));
  // The files are written inside the transaction (after every check); if it fails they are removed.
  const written: string[] = [];
  await removingFilesOnFailure(written, () =>
    step(deps, actor, 'application.handle', agencyId, id, {
      event: data.replyType === 'withdrawn' ? 'withdraw' : 'reply',
      detail: { replyType: data.replyType, outcome, decidedOn: data.decidedOn, withheld: data.withheld.map((w) => w.ground), files: checkedFiles.map((f) => f.fileName) },
      summary: `作出答复：${definition.name}`,
      patch: { outcome, decided_on: data.decidedOn },
      records: async (tx, row) => {
        const draft = await draftReply(deps, tx, agency, row, data, checkedFiles.map((f) => f.fileName), authorities);
        // 条例第三十六条 and issue 11: a letter with a blank or a note to staff never goes out.
        if (draft.problems.length > 0) throw new LetterNotReadyError(draft.problems);
        // Stored only once every check above passed; the 答复书 names them as its 附件.
        await storeReplyFiles(tx, ctx, deps.dataDir, actor, agencyId, id, checkedFiles, written);
        await repo.insertReply(tx, {
          application_id: id,
          agency_id: agencyId,
          reply_type: data.replyType,
          outcome: draft.outcome,
          letter_number: draft.letterNumber,
          reasons: data.reasons ?? '',
          legal_basis: draft.legalBasis,
          withheld_parts: data.withheld.length > 0 ? JSON.stringify(data.withheld) : null,
          secondary_grounds: data.withheld.length > 0 ? JSON.stringify(secondaryOutcomes(draft.outcome, data.withheld)) : null,
          provided: data.provided ?? null,
          letter_body: draft.body,
          decided_on: data.decidedOn,
          decided_by: actorId(actor),
          created_at: nowText(ctx),
        });
      },
    }),
  );
}

export async function recordDelivery(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(deliverySchema, input);
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'deliver',
    detail: { method: data.method, deliveredOn: data.deliveredOn },
    summary: `登记送达（${data.deliveredOn}）`,
    patch: { delivered_on: data.deliveredOn },
    records: async (tx, row) => {
      if (row.decided_on && data.deliveredOn < row.decided_on) throw new ValidationError({ deliveredOn: '送达日期不能早于答复日期' });
      await repo.insertDelivery(tx, {
        application_id: id,
        agency_id: agencyId,
        method: data.method,
        delivered_on: data.deliveredOn,
        proof: data.proof ?? null,
        recorded_by: actorId(actor),
        created_at: nowText(deps.ctx),
      });
    },
  });
}

/** The applicant withdraws: counted in table 三 under （六）其他处理 3.其他 (spec §6, practice). */
export async function withdrawApplication(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown): Promise<void> {
  const data = parse(withdrawSchema, input);
  await step(deps, actor, 'application.handle', agencyId, id, {
    event: 'withdraw',
    detail: { withdrawnOn: data.withdrawnOn, note: data.note ?? null },
    summary: `申请人撤回申请（${data.withdrawnOn}）`,
    patch: { outcome: 'outcomes.other_handling.other', decided_on: data.withdrawnOn },
  });
}

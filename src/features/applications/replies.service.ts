// The reply (条例第三十六至三十九条), its delivery, and the applicant's withdrawal.
import { removingFilesOnFailure } from '../../platform/files-on-failure.ts';
import { paymentDueOn } from '../../law/fees.ts';
import type { LocalDate } from '../../law/local-date.ts';
import { outcomeRowFor, remedyStatement, replyTypeDefinition, type ReplyType } from '../../law/replies.ts';
import { ValidationError } from '../../platform/errors.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import * as repo from './applications.repository.ts';
import { deliverySchema, replySchema, withdrawSchema } from './applications.schemas.ts';
import { step } from './case-step.ts';
import { chineseDate, renderLetter, type LetterValues } from './domain/notice-letters.ts';
import { isOutcomeCode } from './domain/outcomes.ts';
import { outcomeNotAllowedReason, type ApplicationStatus } from './domain/workflow.ts';
import { legalBasisWithGrounds, refusalReasonsText, secondaryOutcomes, withheldPartsText } from './domain/withholding.ts';
import { letterValues, templateFor } from './letters.service.ts';
import { authoritiesFrom, effectiveRemedy } from './remedy-settings.service.ts';
import type { UploadedFile } from './applications.files.ts';
import { publishableOutcomes } from './publication.service.ts';
import { attachmentsParagraph, checkReplyFiles, REPLY_FILES_FIELD, storeReplyFiles } from './reply-files.ts';
import { actorId, authorizeOn, nowText, parse, type ApplicationsDeps } from './service-support.ts';

/**
 * 条例第三十六至三十九条：作出答复. The reply type decides the outcome (its table 三 row, through law's
 * mapping), the legal basis and the remedy statement; the letter is generated from the agency's template
 * unless the clerk edited the text. Reasons are required where the law requires them. A reply that provides
 * the information (予以公开 / 部分公开) may carry its files: stored with the reply, listed in the 答复书 as
 * 附件, and copied to the draft when the case is turned into 主动公开 (条例第四十四条).
 */
export async function replyToApplication(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, input: unknown, files: readonly UploadedFile[] = []): Promise<void> {
  const { ctx } = deps;
  const data = parse(replySchema, input);
  const agency = await authorizeOn(ctx, actor, 'application.handle', agencyId);
  const definition = replyTypeDefinition(data.replyType as ReplyType);
  const outcome = outcomeRowFor(definition.id, 'gov_2021');
  if (!isOutcomeCode(outcome)) throw new Error(`law mapped ${definition.id} to unknown row ${outcome}`);
  // 部分公开 gives its reasons part by part (条例第三十七条); every other reply that must give reasons
  // states the principal one in “理由”, further grounds of a refusal go in the table.
  if (definition.reason === 'required' && !data.reasons && !(outcome === 'outcomes.partially_granted' && data.withheld.length > 0)) {
    throw new ValidationError({ reasons: `“${definition.name}”必须说明理由（${definition.basis}）` });
  }
  const checkedFiles = checkReplyFiles(files);
  if (checkedFiles.length > 0 && !publishableOutcomes.includes(outcome)) {
    throw new ValidationError({ [REPLY_FILES_FIELD]: `“${definition.name}”不提供信息，不能附上文件；只有予以公开或部分公开的答复才附上所提供信息的文件。` });
  }
  const remedy = remedyStatement(definition.id, authoritiesFrom(await effectiveRemedy(ctx, agencyId)));
  // The files are written inside the transaction (after every check); if it fails they are removed.
  const written: string[] = [];
  await removingFilesOnFailure(written, () =>
    step(deps, actor, 'application.handle', agencyId, id, {
      event: data.replyType === 'withdrawn' ? 'withdraw' : 'reply',
      detail: { replyType: data.replyType, outcome, decidedOn: data.decidedOn, withheld: data.withheld.map((w) => w.ground), files: checkedFiles.map((f) => f.fileName) },
      summary: `作出答复：${definition.name}`,
      patch: { outcome, decided_on: data.decidedOn },
      records: async (tx, row) => {
        const reason = outcomeNotAllowedReason(row.status as ApplicationStatus, outcome);
        if (reason) throw new ValidationError({ replyType: reason });
        if (row.received_on && data.decidedOn < row.received_on) throw new ValidationError({ decidedOn: '答复日期不能早于收到申请之日' });
        const values: LetterValues = {
          ...(await letterValues(tx, agency, row)),
          reasons: outcome === 'outcomes.partially_granted' ? (data.reasons ?? '') : refusalReasonsText(data.reasons ?? '', data.withheld),
          legalBasis: data.legalBasis ?? legalBasisWithGrounds(outcome, data.withheld),
          withheldParts: withheldPartsText(data.withheld),
          provided: data.provided ?? '',
          remedy,
          date: chineseDate(data.decidedOn),
        };
        const { corrections, fees } = await repo.clockRecords(tx, agencyId, [id]);
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
        const letter = renderLetter(await templateFor(tx, agencyId, `reply:${outcome}`), values);
        const letterNumber = `〔${data.decidedOn.slice(0, 4)}〕第${row.sequence}号`;
        // Stored only once every check above passed; the 答复书 names them as its 附件.
        const stored = await storeReplyFiles(tx, ctx, deps.dataDir, actor, agencyId, id, checkedFiles, written);
        const attached = attachmentsParagraph(stored.map((f) => f.fileName));
        const body = data.letterBody ?? letter.paragraphs.join('\n\n');
        await repo.insertReply(tx, {
          application_id: id,
          agency_id: agencyId,
          reply_type: data.replyType,
          outcome,
          letter_number: letterNumber,
          reasons: data.reasons ?? '',
          legal_basis: values.legalBasis!,
          withheld_parts: data.withheld.length > 0 ? JSON.stringify(data.withheld) : null,
          secondary_grounds: data.withheld.length > 0 ? JSON.stringify(secondaryOutcomes(outcome, data.withheld)) : null,
          provided: data.provided ?? null,
          letter_body: attached ? `${body}\n\n${attached}` : body,
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

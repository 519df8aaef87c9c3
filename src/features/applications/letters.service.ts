// Notice letters (告知书) of a case: the values they are filled with, the agency's template for each kind,
// and the letter staff print or download. The reply letter is stored as sent; the others are rendered.
import { assessPerApplication, assessPerVolume, formatYuan, paymentDueOn } from '../../law/fees.ts';
import type { LocalDate } from '../../law/local-date.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/service-context.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import * as repo from './applications.repository.ts';
import {
  chineseDate,
  defaultTemplate,
  renderLetter,
  type LetterTemplate,
  type LetterValues,
  type RenderedLetter,
  type TemplateKey,
} from './domain/notice-letters.ts';
import { authorizeOn, caseClockFor, loadCase, today, type ApplicationsDeps } from './service-support.ts';

export async function templateFor(db: Executor, agencyId: string, key: TemplateKey): Promise<LetterTemplate> {
  const saved = await repo.getTemplate(db, agencyId, key);
  return saved ? { title: saved.title, body: saved.body } : defaultTemplate(key);
}

export async function letterValues(db: Executor, agency: Agency, row: repo.ApplicationRow): Promise<LetterValues> {
  const applicant = await repo.getApplicant(db, agency.id, row.id);
  return {
    agencyName: agency.name,
    applicantName: applicant?.name ?? '',
    applicationNumber: row.application_number,
    receivedOn: row.received_on ? chineseDate(row.received_on) : '',
    description: row.description,
  };
}

/** The reply letter as stored (its text is what was sent), ready for HTML or Word. */
export function storedReplyLetter(agency: Agency, row: repo.ApplicationRow, reply: repo.ReplyRow): RenderedLetter {
  return {
    title: `${agency.name}政府信息公开申请答复书`,
    paragraphs: reply.letter_body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== ''),
    agencyName: agency.name,
    letterNumber: reply.letter_number,
    date: chineseDate(reply.decided_on),
  };
}

export type LetterKindRequest = 'reply' | 'correction' | 'extension' | 'custom_deadline' | 'consultation' | 'fee';

/** A notice letter of a case for staff (printable HTML or Word). */
export async function caseLetter(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, kind: LetterKindRequest, consultationId?: string): Promise<RenderedLetter> {
  const { ctx } = deps;
  const agency = await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const row = await loadCase(ctx.db, agencyId, id);
  if (kind === 'reply') {
    const reply = await repo.getReply(ctx.db, agencyId, id);
    if (!reply) throw new NotFoundError('本申请尚未作出答复。');
    return storedReplyLetter(agency, row, reply);
  }
  const values = await letterValues(ctx.db, agency, row);
  const { clock, records, customDeadline } = await caseClockFor(deps, agencyId, id, today(ctx));
  values.date = chineseDate(today(ctx));
  if (kind === 'correction') {
    const c = records.corrections[0];
    if (!c) throw new NotFoundError('本申请没有补正告知。');
    Object.assign(values, { correctionItems: c.items, correctionDueOn: chineseDate(c.requested_on === c.correction_due_on ? c.correction_due_on : c.correction_due_on), date: chineseDate(c.requested_on) });
  } else if (kind === 'extension') {
    const e = records.extensions[0];
    if (!e) throw new NotFoundError('本申请没有延期记录。');
    Object.assign(values, { extensionReason: e.reason, extendedDueOn: clock.finalDueOn ? chineseDate(clock.finalDueOn) : '', date: chineseDate(e.approved_on) });
  } else if (kind === 'custom_deadline') {
    // 条例第三十五条：告知申请人延迟答复的合理期限.
    if (!customDeadline) throw new NotFoundError('本申请没有确定延迟答复期限。');
    Object.assign(values, {
      statutoryDueOn: chineseDate(customDeadline.statutory_due_on),
      customDueOn: chineseDate(customDeadline.due_on),
      customDeadlineReason: customDeadline.reason.replace(/[。；;.\s]+$/u, ''),
      legalBasis: customDeadline.legal_basis,
      date: chineseDate(customDeadline.set_on),
    });
  } else if (kind === 'consultation') {
    const c = records.consultations.find((x) => x.id === consultationId) ?? records.consultations[0];
    if (!c) throw new NotFoundError('本申请没有征求意见记录。');
    const received = (c.party_received_on ?? c.dispatched_on) as LocalDate;
    Object.assign(values, { partyName: c.party_name, consultationDueOn: chineseDate(deps.calendar.addWorkingDays(received, 15).date), date: chineseDate(c.dispatched_on) });
  } else {
    const f = records.fees.at(-1);
    if (!f) throw new NotFoundError('本申请没有收费通知。');
    const assessment = f.method === 'per_application' ? assessPerApplication(f.month_ordinal ?? 1) : assessPerVolume(f.pages ?? 1);
    const due = paymentDueOn(deps.calendar, (f.notice_received_on ?? f.notice_sent_on) as LocalDate).date;
    Object.assign(values, { feeAmount: formatYuan(f.amount_fen), feeBasis: assessment.standard, paymentDueOn: chineseDate(due), date: chineseDate(f.notice_sent_on) });
  }
  return renderLetter(await templateFor(ctx.db, agencyId, kind), values);
}

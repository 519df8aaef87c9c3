// Notice letters (告知书) of a case: the values they are filled with, the agency's template for each kind,
// and the letter staff print or download. The reply letter is stored as sent; the others are rendered.
import { assessPerApplication, assessPerVolume, formatYuan, paymentDueOn } from '../../law/fees.ts';
import type { LocalDate } from '../../law/local-date.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { Executor } from '../../platform/service-context.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import * as repo from './applications.repository.ts';
import { letterProblems, letterProblemsText, type LetterProblem } from './domain/letter-check.ts';
import {
  chineseDate,
  defaultTemplate,
  renderLetter,
  type LetterTemplate,
  type LetterValues,
  type RenderedLetter,
  type TemplateKey,
} from './domain/notice-letters.ts';
import { remedyProblems } from './remedy-settings.service.ts';
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

/**
 * A letter that must not go out (issue 11 item 1): a blank, a placeholder or a note to staff is left in it.
 * Carries the letter (for the staff's preview) and what is missing, each with where it is filled in.
 */
export class LetterNotReadyError extends ValidationError {
  readonly problems: readonly LetterProblem[];
  readonly letter: RenderedLetter | undefined;
  constructor(problems: readonly LetterProblem[], letter?: RenderedLetter) {
    super({ letter: letterProblemsText(problems) });
    this.name = 'LetterNotReadyError';
    this.problems = problems;
    this.letter = letter;
  }
}

/** The letter, if it may go out; LetterNotReadyError otherwise. Every print page and download passes here. */
export function releasable(letter: RenderedLetter): RenderedLetter {
  const problems = letterProblems(letter);
  if (problems.length > 0) throw new LetterNotReadyError(problems, letter);
  return letter;
}

/** The reply letter as stored (its text is what was sent), ready for HTML or Word. */
export function storedReplyLetter(agency: Agency, row: repo.ApplicationRow, reply: Pick<repo.ReplyRow, 'letter_body' | 'letter_number' | 'decided_on'>): RenderedLetter {
  return {
    title: `${agency.name}政府信息公开申请答复书`,
    paragraphs: reply.letter_body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== ''),
    agencyName: agency.name,
    letterNumber: reply.letter_number,
    date: chineseDate(reply.decided_on),
  };
}

export type LetterKindRequest = 'reply' | 'correction' | 'extension' | 'custom_deadline' | 'consultation' | 'fee';

/** A notice letter of a case for staff (printable HTML or Word); refused (LetterNotReadyError) while anything is missing. */
export async function caseLetter(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, kind: LetterKindRequest, consultationId?: string): Promise<RenderedLetter> {
  const { ctx } = deps;
  const agency = await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const row = await loadCase(ctx.db, agencyId, id);
  if (kind === 'reply') {
    const reply = await repo.getReply(ctx.db, agencyId, id);
    if (!reply) throw new NotFoundError('本申请尚未作出答复。');
    return releasable(storedReplyLetter(agency, row, reply));
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
  return releasable(renderLetter(await templateFor(ctx.db, agencyId, kind), values));
}

/** The letters a case has, each with what still stops it going out (empty: it may be printed and sent). */
export interface CaseLetterState {
  readonly kind: LetterKindRequest;
  readonly problems: readonly LetterProblem[];
}

/** Which letters a case has (from its records), for the case page's 告知书 list. */
export function caseLetterKinds(records: { reply: boolean; correction: boolean; extension: boolean; customDeadline: boolean; consultations: number; fees: number }): LetterKindRequest[] {
  const kinds: LetterKindRequest[] = [];
  if (records.reply) kinds.push('reply');
  if (records.correction) kinds.push('correction');
  if (records.extension) kinds.push('extension');
  if (records.customDeadline) kinds.push('custom_deadline');
  if (records.consultations > 0) kinds.push('consultation');
  if (records.fees > 0) kinds.push('fee');
  return kinds;
}

/** Each of the case's letters through the same check as its print page and download. */
export async function caseLetterStates(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, kinds: readonly LetterKindRequest[]): Promise<CaseLetterState[]> {
  const out: CaseLetterState[] = [];
  for (const kind of kinds) {
    try {
      await caseLetter(deps, actor, agencyId, id, kind);
      out.push({ kind, problems: [] });
    } catch (error) {
      if (!(error instanceof LetterNotReadyError)) throw error;
      out.push({ kind, problems: error.problems });
    }
  }
  return out;
}

export interface CaseLetterReadiness {
  readonly letters: readonly CaseLetterState[];
  /** What would stop any reply letter of this case today (救济途径设置 not filled in); empty when none. */
  readonly replyBlockers: readonly LetterProblem[];
}

/** The case page's letter gate: each existing letter checked, and what blocks a reply before it is typed. */
export async function caseLetterReadiness(deps: ApplicationsDeps, actor: Actor, agencyId: string, id: string, kinds: readonly LetterKindRequest[]): Promise<CaseLetterReadiness> {
  await authorizeOn(deps.ctx, actor, 'agency.read', agencyId);
  const [letters, replyBlockers] = await Promise.all([caseLetterStates(deps, actor, agencyId, id, kinds), remedyProblems(deps.ctx, agencyId)]);
  return { letters, replyBlockers };
}

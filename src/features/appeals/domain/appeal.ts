// A challenge to the agency's disclosure work (行政复议 or 行政诉讼) as the annual report's table 四 sees it: the
// kinds ARE table 四's block ids and the results ARE its column ids (DESIGN §1), so the table of a year is a
// count, never a retyping. Pure.
import type { ReconsiderationProcedure } from '../../../law/appeal-deadlines.ts';
import type { LocalDate } from '../../../law/local-date.ts';

export const APPEAL_KINDS = ['administrative_reconsideration', 'litigation_direct', 'litigation_after_reconsideration'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

export const appealKindLabels: Readonly<Record<AppealKind, string>> = {
  administrative_reconsideration: '行政复议',
  litigation_direct: '行政诉讼（未经复议直接起诉）',
  litigation_after_reconsideration: '行政诉讼（复议后起诉）',
};

/** How a concluded case ended; an open case has none and counts as 尚未审结. */
export const APPEAL_RESULTS = ['upheld', 'corrected', 'other_result'] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

// Spec §4 (README U15): 结果纠正 covers 撤销、变更、确认违法、确认无效、责令履行; 其他结果 covers 驳回、终止、撤回、调解.
export const appealResultLabels: Readonly<Record<AppealResult, string>> = {
  upheld: '结果维持',
  corrected: '结果纠正（撤销、变更、确认违法或无效、责令履行等）',
  other_result: '其他结果（驳回、终止、撤回、调解结案等）',
};

export function isLitigation(kind: AppealKind): boolean {
  return kind !== 'administrative_reconsideration';
}

/** Who decides: the 行政复议机关 or the court. */
export function bodyLabel(kind: AppealKind): string {
  return isLitigation(kind) ? '受理法院' : '行政复议机关';
}

/** What the agency receives and answers: the copy of the application, or the complaint. */
export function receivedLabel(kind: AppealKind): string {
  return isLitigation(kind) ? '收到起诉状副本日期' : '收到行政复议申请书副本日期';
}

export function answerLabel(kind: AppealKind): string {
  return isLitigation(kind) ? '答辩状' : '书面答复';
}

/** What the table of a year needs of a case. */
export interface AppealFacts {
  readonly kind: AppealKind;
  /** The day the 复议 was applied for / the suit was filed (as the 受理通知 or 起诉状 says). */
  readonly filedOn: LocalDate;
  readonly concludedOn: LocalDate | null;
  readonly result: AppealResult | null;
}

export interface AppealRecordFacts extends AppealFacts {
  readonly procedure: ReconsiderationProcedure | null;
  readonly receivedOn: LocalDate | null;
  readonly answeredOn: LocalDate | null;
}

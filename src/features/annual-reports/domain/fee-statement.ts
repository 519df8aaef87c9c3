// Section 六's statement of 信息处理费, drafted from the year's fee notices (国办函〔2020〕109号《政府信息公开
// 信息处理费管理办法》; annual-report-format.md §6: the position is stated every year, even when nothing was
// charged). Pure: the caller counts the notices. Money is in 分 (DESIGN §4).

export interface FeeSummary {
  /** 收费通知 sent in the year. */
  readonly notices: number;
  /** Sum of the amounts the notices demanded, 分. */
  readonly demandedFen: number;
  /** Notices paid. */
  readonly paidNotices: number;
  /** Sum actually collected, 分. */
  readonly collectedFen: number;
}

/** "1234" 分 → "12.34元"; whole yuan without decimals ("300元"). */
export function yuanText(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = Math.abs(fen % 100);
  return rest === 0 ? `${yuan}元` : `${yuan}.${String(rest).padStart(2, '0')}元`;
}

export function feeStatement(year: number, fees: FeeSummary): string {
  if (fees.notices === 0) {
    return `${year}年度，本机关未发出信息处理费收费通知，未收取信息处理费。`;
  }
  const collected =
    fees.paidNotices === 0
      ? '申请人均未缴费，未实际收取信息处理费'
      : `申请人按通知缴费${fees.paidNotices}件，实际收取信息处理费${yuanText(fees.collectedFen)}`;
  return `${year}年度，本机关依照《政府信息公开信息处理费管理办法》发出信息处理费收费通知${fees.notices}件，通知收费金额合计${yuanText(fees.demandedFen)}；${collected}。`;
}

// 办理结果 — an application's outcome code IS its row id in 年报格式表三 (gov_2021), so the
// annual report counts outcomes without any mapping table. Ids follow report-format.json.

export const outcomeCodes = [
  'outcomes.granted',
  'outcomes.partially_granted',
  'outcomes.withheld.state_secret',
  'outcomes.withheld.prohibited_by_laws',
  'outcomes.withheld.endangers_security_stability',
  'outcomes.withheld.third_party_rights',
  'outcomes.withheld.internal_affairs',
  'outcomes.withheld.process_information',
  'outcomes.withheld.law_enforcement_files',
  'outcomes.withheld.administrative_inquiry',
  'outcomes.unable_to_provide.not_held',
  'outcomes.unable_to_provide.requires_creation',
  'outcomes.unable_to_provide.still_unclear_after_correction',
  'outcomes.not_processed.petition_complaint_report',
  'outcomes.not_processed.repeated_application',
  'outcomes.not_processed.public_publication',
  'outcomes.not_processed.excessive_without_reason',
  'outcomes.not_processed.confirm_or_reissue',
  'outcomes.other_handling.correction_overdue',
  'outcomes.other_handling.fee_unpaid_overdue',
  'outcomes.other_handling.other',
] as const;

export type OutcomeCode = (typeof outcomeCodes)[number];

export function isOutcomeCode(value: string): value is OutcomeCode {
  return (outcomeCodes as readonly string[]).includes(value);
}

/** Short labels for staff screens; the report itself prints the format's exact labels. */
export const outcomeLabels: Record<OutcomeCode, string> = {
  'outcomes.granted': '予以公开',
  'outcomes.partially_granted': '部分公开',
  'outcomes.withheld.state_secret': '不予公开：属于国家秘密',
  'outcomes.withheld.prohibited_by_laws': '不予公开：其他法律行政法规禁止公开',
  'outcomes.withheld.endangers_security_stability': '不予公开：危及“三安全一稳定”',
  'outcomes.withheld.third_party_rights': '不予公开：保护第三方合法权益',
  'outcomes.withheld.internal_affairs': '不予公开：属于三类内部事务信息',
  'outcomes.withheld.process_information': '不予公开：属于四类过程性信息',
  'outcomes.withheld.law_enforcement_files': '不予公开：属于行政执法案卷',
  'outcomes.withheld.administrative_inquiry': '不予公开：属于行政查询事项',
  'outcomes.unable_to_provide.not_held': '无法提供：本机关不掌握相关政府信息',
  'outcomes.unable_to_provide.requires_creation': '无法提供：没有现成信息需要另行制作',
  'outcomes.unable_to_provide.still_unclear_after_correction': '无法提供：补正后申请内容仍不明确',
  'outcomes.not_processed.petition_complaint_report': '不予处理：信访举报投诉类申请',
  'outcomes.not_processed.repeated_application': '不予处理：重复申请',
  'outcomes.not_processed.public_publication': '不予处理：要求提供公开出版物',
  'outcomes.not_processed.excessive_without_reason': '不予处理：无正当理由大量反复申请',
  'outcomes.not_processed.confirm_or_reissue': '不予处理：要求行政机关确认或重新出具已获取信息',
  'outcomes.other_handling.correction_overdue': '其他处理：逾期不补正',
  'outcomes.other_handling.fee_unpaid_overdue': '其他处理：逾期未缴纳信息处理费',
  'outcomes.other_handling.other': '其他处理：其他',
};

export type OutcomeFamily = 'granted' | 'partially_granted' | 'withheld' | 'unable_to_provide' | 'not_processed' | 'other_handling';

export function outcomeFamily(code: OutcomeCode): OutcomeFamily {
  const second = code.split('.')[1] as OutcomeFamily;
  return second;
}

/** 条例第三十六条第（三）项、第三十七条：不予公开和部分公开必须说明理由；无法提供、不予处理同样须告知理由。 */
export function requiresReasons(code: OutcomeCode): boolean {
  return code !== 'outcomes.granted';
}

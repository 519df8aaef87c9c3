// The Chinese name of every finding, the one place people's pages take it from (DESIGN: no internal code on
// a page a person reads). Codes — the rule ids of annual-report-format.md §5 and docs/report-rules.md, the
// readers' codes (src/report/parse) and the product's own checks — stay in JSON and CSV only.
// A new finding code needs its name here: finding-names.test.ts collects every code in the source and
// fails on one without a name.

export const findingNames: Readonly<Record<string, string>> = {
  // 表三 — 收到和处理政府信息公开申请情况
  T3_INTEGER: '表三数字应为非负整数',
  T3_BALANCE: '表三新收与结转、办结不平衡',
  T3_ROW_TOTAL: '表三行的总计与各类申请人之和不符',
  T3_OUTCOME_TOTAL: '表三办理结果总计与各项之和不符',
  T3_PRIOR_CARRYOVER: '上年结转与上年度报告的结转下年度不符',
  T3_FEE_ROW_VS_SECTION6: '逾期未缴费与第六部分收费说明不符',
  T3_CARRYOVER_PLAUSIBLE: '结转下年度多于本年新收',
  // 表四 — 行政复议、行政诉讼情况
  T4_INTEGER: '表四数字应为非负整数',
  T4_REVIEW_TOTAL: '行政复议总计与各项之和不符',
  T4_DIRECT_TOTAL: '未经复议直接起诉总计与各项之和不符',
  T4_AFTER_REVIEW_TOTAL: '复议后起诉总计与各项之和不符',
  T4_AFTER_REVIEW_PLAUSIBLE: '有复议后起诉但没有行政复议',
  T4_VS_T3_PLAUSIBLE: '表四案件与表三办理结果不相称',
  T4_PENDING_CONTINUITY: '上年度尚未审结的案件本年度未见结果',
  T4_NARRATIVE: '正文所述复议、诉讼与表四不符',
  // 表二 — 主动公开政府信息情况
  T2_INTEGER: '表二数字应为非负整数',
  T2_FEE_DECIMAL: '表二收费金额不正确',
  T2_REGULATIONS_ZERO_FOR_LOCAL: '县乡机关不应有规章',
  T2_VALID_CONTINUITY: '现行有效件数与上年度不衔接',
  T2_VALID_GE_NET_ISSUED: '现行有效件数少于本年净增',
  T2_2019_TOTAL_GE_NEW: '对外公开总数少于本年新公开数',
  T2_2019_ITEMS_CONTINUITY: '事项数量与上年度不衔接',
  T2_2019_ITEMS_NONNEG: '事项数量为负数',
  T2_CATALOGUE_MATCH: '规范性文件件数与文件登记不符',
  // 报告整体
  R_FORMAT_MATCHES_YEAR: '所用格式与报告年度不符',
  MIXED_FORMAT: '混用了两种格式',
  R_CITED_DOCUMENT: '引用的格式文件不正确',
  R_SIX_SECTIONS: '六个部分的标题不规范',
  R_PERIOD: '统计期限与报告年度不符',
  R_REPORT_DATE: '报告日期早于统计期结束',
  R_DEADLINE: '晚于公布期限',
  R_NARRATIVE_COUNTS: '正文数字与表格不符',
  R_SECTION6_FEES: '第六部分未说明信息处理费',
  R_ZERO_REPORT_COMPLETE: '零报告不完整',
  R_SAME_AS_LAST_YEAR: '与上年度报告内容雷同',
  BLANK_CELL: '单元格空白',
  CHECK_SKIPPED: '部分勾稽关系未能核对',
  // 读取上传的报告（src/report/parse）
  TABLE_INCOMPLETE: '表格不完整',
  ROW_MISSING: '表格缺少行',
  READ_PLACEMENT: '数值位置需核对',
  READ_EXTRA_VALUES: '有未读入的多余数值',
  READ_UNKNOWN_TOKEN: '无法识别的数值',
  READ_UNCERTAIN: '数值所属行无法确定',
  YEAR_FROM_TEXT: '报告年度取自正文或发布日期',
  TITLE_NOT_FOUND: '页面上没有报告标题',
  NARRATIVE_FIGURES: '数字取自正文叙述',
  READ_TRADITIONAL: '繁体字已转换',
  YEAR_NOT_FOUND: '未读出报告年度',
  NO_SECTIONS: '未找到章节标题',
  // 本平台的年报编辑（src/features/annual-reports）
  DRAFT_UNFINISHED: '还有待补充的内容',
};

/** Shown for a code without a name (never the code itself); the unit test keeps this from happening. */
export const UNNAMED_FINDING = '其他需核对的问题';

/** The Chinese name of a finding's code, for every page a person reads. */
export function findingName(rule: string): string {
  return Object.hasOwn(findingNames, rule) ? (findingNames[rule] as string) : UNNAMED_FINDING;
}

/** What a finding's severity means to the reader: 必须改正 (HARD) or 请核对 (SOFT). */
export const severityNames = { error: '必须改正', warning: '请核对' } as const;

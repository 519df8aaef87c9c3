// Every form of reply of 条例第三十条、第三十五条至第三十九条 as data (spec §6): what it is called, its legal
// basis, the table 三 row it is counted under (an application's outcome **is** that row id), whether the
// reply must give reasons, and which remedy statement it carries. Rows marked `practice` are readings of
// practice, not of the text (README U7); an organ may remap them.

export const replyTypes = [
  'already_public',
  'disclosed',
  'partially_disclosed',
  'withheld_state_secret',
  'withheld_prohibited_by_laws',
  'withheld_security_stability',
  'withheld_third_party',
  'withheld_internal_affairs',
  'withheld_process_info',
  'withheld_enforcement_file',
  'special_procedure',
  'not_exist',
  'not_this_organ',
  'requires_processing',
  'unclear_after_correction',
  'petition_complaint',
  'repeated',
  'publication',
  'excessive_unreasonable',
  'confirm_or_reissue',
  'correction_overdue',
  'fee_unpaid',
  'withdrawn',
  'not_government_information',
  'other',
] as const;
export type ReplyType = (typeof replyTypes)[number];

/** gov_2021 table 三 leaf row ids (`src/report/formats/gov2021.ts`). */
export type Outcome2021 =
  | 'outcomes.granted'
  | 'outcomes.partially_granted'
  | 'outcomes.withheld.state_secret'
  | 'outcomes.withheld.prohibited_by_laws'
  | 'outcomes.withheld.endangers_security_stability'
  | 'outcomes.withheld.third_party_rights'
  | 'outcomes.withheld.internal_affairs'
  | 'outcomes.withheld.process_information'
  | 'outcomes.withheld.law_enforcement_files'
  | 'outcomes.withheld.administrative_inquiry'
  | 'outcomes.unable_to_provide.not_held'
  | 'outcomes.unable_to_provide.requires_creation'
  | 'outcomes.unable_to_provide.still_unclear_after_correction'
  | 'outcomes.not_processed.petition_complaint_report'
  | 'outcomes.not_processed.repeated_application'
  | 'outcomes.not_processed.public_publication'
  | 'outcomes.not_processed.excessive_without_reason'
  | 'outcomes.not_processed.confirm_or_reissue'
  | 'outcomes.other_handling.correction_overdue'
  | 'outcomes.other_handling.fee_unpaid_overdue'
  | 'outcomes.other_handling.other';

/** Whether the reply must state reasons (说明理由). */
export type ReasonRequirement = 'required' | 'recommended' | 'not_needed';

/**
 * `reconsideration_first`: refusals, where 行政复议法（2023）第二十三条第一款第（四）项 requires
 * reconsideration before litigation (README U9); `either`: 复议 or 诉讼 at the applicant's choice.
 */
export type RemedyKind = 'reconsideration_first' | 'either';

export interface ReplyTypeDefinition {
  readonly id: ReplyType;
  readonly name: string;
  /** Article(s) in Chinese, e.g. 条例第三十六条第（三）项、第十四条. */
  readonly basis: string;
  readonly outcome2021: Outcome2021;
  /** `statute`: the row follows from the format's own wording; `practice`: a configurable reading. */
  readonly mapping: 'statute' | 'practice';
  readonly reason: ReasonRequirement;
  readonly remedy: RemedyKind;
  /** What the reply must tell the applicant. */
  readonly mustSay: string;
}

const WITHHELD: Pick<ReplyTypeDefinition, 'mapping' | 'reason' | 'remedy'> = {
  mapping: 'statute',
  reason: 'required',
  remedy: 'reconsideration_first',
};

export const replyTypeDefinitions: readonly ReplyTypeDefinition[] = [
  {
    id: 'already_public',
    name: '已主动公开，告知获取方式和途径',
    basis: '条例第三十六条第（一）项',
    outcome2021: 'outcomes.granted',
    mapping: 'practice',
    reason: 'not_needed',
    remedy: 'either',
    mustSay: '告知申请人获取该政府信息的方式、途径（网址、公报、查阅场所等）。',
  },
  {
    id: 'disclosed',
    name: '予以公开',
    basis: '条例第三十六条第（二）项、第四十条',
    outcome2021: 'outcomes.granted',
    mapping: 'statute',
    reason: 'not_needed',
    remedy: 'either',
    mustSay: '向申请人提供该政府信息，或者告知获取该政府信息的方式、途径和时间。',
  },
  {
    id: 'partially_disclosed',
    name: '部分公开',
    basis: '条例第三十七条',
    outcome2021: 'outcomes.partially_granted',
    mapping: 'statute',
    reason: 'required',
    remedy: 'reconsideration_first',
    mustSay: '提供可以公开的部分，并对不予公开的部分说明理由。',
  },
  {
    id: 'withheld_state_secret',
    name: '不予公开：属于国家秘密',
    basis: '条例第三十六条第（三）项、第十四条',
    outcome2021: 'outcomes.withheld.state_secret',
    ...WITHHELD,
    mustSay: '告知申请人不予公开并说明理由。',
  },
  {
    id: 'withheld_prohibited_by_laws',
    name: '不予公开：其他法律行政法规禁止公开',
    basis: '条例第三十六条第（三）项、第十四条',
    outcome2021: 'outcomes.withheld.prohibited_by_laws',
    ...WITHHELD,
    mustSay: '告知申请人不予公开并说明理由，列明禁止公开的法律、行政法规条款。',
  },
  {
    id: 'withheld_security_stability',
    name: '不予公开：危及“三安全一稳定”',
    basis: '条例第三十六条第（三）项、第十四条',
    outcome2021: 'outcomes.withheld.endangers_security_stability',
    ...WITHHELD,
    mustSay: '告知申请人不予公开并说明理由。',
  },
  {
    id: 'withheld_third_party',
    name: '不予公开：保护第三方合法权益',
    basis: '条例第三十六条第（三）项、第十五条、第三十二条',
    outcome2021: 'outcomes.withheld.third_party_rights',
    ...WITHHELD,
    mustSay: '告知申请人不予公开并说明理由（商业秘密、个人隐私等及第三方意见）。',
  },
  {
    id: 'withheld_internal_affairs',
    name: '不予公开：属于三类内部事务信息',
    basis: '条例第三十六条第（三）项、第十六条第一款',
    outcome2021: 'outcomes.withheld.internal_affairs',
    ...WITHHELD,
    mustSay: '告知申请人不予公开并说明理由（人事管理、后勤管理、内部工作流程等）。',
  },
  {
    id: 'withheld_process_info',
    name: '不予公开：属于四类过程性信息',
    basis: '条例第三十六条第（三）项、第十六条第二款',
    outcome2021: 'outcomes.withheld.process_information',
    ...WITHHELD,
    mustSay: '告知申请人不予公开并说明理由（讨论记录、过程稿、磋商信函、请示报告等）。',
  },
  {
    id: 'withheld_enforcement_file',
    name: '不予公开：属于行政执法案卷',
    basis: '条例第三十六条第（三）项、第十六条第二款',
    outcome2021: 'outcomes.withheld.law_enforcement_files',
    ...WITHHELD,
    mustSay: '告知申请人不予公开并说明理由。',
  },
  {
    id: 'special_procedure',
    name: '属于行政查询事项，告知按有关规定办理',
    basis: '条例第三十六条第（七）项',
    outcome2021: 'outcomes.withheld.administrative_inquiry',
    mapping: 'practice',
    reason: 'required',
    remedy: 'either',
    mustSay: '告知申请人依照有关法律、行政法规的规定办理（如不动产登记资料查询、企业信息查询）。',
  },
  {
    id: 'not_exist',
    name: '本机关不掌握相关政府信息',
    basis: '条例第三十六条第（四）项',
    outcome2021: 'outcomes.unable_to_provide.not_held',
    mapping: 'statute',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '告知申请人经检索没有所申请公开的信息。',
  },
  {
    id: 'not_this_organ',
    name: '不属于本机关负责公开',
    basis: '条例第三十六条第（五）项、第十条',
    outcome2021: 'outcomes.unable_to_provide.not_held',
    mapping: 'practice',
    reason: 'required',
    remedy: 'either',
    mustSay: '告知申请人不属于本机关负责公开并说明理由；能够确定负责公开的机关的，告知其名称和联系方式。',
  },
  {
    id: 'requires_processing',
    name: '需要另行制作或加工分析',
    basis: '条例第三十八条',
    outcome2021: 'outcomes.unable_to_provide.requires_creation',
    mapping: 'statute',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '告知申请人所申请信息需要对现有政府信息进行加工、分析，本机关可以不予提供。',
  },
  {
    id: 'unclear_after_correction',
    name: '补正后申请内容仍不明确',
    basis: '条例第三十条',
    outcome2021: 'outcomes.unable_to_provide.still_unclear_after_correction',
    mapping: 'statute',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '告知申请人补正后申请内容仍不明确，无法提供。',
  },
  {
    id: 'petition_complaint',
    name: '信访举报投诉类申请',
    basis: '条例第三十九条第一款',
    outcome2021: 'outcomes.not_processed.petition_complaint_report',
    mapping: 'statute',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '告知申请人不作为政府信息公开申请处理，并可以告知通过相应渠道提出。',
  },
  {
    id: 'repeated',
    name: '重复申请',
    basis: '条例第三十六条第（六）项',
    outcome2021: 'outcomes.not_processed.repeated_application',
    mapping: 'statute',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '告知申请人本机关已就同一政府信息作出答复，不予重复处理。',
  },
  {
    id: 'publication',
    name: '要求提供公开出版物',
    basis: '条例第三十九条第二款',
    outcome2021: 'outcomes.not_processed.public_publication',
    mapping: 'statute',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '告知申请人获取政府公报、报刊、书籍等公开出版物的途径。',
  },
  {
    id: 'excessive_unreasonable',
    name: '无正当理由大量反复申请',
    basis: '条例第三十五条',
    outcome2021: 'outcomes.not_processed.excessive_without_reason',
    mapping: 'statute',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '告知申请人申请理由不合理，本机关不予处理。',
  },
  {
    id: 'confirm_or_reissue',
    name: '要求行政机关确认或重新出具已获取信息',
    basis: '实践做法（条例无明文）',
    outcome2021: 'outcomes.not_processed.confirm_or_reissue',
    mapping: 'practice',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '告知申请人该申请不属于政府信息公开申请处理范围。',
  },
  {
    id: 'correction_overdue',
    name: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    basis: '条例第三十条',
    outcome2021: 'outcomes.other_handling.correction_overdue',
    mapping: 'statute',
    reason: 'not_needed',
    remedy: 'either',
    mustSay: '补正期限届满未补正，视为放弃申请，本机关不再处理。',
  },
  {
    id: 'fee_unpaid',
    name: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    basis: '条例第四十二条、国办函〔2020〕109号',
    outcome2021: 'outcomes.other_handling.fee_unpaid_overdue',
    mapping: 'statute',
    reason: 'not_needed',
    remedy: 'either',
    mustSay: '缴费期限届满未缴纳信息处理费，视为放弃申请，本机关不再处理。',
  },
  {
    id: 'withdrawn',
    name: '申请人撤回申请',
    basis: '实践做法',
    outcome2021: 'outcomes.other_handling.other',
    mapping: 'practice',
    reason: 'not_needed',
    remedy: 'either',
    mustSay: '确认申请人撤回申请，本机关终止办理。',
  },
  {
    id: 'not_government_information',
    name: '所申请内容不属于政府信息',
    basis: '条例第二条（实践做法）',
    outcome2021: 'outcomes.other_handling.other',
    mapping: 'practice',
    reason: 'required',
    remedy: 'either',
    mustSay: '告知申请人所申请内容不属于《条例》所称政府信息并说明理由。',
  },
  {
    id: 'other',
    name: '其他处理',
    basis: '—',
    outcome2021: 'outcomes.other_handling.other',
    mapping: 'practice',
    reason: 'recommended',
    remedy: 'either',
    mustSay: '根据具体情况告知申请人处理结果。',
  },
];

const byId = new Map(replyTypeDefinitions.map((definition) => [definition.id, definition]));

export function replyTypeDefinition(id: ReplyType): ReplyTypeDefinition {
  const definition = byId.get(id);
  if (!definition) throw new RangeError(`未知的答复类型：${id}`);
  return definition;
}

/** An organ's remapping of `practice` reply types (README U7); statute rows cannot be remapped. */
export type OutcomeMapping = Partial<Record<ReplyType, Outcome2021>>;

/**
 * The table 三 row an application with this reply counts under. In the 2019 format the three
 * `other_handling.*` rows of 2021 are one row `outcomes.other_handling`; every other id is shared.
 */
export function outcomeRowFor(id: ReplyType, format: 'gov_2021' | 'gov_2019', mapping: OutcomeMapping = {}): string {
  const definition = replyTypeDefinition(id);
  const remapped = definition.mapping === 'practice' ? mapping[id] : undefined;
  const row = remapped ?? definition.outcome2021;
  if (format === 'gov_2019' && row.startsWith('outcomes.other_handling.')) return 'outcomes.other_handling';
  return row;
}

export interface RemedyAuthorities {
  /** 行政复议机关, e.g. 某某县人民政府 (行政复议法（2023）第二十四条). */
  readonly reconsiderationBody: string;
  /** 人民法院, e.g. 某某县人民法院 (configured per organ: many provinces centralise jurisdiction). */
  readonly court: string;
  /** 行政复议申请期限 in days: 60 (行政复议法（2023）第二十条), longer only where a law says so. */
  readonly reconsiderationDays?: number;
  /** 直接起诉期限 in months: 6 (行政诉讼法第四十六条) unless a law provides otherwise. */
  readonly litigationMonths?: number;
}

// 行政复议法（2023）第二十条第一款：自知道或者应当知道该行政行为之日起六十日内提出行政复议申请.
export const RECONSIDERATION_DAYS = 60;
// 行政诉讼法第四十六条第一款：自知道或者应当知道作出行政行为之日起六个月内提出.
export const LITIGATION_MONTHS = 6;
// 行政诉讼法第四十五条：收到复议决定书之日起十五日内向人民法院提起诉讼.
export const LITIGATION_AFTER_RECONSIDERATION_DAYS = 15;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–999 in Chinese numerals as periods are written in official letters: 60 → 六十, 15 → 十五, 105 → 一百零五. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`期限数字超出范围：${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds > 0 ? `${DIGITS[hundreds]}百` : '';
  if (tens > 0) text += hundreds === 0 && tens === 1 ? '十' : `${DIGITS[tens]}十`;
  else if (hundreds > 0 && ones > 0) text += '零';
  if (ones > 0) text += DIGITS[ones];
  return text;
}

/**
 * The remedy statement (救济途径告知, spec §8.1). 行政复议法（2023）第二十条：60日; 行政诉讼法第四十六条：6个月;
 * 第四十五条：收到复议决定书之日起15日. The periods are the organ's settings, defaulting to the statute.
 */
export function remedyStatement(id: ReplyType, authorities: RemedyAuthorities): string {
  const { reconsiderationBody, court } = authorities;
  const days = chineseNumber(authorities.reconsiderationDays ?? RECONSIDERATION_DAYS);
  const months = chineseNumber(authorities.litigationMonths ?? LITIGATION_MONTHS);
  const after = chineseNumber(LITIGATION_AFTER_RECONSIDERATION_DAYS);
  if (replyTypeDefinition(id).remedy === 'reconsideration_first') {
    return (
      `申请人如对本答复不服，可以自收到本答复之日起${days}日内向${reconsiderationBody}申请行政复议；` +
      `对行政复议决定不服的，可以自收到行政复议决定书之日起${after}日内向${court}提起行政诉讼。`
    );
  }
  return (
    `申请人如对本答复不服，可以自收到本答复之日起${days}日内向${reconsiderationBody}申请行政复议，` +
    `或者自收到本答复之日起${months}个月内向${court}提起行政诉讼。`
  );
}

/**
 * The grounds on which information (or a part of it, 条例第三十七条) may be withheld: the refusal types of
 * 条例第三十六条第（三）项 with the article each rests on (第十四条、第十五条、第十六条). A reply may rest on
 * several; only its principal ground is counted in table 三 (spec §6), the others are recorded.
 */
export type WithholdingGround = Extract<ReplyType, `withheld_${string}`>;

export interface WithholdingGroundDefinition {
  readonly id: WithholdingGround;
  /** How a letter names the ground. */
  readonly label: string;
  /** The article the ground rests on. */
  readonly article: string;
}

export const withholdingGrounds: readonly WithholdingGroundDefinition[] = [
  { id: 'withheld_state_secret', label: '属于国家秘密', article: '第十四条' },
  { id: 'withheld_prohibited_by_laws', label: '属于法律、行政法规禁止公开的政府信息', article: '第十四条' },
  { id: 'withheld_security_stability', label: '公开后可能危及国家安全、公共安全、经济安全、社会稳定', article: '第十四条' },
  { id: 'withheld_third_party', label: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害', article: '第十五条' },
  { id: 'withheld_internal_affairs', label: '属于人事管理、后勤管理、内部工作流程等内部事务信息', article: '第十六条第一款' },
  { id: 'withheld_process_info', label: '属于讨论记录、过程稿、磋商信函、请示报告等过程性信息', article: '第十六条第二款' },
  { id: 'withheld_enforcement_file', label: '属于行政执法案卷信息', article: '第十六条第二款' },
];

const groundById = new Map(withholdingGrounds.map((g) => [g.id, g]));

export function isWithholdingGround(id: string): id is WithholdingGround {
  return groundById.has(id as WithholdingGround);
}

export function withholdingGround(id: WithholdingGround): WithholdingGroundDefinition {
  const ground = groundById.get(id);
  if (!ground) throw new RangeError(`未知的不予公开理由：${id}`);
  return ground;
}

// 告知书：默认模板（机关可逐项修改）及其填充。The 条例 prescribes what each reply must tell the applicant
// (第三十六至三十九条) but no national template; the defaults follow spec application-procedure.md §8.
import { outcomeCodes, type OutcomeCode } from './outcomes.ts';

export const letterKinds = ['reply', 'correction', 'extension', 'custom_deadline', 'consultation', 'fee'] as const;
export type LetterKind = (typeof letterKinds)[number];

/** A template key: `reply:<outcome code>` for reply letters, the letter kind otherwise. */
export type TemplateKey = `reply:${OutcomeCode}` | Exclude<LetterKind, 'reply'>;

export interface LetterTemplate {
  title: string;
  /** Paragraphs separated by blank lines; {{placeholders}} are filled from LetterValues. */
  body: string;
}

/** Everything a letter may mention. Missing values render as a visible blank line for the clerk to fill. */
export interface LetterValues {
  agencyName: string;
  applicantName: string;
  applicationNumber: string;
  receivedOn: string;
  description: string;
  reasons?: string;
  legalBasis?: string;
  withheldParts?: string;
  provided?: string;
  correctionItems?: string;
  correctionDueOn?: string;
  extendedDueOn?: string;
  extensionReason?: string;
  statutoryDueOn?: string;
  customDueOn?: string;
  customDeadlineReason?: string;
  partyName?: string;
  consultationDueOn?: string;
  feeAmount?: string;
  feeBasis?: string;
  paymentDueOn?: string;
  /** 救济途径告知 as law's remedyStatement words it for the reply type (spec §8.1). */
  remedy?: string;
  letterNumber?: string;
  date?: string;
}

export const placeholderLabels: Record<keyof LetterValues, string> = {
  agencyName: '机关名称',
  applicantName: '申请人',
  applicationNumber: '申请编号',
  receivedOn: '收到申请日期',
  description: '申请内容',
  reasons: '理由',
  legalBasis: '法律依据',
  withheldParts: '不予公开部分及理由',
  provided: '提供的信息',
  correctionItems: '需补正事项',
  correctionDueOn: '补正期限',
  extendedDueOn: '延长后的答复期限',
  extensionReason: '延期理由',
  statutoryDueOn: '法定答复期限',
  customDueOn: '延迟答复期限',
  customDeadlineReason: '延迟答复理由',
  partyName: '第三方名称',
  consultationDueOn: '答复意见期限',
  feeAmount: '收费金额',
  feeBasis: '收费依据及标准',
  paymentDueOn: '缴费期限',
  remedy: '救济途径',
  letterNumber: '文书编号',
  date: '日期',
};

const opening = '{{applicantName}}：\n\n本机关于{{receivedOn}}收到您提出的政府信息公开申请（申请编号：{{applicationNumber}}），您申请获取“{{description}}”。';

interface ReplyDefault {
  decision: string;
  legalBasis: string;
}

const replyDefaults: Record<OutcomeCode, ReplyDefault> = {
  'outcomes.granted': {
    decision: '经审查，您申请获取的信息属于可以公开的政府信息，本机关决定予以公开。{{provided}}',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
  },
  'outcomes.partially_granted': {
    decision: '经审查，您申请获取的信息中含有不应当公开的内容，但能够作区分处理。本机关向您提供可以公开的部分：{{provided}}。不予公开的部分及理由如下：{{withheldParts}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十七条',
  },
  'outcomes.withheld.state_secret': {
    decision: '经审查，您申请获取的信息属于国家秘密，依法不予公开。理由：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项',
  },
  'outcomes.withheld.prohibited_by_laws': {
    decision: '经审查，您申请获取的信息属于法律、行政法规禁止公开的政府信息，依法不予公开。理由：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项',
  },
  'outcomes.withheld.endangers_security_stability': {
    decision: '经审查，您申请获取的信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，依法不予公开。理由：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项',
  },
  'outcomes.withheld.third_party_rights': {
    decision: '经审查，您申请获取的信息涉及商业秘密、个人隐私等，公开会损害第三方合法权益，本机关决定不予公开。理由：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项',
  },
  'outcomes.withheld.internal_affairs': {
    decision: '经审查，您申请获取的信息属于人事管理、后勤管理、内部工作流程等内部事务信息，本机关决定不予公开。理由：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第十六条第一款、第三十六条第（三）项',
  },
  'outcomes.withheld.process_information': {
    decision: '经审查，您申请获取的信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，本机关决定不予公开。理由：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项',
  },
  'outcomes.withheld.law_enforcement_files': {
    decision: '经审查，您申请获取的信息属于行政执法案卷信息，本机关决定不予公开。理由：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项',
  },
  'outcomes.withheld.administrative_inquiry': {
    decision: '经审查，法律、行政法规对您申请获取的信息的获取有特别规定，请按照有关规定办理：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（七）项',
  },
  'outcomes.unable_to_provide.not_held': {
    decision: '经检索查找，本机关未制作或者获取您申请获取的信息，该信息不存在或不属于本机关负责公开。{{reasons}}',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项',
  },
  'outcomes.unable_to_provide.requires_creation': {
    decision: '经审查，本机关没有您申请获取的现成信息，提供该信息需要对现有政府信息进行加工、分析，本机关不予提供。{{reasons}}',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十八条',
  },
  'outcomes.unable_to_provide.still_unclear_after_correction': {
    decision: '本机关已一次性告知您补正申请内容，补正后您的申请内容仍不明确，本机关无法提供。{{reasons}}',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十条',
  },
  'outcomes.not_processed.petition_complaint_report': {
    decision: '经审查，您提出的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理。您可以通过以下渠道反映：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十九条第一款',
  },
  'outcomes.not_processed.repeated_application': {
    decision: '经审查，您曾就相同政府信息向本机关提出公开申请，本机关已依法答复，您重复申请，本机关不予重复处理。{{reasons}}',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（六）项',
  },
  'outcomes.not_processed.public_publication': {
    decision: '经审查，您申请获取的是政府公报、报刊、书籍等公开出版物，您可以通过以下途径获取：{{reasons}}。',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十九条第二款',
  },
  'outcomes.not_processed.excessive_without_reason': {
    decision: '经审查，您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由，您说明的理由不合理，本机关不予处理。{{reasons}}',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十五条',
  },
  'outcomes.not_processed.confirm_or_reissue': {
    decision: '经审查，您要求本机关确认或者重新出具您已获取的信息，不属于政府信息公开申请的处理范围，本机关不予处理。{{reasons}}',
    legalBasis: '《中华人民共和国政府信息公开条例》第二条、第三十六条',
  },
  'outcomes.other_handling.correction_overdue': {
    decision: '本机关已于{{correctionDueOn}}前一次性告知您需补正的事项，您无正当理由逾期未补正，视为放弃申请，本机关不再处理您的该项政府信息公开申请。',
    legalBasis: '《中华人民共和国政府信息公开条例》第三十条',
  },
  'outcomes.other_handling.fee_unpaid_overdue': {
    decision: '本机关已向您发出信息处理费收费通知，您逾期未按要求缴纳费用，视为放弃申请，本机关不再处理您的该项政府信息公开申请。',
    legalBasis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
  },
  'outcomes.other_handling.other': {
    decision: '{{reasons}}',
    legalBasis: '《中华人民共和国政府信息公开条例》',
  },
};

export function defaultLegalBasis(outcome: OutcomeCode): string {
  return replyDefaults[outcome].legalBasis;
}

function replyTemplate(outcome: OutcomeCode): LetterTemplate {
  const d = replyDefaults[outcome];
  return {
    title: '{{agencyName}}政府信息公开申请答复书',
    body: [opening, d.decision, '依据：{{legalBasis}}。', '{{remedy}}', '特此告知。'].join('\n\n'),
  };
}

const otherDefaults: Record<Exclude<LetterKind, 'reply'>, LetterTemplate> = {
  // 条例第三十条：一次性告知需要补正的事项和合理的补正期限；答复期限自收到补正的申请之日起计算。
  correction: {
    title: '{{agencyName}}政府信息公开申请补正告知书',
    body: [
      opening,
      '经审查，您的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，现一次性告知您需要补正的事项如下：\n{{correctionItems}}',
      '请您于{{correctionDueOn}}前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
      '特此告知。',
    ].join('\n\n'),
  },
  // 条例第三十三条第二款：经政府信息公开工作机构负责人同意并告知申请人，可以延长答复期限，最长不超过20个工作日。
  extension: {
    title: '{{agencyName}}政府信息公开申请延期答复告知书',
    body: [
      opening,
      '因{{extensionReason}}，本机关无法在法定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，答复期限延长至{{extendedDueOn}}。',
      '特此告知。',
    ].join('\n\n'),
  },
  // 条例第三十五条：申请公开政府信息的数量、频次明显超过合理范围，说明的理由合理，但无法在第三十三条规定的期限
  // 内答复的，可以确定延迟答复的合理期限并告知申请人.
  custom_deadline: {
    title: '{{agencyName}}政府信息公开申请延迟答复告知书',
    body: [
      opening,
      '您申请公开政府信息的数量、频次明显超过合理范围。本机关已要求您说明理由，经审查，您说明的理由合理，但本机关无法在《中华人民共和国政府信息公开条例》第三十三条规定的期限（{{statutoryDueOn}}）内答复。理由如下：{{customDeadlineReason}}。',
      '根据{{legalBasis}}的规定，本机关确定延迟答复的期限为：{{customDueOn}}前作出答复。',
      '特此告知。',
    ].join('\n\n'),
  },
  // 条例第三十二条：书面征求第三方意见，第三方自收到征求意见书之日起15个工作日内提出意见；逾期未提出意见的，由行政机关依照条例的规定决定。
  consultation: {
    title: '{{agencyName}}政府信息公开第三方意见征询函',
    body: [
      '{{partyName}}：',
      '本机关收到政府信息公开申请（申请编号：{{applicationNumber}}），申请获取“{{description}}”。该信息的公开可能损害贵方的合法权益，根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。',
      '请于收到本函之日起15个工作日内（{{consultationDueOn}}前）书面提出是否同意公开的意见及理由。逾期未提出意见的，本机关将依照《中华人民共和国政府信息公开条例》的规定决定是否公开。',
      '特此函询。',
    ].join('\n\n'),
  },
  // 国办函〔2020〕109号：收费通知应当说明收费的依据、标准、数额、缴纳方式等；申请人应当在收到通知之日起20个工作日内缴纳。
  fee: {
    title: '{{agencyName}}政府信息公开信息处理费收费通知书',
    body: [
      opening,
      '您申请公开政府信息的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费。',
      '收费依据及标准：{{feeBasis}}。\n收费金额：{{feeAmount}}。',
      '请您于{{paymentDueOn}}前缴纳。逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
      '特此通知。',
    ].join('\n\n'),
  },
};

export const templateKeys: readonly TemplateKey[] = [
  ...outcomeCodes.map((code) => `reply:${code}` as const),
  'correction',
  'extension',
  'custom_deadline',
  'consultation',
  'fee',
];

export function isTemplateKey(value: string): value is TemplateKey {
  return (templateKeys as readonly string[]).includes(value);
}

export function defaultTemplate(key: TemplateKey): LetterTemplate {
  if (key.startsWith('reply:')) return replyTemplate(key.slice('reply:'.length) as OutcomeCode);
  return otherDefaults[key as Exclude<LetterKind, 'reply'>];
}

/** Placeholders in a template that are not known values — an edited template must not contain any. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set(Object.keys(placeholderLabels));
  return [...text.matchAll(/\{\{\s*([A-Za-z]+)\s*\}\}/g)].map((m) => m[1]!).filter((name) => !known.has(name));
}

// A value's own closing punctuation, dropped where the template already punctuates (“见附件。” + “。”).
const TRAILING_PUNCTUATION = /[。．.，,；;：:、\s]+$/u;
const PUNCTUATION_AFTER = /^[。．.，,；;：:、）)”]/u;
// A sentence ends with one of these; a value that closes its paragraph gets “。” when it has none.
const SENTENCE_END = /[。！？!?…”’]$/u;

/**
 * Fills the placeholders. A missing value (undefined) shows as “＿＿＿＿（标签）” so nothing silently
 * disappears (and letterProblems refuses the letter). An empty value ('') that stands as a sentence of its
 * own — after “。” or at the start of a paragraph, and ending it — is an optional sentence left out; an
 * empty value inside a sentence is a blank like a missing one. The value's punctuation meets the
 * template's once: its closing mark is dropped before the template's own, and a value that ends its
 * paragraph ends with “。”.
 */
export function fillTemplate(text: string, values: LetterValues): string {
  return text.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (match: string, name: string, offset: number) => {
    const value = (values as unknown as Record<string, string | undefined>)[name];
    const before = text.slice(0, offset);
    const after = text.slice(offset + match.length);
    const endsParagraph = after === '' || /^[^\S\n]*\n/u.test(after);
    // A sentence of its own: after “。” or at the start of a paragraph, and closing that paragraph.
    const ownSentence = endsParagraph && (before === '' || /。[^\S\n]*$/u.test(before) || /\n[^\S\n]*\n[^\S\n]*$/u.test(before));
    if (value !== undefined && value.trim() !== '') {
      const trimmed = value.trimEnd();
      if (PUNCTUATION_AFTER.test(after)) return trimmed.replace(TRAILING_PUNCTUATION, '');
      return ownSentence && !SENTENCE_END.test(trimmed) ? `${trimmed}。` : trimmed;
    }
    if (value !== undefined && ownSentence) return '';
    const label = (placeholderLabels as Record<string, string>)[name] ?? name;
    return `＿＿＿＿（${label}）`;
  });
}

export interface RenderedLetter {
  title: string;
  paragraphs: string[];
  agencyName: string;
  letterNumber?: string | undefined;
  date?: string | undefined;
}

export function renderLetter(template: LetterTemplate, values: LetterValues): RenderedLetter {
  return {
    title: fillTemplate(template.title, values),
    paragraphs: fillTemplate(template.body, values)
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    agencyName: values.agencyName,
    letterNumber: values.letterNumber,
    date: values.date,
  };
}

/** 2024-10-28 → 2024年10月28日, as dates are written in official letters. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

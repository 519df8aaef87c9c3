// The draft of a year's report: default section texts from the records, and the AnnualReport assembled
// from computed cells, staff-entered cells and texts. Pure — the service loads the records.
import { buildReport, canonicalSections, type AnnualReport, type Cell, type Finding, type FormatId, type SectionId } from '../../../report/index.ts';
import { manualCellKeys } from './cells.ts';

export type SectionTexts = Partial<Record<SectionId, string>>;

export interface DraftFacts {
  readonly year: number;
  readonly agencyName: string;
  /** Table 三 as counted from the cases. */
  readonly table3: Readonly<Record<string, number>>;
  /** Section 六's fee sentence (fee-statement.ts). */
  readonly feeStatement: string;
  /** 主动公开 items published in the year, by catalogue category (Chinese label), from the catalogue. */
  readonly publishedByCategory?: ReadonlyArray<{ readonly label: string; readonly count: number }>;
  /** Publications of the year by release channel (政府网站、公示栏 …), from the catalogue's channel records. */
  readonly publishedByChannel?: ReadonlyArray<{ readonly name: string; readonly count: number }>;
  /** Cases late in the year by the reply clock (条例第三十三条); undefined when not known. */
  readonly overdueReplies?: number;
  /** Table 四 block totals as staff entered them; a block not entered yet is left out. */
  readonly reviewTotals?: { readonly reconsideration?: number; readonly litigation?: number };
}

const n = (cells: Readonly<Record<string, number>>, key: string) => cells[key] ?? 0;

/** Marks what only people know; a report still holding one cannot be submitted (unfinishedFindings). */
export const FILL_IN_OPEN = '【请补充';

function listOf(items: ReadonlyArray<{ readonly label: string; readonly count: number }>, unit: string): string {
  return items.filter((i) => i.count > 0).map((i) => `${i.label}${i.count}${unit}`).join('、');
}

function activeDisclosureParagraph(facts: DraftFacts): string {
  const { year } = facts;
  const categories = facts.publishedByCategory ?? [];
  const total = categories.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return `（一）主动公开。${year}年，本机关未在政府信息公开专栏登记主动公开的政府信息。${FILL_IN_OPEN}通过其他渠道主动公开的情况】`;
  const byCategory = listOf(categories, '条');
  const channels = listOf((facts.publishedByChannel ?? []).map((c) => ({ label: c.name, count: c.count })), '条');
  return `（一）主动公开。${year}年，本机关通过政府信息公开专栏主动公开政府信息${total}条，其中${byCategory}。${channels ? `按发布渠道，${channels}。` : ''}`;
}

function applicationsParagraph(facts: DraftFacts): string {
  const { year, table3 } = facts;
  const received = n(table3, 'applications.new_received.total');
  const carriedIn = n(table3, 'applications.carried_over_from_last_year.total');
  const handled = n(table3, 'applications.outcomes.total.total');
  const carriedOut = n(table3, 'applications.carried_to_next_year.total');
  if (received === 0 && carriedIn === 0) return `（二）依申请公开。${year}年，本机关未收到政府信息公开申请，无上年结转申请。`;
  // 条例第三十三条: "均在法定期限内" is said only when the reply clock found no late case.
  const timing =
    facts.overdueReplies === undefined ? '' : facts.overdueReplies === 0 ? '所有申请均在法定期限内答复。' : `其中${facts.overdueReplies}件未在法定期限内答复。`;
  return `（二）依申请公开。${year}年，本机关收到政府信息公开申请${received}件，上年结转${carriedIn}件；办结${handled}件，结转下年度继续办理${carriedOut}件。${timing}`;
}

function reviewSentence(facts: DraftFacts): string | null {
  const r = facts.reviewTotals;
  if (r?.reconsideration === undefined || r.litigation === undefined) return null;
  return `本年度，本机关因政府信息公开工作被申请行政复议${r.reconsideration}件，被提起行政诉讼${r.litigation}件。`;
}

/**
 * Section texts a clerk starts from, in the style of real township reports (numbered （一）…（五） under
 * 一、总体情况). What the records know — items published by category and channel, applications received,
 * answered and carried over, late replies, fees, reconsiderations and lawsuits entered in table 四 — is
 * written out with the same numbers as the tables, so text and tables agree (R_NARRATIVE_COUNTS,
 * T4_NARRATIVE); what only people know is left for the clerk, marked 【请补充…】.
 */
export function defaultTexts(facts: DraftFacts): SectionTexts {
  const { year, agencyName, table3 } = facts;
  const received = n(table3, 'applications.new_received.total');
  const carriedIn = n(table3, 'applications.carried_over_from_last_year.total');
  const handled = n(table3, 'applications.outcomes.total.total');
  const granted = n(table3, 'applications.outcomes.granted.total');
  const partial = n(table3, 'applications.outcomes.partially_granted.total');
  const carriedOut = n(table3, 'applications.carried_to_next_year.total');
  const applications =
    received === 0 && carriedIn === 0
      ? `${year}年，本机关未收到政府信息公开申请，无上年结转申请。`
      : `${year}年，本机关收到政府信息公开申请${received}件，上年结转${carriedIn}件；办结${handled}件，其中予以公开${granted}件，部分公开${partial}件，其他结果见下表；结转下年度继续办理${carriedOut}件。`;
  const review = reviewSentence(facts);
  const overdue = facts.overdueReplies ?? 0;
  return {
    general_situation: [
      `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第四十九条、第五十条的规定编制，统计期限为${year}年1月1日至${year}年12月31日。${year}年，${agencyName}坚持以公开为常态、不公开为例外，做好主动公开、依申请公开和政府信息管理工作。现将本年度政府信息公开工作情况报告如下：`,
      activeDisclosureParagraph(facts),
      applicationsParagraph(facts),
      `（三）政府信息管理。${FILL_IN_OPEN}政府信息公开审查、保密审查和信息管理制度的执行情况】`,
      `（四）政府信息公开平台建设。${FILL_IN_OPEN}政府信息公开专栏等平台的建设和维护情况】`,
      `（五）监督保障。${review ?? ''}${FILL_IN_OPEN}工作考核、社会评议和责任追究结果情况（《条例》第五十条）】`,
    ].join('\n'),
    active_disclosure: `${year}年，本机关通过政府信息公开专栏主动公开政府信息。本机关制发、废止和现行有效的行政规范性文件数量见下表。`,
    applications,
    review_litigation: review ? `${review}具体情况见下表。` : `本机关因政府信息公开工作被申请行政复议、提起行政诉讼的情况见下表。`,
    problems_and_improvements: [
      `（一）存在的主要问题。${overdue > 0 ? `本年度有${overdue}件政府信息公开申请未在法定期限内答复。` : ''}${FILL_IN_OPEN}本年度政府信息公开工作存在的主要问题】`,
      `（二）改进情况。${FILL_IN_OPEN}改进措施，以及上年度所列问题的整改情况】`,
    ].join('\n'),
    other_matters: facts.feeStatement,
  };
}

/** A section still holding a 【请补充…】 mark: submission and publication wait until staff write it out. */
export function unfinishedFindings(report: AnnualReport): Finding[] {
  return report.sections
    .filter((s) => s.text.includes(FILL_IN_OPEN))
    .map((s) => {
      const at = s.text.indexOf(FILL_IN_OPEN);
      const close = s.text.indexOf('】', at);
      const mark = s.text.slice(at, close === -1 ? at + 20 : close + 1);
      return {
        rule: 'DRAFT_UNFINISHED',
        severity: 'error' as const,
        message: `正文“${s.heading}”还有待补充的内容${mark}。请写明实际情况并删去【】标记后再提交。`,
        cells: [],
      };
    });
}

export interface AssembleInput {
  readonly format: FormatId;
  readonly year: number;
  readonly agencyName: string;
  readonly computed: Readonly<Record<string, number>>;
  /** Staff-entered cells; a manual cell not entered is blank, so checkReport points at it. */
  readonly manual: Readonly<Record<string, Cell>>;
  readonly texts: SectionTexts;
  readonly reportDate?: string | null;
}

export function assembleReport(input: AssembleInput): AnnualReport {
  const report = buildReport({ format: input.format, year: input.year, agency: input.agencyName, values: { ...input.computed } });
  for (const key of manualCellKeys(input.format)) {
    report.cells[key] = input.manual[key] ?? { kind: 'blank', value: null };
  }
  report.sections = canonicalSections(input.format, input.texts);
  if (input.reportDate) report.reportDate = input.reportDate;
  return report;
}

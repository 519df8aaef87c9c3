// The draft of a year's report: default section texts from the records, and the AnnualReport assembled
// from computed cells, staff-entered cells and texts. Pure — the service loads the records.
import { buildReport, canonicalSections, type AnnualReport, type Cell, type FormatId, type SectionId } from '../../../report/index.ts';
import { manualCellKeys } from './cells.ts';

export type SectionTexts = Partial<Record<SectionId, string>>;

export interface DraftFacts {
  readonly year: number;
  readonly agencyName: string;
  /** Table 三 as counted from the cases. */
  readonly table3: Readonly<Record<string, number>>;
  /** Section 六's fee sentence (fee-statement.ts). */
  readonly feeStatement: string;
}

const n = (cells: Readonly<Record<string, number>>, key: string) => cells[key] ?? 0;

/**
 * Section texts a clerk starts from. The numbers quoted come from the same cells as table 三, so the
 * text and the table agree (R_NARRATIVE_COUNTS); the parts only people know are left for the clerk
 * to complete, marked with 【请补充】 so the check of unfinished wording finds them.
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
  return {
    general_situation: `本报告根据《中华人民共和国政府信息公开条例》第四十九条、第五十条的规定编制，统计期限为${year}年1月1日至${year}年12月31日。${year}年，${agencyName}坚持以公开为常态、不公开为例外，做好主动公开、依申请公开和政府信息管理工作。【请补充本年度工作概况】`,
    active_disclosure: `${year}年，本机关通过政府信息公开专栏主动公开政府信息。本机关制发、废止和现行有效的行政规范性文件数量见下表。`,
    applications,
    review_litigation: `本机关因政府信息公开工作被申请行政复议、提起行政诉讼的情况见下表。`,
    problems_and_improvements: `【请补充本年度政府信息公开工作存在的主要问题及改进情况，以及上年度问题的整改情况】`,
    other_matters: facts.feeStatement,
  };
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

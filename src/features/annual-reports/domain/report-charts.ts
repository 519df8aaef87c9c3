// What the public report page draws (issue 12 §5): this year's figures beside last year's published ones —
// applications by outcome (table 三's six outcome groups) and by applicant, and table 二's counts of the
// year (规章、规范性文件 made; 许可、处罚、强制 decisions). Pure: reads the report model only.
import type { AnnualReport } from '../../../report/index.ts';

export interface ChartData {
  readonly categories: readonly string[];
  readonly values: readonly number[];
}

function numberAt(report: AnnualReport, key: string): number {
  const cell = report.cells[key];
  return cell && cell.kind === 'number' && cell.value !== null ? cell.value : 0;
}

function sumWhere(report: AnnualReport, test: (key: string) => boolean): number {
  let sum = 0;
  for (const key of Object.keys(report.cells)) if (test(key)) sum += numberAt(report, key);
  return sum;
}

// 条例第三十六条's six kinds of reply, as table 三 groups them; each group's 总计 column summed over its rows
// (the 2019 format's （六）其他处理 is one row, the 2021 format's three).
const OUTCOME_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['granted', '予以公开'],
  ['partially_granted', '部分公开'],
  ['withheld', '不予公开'],
  ['unable_to_provide', '无法提供'],
  ['not_processed', '不予处理'],
  ['other_handling', '其他处理'],
];

export function outcomesChart(report: AnnualReport): ChartData {
  return {
    categories: OUTCOME_GROUPS.map(([, label]) => label),
    values: OUTCOME_GROUPS.map(([id]) => sumWhere(report, (k) => (k === `applications.outcomes.${id}.total` || k.startsWith(`applications.outcomes.${id}.`)) && k.endsWith('.total'))),
  };
}

const APPLICANTS: ReadonlyArray<readonly [string, string]> = [
  ['natural_person', '自然人'],
  ['commercial_enterprise', '商业企业'],
  ['research_institution', '科研机构'],
  ['social_welfare_organization', '社会公益组织'],
  ['legal_service_organization', '法律服务机构'],
  ['other_organization', '其他'],
];

export function applicantsChart(report: AnnualReport): ChartData {
  return { categories: APPLICANTS.map(([, label]) => label), values: APPLICANTS.map(([id]) => numberAt(report, `applications.new_received.${id}`)) };
}

// The same five counts in each format's own cells (the 2019 format names them differently).
const ACTIVE_COUNTS: ReadonlyArray<{ label: string; gov_2021: string; gov_2019: string }> = [
  { label: '规章', gov_2021: 'art20_item1.regulations.issued_this_year', gov_2019: 'art20_item1.regulations.newly_made' },
  { label: '规范性文件', gov_2021: 'art20_item1.normative_documents.issued_this_year', gov_2019: 'art20_item1.normative_documents.newly_made' },
  { label: '许可决定', gov_2021: 'art20_item5.administrative_licensing.decisions_this_year', gov_2019: 'art20_item5.administrative_licensing.decisions_count' },
  { label: '处罚决定', gov_2021: 'art20_item6.administrative_penalty.decisions_this_year', gov_2019: 'art20_item6.administrative_penalty.decisions_count' },
  { label: '强制决定', gov_2021: 'art20_item6.administrative_coercion.decisions_this_year', gov_2019: 'art20_item6.administrative_coercion.decisions_count' },
];

export function activeDisclosureChart(report: AnnualReport): ChartData {
  const format = report.tableFormats?.active_disclosure ?? report.format;
  return { categories: ACTIVE_COUNTS.map((c) => c.label), values: ACTIVE_COUNTS.map((c) => numberAt(report, `active_disclosure.${format === 'gov_2019' ? c.gov_2019 : c.gov_2021}`)) };
}

export function hasAny(...charts: ChartData[]): boolean {
  return charts.some((c) => c.values.some((v) => v > 0));
}

// Table 四 (政府信息公开行政复议、行政诉讼情况) counted from the agency's records. Pure.
//
// Which year a case counts in (spec annual-report-format.md §4, product interpretation README U15): the year it
// was filed, or — if it was filed earlier — the year it concluded; 尚未审结 is a case still open on 31 December
// of the report year. So a case filed in 2024 and decided in 2025 is 尚未审结 in the 2024 report and counts again,
// with its result, in the 2025 report; a case open through a whole year it was neither filed nor concluded in is
// not counted that year.
import { yearOf } from '../../../law/local-date.ts';
import { APPEAL_KINDS, APPEAL_RESULTS, type AppealFacts } from './appeal.ts';

const COLUMNS = [...APPEAL_RESULTS, 'pending'] as const;

export function countsInYear(appeal: AppealFacts, year: number): boolean {
  if (yearOf(appeal.filedOn) === year) return true;
  return yearOf(appeal.filedOn) < year && appeal.concludedOn !== null && yearOf(appeal.concludedOn) === year;
}

/** The column of a counted case: its result when it concluded by 31 December of `year`, else 尚未审结. */
export function columnInYear(appeal: AppealFacts, year: number): (typeof COLUMNS)[number] {
  if (appeal.concludedOn !== null && appeal.result !== null && yearOf(appeal.concludedOn) <= year) return appeal.result;
  return 'pending';
}

/** The 15 cells of table 四, keyed as the format keys them (`review_litigation.<block>.<column>`). */
export function table4Cells(appeals: readonly AppealFacts[], year: number): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const kind of APPEAL_KINDS) {
    for (const column of COLUMNS) cells[`review_litigation.${kind}.${column}`] = 0;
    cells[`review_litigation.${kind}.total`] = 0;
  }
  for (const appeal of appeals) {
    if (!countsInYear(appeal, year)) continue;
    cells[`review_litigation.${appeal.kind}.${columnInYear(appeal, year)}`]! += 1;
    cells[`review_litigation.${appeal.kind}.total`]! += 1;
  }
  return cells;
}

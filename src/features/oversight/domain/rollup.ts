// The 政务公开办's roll-up (issue 12 §4; 条例第三条：监督本行政区域的政府信息公开工作): tables 二, 三 and 四 summed
// over the published reports of the agencies it supervises for one year, with which agency makes up each
// figure. Pure: the reports are arguments.
import { buildReport, cellKeys, tableIds, tableFormat, type AnnualReport, type FormatId } from '../../../report/index.ts';

export interface RollupPart {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly report: AnnualReport;
}

export interface Contribution {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly value: number;
}

export interface Rollup {
  /** The sum as a report of the format, so the report's own renderers and rules apply to it. */
  readonly report: AnnualReport;
  /** Per cell, the agencies whose report gives it a value other than 0 (the drill-down). */
  readonly contributions: Readonly<Record<string, readonly Contribution[]>>;
  /** Reports that were not added up because a table follows another format, with the table. */
  readonly otherFormat: ReadonlyArray<{ readonly agencyName: string; readonly table: string }>;
}

function numberOf(report: AnnualReport, key: string): number {
  const cell = report.cells[key];
  return cell && cell.kind === 'number' && cell.value !== null ? cell.value : 0;
}

/**
 * Adds the reports up cell by cell: a blank or "/" adds nothing; 万元 amounts keep 4 decimals (1 元). A table
 * laid out in another format than the year's (a 2019-style table 三 in a 2021 report) is left out and named.
 */
export function sumReports(format: FormatId, year: number, name: string, parts: readonly RollupPart[]): Rollup {
  const values: Record<string, number> = {};
  const contributions: Record<string, Contribution[]> = {};
  const otherFormat: Array<{ agencyName: string; table: string }> = [];
  for (const table of tableIds) {
    const keys = cellKeys(format, table);
    for (const part of parts) {
      // Table 四 is the same in both formats; the others differ row by row.
      const own = tableFormat(part.report, table);
      if (own !== format && cellKeys(own, table).join() !== keys.join()) {
        otherFormat.push({ agencyName: part.agencyName, table });
        continue;
      }
      for (const key of keys) {
        const value = numberOf(part.report, key);
        if (value === 0) continue;
        values[key] = Number(((values[key] ?? 0) + value).toFixed(4));
        (contributions[key] ??= []).push({ agencyId: part.agencyId, agencyName: part.agencyName, value });
      }
    }
  }
  const built = buildReport({ format, year, agency: name, values, title: `${name}${year}年政府信息公开工作年度报告汇总（${parts.length}个单位）` });
  // Only the three table sections: the agencies' texts do not add up.
  const report: AnnualReport = { ...built, sections: built.sections.filter((s) => (tableIds as readonly string[]).includes(s.id)) };
  return { report, contributions, otherFormat };
}

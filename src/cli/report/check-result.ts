// The machine-readable result of checking one file (`gongkai report check --json`): one object per
// file, exactly the CheckResultJson shape of the report model.
import type { AnnualReport, CheckResultJson, Finding } from '../../report/model.ts';
import { cellEvidence } from './explain.ts';

/** Cells as numbers: null for a blank cell; a "/" cell counts 0 and is listed in notApplicable. */
export function toCheckResultJson(file: string, report: AnnualReport, findings: Finding[]): CheckResultJson {
  const cells: Record<string, number | null> = {};
  const notApplicable: string[] = [];
  for (const [key, cell] of Object.entries(report.cells)) {
    if (cell.kind === 'not_applicable') {
      cells[key] = 0;
      notApplicable.push(key);
    } else cells[key] = cell.kind === 'blank' ? null : cell.value;
  }
  const result: CheckResultJson = {
    file,
    format: report.format,
    year: report.year,
    agency: report.agency,
    cells,
    findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, cells: [...f.cells] })),
  };
  if (notApplicable.length > 0) result.notApplicable = notApplicable;
  result.evidence = cellEvidence(report);
  return result;
}

/** The result for a file that could not be read or is not an annual report (exit status 2). */
export function unreadableResult(file: string, message: string): CheckResultJson {
  return { file, format: null, year: null, agency: null, cells: {}, findings: [], error: message };
}

/** Reader findings first, then the rules' findings, each reported once. */
export function mergeFindings(readFindings: Finding[] | undefined, ruleFindings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...(readFindings ?? []), ...ruleFindings]) {
    const key = `${f.rule}\u0000${f.message}\u0000${f.cells.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** Exit status of one result: 2 unreadable, 1 rule errors, 0 otherwise. */
export function exitStatusOf(result: CheckResultJson): 0 | 1 | 2 {
  if (result.error !== undefined) return 2;
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

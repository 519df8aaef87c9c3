// The county's combined figures for the 政务公开办 (issue 12 §4): tables 二, 三 and 四 of the year summed over
// the published reports of the agencies it supervises, the rules re-checked on the sums, the agencies without
// a published report named, each figure's make-up by agency, and the sum as Word and Excel.
import { fromJson } from '../../db/dialect.ts';
import { ValidationError } from '../../platform/errors.ts';
import { cellName, checkReport, formatForYear, renderDocx, renderXlsx, type AnnualReport, type Finding } from '../../report/index.ts';
import type { Actor } from '../accounts/domain/policy.ts';
import type { AgencyInTree } from '../agencies/agencies.service.ts';
import { supervisedAgencies } from './dashboard.service.ts';
import { sumReports, type Contribution, type Rollup } from './domain/rollup.ts';
import type { OversightDeps } from './oversight.deps.ts';
import { listPublishedReportsOfYear } from './oversight.repository.ts';

export interface RollupView extends Rollup {
  readonly year: number;
  readonly name: string;
  readonly included: readonly AgencyInTree[];
  /** Agencies that publish a report of their own and have not published this year's here. */
  readonly missing: readonly AgencyInTree[];
  readonly findings: readonly Finding[];
}

// The 政务公开办's own work is reported in its government's report (条例第四十八条、第四十九条).
const WITHOUT_OWN_REPORT = new Set(['disclosure_office']);

export async function countyRollup(deps: Pick<OversightDeps, 'ctx'>, actor: Actor, year: number): Promise<RollupView> {
  const format = formatForYear(year);
  if (!format) throw new ValidationError({ year: '请选择 2019 年及以后的年度（2019 年起施行现行年度报告格式）。' });
  const agencies = await supervisedAgencies(deps, actor);
  const rows = await listPublishedReportsOfYear(deps.ctx.db, agencies.map((a) => a.id), year);
  const reportOf = new Map(rows.filter((r) => r.published_report).map((r) => [r.agency_id, fromJson<AnnualReport>(r.published_report!)]));
  const included = agencies.filter((a) => reportOf.has(a.id));
  const missing = agencies.filter((a) => !reportOf.has(a.id) && !WITHOUT_OWN_REPORT.has(a.level));
  const name = agencies[0]?.name ?? '';
  const rollup = sumReports(format, year, name, included.map((a) => ({ agencyId: a.id, agencyName: a.name, report: reportOf.get(a.id)! })));
  // The arithmetic rules (勾稽关系) on the sums; the deadline and cross-year rules belong to each agency's own report.
  const findings = checkReport(rollup.report).filter((f) => f.severity === 'error' || f.rule.startsWith('T'));
  return { ...rollup, year, name, included, missing, findings };
}

/** Which agencies make up one figure of the roll-up. */
export function contributionsOf(view: RollupView, key: string): { label: string; rows: readonly Contribution[] } | null {
  if (!Object.hasOwn(view.report.cells, key)) return null;
  return { label: cellName(view.report.format, key), rows: view.contributions[key] ?? [] };
}

export async function rollupFile(deps: Pick<OversightDeps, 'ctx'>, actor: Actor, year: number, kind: 'docx' | 'xlsx'): Promise<{ fileName: string; contentType: string; body: Uint8Array }> {
  const view = await countyRollup(deps, actor, year);
  const fileName = `${view.name}${year}年政府信息公开工作年度报告汇总.${kind}`;
  return kind === 'docx'
    ? { fileName, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: await renderDocx(view.report) }
    : { fileName, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await renderXlsx(view.report) };
}

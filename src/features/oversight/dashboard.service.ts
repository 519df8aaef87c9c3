// The 政务公开办 dashboard (条例第三条：监督本行政区域的政府信息公开工作): one row per agency of the
// supervisor's subtree, built from a fixed number of grouped queries whatever the number of agencies —
// never a loop of per-agency queries.
import { localDateOfInstant } from '../../law/local-date.ts';
import { ForbiddenError } from '../../platform/errors.ts';
import { agencyLevels, deadlineFor, type AgencyLevel, type Finding } from '../../report/index.ts';
import { fromJson } from '../../db/dialect.ts';
import { grantRootsFor, type Actor } from '../accounts/domain/policy.ts';
import { getSubtree, type AgencyInTree } from '../agencies/agencies.service.ts';
import { listStandingForYear } from '../annual-reports/annual-reports.repository.ts';
import { replyUrgencyByAgency } from '../applications/applications.service.ts';
import { countReleaseFiguresByAgency } from '../catalogue/catalogue.repository.ts';
import { countOverdueComplaintsByAgency } from '../catalogue/complaints.service.ts';
import { dashboardCsv } from './domain/dashboard-csv.ts';
import { reportStateOf, reportTimeliness, sortProblemsFirst, totalsOf, type AgencyFigures, type DashboardTotals } from './domain/dashboard.ts';
import type { OversightDeps } from './oversight.deps.ts';
import { countOpenCorrectionsByAgency } from './oversight.repository.ts';

export const NOT_SUPERVISOR = '只有政务公开办（监督角色）可以查看监督汇总。如需开通，请联系县级管理员授予“监督”角色。';

/** The agencies the actor supervises ('oversight.read', subtree), tree order; refused for everyone else. */
export async function supervisedAgencies(deps: Pick<OversightDeps, 'ctx'>, actor: Actor): Promise<AgencyInTree[]> {
  const roots = grantRootsFor(actor, 'oversight.read');
  if (roots.length === 0) throw new ForbiddenError(NOT_SUPERVISOR);
  const seen = new Set<string>();
  const out: AgencyInTree[] = [];
  for (const root of roots) {
    for (const agency of await getSubtree(deps.ctx, actor, root.agencyId)) {
      if (seen.has(agency.id)) continue;
      seen.add(agency.id);
      out.push(agency);
    }
  }
  return out;
}

export interface Dashboard {
  readonly today: string;
  /** The year whose annual report is due this year (last year). */
  readonly reportYear: number;
  readonly rows: AgencyFigures[];
  readonly totals: DashboardTotals;
  /** Agency codes by id, for links to the public 专栏. */
  readonly codes: ReadonlyMap<string, string>;
}

function reportLevel(level: string): AgencyLevel {
  // 政务公开办 and other offices publish like departments (1月31日); deadlineFor's default branch.
  return (agencyLevels as readonly string[]).includes(level) ? (level as AgencyLevel) : 'county_department';
}

/** Reads only the context and the reply clock's calendar (the staff home passes just those). */
export async function dashboard(deps: Pick<OversightDeps, 'ctx'> & { readonly applications: Pick<OversightDeps['applications'], 'ctx' | 'calendar'> }, actor: Actor): Promise<Dashboard> {
  const agencies = await supervisedAgencies(deps, actor);
  const ids = agencies.map((a) => a.id);
  const today = localDateOfInstant(deps.ctx.now());
  const year = Number(today.slice(0, 4));
  const reportYear = year - 1;
  const [urgency, catalogue, reports, corrections, complaints] = await Promise.all([
    replyUrgencyByAgency(deps.applications, ids),
    countReleaseFiguresByAgency(deps.ctx.db, ids, today, `${year}-01-01`),
    listStandingForYear(deps.ctx.db, ids, reportYear),
    countOpenCorrectionsByAgency(deps.ctx.db, ids, reportYear),
    // One grouped count on catalogue_complaint_agency_idx (the cut-off day is worked out on the calendar first).
    countOverdueComplaintsByAgency(deps.ctx, deps.applications.calendar, ids, today),
  ]);
  const reportOf = new Map(reports.map((r) => [r.agency_id, r]));
  const rows: AgencyFigures[] = agencies.map((agency, treeOrder) => {
    const report = reportOf.get(agency.id);
    const findings = report ? (fromJson<Finding[]>(report.findings) ?? []) : [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    const state = reportStateOf(report?.status ?? null);
    const publishedOn = report?.published_on ?? null;
    // 条例第四十九条 (townships: the county default 1月31日, spec README U5).
    const deadline = deadlineFor(reportYear, reportLevel(agency.level)).date;
    const counts = urgency.get(agency.id);
    const release = catalogue.get(agency.id);
    return {
      agencyId: agency.id,
      agencyName: agency.name,
      agencyCode: agency.code,
      treeOrder,
      openApplications: counts?.open ?? 0,
      overdueReplies: counts?.overdue ?? 0,
      dueSoonReplies: counts?.dueSoon ?? 0,
      overdueCatalogue: release?.overdue ?? 0,
      overdueComplaints: complaints.get(agency.id) ?? 0,
      publishedThisYear: release?.publishedSince ?? 0,
      report: {
        id: report?.id ?? null,
        year: reportYear,
        state,
        publishedOn,
        deadline,
        timeliness: reportTimeliness({ state, publishedOn, deadline, today }),
        errors,
        warnings: findings.length - errors,
        openCorrections: corrections.get(agency.id) ?? 0,
      },
    };
  });
  const sorted = sortProblemsFirst(rows);
  return { today, reportYear, rows: sorted, totals: totalsOf(sorted), codes: new Map(agencies.map((a) => [a.id, a.code])) };
}

/** The dashboard as a CSV download (same rows and order, totals last). */
export async function dashboardExport(deps: OversightDeps, actor: Actor): Promise<{ fileName: string; body: string }> {
  const view = await dashboard(deps, actor);
  return { fileName: `政务公开监督汇总_${view.today}.csv`, body: dashboardCsv(view.rows, view.totals) };
}

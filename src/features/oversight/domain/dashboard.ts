// The 政务公开办 dashboard, one row per agency of the subtree: what the figures mean, how the annual report
// of last year stands against its deadline, which rows are problems (shown first) and the totals row.
// Pure: the service hands in the aggregates, today's date and each agency's report deadline.

/** Last year's annual report as the supervisor sees it: 未开始 / 草稿 / 已提交 / 已发布. */
export type ReportState = 'not_started' | 'draft' | 'submitted' | 'published';

export const reportStateLabels: Readonly<Record<ReportState, string>> = {
  not_started: '未开始',
  draft: '草稿',
  submitted: '已提交',
  published: '已发布',
};

/** The annual report workflow's status → what the supervisor sees (审定待公布 is still 已提交: not yet public). */
export function reportStateOf(status: string | null): ReportState {
  if (status === null) return 'not_started';
  if (status === 'published') return 'published';
  if (status === 'submitted' || status === 'approved') return 'submitted';
  return 'draft';
}

/**
 * 条例第四十九条：the report is published by the deadline (1月31日 for departments and, by the county's
 * default, townships; 3月31日 for a county government's own report). "前" = on or before that day.
 */
export type ReportTimeliness = 'on_time' | 'late' | 'overdue' | 'not_due';

export const reportTimelinessLabels: Readonly<Record<ReportTimeliness, string>> = {
  on_time: '按时发布',
  late: '逾期发布',
  overdue: '逾期未发布',
  not_due: '未到期限',
};

export function reportTimeliness(input: { state: ReportState; publishedOn: string | null; deadline: string; today: string }): ReportTimeliness {
  if (input.state === 'published' && input.publishedOn) return input.publishedOn <= input.deadline ? 'on_time' : 'late';
  return input.today > input.deadline ? 'overdue' : 'not_due';
}

export interface AgencyFigures {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly agencyCode: string;
  /** Position in the agency tree (parents first): the order among rows without problems. */
  readonly treeOrder: number;
  readonly openApplications: number;
  /** Derived by the reply clock as on the staff home (条例第三十三条), never stored. */
  readonly overdueReplies: number;
  /** Replies due within 3 working days. */
  readonly dueSoonReplies: number;
  /** Not released although the 条例第二十六条 deadline (20 working days) has passed. */
  readonly overdueCatalogue: number;
  /**
   * Public complaints (条例第四十七条第二款、第五十一条) unanswered past the product default of
   * catalogue/domain/complaint.ts COMPLAINT_ANSWER_WORKING_DAYS. Not a statutory deadline, so not a
   * problem in problemCount: shown for the supervisor to follow up, not to reorder the table.
   */
  readonly overdueComplaints: number;
  readonly publishedThisYear: number;
  readonly report: {
    readonly id: string | null;
    readonly year: number;
    readonly state: ReportState;
    readonly publishedOn: string | null;
    readonly deadline: string;
    readonly timeliness: ReportTimeliness;
    readonly errors: number;
    readonly warnings: number;
    /** 要求整改 the agency has not answered yet. */
    readonly openCorrections: number;
  };
}

/**
 * How many things are wrong in a row, weighed so that breaches of a statutory deadline come first:
 * overdue replies (条例第三十三条) and overdue releases (第二十六条) count one each, a report past its
 * deadline (第四十九条) and a report with HARD rule errors count one each; due-soon replies are not
 * yet problems (they only order rows with equal problems).
 */
export function problemCount(row: AgencyFigures): number {
  const reportLate = row.report.timeliness === 'overdue' || row.report.timeliness === 'late' ? 1 : 0;
  return row.overdueReplies + row.overdueCatalogue + reportLate + (row.report.errors > 0 ? 1 : 0) + row.report.openCorrections;
}

/** Problems first (most first), then replies due soon, then report warnings, then the agency tree order. */
export function sortProblemsFirst(rows: readonly AgencyFigures[]): AgencyFigures[] {
  return rows.toSorted(
    (a, b) =>
      problemCount(b) - problemCount(a) ||
      b.dueSoonReplies - a.dueSoonReplies ||
      b.report.warnings - a.report.warnings ||
      a.treeOrder - b.treeOrder,
  );
}

export interface DashboardTotals {
  readonly agencies: number;
  readonly openApplications: number;
  readonly overdueReplies: number;
  readonly dueSoonReplies: number;
  readonly overdueCatalogue: number;
  readonly overdueComplaints: number;
  readonly publishedThisYear: number;
  readonly reportStates: Readonly<Record<ReportState, number>>;
  readonly reportsLate: number;
  readonly reportsOverdue: number;
  readonly reportErrors: number;
  readonly reportWarnings: number;
  readonly openCorrections: number;
  /** Agencies with at least one problem (problemCount > 0). */
  readonly agenciesWithProblems: number;
}

export function totalsOf(rows: readonly AgencyFigures[]): DashboardTotals {
  const reportStates: Record<ReportState, number> = { not_started: 0, draft: 0, submitted: 0, published: 0 };
  let openApplications = 0, overdueReplies = 0, dueSoonReplies = 0, overdueCatalogue = 0, overdueComplaints = 0, publishedThisYear = 0;
  let reportsLate = 0, reportsOverdue = 0, reportErrors = 0, reportWarnings = 0, openCorrections = 0, agenciesWithProblems = 0;
  for (const r of rows) {
    openApplications += r.openApplications;
    overdueReplies += r.overdueReplies;
    dueSoonReplies += r.dueSoonReplies;
    overdueCatalogue += r.overdueCatalogue;
    overdueComplaints += r.overdueComplaints;
    publishedThisYear += r.publishedThisYear;
    reportStates[r.report.state] += 1;
    if (r.report.timeliness === 'late') reportsLate += 1;
    if (r.report.timeliness === 'overdue') reportsOverdue += 1;
    reportErrors += r.report.errors;
    reportWarnings += r.report.warnings;
    openCorrections += r.report.openCorrections;
    if (problemCount(r) > 0) agenciesWithProblems += 1;
  }
  return {
    agencies: rows.length,
    openApplications,
    overdueReplies,
    dueSoonReplies,
    overdueCatalogue,
    overdueComplaints,
    publishedThisYear,
    reportStates,
    reportsLate,
    reportsOverdue,
    reportErrors,
    reportWarnings,
    openCorrections,
    agenciesWithProblems,
  };
}

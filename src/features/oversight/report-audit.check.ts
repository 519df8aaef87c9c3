// The check step of the bulk audit: once every file of a batch has been read (report-audit.worker.ts),
// each read report is checked by the report engine with the context the rules need — the agency level
// and the publication date (R_DEADLINE, 条例第四十九条: departments by 1月31日, a county government's own
// report by 3月31日), and last year's report (the cross-year rules: T3_PRIOR_CARRYOVER, T2_VALID_CONTINUITY,
// T4_PENDING_CONTINUITY …), found among the batch's files or among the reports the agency published on
// this platform. The context and the rules that could not run are stored with the result.
// checkReport on a read report takes about 5 ms (BENCHMARKS.md "Bulk audit"), so it runs here, between
// database calls, and only the reading (PDF, Word) is kept on the reader thread.
import { mergeFindings } from '../../cli/report/check-result.ts';
import { fromJson, toJson } from '../../db/dialect.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { checkReport, type AnnualReport, type CheckOptions, type Finding } from '../../report/index.ts';
import { findSubtreeIds, listAgenciesByIds } from '../agencies/agencies.repository.ts';
import { getEffectiveSetting } from '../agencies/settings.service.ts';
import { findPublished } from '../annual-reports/annual-reports.repository.ts';
import { TOWNSHIP_DEADLINE_SETTING } from '../annual-reports/annual-reports.service.ts';
import { auditLevelOfAgency, isAuditLevel } from './domain/agency-level.ts';
import {
  identityOf,
  matchTreeAgency,
  priorInBatch,
  resolveContext,
  type AuditContext,
  type FileCorrections,
  type PairCandidate,
  type PriorSource,
  type TreeAgency,
} from './domain/audit-context.ts';
import * as repo from './oversight.repository.ts';

/** The corrections column as stored (validated when written; anything else is ignored). */
export function correctionsOf(json: string | null): FileCorrections {
  const raw = json ? (fromJson<Record<string, unknown>>(json) ?? {}) : {};
  const out: { agencyName?: string; year?: number; agencyLevel?: FileCorrections['agencyLevel']; publishedOn?: string } = {};
  if (typeof raw.agencyName === 'string' && raw.agencyName !== '') out.agencyName = raw.agencyName;
  if (typeof raw.year === 'number' && Number.isInteger(raw.year)) out.year = raw.year;
  if (isAuditLevel(raw.agencyLevel)) out.agencyLevel = raw.agencyLevel;
  if (typeof raw.publishedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.publishedOn)) out.publishedOn = raw.publishedOn;
  return out;
}

async function treeOf(ctx: ServiceContext, rootId: string): Promise<TreeAgency[]> {
  const agencies = await listAgenciesByIds(ctx.db, await findSubtreeIds(ctx.db, rootId), { includeArchived: false });
  return agencies.map((a) => ({ id: a.id, name: a.name, shortName: a.shortName, level: auditLevelOfAgency(a.level) }));
}

/** Checks the read files of one batch (all its files must have been read) and finishes the batch. */
export async function checkReadBatch(ctx: ServiceContext, batchId: string, log?: (message: string, error: unknown) => void): Promise<void> {
  const batch = await repo.findBatch(ctx.db, batchId);
  if (!batch) return;
  const files = await repo.listAuditFiles(ctx.db, batch.agency_id, batchId);
  const reports = new Map<string, AnnualReport>();
  for (const f of files) if (f.report) reports.set(f.id, fromJson<AnnualReport>(f.report));
  const candidates = new Map<string, PairCandidate>();
  for (const f of files) {
    if (!reports.has(f.id)) continue;
    const read = { agencyName: f.agency_name, year: f.year === null ? null : Number(f.year) };
    candidates.set(f.id, { seq: Number(f.seq), fileName: f.file_name, ...identityOf(read, correctionsOf(f.corrections)) });
  }
  const tree = await treeOf(ctx, batch.agency_id);
  const deadlines = new Map<string, string | undefined>();
  const townshipDeadlineOf = async (agencyId: string) => {
    if (!deadlines.has(agencyId)) {
      const value = await getEffectiveSetting<unknown>(ctx, agencyId, TOWNSHIP_DEADLINE_SETTING);
      deadlines.set(agencyId, typeof value === 'string' && /^\d{2}-\d{2}$/.test(value) ? value : undefined);
    }
    return deadlines.get(agencyId);
  };
  const defaults = { publishedOn: batch.published_on, agencyLevel: isAuditLevel(batch.agency_level) ? batch.agency_level : null };

  for (const file of files) {
    const report = reports.get(file.id);
    if (file.status !== 'pending' || !report) continue;
    let outcome: { context: AuditContext; findings: Finding[] } | { error: string };
    try {
      const candidate = candidates.get(file.id)!;
      const treeAgency = matchTreeAgency(candidate.agencyName, tree);
      let prior: PriorSource | null = null;
      let priorReport: AnnualReport | undefined;
      const inBatch = priorInBatch(candidate, [...candidates.values()]);
      if (inBatch) {
        const priorFile = files.find((f) => Number(f.seq) === inBatch.seq)!;
        prior = { kind: 'batch', seq: inBatch.seq, fileName: inBatch.fileName, year: inBatch.year! };
        priorReport = reports.get(priorFile.id);
      } else if (treeAgency && candidate.year !== null) {
        const published = await findPublished(ctx.db, treeAgency.id, candidate.year - 1);
        if (published?.published_report) {
          prior = { kind: 'platform', agencyName: treeAgency.name, year: candidate.year - 1, publishedOn: published.published_on };
          priorReport = fromJson<AnnualReport>(published.published_report);
        }
      }
      const source = file.stated_published_source;
      const stated = file.stated_published_on && (source === 'page' || source === 'signature') ? { date: file.stated_published_on, source: source as 'page' | 'signature' } : null;
      const context = resolveContext({ read: { agencyName: file.agency_name, year: file.year === null ? null : Number(file.year) }, corrections: correctionsOf(file.corrections), batch: defaults, stated, treeAgency, prior });
      const options: CheckOptions = {};
      if (context.agencyLevel) options.agencyLevel = context.agencyLevel.value;
      if (context.publishedOn) options.publishedOn = context.publishedOn.value;
      if (priorReport && context.prior) options.prior = priorReport;
      const townshipDeadline = await townshipDeadlineOf(treeAgency?.id ?? batch.agency_id);
      if (townshipDeadline) options.townshipDeadline = townshipDeadline;
      // The corrected year and name are the report's for the rules (R_FORMAT_MATCHES_YEAR, R_DEADLINE …).
      const subject: AnnualReport = { ...report, year: context.year, agency: context.agencyName };
      outcome = { context, findings: mergeFindings(report.readFindings, checkReport(subject, options)) };
    } catch (error) {
      // A rule bug must not stall the queue: this file is reported, the others are checked.
      log?.(`核查“${file.file_name}”时规则检查出错`, error);
      outcome = { error: '检查时出现意外错误，无法完成这份报告的核查。' };
    }
    const at = ctx.now().toISOString();
    await ctx.db.transaction().execute(async (trx) => {
      const patch =
        'error' in outcome
          ? { status: 'failed' as const, error: outcome.error, checked_at: at }
          : {
              status: 'checked' as const,
              error: null,
              error_count: outcome.findings.filter((f) => f.severity === 'error').length,
              warning_count: outcome.findings.filter((f) => f.severity !== 'error').length,
              findings: toJson(outcome.findings),
              context: toJson(outcome.context),
              checked_at: at,
            };
      // Only a still-pending row is finished (a second server process may have been quicker).
      if (!(await repo.finishAuditFile(trx, file.id, patch))) return;
      if ((await repo.countPendingInBatch(trx, batchId)) === 0) await repo.markBatchDone(trx, batchId, at);
    });
  }
}

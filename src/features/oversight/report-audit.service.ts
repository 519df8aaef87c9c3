// Bulk audit of published annual reports (条例第三条、第四十九条、第五十条): a supervisor uploads many report
// files at once; each is read and checked by the report engine off the request thread (ReportAuditRunner),
// and the batch with every file's result is kept so the results page can be reloaded and downloaded.
import { rmSync } from 'node:fs';
import { fromJson } from '../../db/dialect.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { Finding, FormatId } from '../../report/index.ts';
import { actorAccountId, can, grantRootsFor, type Actor } from '../accounts/domain/policy.ts';
import { findAncestryIds, listAgenciesByIds } from '../agencies/agencies.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditResultsCsv, auditResultsJson, type AuditFileResult } from './domain/audit-results.ts';
import type { OversightDeps } from './oversight.deps.ts';
import * as repo from './oversight.repository.ts';
import { auditFilePath, expandUpload, MAX_BATCH_FILES, storeAuditFile, type UploadedFile } from './report-audit.files.ts';

const NOT_ALLOWED = '只有政务公开办（监督角色）可以核查已公布的年度报告。';
const BATCH_NOT_FOUND = '找不到这批核查结果，它可能不存在或您无权查看。';

/** The government whose supervisors own a new batch: the current agency when it is a supervision root. */
function batchOwner(actor: Actor): string {
  const roots = grantRootsFor(actor, 'oversight.review');
  if (roots.length === 0) throw new ForbiddenError(NOT_ALLOWED);
  const current = actor.kind === 'account' ? actor.agencyId : null;
  return (roots.find((r) => r.agencyId === current) ?? roots[0]!).agencyId;
}

export async function startAudit(deps: OversightDeps, actor: Actor, files: readonly UploadedFile[]): Promise<{ batchId: string; accepted: number; refused: number }> {
  const { ctx } = deps;
  const agencyId = batchOwner(actor);
  if (files.length === 0) throw new ValidationError({ files: '请选择要核查的年度报告文件（文本、网页、Word、PDF 或 .zip 压缩包）。' });
  const entries = await expandUpload(files);
  if (entries.length > MAX_BATCH_FILES) {
    throw new ValidationError({ files: `一次最多核查 ${MAX_BATCH_FILES} 个文件（本次共 ${entries.length} 个，含压缩包内的文件），请分批上传。` });
  }
  const batchId = ctx.newId();
  const at = ctx.now().toISOString();
  const rows = entries.map((entry, i) => {
    const id = ctx.newId();
    return 'refused' in entry
      ? { id, seq: i + 1, name: entry.name, size: entry.size, stored: null, error: entry.refused, data: null }
      : { id, seq: i + 1, name: entry.name, size: entry.data.length, stored: id, error: null, data: entry.data };
  });
  // Files first, rows second: a row never points at a missing file; on failure the stored files are removed.
  const stored: string[] = [];
  try {
    for (const row of rows) {
      if (row.data && row.stored) {
        storeAuditFile(deps.dataDir, row.stored, row.data);
        stored.push(row.stored);
      }
    }
    await ctx.db.transaction().execute(async (trx) => {
      const pending = rows.filter((r) => r.stored).length;
      await repo.insertBatch(trx, {
        id: batchId,
        agency_id: agencyId,
        status: pending > 0 ? 'running' : 'done',
        file_count: rows.length,
        created_by: actorAccountId(actor),
        created_at: at,
        finished_at: pending > 0 ? null : at,
      });
      for (const row of rows) {
        await repo.insertAuditFile(trx, {
          id: row.id,
          batch_id: batchId,
          agency_id: agencyId,
          seq: row.seq,
          file_name: row.name.slice(0, 500),
          size_bytes: row.size,
          stored_name: row.stored,
          status: row.stored ? 'pending' : 'failed',
          error: row.error,
          format: null,
          year: null,
          agency_name: null,
          error_count: 0,
          warning_count: 0,
          findings: null,
          checked_at: row.stored ? null : at,
        });
      }
      await recordAudit(trx, ctx, actor, {
        action: 'report_audit.start',
        objectType: 'report_audit_batch',
        objectId: batchId,
        agencyId,
        summary: `批量核查已公布年报：上传 ${rows.length} 个文件（${rows.filter((r) => !r.stored).length} 个无法核查）`,
        after: { files: rows.map((r) => ({ name: r.name, size: r.size, refused: r.error })) },
      });
    });
  } catch (error) {
    for (const name of stored) rmSync(auditFilePath(deps.dataDir, name), { force: true });
    throw error;
  }
  return { batchId, accepted: stored.length, refused: rows.length - stored.length };
}

export interface BatchView {
  readonly id: string;
  readonly agencyName: string;
  readonly status: 'running' | 'done';
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly files: AuditFileResult[];
  readonly pending: number;
}

function resultOf(row: repo.AuditFileRow): AuditFileResult {
  return {
    seq: Number(row.seq),
    fileName: row.file_name,
    sizeBytes: Number(row.size_bytes),
    status: row.status,
    error: row.error,
    format: row.format as FormatId | null,
    year: row.year === null ? null : Number(row.year),
    agencyName: row.agency_name,
    errorCount: Number(row.error_count),
    warningCount: Number(row.warning_count),
    findings: row.findings ? (fromJson<Finding[]>(row.findings) ?? []) : [],
  };
}

/** A batch with its results: for the supervisors of the government that owns it (and above). */
export async function getBatch(deps: OversightDeps, actor: Actor, id: string): Promise<BatchView> {
  const { ctx } = deps;
  const batch = await repo.findBatch(ctx.db, id);
  if (!batch) throw new NotFoundError(BATCH_NOT_FOUND);
  if (!can(actor, 'oversight.read', batch.agency_id, await findAncestryIds(ctx.db, batch.agency_id))) throw new NotFoundError(BATCH_NOT_FOUND);
  const [files, agencies] = await Promise.all([repo.listAuditFiles(ctx.db, batch.agency_id, id), listAgenciesByIds(ctx.db, [batch.agency_id], { includeArchived: true })]);
  const results = files.map(resultOf);
  return {
    id,
    agencyName: agencies[0]?.name ?? '',
    status: batch.status,
    createdAt: batch.created_at,
    finishedAt: batch.finished_at,
    files: results,
    pending: results.filter((f) => f.status === 'pending').length,
  };
}

export interface BatchListRow {
  readonly id: string;
  readonly status: 'running' | 'done';
  readonly createdAt: string;
  readonly fileCount: number;
}

/** The latest batches of the governments the actor supervises. */
export async function listBatches(deps: OversightDeps, actor: Actor): Promise<BatchListRow[]> {
  const roots = grantRootsFor(actor, 'oversight.read');
  if (roots.length === 0) throw new ForbiddenError(NOT_ALLOWED);
  const rows = await repo.listBatches(deps.ctx.db, roots.map((r) => r.agencyId), 20);
  return rows.map((r) => ({ id: r.id, status: r.status, createdAt: r.created_at, fileCount: Number(r.file_count) }));
}

export async function exportBatch(deps: OversightDeps, actor: Actor, id: string, kind: 'csv' | 'json'): Promise<{ fileName: string; contentType: string; body: string }> {
  const view = await getBatch(deps, actor, id);
  const day = view.createdAt.slice(0, 10);
  if (kind === 'json') {
    return { fileName: `年报批量核查结果_${day}.json`, contentType: 'application/json; charset=utf-8', body: auditResultsJson({ id: view.id, createdAt: view.createdAt, finishedAt: view.finishedAt }, view.files) };
  }
  return { fileName: `年报批量核查结果_${day}.csv`, contentType: 'text/csv; charset=utf-8', body: auditResultsCsv(view.files) };
}

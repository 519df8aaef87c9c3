// Bulk audit of published annual reports (条例第三条、第四十九条、第五十条): a supervisor uploads many report
// files at once; each is read and checked by the report engine off the request thread (ReportAuditRunner),
// and the batch with every file's result is kept so the results page can be reloaded and downloaded.
import { rmSync } from 'node:fs';
import { z } from 'zod';
import { fromJson, toJson } from '../../db/dialect.ts';
import { localDateSchema } from '../../law/local-date.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, validationErrorFromIssues } from '../../platform/errors.ts';
import type { Finding, FormatId } from '../../report/index.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { actorAccountId, can, grantRootsFor, type Actor } from '../accounts/domain/policy.ts';
import { findAncestryIds, listAgenciesByIds } from '../agencies/agencies.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditLevels, isAuditLevel, type AuditLevel } from './domain/agency-level.ts';
import type { AuditContext, FileCorrections } from './domain/audit-context.ts';
import { auditResultsCsv, auditResultsJson, type AuditFileResult } from './domain/audit-results.ts';
import type { OversightDeps } from './oversight.deps.ts';
import * as repo from './oversight.repository.ts';
import { correctionsOf } from './report-audit.check.ts';
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

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalDate = z.preprocess(blankToUndefined, localDateSchema.optional());
const optionalLevel = z.preprocess(blankToUndefined, z.enum(auditLevels, { message: '请选择列表中的机关层级' }).optional());

/** The upload form's defaults for every file of the batch (both may be left empty). */
const batchDefaultsSchema = z.object({ published_on: optionalDate, agency_level: optionalLevel });

/** A supervisor's corrections of one file; an empty field removes that correction. */
const correctionSchema = z.object({
  agency_name: z.preprocess(blankToUndefined, z.string().trim().max(100, '机关名称不能超过 100 个字').optional()),
  year: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: '年度应为四位数字，例如 2024' }).int('年度应为四位数字，例如 2024').min(2008, '年度不能早于 2008 年（政府信息公开条例施行之年）').max(2100, '年度应为四位数字，例如 2024').optional(),
  ),
  agency_level: optionalLevel,
  published_on: optionalDate,
});

export async function startAudit(
  deps: OversightDeps,
  actor: Actor,
  files: readonly UploadedFile[],
  fields: Readonly<Record<string, string>> = {},
): Promise<{ batchId: string; accepted: number; refused: number }> {
  const { ctx } = deps;
  const agencyId = batchOwner(actor);
  const defaults = batchDefaultsSchema.safeParse(fields);
  if (!defaults.success) throw validationErrorFromIssues(defaults.error.issues);
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
        published_on: defaults.data.published_on ?? null,
        agency_level: defaults.data.agency_level ?? null,
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
          report: null,
          stated_published_on: null,
          stated_published_source: null,
          corrections: null,
          context: null,
        });
      }
      await recordAudit(trx, ctx, actor, {
        action: 'report_audit.start',
        objectType: 'report_audit_batch',
        objectId: batchId,
        agencyId,
        summary: `批量核查已公布年报：上传 ${rows.length} 个文件（${rows.filter((r) => !r.stored).length} 个无法核查）`,
        after: {
          files: rows.map((r) => ({ name: r.name, size: r.size, refused: r.error })),
          publishedOn: defaults.data.published_on ?? null,
          agencyLevel: defaults.data.agency_level ?? null,
        },
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
  /** The upload form's defaults. */
  readonly publishedOn: string | null;
  readonly agencyLevel: AuditLevel | null;
  /** Whether the actor may correct files (oversight.review on the batch's government). */
  readonly canCorrect: boolean;
}

function resultOf(row: repo.AuditFileResultRow): AuditFileResult {
  return {
    id: row.id,
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
    // A file checked before migration 0020 has no context: shown as "依据未记录", never as a full check.
    context: row.context && row.status === 'checked' ? fromJson<AuditContext>(row.context) : null,
    corrections: correctionsOf(row.corrections),
  };
}

async function batchFor(deps: OversightDeps, actor: Actor, id: string): Promise<{ batch: repo.BatchRow; ancestry: string[] }> {
  const batch = await repo.findBatch(deps.ctx.db, id);
  if (!batch) throw new NotFoundError(BATCH_NOT_FOUND);
  const ancestry = await findAncestryIds(deps.ctx.db, batch.agency_id);
  if (!can(actor, 'oversight.read', batch.agency_id, ancestry)) throw new NotFoundError(BATCH_NOT_FOUND);
  return { batch, ancestry };
}

/** A batch with its results: for the supervisors of the government that owns it (and above). */
export async function getBatch(deps: OversightDeps, actor: Actor, id: string): Promise<BatchView> {
  const { ctx } = deps;
  const { batch, ancestry } = await batchFor(deps, actor, id);
  const [files, agencies] = await Promise.all([repo.listAuditFileResults(ctx.db, batch.agency_id, id), listAgenciesByIds(ctx.db, [batch.agency_id], { includeArchived: true })]);
  const results = files.map(resultOf);
  return {
    id,
    agencyName: agencies[0]?.name ?? '',
    status: batch.status,
    createdAt: batch.created_at,
    finishedAt: batch.finished_at,
    files: results,
    pending: results.filter((f) => f.status === 'pending').length,
    publishedOn: batch.published_on,
    agencyLevel: isAuditLevel(batch.agency_level) ? batch.agency_level : null,
    canCorrect: can(actor, 'oversight.review', batch.agency_id, ancestry),
  };
}

/**
 * A supervisor gives or corrects what the file did not show (agency name, year, level, publication date):
 * kept with the file, and the batch's files are checked again, because a corrected name or year can
 * change which files are each other's previous year. The file is not read again.
 */
export async function correctFile(deps: OversightDeps, actor: Actor, batchId: string, fileId: string, body: unknown): Promise<void> {
  const { ctx } = deps;
  const { batch, ancestry } = await batchFor(deps, actor, batchId);
  authorize(actor, 'oversight.review', batch.agency_id, ancestry);
  const file = await repo.findAuditFile(ctx.db, batch.agency_id, batchId, fileId);
  if (!file) throw new NotFoundError('找不到这个文件，它可能不属于这批核查。');
  if (file.status === 'failed') throw new ConflictError('这个文件无法读取，更正机关、年度或日期也不能核查。请上传可以读取的文件。');
  const parsed = correctionSchema.safeParse(body ?? {});
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const c = parsed.data;
  const corrections: FileCorrections = {
    ...(c.agency_name ? { agencyName: c.agency_name } : {}),
    ...(c.year !== undefined ? { year: c.year } : {}),
    ...(c.agency_level ? { agencyLevel: c.agency_level } : {}),
    ...(c.published_on ? { publishedOn: c.published_on } : {}),
  };
  const before = correctionsOf(file.corrections);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateCorrections(trx, batch.agency_id, fileId, toJson(corrections));
    await repo.requeueBatch(trx, batch.agency_id, batchId);
    await recordAudit(trx, ctx, actor, {
      action: 'report_audit.correct',
      objectType: 'report_audit_file',
      objectId: fileId,
      agencyId: batch.agency_id,
      summary: `批量核查：更正第 ${Number(file.seq)} 个文件“${file.file_name}”的核查依据，重新核查本批报告`,
      before,
      after: corrections,
    });
  });
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

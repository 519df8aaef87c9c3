// 公开事项标准目录 (国办发〔2019〕54号; spec §2.3): each agency's table of disclosure items, edited by its
// staff row by row or by CSV import (all rows good or nothing imported), exported as CSV for Excel,
// shown in the 专栏 with how many published items each 二级事项 holds. Commands: permission first, one
// transaction, an audit event; every change the 专栏 page shows bumps the publication generation in that
// transaction, so the cached public page (platform/page-cache) is never older than the table.
import type { ServiceContext, Executor } from '../../platform/service-context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { bumpPublicationGeneration } from '../../platform/page-cache/publication-generation.ts';
import { authorize } from '../accounts/domain/authorize.ts';
import { can, type Actor } from '../accounts/domain/policy.ts';
import { findAgencyById, findAncestryIds } from '../agencies/agencies.repository.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findItemById } from './catalogue.repository.ts';
import type { CatalogueStandardRowTable } from './catalogue.tables.ts';
import { parseStandardCatalogueCsv, standardCatalogueCsv, validateStandardRow, type StandardRow } from './domain/standard-catalogue.ts';
import * as repo from './standard-catalogue.repository.ts';

const NOT_FOUND = '找不到该单位，它可能已被删除或您无权查看。';

/** Staff of the agency (any catalogue role) and the supervisors above it may read; `edit` needs 'catalogue.draft'. */
async function authorizeOn(executor: Executor, actor: Actor, agencyId: string, mode: 'read' | 'edit'): Promise<{ agency: Agency; canEdit: boolean }> {
  const agency = await findAgencyById(executor, agencyId);
  if (!agency) throw new NotFoundError(NOT_FOUND);
  const ancestry = await findAncestryIds(executor, agencyId);
  if (!can(actor, 'agency.read', agencyId, ancestry)) throw new NotFoundError(NOT_FOUND);
  const canEdit = can(actor, 'catalogue.draft', agencyId, ancestry);
  if (mode === 'edit') authorize(actor, 'catalogue.draft', agencyId, ancestry);
  else if (!(['catalogue.draft', 'catalogue.review', 'catalogue.approve', 'oversight.read'] as const).some((a) => can(actor, a, agencyId, ancestry))) {
    authorize(actor, 'catalogue.draft', agencyId, ancestry);
  }
  return { agency, canEdit };
}

export interface StandardRowView extends StandardRow {
  readonly id: string;
  /** Items filed under the row: every status (staff) and published ones (the public). */
  readonly itemCount: number;
  readonly publishedCount: number;
}

async function rowsWithCounts(executor: Executor, agencyId: string): Promise<StandardRowView[]> {
  const [rows, counts] = await Promise.all([repo.listRows(executor, agencyId), repo.countFiledItems(executor, agencyId)]);
  return rows.map((r) => ({ ...toRow(r), id: r.id, itemCount: counts.get(r.id)?.all ?? 0, publishedCount: counts.get(r.id)?.published ?? 0 }));
}

function toRow(r: repo.StandardRowRecord): StandardRow {
  return {
    seq: r.seq,
    item_level1: r.item_level1,
    item_level2: r.item_level2,
    content_elements: r.content_elements,
    basis: r.basis,
    time_limit: r.time_limit,
    responsible_body: r.responsible_body,
    channels: r.channels,
    audience: r.audience,
    mode: r.mode,
    level: r.level,
  };
}

export async function standardCatalogueForStaff(ctx: ServiceContext, actor: Actor, agencyId: string) {
  const { agency, canEdit } = await authorizeOn(ctx.db, actor, agencyId, 'read');
  return { agency, canEdit, rows: await rowsWithCounts(ctx.db, agencyId) };
}

/** What the 专栏 shows: every row, with the number of published items filed under it. */
export async function publicStandardCatalogue(ctx: ServiceContext, agencyId: string): Promise<StandardRowView[]> {
  return rowsWithCounts(ctx.db, agencyId);
}

export async function findStandardRow(ctx: ServiceContext, actor: Actor, agencyId: string, rowId: string): Promise<StandardRowView> {
  await authorizeOn(ctx.db, actor, agencyId, 'read');
  const row = (await rowsWithCounts(ctx.db, agencyId)).find((r) => r.id === rowId);
  if (!row) throw new NotFoundError('找不到该目录行，它可能已被删除。');
  return row;
}

/** Adds a row (rowId null) or changes one; 序号 and 一级事项 + 二级事项 are unique within the agency. */
export async function saveStandardRow(ctx: ServiceContext, actor: Actor, agencyId: string, rowId: string | null, input: Readonly<Record<string, string | undefined>>): Promise<string> {
  await authorizeOn(ctx.db, actor, agencyId, 'edit');
  const checked = validateStandardRow(input);
  if (!checked.ok) throw new ValidationError(checked.errors as Record<string, string>);
  const row = checked.row;
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.listRows(trx, agencyId);
    const before = rowId ? existing.find((r) => r.id === rowId) : undefined;
    if (rowId && !before) throw new NotFoundError('找不到该目录行，它可能已被删除。');
    const others = existing.filter((r) => r.id !== rowId);
    const seqTaken = others.find((r) => r.seq === row.seq);
    if (seqTaken) throw new ValidationError({ seq: `序号 ${row.seq} 已用于“${seqTaken.item_level1} › ${seqTaken.item_level2}”。` });
    if (others.some((r) => r.item_level1 === row.item_level1 && r.item_level2 === row.item_level2)) {
      throw new ValidationError({ item_level2: `“${row.item_level1} › ${row.item_level2}”已在目录中。` });
    }
    const at = ctx.now().toISOString();
    const id = rowId ?? ctx.newId();
    const record: CatalogueStandardRowTable = { id, agency_id: agencyId, ...row, created_at: before?.created_at ?? at, updated_at: at };
    if (before) await repo.updateRow(trx, record);
    else await repo.insertRows(trx, [record]);
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: before ? 'catalogue.standard_row_update' : 'catalogue.standard_row_create',
      objectType: 'catalogue_standard_row',
      objectId: id,
      agencyId,
      summary: `${before ? '修改' : '新增'}公开事项标准目录第 ${row.seq} 项“${row.item_level1} › ${row.item_level2}”`,
      before: before ? toRow(before) : null,
      after: row,
    });
    return id;
  });
}

/** Removes a row that holds no item: filed items would lose their place in the standard catalogue. */
export async function deleteStandardRow(ctx: ServiceContext, actor: Actor, agencyId: string, rowId: string): Promise<void> {
  await authorizeOn(ctx.db, actor, agencyId, 'edit');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findRow(trx, agencyId, rowId);
    if (!row) throw new NotFoundError('找不到该目录行，它可能已被删除。');
    const held = (await repo.countFiledItems(trx, agencyId)).get(rowId)?.all ?? 0;
    if (held > 0) throw new ConflictError(`“${row.item_level1} › ${row.item_level2}”下已归入 ${held} 条信息，不能删除；请先把这些信息改归其他事项。`);
    await repo.deleteRow(trx, agencyId, rowId);
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue.standard_row_delete',
      objectType: 'catalogue_standard_row',
      objectId: rowId,
      agencyId,
      summary: `删除公开事项标准目录第 ${row.seq} 项“${row.item_level1} › ${row.item_level2}”`,
      before: toRow(row),
    });
  });
}

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * Imports a CSV: a row whose 一级事项 + 二级事项 is already in the table updates it (items filed under it
 * stay), any other row is added; rows not in the file are kept. Every row is checked first; the first
 * bad one is reported with its line number and nothing is imported.
 */
export async function importStandardCatalogue(ctx: ServiceContext, actor: Actor, agencyId: string, data: Uint8Array): Promise<{ added: number; updated: number }> {
  await authorizeOn(ctx.db, actor, agencyId, 'edit');
  if (data.byteLength > MAX_IMPORT_BYTES) throw new ValidationError({ file: '文件不能超过 2 MB。' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Excel's plain “CSV” saves GBK: say how to save it as UTF-8 instead of importing mojibake.
    throw new ValidationError({ file: '文件不是 UTF-8 编码。请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后再导入。' });
  }
  const parsed = parseStandardCatalogueCsv(text);
  if (!parsed.ok) throw new ValidationError({ file: parsed.message });
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.listRows(trx, agencyId);
    const byKey = new Map(existing.map((r) => [`${r.item_level1}\u0000${r.item_level2}`, r]));
    const touched = new Set<string>();
    for (const row of parsed.rows) {
      const match = byKey.get(`${row.item_level1}\u0000${row.item_level2}`);
      if (match) touched.add(match.id);
    }
    // A 序号 in the file must not collide with a row the file does not mention.
    for (const row of parsed.rows) {
      const clash = existing.find((r) => !touched.has(r.id) && r.seq === row.seq);
      if (clash) throw new ValidationError({ file: `第 ${row.line} 行：序号 ${row.seq} 已用于目录中的“${clash.item_level1} › ${clash.item_level2}”（文件中没有这一行）。请改用其他序号。` });
    }
    await repo.parkSeqs(trx, agencyId, [...touched]);
    const at = ctx.now().toISOString();
    let added = 0;
    let updated = 0;
    const inserts: CatalogueStandardRowTable[] = [];
    for (const { line: _line, ...row } of parsed.rows) {
      const match = byKey.get(`${row.item_level1}\u0000${row.item_level2}`);
      if (match) {
        await repo.updateRow(trx, { ...match, ...row, updated_at: at });
        updated++;
      } else {
        inserts.push({ id: ctx.newId(), agency_id: agencyId, ...row, created_at: at, updated_at: at });
        added++;
      }
    }
    await repo.insertRows(trx, inserts);
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue.standard_import',
      objectType: 'catalogue_standard_row',
      objectId: null,
      agencyId,
      summary: `导入公开事项标准目录：新增 ${added} 项，更新 ${updated} 项`,
      after: { added, updated },
    });
    return { added, updated };
  });
}

export async function exportStandardCatalogue(ctx: ServiceContext, actor: Actor, agencyId: string): Promise<{ agency: Agency; csv: string }> {
  const { agency } = await authorizeOn(ctx.db, actor, agencyId, 'read');
  const rows = await repo.listRows(ctx.db, agencyId);
  return { agency, csv: standardCatalogueCsv(rows.map(toRow)) };
}

/** Files a catalogue item under a 二级事项 of its agency's standard catalogue (or takes it out with ''). */
export async function fileItemUnderRow(ctx: ServiceContext, actor: Actor, itemId: string, rowId: string): Promise<void> {
  const item = await findItemById(ctx.db, itemId);
  if (!item) throw new NotFoundError('找不到该信息，它可能已被删除或您无权查看。');
  await authorizeOn(ctx.db, actor, item.agencyId, 'edit');
  await ctx.db.transaction().execute(async (trx) => {
    const row = rowId ? await repo.findRow(trx, item.agencyId, rowId) : undefined;
    if (rowId && !row) throw new ValidationError({ rowId: '请选择本单位公开事项标准目录中的事项。' });
    const before = await repo.findFiling(trx, itemId);
    if (before === (row?.id ?? null)) return;
    await repo.saveFiling(trx, { itemId, agencyId: item.agencyId, rowId: row?.id ?? null, at: ctx.now().toISOString() });
    // The 专栏 page counts the public items under each row: moving a public item changes two counts.
    const current = await findItemById(trx, itemId);
    if (current && current.publishedVersion !== null && current.status !== 'withdrawn') await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue_item.file_standard_row',
      objectType: 'catalogue_item',
      objectId: itemId,
      agencyId: item.agencyId,
      summary: row ? `“${item.title}”归入标准目录事项“${row.item_level1} › ${row.item_level2}”` : `“${item.title}”不再归入标准目录事项`,
      before: { rowId: before },
      after: { rowId: row?.id ?? null },
    });
  });
}

/** The row an item is filed under and the rows it could be filed under (for the item page). */
export async function filingOptions(ctx: ServiceContext, agencyId: string, itemId: string) {
  const [rows, current] = await Promise.all([repo.listRows(ctx.db, agencyId), repo.findFiling(ctx.db, itemId)]);
  return { current, rows: rows.map((r) => ({ id: r.id, label: `${r.seq}. ${r.item_level1} › ${r.item_level2}` })) };
}
